#include "SshWorker.h"

#include "ChannelCommand.h"
#include "ForwardServer.h"
#include "KbdInteractivePrompt.h"
#include "KnownHostsFile.h"
#include "SshOptions.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSocketNotifier>

namespace {

// Sub-second: the settle gate polls quickly, and log panes should feel live.
constexpr int PumpIntervalMs = 20;
// A master that reboots or whose sshd is restarted closes the connection; without any channel
// open nothing would read that, and the GUI would show the master as connected.
constexpr int IdleCheckIntervalMs = 3000;

QString fingerprintOf(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    // OpenSSH prints base64 without padding.
    const QByteArray digest(reinterpret_cast<const char *>(hash), static_cast<qsizetype>(length));
    ssh_clean_pubkey_hash(&hash);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

} // namespace

SshWorker::SshWorker(const SshTarget &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_pumpTimer(this) // children, so that moveToThread() takes them along
    , m_idleTimer(this)
{
    m_idleTimer.setInterval(IdleCheckIntervalMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &SshWorker::pumpAll);
    m_pumpTimer.setInterval(PumpIntervalMs);
    connect(&m_pumpTimer, &QTimer::timeout, this, [this] {
        if (m_notifier != nullptr)
            m_notifier->setEnabled(true);
        pumpAll();
    });
}

SshWorker::~SshWorker()
{
    m_commands.clear();
    m_exchanges.clear();
    for (auto &[id, forward] : m_forwards)
        delete forward;
    m_forwards.clear();
    releaseSession();
}

QString SshWorker::label() const
{
    const QString where = m_effective.host.isEmpty()
        ? m_target.host
        : QStringLiteral("%1:%2").arg(m_effective.host).arg(m_effective.port);
    if (m_target.name.isEmpty() || m_target.name == where)
        return where;
    return tr("%1 (%2)").arg(m_target.name, where);
}

void SshWorker::setState(SshState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SshWorker::fail(const SshError &error)
{
    abortAll(error);
    releaseSession();
    // failed() carries the state change: SshSession sets lastError() before it reports Failed.
    m_state = SshState::Failed;
    emit logLine(error.message);
    emit failed(error);
}

void SshWorker::connectToHost()
{
    if (m_state != SshState::Disconnected && m_state != SshState::Failed)
        return;
    m_hostKeyQuestion.invalidate();
    releaseSession();
    m_session = ssh_new();
    m_effective = SshOptions::apply(m_session, m_target);
    emit resolved(m_effective);
    setState(SshState::Connecting);
    if (!m_effective.error.isEmpty()) {
        fail(SshError::make(
            SshError::Code::ConnectFailed,
            tr("Could not read the SSH configuration for %1: %2").arg(label(), m_effective.error)));
        return;
    }
    emit logLine(m_effective.proxyCommand.isEmpty()
                     ? tr("Connecting to %1").arg(label())
                     : tr("Connecting to %1 through \"%2\"").arg(label(), m_effective.proxyCommand));

    QElapsedTimer elapsed;
    elapsed.start();
    if (ssh_connect(m_session) != SSH_OK) {
        const QString reason = QString::fromUtf8(ssh_get_error(m_session));
        const bool timedOut = reason.contains(QLatin1String("imeout"))
            || (m_target.connectTimeoutMs > 0 && elapsed.elapsed() >= m_target.connectTimeoutMs * 9 / 10);
        if (timedOut) {
            fail(SshError::make(
                SshError::Code::ConnectTimeout,
                tr("Could not reach %1 within %n second(s). Check the address, the SSH port and "
                   "any bastion (ProxyJump/ProxyCommand) in the SSH configuration.",
                   nullptr, qMax(1, m_target.connectTimeoutMs / 1000))
                    .arg(label())));
        } else {
            fail(SshError::make(SshError::Code::ConnectFailed,
                                tr("Could not connect to %1: %2").arg(label(), reason)));
        }
        return;
    }
    char *user = nullptr;
    if (ssh_options_get(m_session, SSH_OPTIONS_USER, &user) == SSH_OK && user != nullptr) {
        m_effective.user = QString::fromUtf8(user);
        ssh_string_free_char(user);
    }
    checkHostKey();
}

void SshWorker::checkHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK) {
        fail(SshError::make(SshError::Code::HostKeyError,
                            tr("%1 did not present a host key: %2")
                                .arg(label(), QString::fromUtf8(ssh_get_error(m_session)))));
        return;
    }
    m_pendingKey
        = HostKeyInfo { m_target.name,      m_effective.host,
                        m_effective.port,   QString::fromUtf8(ssh_key_type_to_char(ssh_key_type(key))),
                        fingerprintOf(key), m_effective.knownHostsPath };
    ssh_key_free(key);

    const QString path = m_effective.knownHostsPath;
    switch (ssh_session_is_known_server(m_session)) {
    case SSH_KNOWN_HOSTS_OK:
        authenticate();
        return;
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        setState(SshState::AwaitingHostKeyDecision);
        m_hostKeyQuestion.start();
        emit logLine(tr("%1 presents an unknown %2 host key %3: waiting for the operator's decision")
                         .arg(label(), m_pendingKey.keyType, m_pendingKey.fingerprint));
        emit hostKeyUnknown(m_pendingKey);
        return;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        QStringList lines;
        for (const KnownHostsFile::Entry &entry :
             KnownHostsFile::entriesFor(path, m_effective.host, m_effective.port))
            lines << QString::number(entry.line);
        const QString where
            = lines.isEmpty() ? path : tr("%1, line %2").arg(path, lines.join(QLatin1String(", ")));
        fail(SshError::make(
            SshError::Code::HostKeyChanged,
            tr("The host key of %1 has CHANGED: it now presents the %2 key %3, which does not match the key "
               "recorded in %4. Either the master was reinstalled, or someone is intercepting the "
               "connection. "
               "Nothing was sent to the master. Confirm the new fingerprint with the master's administrator; "
               "if it is right, remove the old entry with: ssh-keygen -R '%5' -f '%6', then connect again.")
                .arg(label(), m_pendingKey.keyType, m_pendingKey.fingerprint, where,
                     KnownHostsFile::hostField(m_effective.host, m_effective.port), path)));
        return;
    }
    case SSH_KNOWN_HOSTS_ERROR:
    default:
        fail(SshError::make(SshError::Code::HostKeyError,
                            tr("Could not check the host key of %1 against %2: %3")
                                .arg(label(), path, QString::fromUtf8(ssh_get_error(m_session)))));
        return;
    }
}

