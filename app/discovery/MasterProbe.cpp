#include "MasterProbe.h"

#include "config/Ensemble.h"
#include "config/ExhibitorEnvFile.h"
#include "probe/ExhibitorRestProbe.h"
#include "probe/FourLetterWordProbe.h"
#include "remote/BlockingWorkPool.h"
#include "remote/CommandJob.h"
#include "remote/PortForward.h"
#include "remote/SshSession.h"

#include <QFuture>

namespace {

const auto kLocalHost = QStringLiteral("127.0.0.1");

// The reads' output holds the journal, which on DC/OS can hold months of ZooKeeper chatter: it is
// cut into sections and searched on a pool thread so that the caller's (GUI) thread never stalls
// on it.
QFuture<DiscoveryReads::Result> interpretInPool(const CommandResult &result, const QByteArray &tag,
                                                const DiscoveryOptions &options, const QString &host)
{
    return BlockingWorkPool::run(
        [result, tag, options, host] { return DiscoveryReads::interpret(result, tag, options, host); });
}

} // namespace

MasterProbe::MasterProbe(SshSession *session, const DiscoveryOptions &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
    , m_result(session->name())
{
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(options.masterTimeoutMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        abort(tr("no answer within %1 s").arg(m_options.masterTimeoutMs / 1000));
    });
}

MasterProbe::~MasterProbe()
{
    delete m_zkForward.data();
    delete m_restForward.data();
}

void MasterProbe::start()
{
    m_watchdog.start();
    readOverSudo();
    openZooKeeperForward();
    openExhibitorForward();
}

void MasterProbe::setReading(const IdReading &reading)
{
    if (m_finished || !m_result.reading(reading.source).isPending())
        return;
    m_result.setReading(reading);
    emit logLine(reading.isFound() && !reading.detail.isEmpty()
                     ? tr("%1 (%2)").arg(reading.describe(), reading.detail)
                     : reading.describe());
    emit updated();
    maybeFinish();
}

void MasterProbe::readOverSudo()
{
    const QByteArray tag = DiscoveryReads::newTag();
    CommandJob *job = m_session->run(DiscoveryReads::command(m_options, tag));
    connect(job, &SshJob::finished, this, [this, job, tag] {
        job->deleteLater();
        if (m_finished)
            return;
        interpretInPool(job->result(), tag, m_options, m_session ? m_session->name() : m_result.master())
            .then(this, [this](const DiscoveryReads::Result &reads) { applyReads(reads); });
    });
}

void MasterProbe::applyReads(const DiscoveryReads::Result &reads)
{
    if (m_finished)
        return;
    m_envDone = true;
    if (!reads.envOk) {
        m_result.setEnvFileError(reads.envError);
        emit logLine(tr("env file: %1").arg(reads.envError));
    } else {
        m_result.setEnvFile(reads.envFile);
        emit logLine(tr("env file: %1, EXHIBITOR_BACKEND=%2, sha256 %3")
                         .arg(m_options.envFilePath, m_result.backend(), QString::fromLatin1(m_result.envFileSha256())));
    }
    applyStateFailure();
    m_origDone = true;
    switch (reads.origState) {
    case DiscoveryReads::OrigState::Error:
        m_result.setOrigError(reads.origError);
        emit logLine(m_result.origError());
        break;
    case DiscoveryReads::OrigState::Missing:
        m_result.setOrigChecksum({});
        emit logLine(tr(".orig: %1 does not exist").arg(m_options.origPath));
        break;
    case DiscoveryReads::OrigState::Exists:
        m_result.setOrigChecksum(reads.origSha256);
        emit logLine(tr(".orig: %1 exists, sha256 %2").arg(m_options.origPath, QString::fromLatin1(m_result.origSha256())));
        break;
    }
    emit updated();
    setReading(reads.myid);
    setReading(reads.journal);
    resolveBackend();
    maybeFinish();
}

