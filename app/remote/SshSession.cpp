#include "SshSession.h"

#include "AtomicWriteJob.h"
#include "BackgroundPriority.h"
#include "BackupJob.h"
#include "CommandJob.h"
#include "ExchangeJob.h"
#include "FileReadJob.h"
#include "PortForward.h"
#include "RemoteScripts.h"
#include "ShellQuote.h"
#include "SshWorker.h"

#include <QCryptographicHash>
#include <QThread>

namespace {

void registerTypes()
{
    static const bool done = [] {
        qRegisterMetaType<SshState>();
        qRegisterMetaType<SshError>();
        qRegisterMetaType<SshEffectiveTarget>();
        qRegisterMetaType<HostKeyInfo>();
        qRegisterMetaType<HostKeyDecision>();
        qRegisterMetaType<RemoteCommand>();
        qRegisterMetaType<CommandResult>();
        qRegisterMetaType<OutputStream>();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace

namespace {

SshTarget withSudoGate(SshTarget target)
{
    // A session on its own still tries a sudo password with one command before the others.
    if (!target.sudoGate)
        target.sudoGate = std::make_shared<SudoPasswordGate>();
    return target;
}

} // namespace

SshSession::SshSession(const SshTarget &target, QObject *parent)
    : QObject(parent)
    , m_target(withSudoGate(target))
    , m_thread(new QThread(this))
    , m_worker(new SshWorker(m_target))
{
    registerTypes();
    m_thread->setObjectName(QStringLiteral("ssh:") + name());
    m_worker->moveToThread(m_thread);
    BackgroundPriority::apply(m_thread);
    // The worker (and its libssh session) must die in its own thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &SshWorker::stateChanged, this, &SshSession::onStateChanged);
    connect(m_worker, &SshWorker::resolved, this, [this](const SshEffectiveTarget &effective) {
        m_effective = effective;
        emit resolved(effective);
    });
    connect(m_worker, &SshWorker::hostKeyUnknown, this, [this](const HostKeyInfo &info) {
        m_pendingHostKey = info;
        emit hostKeyUnknown(info);
    });
    connect(m_worker, &SshWorker::connected, this, &SshSession::connected);
    connect(m_worker, &SshWorker::failed, this, [this](const SshError &error) {
        m_lastError = error;
        onStateChanged(SshState::Failed);
        emit errorOccurred(error);
    });
    connect(m_worker, &SshWorker::logLine, this, &SshSession::logLine);
    connect(m_worker, &SshWorker::commandStarted, this, [this](quint64 id, const QString &display) {
        if (CommandJob *job = m_commands.value(id))
            job->m_displayLine = display;
        emit logLine(QStringLiteral("$ ") + display);
    });
    connect(m_worker, &SshWorker::commandOutput, this, &SshSession::onCommandOutput);
    connect(m_worker, &SshWorker::commandFinished, this, &SshSession::onCommandFinished);
    connect(m_worker, &SshWorker::exchangeFinished, this,
            [this](quint64 id, const QByteArray &reply, const SshError &error) {
                if (ExchangeJob *job = m_exchanges.take(id))
                    job->deliver(reply, error);
            });
    connect(m_worker, &SshWorker::forwardListening, this, [this](quint64 id, quint16 port) {
        if (PortForward *forward = m_forwards.value(id))
            forward->deliverListening(port);
    });
    connect(m_worker, &SshWorker::forwardNotice, this, [this](quint64 id, const QString &message) {
        emit logLine(message);
        if (PortForward *forward = m_forwards.value(id))
            emit forward->notice(message);
    });
    connect(m_worker, &SshWorker::forwardClosed, this, [this](quint64 id, const SshError &error) {
        if (PortForward *forward = m_forwards.take(id))
            forward->deliverClosed(error);
    });
    m_thread->start();
}

SshSession::~SshSession()
{
    // Jobs and forwards are children: they go with the session, and their QPointer to it is
    // already null by then, so they do not try to cancel through it. The worker stops with its
    // thread, closing every channel and the connection there. wait() lasts at most as long as a
    // blocking connect step still in progress (the connect timeout).
    m_thread->quit();
    m_thread->wait();
}

QString SshSession::name() const
{
    return m_target.name.isEmpty() ? m_target.host : m_target.name;
}

void SshSession::onStateChanged(SshState state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == SshState::Connecting)
        m_lastError = {};
    emit stateChanged(state);
}

void SshSession::connectToHost()
{
    QMetaObject::invokeMethod(m_worker, &SshWorker::connectToHost, Qt::QueuedConnection);
}

void SshSession::answerHostKey(HostKeyDecision decision)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, decision] { worker->answerHostKey(decision); }, Qt::QueuedConnection);
}

