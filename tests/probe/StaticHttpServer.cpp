#include "StaticHttpServer.h"

#include "ZooKeeperEnsemble.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

StaticHttpServer::StaticHttpServer(const QString &address)
    : m_address(address)
{
}

StaticHttpServer::~StaticHttpServer()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(5000);
        delete m_process;
    }
}

bool StaticHttpServer::start(QString *error)
{
    m_port = ZooKeeperEnsemble::freePort(m_address);
    if (m_port == 0 || !m_root.isValid()) {
        *error = QStringLiteral("no free port on %1").arg(m_address);
        return false;
    }
    m_process = new QProcess;
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_root.filePath(QStringLiteral(".server.log")));
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start(QStringLiteral("python3"), {QStringLiteral("-m"), QStringLiteral("http.server"),
                                                 QStringLiteral("--bind"), m_address, QString::number(m_port),
                                                 QStringLiteral("--directory"), m_root.path()});
    if (!m_process->waitForStarted(10000)) {
        *error = m_process->errorString();
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(m_address, m_port);
        if (socket.waitForConnected(500))
            return true;
        if (m_process->state() != QProcess::Running)
            break;
        QTest::qWait(50);
    }
    *error = QStringLiteral("python3 -m http.server did not start on %1:%2").arg(m_address).arg(m_port);
    return false;
}

bool StaticHttpServer::setFile(const QString &urlPath, const QByteArray &content)
{
    const QString path = m_root.filePath(urlPath.mid(1));
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

bool StaticHttpServer::removeFile(const QString &urlPath)
{
    return QFile::remove(m_root.filePath(urlPath.mid(1)));
}