void MasterProbe::openZooKeeperForward()
{
    const QString host = m_options.forwardHostFor(m_result.master());
    m_zkForward = m_session->forward(host, m_options.zooKeeperPort);
    connect(m_zkForward, &PortForward::notice, this, [this](const QString &notice) { m_zkNotice = notice; });
    connect(m_zkForward, &PortForward::listening, this, [this](quint16 port) {
        FourLetterWordProbe::query(kLocalHost, port, "srvr", this,
                                   [this](const FourLetterWordReply &reply) { onSrvr(reply); },
                                   m_options.probeTimeoutMs);
        FourLetterWordProbe::query(kLocalHost, port, "conf", this,
                                   [this](const FourLetterWordReply &reply) { onConf(reply); },
                                   m_options.probeTimeoutMs);
    });
    connect(m_zkForward, &PortForward::closed, this, [this](const SshError &error) {
        if (!error.isError() || m_zkForward->localPort() != 0)
            return; // closed by us, or after it listened: the probes report for themselves
        onSrvr(FourLetterWordReply::unreachable("srvr", error.message));
        onConf(FourLetterWordReply::unreachable("conf", error.message));
    });
}

void MasterProbe::openExhibitorForward()
{
    const QString host = m_options.forwardHostFor(m_result.master());
    m_restForward = m_session->forward(host, m_options.exhibitorPort);
    connect(m_restForward, &PortForward::notice, this, [this](const QString &notice) { m_restNotice = notice; });
    connect(m_restForward, &PortForward::listening, this, [this](quint16 port) {
        auto *rest = new ExhibitorRestProbe(kLocalHost, port, this);
        rest->setTimeout(m_options.probeTimeoutMs);
        rest->setAdminPassword(m_options.exhibitorAdminPassword);
        connect(rest, &ExhibitorRestProbe::stateReceived, this, [this, rest](const ExhibitorState &state) {
            rest->deleteLater();
            onState(state);
        });
        rest->fetchState();
    });
    connect(m_restForward, &PortForward::closed, this, [this](const SshError &error) {
        if (error.isError() && m_restForward->localPort() == 0)
            onState(ExhibitorState::failure(error.message));
    });
}

QString MasterProbe::zooKeeperFailure(const FourLetterWordReply &reply) const
{
    const QString where = QStringLiteral("%1:%2").arg(m_options.forwardHostFor(m_result.master())).arg(m_options.zooKeeperPort);
    switch (reply.status) {
    case FourLetterWordReply::Status::NotWhitelisted:
        return tr("'%1' is not whitelisted (4lw.commands.whitelist)").arg(QString::fromLatin1(reply.word));
    case FourLetterWordReply::Status::NotServing:
        return tr("ZooKeeper at %1 is not serving requests").arg(where);
    case FourLetterWordReply::Status::Empty:
        // Through a forward, "connection refused" on the master arrives as an empty answer; the
        // forward's notice says why.
        return m_zkNotice.isEmpty() ? tr("no answer from ZooKeeper at %1").arg(where)
                                    : tr("no answer from ZooKeeper at %1: %2").arg(where, m_zkNotice);
    case FourLetterWordReply::Status::Unreachable:
        return tr("ZooKeeper at %1 unreachable: %2").arg(where, reply.errorText);
    case FourLetterWordReply::Status::Ok:
        break;
    }
    return {};
}

void MasterProbe::onSrvr(const FourLetterWordReply &reply)
{
    if (m_finished || m_srvrDone)
        return;
    m_srvrDone = true;
    if (reply.status == FourLetterWordReply::Status::NotServing) {
        m_result.setZooKeeperState(QStringLiteral("not serving"), -1);
    } else if (reply.isOk() && !reply.mode.isEmpty()) {
        m_result.setZooKeeperState(reply.mode, reply.zxid);
    } else {
        m_result.setZooKeeperError(reply.isOk() ? tr("srvr gave no mode") : zooKeeperFailure(reply));
    }
    emit logLine(m_result.zooKeeperError().isEmpty()
                     ? tr("srvr: %1, zxid %2").arg(m_result.mode(), m_result.zxidText())
                     : tr("srvr: %1").arg(m_result.zooKeeperError()));
    emit updated();
    maybeFinish();
}

void MasterProbe::onConf(const FourLetterWordReply &reply)
{
    if (reply.isOk() && reply.serverId > 0)
        setReading(IdReading::found(IdSource::Conf, reply.serverId, QStringLiteral("serverId=%1").arg(reply.serverId)));
    else if (reply.isOk())
        setReading(IdReading::unavailable(IdSource::Conf, tr("the reply has no serverId")));
    else
        setReading(IdReading::unavailable(IdSource::Conf, zooKeeperFailure(reply)));
}