void SshWorker::answerHostKey(HostKeyDecision decision)
{
    if (m_state != SshState::AwaitingHostKeyDecision)
        return;
    switch (decision) {
    case HostKeyDecision::Reject:
        fail(SshError::make(
            SshError::Code::HostKeyRejected,
            tr("The host key %1 of %2 was rejected; not connected.").arg(m_pendingKey.fingerprint, label())));
        return;
    case HostKeyDecision::AcceptAndSave:
        if (ssh_session_update_known_hosts(m_session) != SSH_OK) {
            fail(SshError::make(
                SshError::Code::HostKeyError,
                tr("Could not add the host key of %1 to %2: %3")
                    .arg(label(), m_effective.knownHostsPath, QString::fromUtf8(ssh_get_error(m_session)))));
            return;
        }
        emit logLine(tr("Added the host key %1 of %2 to %3")
                         .arg(m_pendingKey.fingerprint, label(), m_effective.knownHostsPath));
        break;
    case HostKeyDecision::AcceptOnce:
        emit logLine(tr("Accepted the host key %1 of %2 for this connection only")
                         .arg(m_pendingKey.fingerprint, label()));
        break;
    }
    authenticate();
}

QString SshWorker::authDescription() const
{
    switch (m_target.auth) {
    case SshAuthMethod::Agent:
        return tr("the keys in the SSH agent");
    case SshAuthMethod::KeyFile:
        return tr("the key %1").arg(m_target.keyFile);
    case SshAuthMethod::Password:
        return tr("the password");
    case SshAuthMethod::Auto:
    default:
        return tr("the SSH agent and the configured keys");
    }
}

