#include "MasterLink.h"

#include "remote/AtomicWriteJob.h"
#include "remote/CommandJob.h"
#include "remote/ExchangeJob.h"
#include "remote/FileReadJob.h"
#include "remote/PortForward.h"
#include "remote/ShellQuote.h"
#include "remote/SshSession.h"

MasterLink::MasterLink(const SshTarget &target, quint16 clientPort, const QStringList &acceptedHostKeys,
                       const QString &zooKeeperHost, QObject *parent)
    : QObject(parent)
    , m_name(target.name.isEmpty() ? target.host : target.name)
    , m_zooKeeperHost(zooKeeperHost.isEmpty() ? m_name : zooKeeperHost)
    , m_clientPort(clientPort)
    , m_session(new SshSession(target, this))
{
    // Connection steps are worth seeing; commands are logged here, per command, so that the
    // gate's polls can stay out of the log.
    connect(m_session, &SshSession::logLine, this, [this](const QString &line) {
        if (!m_session->isConnected())
            log(LogStream::Info, line);
    });
    connect(m_session, &SshSession::connected, this, [this] { finishOpen(true, QString()); });
    connect(m_session, &SshSession::errorOccurred, this, [this](const SshError &error) {
        m_lastError = error.message;
        if (m_opening)
            finishOpen(false, error.message);
    });
    connect(m_session, &SshSession::hostKeyUnknown, this, [this, acceptedHostKeys](const HostKeyInfo &info) {
        if (acceptedHostKeys.contains(info.fingerprint)) {
            log(LogStream::Info, tr("host key %1 %2 accepted for this run, as the operator asked")
                                     .arg(info.keyType, info.fingerprint));
            m_session->answerHostKey(HostKeyDecision::AcceptOnce);
            return;
        }
        log(LogStream::Error, tr("The host key of %1 (%2 %3) is not in %4. Connect once in the wizard or with ssh "
                                 "and compare the key before migrating.")
                                  .arg(m_name, info.keyType, info.fingerprint, info.knownHostsPath));
        m_session->answerHostKey(HostKeyDecision::Reject);
    });
}

MasterLink::~MasterLink()
{
    // The run may end mid-operation (the app closes): jobs still running are cancelled when the
    // session goes, and their finished() must not reach callbacks of operations already gone.
    m_pendingOpen.clear();
    const auto jobs = m_session->findChildren<SshJob *>();
    for (SshJob *job : jobs)
        disconnect(job, nullptr, this, nullptr);
    disconnect(m_session, nullptr, this, nullptr);
}

bool MasterLink::isConnected() const
{
    return m_session->isConnected();
}

void MasterLink::open(OpenCallback callback)
{
    if (m_session->isConnected()) {
        callback(true, QString());
        return;
    }
    m_pendingOpen << std::move(callback);
    if (m_opening)
        return;
    m_opening = true;
    if (m_session->state() == SshState::Failed || m_session->state() == SshState::Disconnected)
        m_session->connectToHost();
}

void MasterLink::finishOpen(bool ok, const QString &error)
{
    m_opening = false;
    const auto callbacks = std::exchange(m_pendingOpen, {});
    for (const auto &callback : callbacks)
        callback(ok, error);
}

void MasterLink::close()
{
    if (m_forward)
        m_forward->deleteLater();
    if (m_restForward)
        m_restForward->deleteLater();
    m_session->disconnectFromHost();
}

void MasterLink::log(LogStream stream, const QString &text)
{
    emit logLine(LogLine{m_name, stream, text, QDateTime::currentDateTimeUtc()});
}

void MasterLink::whenOpen(std::function<void(const QString &error)> then)
{
    // A dropped connection is opened again before a command that matters; the gate's quiet polls
    // do not reconnect (they would hammer a master that is down) and simply fail.
    if (m_session->isConnected()) {
        then(QString());
        return;
    }
    log(LogStream::Warning, tr("not connected; connecting again"));
    open([then = std::move(then)](bool ok, const QString &error) { then(ok ? QString() : error); });
}

void MasterLink::run(const QStringList &argv, bool asRoot, CommandCallback callback, bool quiet, int timeoutMs)
{
    if (!quiet && !m_session->isConnected()) {
        whenOpen([this, argv, asRoot, callback, timeoutMs](const QString &error) {
            if (!error.isEmpty()) {
                CommandResult result;
                result.error = SshError::make(SshError::Code::NotConnected, error);
                callback(result);
                return;
            }
            run(argv, asRoot, callback, false, timeoutMs);
        });
        return;
    }
    RemoteCommand command;
    command.argv = argv;
    command.asRoot = asRoot;
    command.timeoutMs = timeoutMs;
    command.logOutput = !quiet;
    if (!quiet)
        log(LogStream::Command, QStringLiteral("$ ") + (asRoot ? QStringLiteral("sudo ") : QString()) +
                                    ShellQuote::join(argv));
    CommandJob *job = m_session->run(command);
    if (!quiet) {
        connect(job, &CommandJob::outputLine, this, [this](OutputStream stream, const QString &line) {
            log(stream == OutputStream::Stdout ? LogStream::Stdout : LogStream::Stderr, line);
        });
    }
    connect(job, &SshJob::finished, this, [this, job, callback = std::move(callback), quiet] {
        const CommandResult result = job->result();
        job->deleteLater();
        if (!quiet) {
            if (result.error.isError())
                log(LogStream::Error, result.error.message);
            else if (result.exitStatus != 0)
                log(LogStream::Warning, tr("exit status %1").arg(result.exitStatus));
        }
        callback(result);
    });
}