void MasterProbe::onState(const ExhibitorState &state)
{
    if (!state.ok) {
        QString why = state.errorText;
        if (!m_restNotice.isEmpty())
            why += QStringLiteral(" (") + m_restNotice + QLatin1Char(')');
        // The env file tells whether the failure is Exhibitor's TLS: until it is read, wait.
        m_stateFailure = why;
        if (m_envDone)
            applyStateFailure();
    } else if (state.serverId <= 0) {
        setReading(IdReading::unavailable(IdSource::GetState,
                                          tr("Exhibitor does not know this server's ID (serverId %1)").arg(state.serverId)));
    } else {
        setReading(IdReading::found(IdSource::GetState, state.serverId, QStringLiteral("config.serverId")));
    }
}

void MasterProbe::applyStateFailure()
{
    if (m_stateFailure.isEmpty())
        return;
    const bool tls = m_result.envFileError().isEmpty() && ExhibitorEnvFile::parse(m_result.envFile()).tlsEnabled();
    setReading(IdReading::unavailable(IdSource::GetState, tls ? ExhibitorRestProbe::tlsUnavailable() + QStringLiteral(" (")
                                                                    + m_stateFailure + QLatin1Char(')')
                                                              : m_stateFailure));
}

void MasterProbe::setBackendSpec(const BackendSpec &spec)
{
    m_backendSpec = spec;
    resolveBackend();
}

void MasterProbe::resolveBackend()
{
    if (!m_envDone || !m_result.reading(IdSource::Backend).isPending())
        return;
    const QString backend = m_result.backend();
    QString spec;
    QString origin;
    if (backend == QLatin1String("STATIC")) {
        // Already static (a rerun after Phase A): the ensemble in the env file is the server list.
        spec = ExhibitorEnvFile::parse(m_result.envFile()).staticEnsemble();
        origin = QStringLiteral("EXHIBITOR_STATICENSEMBLE");
    } else {
        // ZK, AWS_S3, AZURE, SHARED_FS, or an env file we could not read: the backend config.yaml
        // names still knows (Discovery reads it once, through BackendSpecSource's reader).
        if (m_backendSpec.isPending())
            return;
        if (!m_backendSpec.isOk()) {
            setReading(IdReading::unavailable(IdSource::Backend, m_backendSpec.error));
            return;
        }
        spec = m_backendSpec.spec;
        origin = m_backendSpec.location;
    }
    QString error;
    const auto ensemble = Ensemble::parse(spec, &error);
    if (!ensemble) {
        setReading(IdReading::unavailable(IdSource::Backend, tr("servers-spec \"%1\" in %2: %3").arg(spec, origin, error)));
        return;
    }
    const int id = ensemble->idOf(m_result.master());
    if (id <= 0) {
        setReading(IdReading::unavailable(
            IdSource::Backend, tr("%1 is not in the servers-spec \"%2\" (%3)").arg(m_result.master(), spec, origin)));
        return;
    }
    setReading(IdReading::found(IdSource::Backend, id, origin));
}

void MasterProbe::abort(const QString &reason)
{
    if (m_finished)
        return;
    for (IdSource source : IdSources::all()) {
        if (m_result.reading(source).isPending())
            setReading(IdReading::unavailable(source, reason));
    }
    if (!m_envDone)
        m_result.setEnvFileError(reason);
    if (!m_srvrDone)
        m_result.setZooKeeperError(reason);
    if (!m_origDone)
        m_result.setOrigError(reason);
    m_envDone = m_srvrDone = m_origDone = true;
    maybeFinish();
}

void MasterProbe::maybeFinish()
{
    if (m_finished || !m_envDone || !m_origDone || !m_srvrDone || !m_result.isComplete())
        return;
    m_finished = true;
    m_watchdog.stop();
    // Done with the tunnels; anything still in flight is dropped with them.
    if (m_zkForward)
        m_zkForward->close();
    if (m_restForward)
        m_restForward->close();
    emit updated();
    emit finished();
}
