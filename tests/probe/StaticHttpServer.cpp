#include "StaticHttpServer.h"

#include "ZooKeeperEnsemble.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

#include <QProcessEnvironment>

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

namespace {

// http.server with Basic authentication in front of GET when EMW_TEST_BASIC is set.
const char *const ServerScript = R"PY(
import base64, functools, http.server, os, sys
bind, port, root = sys.argv[1], int(sys.argv[2]), sys.argv[3]
expected = os.environ.get("EMW_TEST_BASIC", "")
open_paths = set(p for p in os.environ.get("EMW_TEST_OPEN", "").split(",") if p)
log = os.path.join(root, ".auth.log")
class Handler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        path = self.path.split("?")[0]
        got = self.headers.get("Authorization")
        ok = got == "Basic " + base64.b64encode(expected.encode()).decode()
        with open(log, "a") as f:
            f.write("%s %s\n" % (path, "auth" if ok else "none" if got is None else "wrong"))
        if expected and path not in open_paths and not ok:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="DCOS"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_GET()
http.server.ThreadingHTTPServer((bind, port), functools.partial(Handler, directory=root)).serve_forever()
)PY";

} // namespace

void StaticHttpServer::requireBasicAuth(const QString &user, const QString &password, const QStringList &openPaths)
{
    m_credentials = user + QLatin1Char(':') + password;
    m_openPaths = openPaths;
}

QStringList StaticHttpServer::authLog() const
{
    QFile file(m_root.filePath(QStringLiteral(".auth.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
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
    // The credentials travel in the environment, not on the command line.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EMW_TEST_BASIC"), m_credentials);
    env.insert(QStringLiteral("EMW_TEST_OPEN"), m_openPaths.join(QLatin1Char(',')));
    m_process->setProcessEnvironment(env);
    m_process->start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(ServerScript), m_address,
                                                 QString::number(m_port), m_root.path()});
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
    *error = QStringLiteral("python3's http.server did not start on %1:%2").arg(m_address).arg(m_port);
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