int SshWorker::authenticateWithPassword()
{
    const QByteArray password = m_target.password.toUtf8();
    const int methods = ssh_userauth_list(m_session, nullptr);
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        return ssh_userauth_password(m_session, nullptr, password.constData());
    if (!(methods & SSH_AUTH_METHOD_INTERACTIVE))
        return SSH_AUTH_DENIED;
    // Keyboard-interactive asking for the password under another name (common with PAM). The
    // password goes only to a password prompt, and once: asked again, it was wrong (another try
    // would count as one more failed login). Any other prompt is left unanswered and reported.
    int rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    bool answered = false;
    for (int round = 0; rc == SSH_AUTH_INFO && round < 5; ++round) {
        const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            const QString prompt = QString::fromUtf8(
                ssh_userauth_kbdint_getprompt(m_session, static_cast<unsigned int>(i), &echo));
            if (!KbdInteractivePrompt::asksForPassword(prompt, echo != 0)) {
                m_unansweredPrompt = prompt.trimmed();
                return SSH_AUTH_DENIED;
            }
            if (answered)
                return SSH_AUTH_DENIED;
            ssh_userauth_kbdint_setanswer(m_session, static_cast<unsigned int>(i), password.constData());
        }
        answered = answered || prompts > 0;
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    }
    return rc;
}

void SshWorker::authenticate()
{
    setState(SshState::Authenticating);
    m_unansweredPrompt.clear();
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc != SSH_AUTH_SUCCESS && rc != SSH_AUTH_ERROR) {
        const QByteArray passphrase = m_target.keyPassphrase.toUtf8();
        const char *phrase = passphrase.isEmpty() ? nullptr : passphrase.constData();
        switch (m_target.auth) {
        case SshAuthMethod::Agent:
            rc = ssh_userauth_agent(m_session, nullptr);
            break;
        case SshAuthMethod::KeyFile: {
            ssh_key key = nullptr;
            if (ssh_pki_import_privkey_file(QFile::encodeName(m_target.keyFile).constData(), phrase, nullptr,
                                            nullptr, &key)
                != SSH_OK) {
                fail(SshError::make(SshError::Code::KeyFileUnreadable,
                                    tr("Could not read the private key %1 for %2: wrong passphrase, or not a "
                                       "private key file.")
                                        .arg(m_target.keyFile, label())));
                return;
            }
            rc = ssh_userauth_publickey(m_session, nullptr, key);
            ssh_key_free(key);
            break;
        }
        case SshAuthMethod::Password:
            rc = authenticateWithPassword();
            break;
        case SshAuthMethod::Auto:
            rc = ssh_userauth_agent(m_session, nullptr);
            if (rc == SSH_AUTH_DENIED)
                rc = ssh_userauth_publickey_auto(m_session, nullptr, phrase);
            if (rc == SSH_AUTH_DENIED && !m_target.password.isEmpty())
                rc = authenticateWithPassword();
            break;
        }
    }

    const QString user = m_effective.user;
    switch (rc) {
    case SSH_AUTH_SUCCESS:
        onConnected();
        return;
    case SSH_AUTH_PARTIAL:
        fail(SshError::make(SshError::Code::AuthFailed,
                            tr("%1 accepted %2 for user %3 but asks for a further authentication step, which "
                               "this wizard does not support.")
                                .arg(label(), authDescription(), user)));
        return;
    case SSH_AUTH_DENIED:
        if (!m_unansweredPrompt.isEmpty()) {
            fail(SshError::make(SshError::Code::AuthFailed,
                                tr("%1 asks \"%2\" at login (keyboard-interactive), which is not the password; "
                                   "it was not answered. Log in with a key, or through a bastion that handles "
                                   "this step.")
                                    .arg(label(), m_unansweredPrompt)));
            return;
        }
        fail(SshError::make(
            SshError::Code::AuthFailed,
            m_target.auth == SshAuthMethod::Password
                ? tr("%1 rejected the password for user %2.").arg(label(), user)
                : tr("%1 rejected the login of user %2 with %3.").arg(label(), user, authDescription())));
        return;
    default:
        if (m_hostKeyQuestion.isValid() && !ssh_is_connected(m_session)) {
            // sshd gives a login LoginGraceTime (120 s by default); a slow answer outlives it.
            fail(SshError::make(
                SshError::Code::ConnectionLost,
                tr("%1 closed the connection while its host key was being checked (servers allow "
                   "only a limited time to log in). Connect again.")
                    .arg(label())));
            return;
        }
        fail(SshError::make(SshError::Code::AuthFailed,
                            tr("Logging in to %1 as %2 failed: %3")
                                .arg(label(), user, QString::fromUtf8(ssh_get_error(m_session)))));
        return;
    }
}