void SshSession::disconnectFromHost()
{
    QMetaObject::invokeMethod(m_worker, &SshWorker::disconnectFromHost, Qt::QueuedConnection);
}

CommandJob *SshSession::run(const RemoteCommand &command)
{
    const quint64 id = nextId();
    auto *job = new CommandJob(this, id);
    m_commands.insert(id, job);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, command] { worker->startCommand(id, command); },
        Qt::QueuedConnection);
    return job;
}

CommandJob *SshSession::run(const QStringList &argv, bool asRoot)
{
    RemoteCommand command;
    command.argv = argv;
    command.asRoot = asRoot;
    return run(command);
}

CommandJob *SshSession::followJournal(const QString &unit, int backlogLines, bool asRoot)
{
    RemoteCommand command;
    // "-o short": the default format, which every journalctl understands (the cluster-sim's
    // refuses short-iso, so the follow failed at once against it). "-q": without journalctl's
    // "-- Logs begin at ..." header, which is not a line of the unit's log.
    command.argv
        = QStringList { QStringLiteral("journalctl"), QStringLiteral("-u"), unit,
                        QStringLiteral("-f"),         QStringLiteral("-n"), QString::number(backlogLines),
                        QStringLiteral("--no-pager"), QStringLiteral("-o"), QStringLiteral("short"),
                        QStringLiteral("-q") };
    command.asRoot = asRoot;
    command.timeoutMs = 0;
    command.captureOutput = false;
    return run(command);
}

FileReadJob *SshSession::readFile(const QString &path, bool asRoot)
{
    RemoteCommand command;
    command.argv = QStringList { QStringLiteral("cat"), QStringLiteral("--"), path };
    command.asRoot = asRoot;
    command.logOutput = false;
    return new FileReadJob(this, nextId(), path, run(command));
}

AtomicWriteJob *SshSession::writeFileAtomically(const QString &path, const QByteArray &content, bool asRoot)
{
    const QString checksum
        = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    RemoteCommand command;
    command.argv = RemoteScripts::shArgv(RemoteScripts::atomicWriteScript(),
                                         { path, QString::number(content.size()), checksum });
    command.asRoot = asRoot;
    command.stdinData = content;
    command.displayText = tr("write %1 atomically (temp file, fsync, size and sha256 check, owner and mode, "
                             "rename, read back)")
                              .arg(ShellQuote::quote(path));
    return new AtomicWriteJob(this, nextId(), path, checksum, run(command));
}

BackupJob *SshSession::backupFile(const QString &path, const QString &backupPath, bool asRoot)
{
    RemoteCommand command;
    command.argv = RemoteScripts::shArgv(RemoteScripts::backupScript(), { path, backupPath });
    command.asRoot = asRoot;
    command.displayText = tr("cp -p %1 %2 (unless a different backup exists)")
                              .arg(ShellQuote::quote(path), ShellQuote::quote(backupPath));
    return new BackupJob(this, nextId(), path, backupPath, run(command));
}

ExchangeJob *SshSession::exchange(const QString &host, quint16 port, const QByteArray &request, int timeoutMs,
                                  bool halfClose)
{
    const quint64 id = nextId();
    auto *job = new ExchangeJob(this, id);
    m_exchanges.insert(id, job);
    const ChannelExchange::Request exchangeRequest { host, port, request, timeoutMs, halfClose };
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, exchangeRequest] { worker->startExchange(id, exchangeRequest); },
        Qt::QueuedConnection);
    return job;
}

PortForward *SshSession::forward(const QString &host, quint16 port)
{
    const quint64 id = nextId();
    auto *forward = new PortForward(this, id, host, port);
    m_forwards.insert(id, forward);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, host, port] { worker->openForward(id, host, port); },
        Qt::QueuedConnection);
    return forward;
}

void SshSession::cancelJob(quint64 id)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
}

void SshSession::onCommandOutput(quint64 id, OutputStream stream, const QString &line)
{
    emit logLine(stream == OutputStream::Stderr ? QStringLiteral("! ") + line : QStringLiteral("  ") + line);
    if (CommandJob *job = m_commands.value(id))
        emit job->outputLine(stream, line);
}

void SshSession::onCommandFinished(quint64 id, const CommandResult &result)
{
    if (result.error.isError())
        emit logLine(result.error.message);
    else if (result.exitStatus != 0)
        emit logLine(tr("(exit status %1)").arg(result.exitStatus));
    if (CommandJob *job = m_commands.take(id))
        job->deliverResult(result);
}
