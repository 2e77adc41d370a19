#include "BackendSpecReader.h"

#include "probe/ExhibitorSharedConfig.h"
#include "probe/ZkClient.h"
#include "remote/PortForward.h"
#include "remote/SshSession.h"

#include <QStringList>

BackendSpecReader::BackendSpecReader(SshSession *session, const QString &zkHosts, const QString &zkPath,
                                     int timeoutMs, QObject *parent)
    : SpecReader(parent)
    , m_session(session)
    , m_zkHosts(zkHosts)
    , m_zkPath(zkPath)
{
    m_result.location = ExhibitorSharedConfig::znodePath(zkPath);
    m_result.via = session ? session->name() : QString();
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QString why = tr("no answer from the backend ensemble %1 through %2's SSH connection within %3 s")
                          .arg(m_zkHosts, m_result.via)
                          .arg(m_timer.interval() / 1000);
        if (!m_lastNotice.isEmpty())
            why += QStringLiteral(" (") + m_lastNotice + QLatin1Char(')');
        finish(BackendSpec::failed(why));
    });
}

BackendSpecReader::~BackendSpecReader()
{
    // The client first: its close request still travels through the forwards if it can.
    delete m_client;
    for (const QPointer<PortForward> &forward : std::as_const(m_forwards))
        delete forward.data();
}

QList<BackendSpecReader::HostPort> BackendSpecReader::parseHosts(const QString &zkHosts, QString *error)
{
    QList<HostPort> hosts;
    const QStringList entries = zkHosts.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        HostPort hostPort{colon < 0 ? entry : entry.left(colon), 2181};
        if (colon >= 0) {
            bool ok = false;
            const uint port = entry.mid(colon + 1).toUInt(&ok);
            if (!ok || port == 0 || port > 65535)
                hostPort.host.clear();
            hostPort.port = quint16(port);
        }
        if (hostPort.host.isEmpty()) {
            if (error)
                *error = tr("\"%1\" in exhibitor_zk_hosts is not host:port").arg(entry);
            return {};
        }
        hosts << hostPort;
    }
    if (hosts.isEmpty() && error)
        *error = tr("exhibitor_zk_hosts names no server");
    return hosts;
}

void BackendSpecReader::start()
{
    QString error;
    const QList<HostPort> hosts = parseHosts(m_zkHosts, &error);
    if (hosts.isEmpty()) {
        finish(BackendSpec::failed(error));
        return;
    }
    if (!m_session || !m_session->isConnected()) {
        finish(BackendSpec::failed(tr("no master is connected to reach the backend ensemble through")));
        return;
    }
    emit logLine(tr("backend: reading %1 from %2 through this master's SSH connection").arg(m_result.location, m_zkHosts));
    m_timer.start();
    for (const HostPort &hostPort : hosts) {
        PortForward *forward = m_session->forward(hostPort.host, hostPort.port);
        m_forwards << forward;
        connect(forward, &PortForward::listening, this, &BackendSpecReader::onForwardSettled);
        connect(forward, &PortForward::notice, this, [this](const QString &notice) { m_lastNotice = notice; });
        connect(forward, &PortForward::closed, this, [this, forward](const SshError &error) {
            if (error.isError())
                m_lastNotice = error.message;
            // Closed before it listened: it will not; count it as settled once.
            if (forward->localPort() == 0)
                onForwardSettled();
        });
    }
}

void BackendSpecReader::onForwardSettled()
{
    if (++m_settledForwards == m_forwards.size())
        connectClient();
}

void BackendSpecReader::connectClient()
{
    if (isFinished())
        return;
    QStringList local;
    for (const QPointer<PortForward> &forward : std::as_const(m_forwards)) {
        if (forward && forward->isListening())
            local << QStringLiteral("127.0.0.1:%1").arg(forward->localPort());
    }
    if (local.isEmpty()) {
        finish(BackendSpec::failed(tr("could not forward to any server of the backend ensemble %1: %2")
                                       .arg(m_zkHosts, m_lastNotice)));
        return;
    }
    m_client = new ZkClient(this);
    connect(m_client, &ZkClient::connected, this, [this] {
        m_client->get(m_result.location, this, [this](const ZkResult &reply) {
            if (!reply.ok()) {
                finish(BackendSpec::failed(tr("cannot read the shared config: %1").arg(reply.errorText())));
                return;
            }
            const ExhibitorSharedConfig config = ExhibitorSharedConfig::parse(reply.data);
            if (!config.hasServersSpec) {
                finish(BackendSpec::failed(tr("%1 has no %2").arg(m_result.location,
                                                                  QLatin1String(ExhibitorSharedConfig::ServersSpecKey))));
                return;
            }
            BackendSpec result = m_result;
            result.status = BackendSpec::Status::Ok;
            result.spec = config.serversSpec;
            result.sharedConfig = reply.data;
            result.rollingSpec = config.rollingServersSpec;
            finish(result);
        });
    });
    connect(m_client, &ZkClient::stateChanged, this, [this](ZkClient::State state) {
        if (state == ZkClient::State::AuthFailed)
            finish(BackendSpec::failed(tr("the backend ensemble %1 refused authentication").arg(m_zkHosts)));
    });
    if (!m_client->open(local.join(QLatin1Char(',')), 10000))
        finish(BackendSpec::failed(tr("cannot start the ZooKeeper client: %1").arg(m_client->errorString())));
}

void BackendSpecReader::cleanUp()
{
    m_timer.stop();
    if (m_client)
        m_client->close(); // the session is not needed any more; the forwards go with this object
}