void SshWorker::onConnected()
{
    // Channel reads process incoming packets only while their channel still expects data; after
    // EOF, the exit status and close would sit unread in the socket. The event lets pumpAll()
    // process every packet that has arrived, without waiting.
    m_event = ssh_event_new();
    if (m_event != nullptr)
        ssh_event_add_session(m_event, m_session);
    m_notifier = new QSocketNotifier(ssh_get_fd(m_session), QSocketNotifier::Read, this);
    m_notifier->setEnabled(false);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        // If nothing moved, the readable data is for no channel we read (e.g. buffered behind a
        // slow local client): wait for the timer instead of spinning on the notifier.
        if (m_pumping)
            return;
        m_notifier->setEnabled(false);
        pumpAll();
        if (m_lastPumpProgress && m_notifier != nullptr)
            m_notifier->setEnabled(true);
    });
    // From here on nothing may block: channel opens and requests complete over several pumps.
    ssh_set_blocking(m_session, 0);
    m_idleTimer.start();
    setState(SshState::Connected);
    emit logLine(tr("Connected to %1 as %2").arg(label(), m_effective.user));
    emit connected();
}

void SshWorker::disconnectFromHost()
{
    abortAll(SshError::make(SshError::Code::Cancelled, tr("Disconnected from %1.").arg(label())));
    releaseSession();
    setState(SshState::Disconnected);
}

