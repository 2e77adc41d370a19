#include "ZooKeeperEnsemble.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

namespace
{
    void dieWithParent()
    {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    }
} // namespace

ZooKeeperEnsemble::ZooKeeperEnsemble(const Options &options)
    : m_options(options)
{
    for (int id = 1; id <= m_options.size; ++id) {
        Server server;
        // Distinct ports per server; each address is its own, so only this process competes.
        const QString address = host(id);
        server.clientPort = freePort(address);
        do {
            server.quorumPort = freePort(address);
        } while (server.quorumPort == server.clientPort);
        do {
            server.electionPort = freePort(address);
        } while (server.electionPort == server.clientPort || server.electionPort == server.quorumPort);
        m_servers.insert(id, server);
    }
}

ZooKeeperEnsemble::~ZooKeeperEnsemble()
{
    for (auto it = m_servers.begin(); it != m_servers.end(); ++it) {
        if (it->process) {
            it->process->kill();
            it->process->waitForFinished(5000);
            delete it->process;
            it->process = nullptr;
        }
    }
}

QString ZooKeeperEnsemble::classPath()
{
    // zookeeper.jar's manifest names its dependencies (jute, netty, slf4j-api, ...); only a
    // logging backend must be added. slf4j-simple writes to the file named on the command line.
    const QString jar = QStringLiteral("/usr/share/java/zookeeper.jar");
    const QString logger = QStringLiteral("/usr/share/java/slf4j-simple.jar");
    if (!QFileInfo::exists(jar) || !QFileInfo::exists(logger))
        return {};
    return jar + QLatin1Char(':') + logger;
}

quint16 ZooKeeperEnsemble::freePort(const QString &host)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(host), 0))
        return 0;
    return probe.serverPort();
}

QString ZooKeeperEnsemble::host(int id) const
{
    return QStringLiteral("%1.%2").arg(m_options.network).arg(m_options.firstAddress + id - 1);
}

QList<int> ZooKeeperEnsemble::ids() const
{
    return m_servers.keys();
}

QString ZooKeeperEnsemble::connectString(const QList<int> &ids) const
{
    QStringList parts;
    for (int id : (ids.isEmpty() ? this->ids() : ids))
        parts.append(QStringLiteral("%1:%2").arg(host(id)).arg(clientPort(id)));
    return parts.join(QLatin1Char(','));
}

bool ZooKeeperEnsemble::writeConfig(int id, QString *error) const
{
    const QString dir = m_dir.filePath(QString::number(id));
    QDir().mkpath(dir);
    QFile myid(dir + QStringLiteral("/myid"));
    if (!myid.open(QIODevice::WriteOnly) || myid.write(QByteArray::number(id) + '\n') < 0) {
        *error = myid.errorString();
        return false;
    }
    QStringList cfg{
        QStringLiteral("tickTime=200"),
        // Generous in ticks: the CI machine has two cores shared by three JVMs and the tests.
        QStringLiteral("initLimit=50"),
        QStringLiteral("syncLimit=15"),
        QStringLiteral("dataDir=%1").arg(dir),
        QStringLiteral("clientPort=%1").arg(clientPort(id)),
        QStringLiteral("clientPortAddress=%1").arg(host(id)),
        QStringLiteral("4lw.commands.whitelist=%1").arg(m_options.whitelist),
        QStringLiteral("admin.enableServer=false"),
        QStringLiteral("maxSessionTimeout=20000"),
    };
    if (m_options.size > 1) {
        for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it) {
            cfg.append(QStringLiteral("server.%1=%2:%3:%4")
                           .arg(it.key())
                           .arg(host(it.key()))
                           .arg(it->quorumPort)
                           .arg(it->electionPort));
        }
    }
    QFile file(dir + QStringLiteral("/zoo.cfg"));
    if (!file.open(QIODevice::WriteOnly) || file.write(cfg.join(QLatin1Char('\n')).toUtf8() + '\n') < 0) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool ZooKeeperEnsemble::startServer(int id, QString *error)
{
    Server &server = m_servers[id];
    if (server.process && server.process->state() != QProcess::NotRunning)
        return true;
    const QString cp = classPath();
    const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
    if (cp.isEmpty() || java.isEmpty()) {
        *error = QStringLiteral("ZooKeeper or Java is not installed (apt-get install zookeeper default-jre-headless)");
        return false;
    }
    if (!m_dir.isValid() || !writeConfig(id, error))
        return false;
    delete server.process;
    server.process = new QProcess;
    server.process->setProcessChannelMode(QProcess::MergedChannels);
    server.process->setStandardOutputFile(m_dir.filePath(QStringLiteral("%1/stdout.log").arg(id)), QIODevice::Append);
    server.process->setChildProcessModifier(dieWithParent);
    const QString dir = m_dir.filePath(QString::number(id));
    server.process->start(java, {
        QStringLiteral("-Xmx96m"),
        // Small and quick to start: these servers hold a few hundred znodes.
        QStringLiteral("-XX:+UseSerialGC"),
        QStringLiteral("-XX:TieredStopAtLevel=1"),
        QStringLiteral("-XX:-UsePerfData"),
        QStringLiteral("-Djava.net.preferIPv4Stack=true"),
        QStringLiteral("-Dorg.slf4j.simpleLogger.logFile=%1/server.log").arg(dir),
        QStringLiteral("-Dorg.slf4j.simpleLogger.showDateTime=true"),
        QStringLiteral("-cp"), cp,
        QStringLiteral("org.apache.zookeeper.server.quorum.QuorumPeerMain"),
        dir + QStringLiteral("/zoo.cfg"),
    });
    if (!server.process->waitForStarted(10000)) {
        *error = server.process->errorString();
        return false;
    }
    return true;
}