void MasterLink::run(const RemoteCommand &command, CommandCallback callback)
{
    whenOpen([this, command, callback = std::move(callback)](const QString &error) {
        if (!error.isEmpty()) {
            CommandResult result;
            result.error = SshError::make(SshError::Code::NotConnected, error);
            callback(result);
            return;
        }
        log(LogStream::Command, QStringLiteral("$ ") + (command.asRoot ? QStringLiteral("sudo ") : QString()) +
                                    command.displayText);
        CommandJob *job = m_session->run(command);
        connect(job, &SshJob::finished, this, [this, job, callback] {
            const CommandResult result = job->result();
            job->deleteLater();
            if (result.error.isError())
                log(LogStream::Error, result.error.message);
            callback(result);
        });
    });
}

void MasterLink::fourLetter(const QByteArray &word, ReplyCallback callback, int timeoutMs, const QString &host)
{
    ExchangeJob *job = m_session->exchange(host.isEmpty() ? m_zooKeeperHost : host, m_clientPort, word, timeoutMs);
    connect(job, &SshJob::finished, this, [job, word, callback = std::move(callback)] {
        job->deleteLater();
        if (job->error().isError() && job->reply().isEmpty())
            callback(FourLetterWordReply::unreachable(word, job->error().message));
        else
            callback(FourLetterWordReply::parse(word, job->reply()));
    });
}

void MasterLink::readFile(const QString &path, ReadCallback callback)
{
    if (!m_session->isConnected()) {
        whenOpen([this, path, callback](const QString &error) {
            if (!error.isEmpty())
                callback(false, QByteArray(), error);
            else
                readFile(path, callback);
        });
        return;
    }
    // Contents are never logged (an env file may hold cloud credentials): the command only.
    log(LogStream::Command, QStringLiteral("$ sudo cat ") + ShellQuote::quote(path));
    FileReadJob *job = m_session->readFile(path, true);
    connect(job, &SshJob::finished, this, [this, job, callback = std::move(callback)] {
        job->deleteLater();
        if (job->error().isError()) {
            log(LogStream::Error, job->error().message);
            callback(false, QByteArray(), job->error().message);
            return;
        }
        log(LogStream::Info, tr("read %1: %n byte(s)", nullptr, int(job->content().size())).arg(job->path()));
        callback(true, job->content(), QString());
    });
}

void MasterLink::writeFile(const QString &path, const QByteArray &content, WriteCallback callback)
{
    if (!m_session->isConnected()) {
        whenOpen([this, path, content, callback](const QString &error) {
            if (!error.isEmpty())
                callback(false, QString(), error);
            else
                writeFile(path, content, callback);
        });
        return;
    }
    log(LogStream::Command, tr("atomic write of %1 (%n byte(s)): temp file beside it, fsync, same owner and mode, "
                               "rename, checksum read back",
                               nullptr, int(content.size()))
                                .arg(path));
    AtomicWriteJob *job = m_session->writeFileAtomically(path, content, true);
    connect(job, &SshJob::finished, this, [this, job, callback = std::move(callback)] {
        job->deleteLater();
        if (job->error().isError()) {
            log(LogStream::Error, job->error().message);
            callback(false, QString(), job->error().message);
            return;
        }
        log(LogStream::Info, tr("wrote %1, sha256 %2 verified").arg(job->path(), job->checksum()));
        callback(true, job->checksum(), QString());
    });
}

void MasterLink::backup(const QString &path, const QString &backupPath, BackupCallback callback)
{
    if (!m_session->isConnected()) {
        whenOpen([this, path, backupPath, callback](const QString &error) {
            if (!error.isEmpty())
                callback(false, BackupJob::Outcome::None, QString(), error);
            else
                backup(path, backupPath, callback);
        });
        return;
    }
    log(LogStream::Command, QStringLiteral("$ sudo cp -p %1 %2").arg(ShellQuote::quote(path), ShellQuote::quote(backupPath)));
    BackupJob *job = m_session->backupFile(path, backupPath, true);
    connect(job, &SshJob::finished, this, [this, job, callback = std::move(callback)] {
        job->deleteLater();
        if (job->error().isError()) {
            log(LogStream::Error, job->error().message);
            callback(false, BackupJob::Outcome::None, QString(), job->error().message);
            return;
        }
        log(LogStream::Info, tr("%1, sha256 %2").arg(job->outcomeText(), job->checksum()));
        callback(true, job->outcome(), job->checksum(), QString());
    });
}

void MasterLink::exists(const QString &path, std::function<void(bool, bool, const QString &)> callback)
{
    run({QStringLiteral("test"), QStringLiteral("-e"), path}, true,
        [path, callback = std::move(callback)](const CommandResult &result) {
            if (result.error.isError())
                callback(false, false, result.error.message);
            else if (result.exitStatus == 0 || result.exitStatus == 1)
                callback(true, result.exitStatus == 0, QString());
            else
                callback(false, false, tr("test -e %1 failed with status %2").arg(path).arg(result.exitStatus));
        });
}

PortForward *MasterLink::forwardZooKeeper()
{
    if (!m_forward)
        m_forward = m_session->forward(m_zooKeeperHost, m_clientPort);
    return m_forward;
}

PortForward *MasterLink::forwardExhibitor(quint16 port)
{
    if (!m_restForward)
        m_restForward = m_session->forward(m_zooKeeperHost, port);
    return m_restForward;
}