void SshWorker::releaseSession()
{
    m_pumpTimer.stop();
    m_idleTimer.stop();
    if (m_notifier != nullptr) {
        // Later: this may run inside the notifier's own activated() signal.
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_event != nullptr) {
        ssh_event_remove_session(m_event, m_session);
        ssh_event_free(m_event);
        m_event = nullptr;
    }
    if (m_session != nullptr) {
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
}

void SshWorker::abortAll(const SshError &error)
{
    auto commands = std::move(m_commands);
    m_commands.clear();
    for (auto &[id, command] : commands) {
        command->abort(error);
        emit commandFinished(id, command->result());
    }
    auto exchanges = std::move(m_exchanges);
    m_exchanges.clear();
    for (auto &[id, exchange] : exchanges) {
        exchange->abort(error);
        emit exchangeFinished(id, exchange->reply(), exchange->error());
    }
    auto forwards = std::move(m_forwards);
    m_forwards.clear();
    for (auto &[id, forward] : forwards) {
        forward->close();
        forward->deleteLater(); // may be inside one of its sockets' signals
        emit forwardClosed(id, error);
    }
}

SshError SshWorker::notConnectedError() const
{
    return SshError::make(SshError::Code::NotConnected, tr("Not connected to %1.").arg(label()));
}

void SshWorker::startCommand(quint64 id, const RemoteCommand &command)
{
    if (m_state != SshState::Connected) {
        CommandResult result;
        result.error = notConnectedError();
        emit commandFinished(id, result);
        return;
    }
    auto op = std::make_unique<ChannelCommand>(
        m_session, command, m_target, label(),
        [this, id](OutputStream stream, const QString &line) { emit commandOutput(id, stream, line); });
    emit commandStarted(id, op->displayLine());
    op->start();
    m_commands.emplace(id, std::move(op));
    pumpAll();
}

void SshWorker::startExchange(quint64 id, const ChannelExchange::Request &request)
{
    if (m_state != SshState::Connected) {
        emit exchangeFinished(id, {}, notConnectedError());
        return;
    }
    auto op = std::make_unique<ChannelExchange>(m_session, request, label());
    op->start();
    m_exchanges.emplace(id, std::move(op));
    pumpAll();
}

void SshWorker::openForward(quint64 id, const QString &host, quint16 port)
{
    if (m_state != SshState::Connected) {
        emit forwardClosed(id, notConnectedError());
        return;
    }
    auto *forward = new ForwardServer(m_session, host, port, label(), this);
    QString error;
    if (!forward->listen(&error)) {
        delete forward;
        emit forwardClosed(id,
                           SshError::make(SshError::Code::ForwardFailed,
                                          tr("Could not open a local port for %1:%2 on %3: %4")
                                              .arg(host)
                                              .arg(port)
                                              .arg(label(), error)));
        return;
    }
    connect(forward, &ForwardServer::notice, this,
            [this, id](const QString &message) { emit forwardNotice(id, message); });
    connect(forward, &ForwardServer::activity, this, &SshWorker::pumpAll);
    m_forwards.emplace(id, forward);
    emit logLine(tr("Forwarding 127.0.0.1:%1 to %2:%3 as seen from %4")
                     .arg(forward->localPort())
                     .arg(host)
                     .arg(port)
                     .arg(label()));
    emit forwardListening(id, forward->localPort());
}

void SshWorker::cancel(quint64 id)
{
    const SshError cancelled = SshError::make(SshError::Code::Cancelled, tr("Cancelled."));
    if (auto it = m_commands.find(id); it != m_commands.end()) {
        auto op = std::move(it->second);
        m_commands.erase(it);
        op->abort(cancelled);
        emit commandFinished(id, op->result());
    } else if (auto ex = m_exchanges.find(id); ex != m_exchanges.end()) {
        auto op = std::move(ex->second);
        m_exchanges.erase(ex);
        op->abort(cancelled);
        emit exchangeFinished(id, op->reply(), op->error());
    } else if (auto fw = m_forwards.find(id); fw != m_forwards.end()) {
        fw->second->close();
        fw->second->deleteLater();
        m_forwards.erase(fw);
        emit forwardClosed(id, {});
    }
    scheduleIdleCheck();
}

void SshWorker::pumpAll()
{
    if (m_pumping || m_session == nullptr)
        return;
    m_pumping = true;
    m_lastPumpProgress = false;
    bool progress = true;
    for (int round = 0; progress && round < 64; ++round) {
        progress = false;
        if (m_event != nullptr)
            ssh_event_dopoll(m_event, 0);
        for (auto it = m_commands.begin(); it != m_commands.end();) {
            progress |= it->second->pump();
            if (it->second->isFinished()) {
                emit commandFinished(it->first, it->second->result());
                it = m_commands.erase(it);
            } else {
                ++it;
            }
        }
        for (auto it = m_exchanges.begin(); it != m_exchanges.end();) {
            progress |= it->second->pump();
            if (it->second->isFinished()) {
                emit exchangeFinished(it->first, it->second->reply(), it->second->error());
                it = m_exchanges.erase(it);
            } else {
                ++it;
            }
        }
        for (auto &[id, forward] : m_forwards)
            progress |= forward->pump();
        m_lastPumpProgress = m_lastPumpProgress || progress;
    }
    m_pumping = false;

    if (m_state == SshState::Connected && !ssh_is_connected(m_session)) {
        fail(SshError::make(
            SshError::Code::ConnectionLost,
            tr("Lost the connection to %1: %2").arg(label(), QString::fromUtf8(ssh_get_error(m_session)))));
        return;
    }
    scheduleIdleCheck();
}

void SshWorker::scheduleIdleCheck()
{
    bool busy = !m_commands.empty() || !m_exchanges.empty();
    for (const auto &[id, forward] : m_forwards)
        busy = busy || forward->connectionCount() > 0;
    if (busy && !m_pumpTimer.isActive()) {
        m_pumpTimer.start();
        if (m_notifier != nullptr)
            m_notifier->setEnabled(true);
    } else if (!busy)
        m_pumpTimer.stop();
    // Idle: no reader, so a readable socket would only spin the notifier.
    if (m_notifier != nullptr && !busy)
        m_notifier->setEnabled(false);
}