bool ZooKeeperEnsemble::start(QString *error, int timeoutMsec)
{
    for (int id : ids()) {
        if (!startServer(id, error))
            return false;
    }
    return waitUntilServing(ids(), timeoutMsec, error);
}

void ZooKeeperEnsemble::kill(int id)
{
    Server &server = m_servers[id];
    if (!server.process)
        return;
    server.process->kill();
    server.process->waitForFinished(5000);
}

bool ZooKeeperEnsemble::isRunning(int id) const
{
    const Server server = m_servers.value(id);
    return server.process && server.process->state() == QProcess::Running;
}

QString ZooKeeperEnsemble::mode(int id) const
{
    const QByteArray reply = fourLetterWord(host(id), clientPort(id), "srvr", 1000);
    for (const QByteArray &line : reply.split('\n')) {
        if (line.startsWith("Mode:"))
            return QString::fromLatin1(line.mid(5).trimmed());
    }
    return {};
}

bool ZooKeeperEnsemble::waitUntilServing(const QList<int> &ids, int timeoutMsec, QString *error)
{
    const QDeadlineTimer deadline(timeoutMsec);
    QList<int> waiting = ids;
    while (!waiting.isEmpty()) {
        waiting.removeIf([this](int id) { return !mode(id).isEmpty(); });
        if (waiting.isEmpty())
            break;
        for (int id : std::as_const(waiting)) {
            if (!isRunning(id)) {
                if (error)
                    *error = QStringLiteral("ZooKeeper server %1 exited:\n%2").arg(id).arg(logTail(id));
                return false;
            }
        }
        if (deadline.hasExpired()) {
            if (error)
                *error = QStringLiteral("ZooKeeper server %1 did not serve in time:\n%2").arg(waiting.first()).arg(logTail(waiting.first()));
            return false;
        }
        QTest::qWait(100); // keeps the test's event loop (and its queued ZkClient calls) going
    }
    return true;
}

int ZooKeeperEnsemble::leader() const
{
    for (int id : ids()) {
        if (isRunning(id) && mode(id) == QLatin1String("leader"))
            return id;
    }
    return -1;
}

QList<int> ZooKeeperEnsemble::followers() const
{
    QList<int> result;
    for (int id : ids()) {
        if (isRunning(id) && mode(id) == QLatin1String("follower"))
            result.append(id);
    }
    return result;
}

QString ZooKeeperEnsemble::logTail(int id, int lines) const
{
    QFile file(m_dir.filePath(QStringLiteral("%1/server.log").arg(id)));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log)");
    const QList<QByteArray> all = file.readAll().split('\n');
    return QString::fromUtf8(all.mid(qMax(0, int(all.size()) - lines)).join('\n'));
}

QByteArray ZooKeeperEnsemble::fourLetterWord(const QString &host, quint16 port, const QByteArray &word, int timeoutMsec)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(timeoutMsec))
        return {};
    socket.write(word);
    QByteArray reply;
    const QDeadlineTimer deadline(timeoutMsec);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            reply += socket.readAll();
    }
    if (socket.isOpen())
        reply += socket.readAll();
    return reply;
}
