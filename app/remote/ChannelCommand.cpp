#include "ChannelCommand.h"

#include <algorithm>
#include <cstring>

namespace {

constexpr int ReadChunk = 16384;
constexpr uint32_t WriteChunk = 32768;
// Text sudo (PAM) left without a newline for this long, before the command started, is a prompt
// we do not answer: an OTP, a password change, Kerberos. sudo itself writes whole lines.
constexpr int ForeignPromptQuietMs = 1500;

// Messages sudo (PAM) writes on the way to a prompt of its own that is not the password's.
bool announcesForeignPrompt(const QByteArray &text)
{
    return text.contains("You are required to change your password")
        || text.contains("Your password has expired") || text.contains("Password expired")
        || text.contains("password is expired");
}

// The last, unfinished line: what a prompt looks like.
QByteArray unfinishedLine(const QByteArray &text)
{
    if (text.isEmpty() || text.endsWith('\n'))
        return {};
    return text.mid(text.lastIndexOf('\n') + 1);
}

QString firstLine(const QByteArray &text)
{
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            return QString::fromUtf8(line.trimmed());
    }
    return {};
}

} // namespace

ChannelCommand::ChannelCommand(ssh_session session, const RemoteCommand &command, const SshTarget &target,
                               const QString &masterLabel, LineSink sink)
    : m_session(session)
    , m_command(command)
    , m_sudo(command.argv, command.asRoot, target.sudo)
    , m_sudoPassword(target.sudoPassword.toUtf8())
    , m_gate(target.sudoGate)
    , m_master(masterLabel)
    , m_sink(std::move(sink))
    , m_timeoutMs(command.timeoutMs < 0 ? target.commandTimeoutMs : command.timeoutMs)
{
    ssh_callbacks_init(&m_callbacks);
    m_callbacks.userdata = this;
    m_callbacks.channel_exit_status_function = &ChannelCommand::onExitStatus;
    m_callbacks.channel_exit_signal_function = &ChannelCommand::onExitSignal;
}

ChannelCommand::~ChannelCommand()
{
    releaseChannel(!m_finished);
    m_sudoPassword.fill('\0');
}

QString ChannelCommand::displayLine() const
{
    QString line = m_sudo.displayCommand();
    if (!m_command.displayText.isEmpty())
        line = (m_sudo.usesSudo() ? QStringLiteral("sudo ") : QString()) + m_command.displayText;
    if (!m_command.stdinData.isEmpty())
        line += tr(" (%n byte(s) on stdin)", nullptr, static_cast<int>(m_command.stdinData.size()));
    return line;
}

void ChannelCommand::start()
{
    m_elapsed.start();
    m_sinceStderr.start();
    m_wire = m_sudo.wireCommand().toUtf8();
    // sudo with a password starts only when the gate says so: a sudo stopped while it asks
    // counts as a failed login just like a wrong password.
    if (m_sudo.usesSudo() && m_sudo.mode() == SudoMode::Password && m_gate) {
        m_phase = Phase::Gated;
        pump();
        return;
    }
    openChannel();
}

void ChannelCommand::openChannel()
{
    m_phase = Phase::Opening;
    m_channel = ssh_channel_new(m_session);
    if (m_channel == nullptr) {
        finish(SshError::make(SshError::Code::ChannelFailed,
                              tr("Could not open a command channel on %1: %2")
                                  .arg(m_master, QString::fromUtf8(ssh_get_error(m_session)))));
        return;
    }
    pump();
}

bool ChannelCommand::passGate()
{
    switch (m_gate->mayStart(m_master, &m_gateTicket)) {
    case SudoPasswordGate::Verdict::Start:
        m_sinceStderr.start();
        openChannel();
        return !m_finished;
    case SudoPasswordGate::Verdict::Wait:
        return false;
    case SudoPasswordGate::Verdict::Refused:
        finish(notTriedError());
        return false;
    }
    return false;
}

bool ChannelCommand::advanceSetup()
{
    // The session is non-blocking: opening and exec are round trips that complete over several
    // pumps (SSH_AGAIN), so a slow master never stalls the other channels.
    if (m_phase == Phase::Opening) {
        const int rc = ssh_channel_open_session(m_channel);
        if (rc == SSH_AGAIN)
            return false;
        if (rc != SSH_OK) {
            finish(SshError::make(SshError::Code::ChannelFailed,
                                  tr("Could not open a command channel on %1: %2")
                                      .arg(m_master, QString::fromUtf8(ssh_get_error(m_session)))));
            return false;
        }
        ssh_set_channel_callbacks(m_channel, &m_callbacks);
        m_phase = Phase::Requesting;
    }
    const int rc = ssh_channel_request_exec(m_channel, m_wire.constData());
    if (rc == SSH_AGAIN)
        return false;
    if (rc != SSH_OK) {
        finish(SshError::make(SshError::Code::ChannelFailed,
                              tr("%1 refused to run a command: %2")
                                  .arg(m_master, QString::fromUtf8(ssh_get_error(m_session)))));
        return false;
    }
    m_phase = Phase::Running;
    if (!m_sudo.usesSudo()) {
        m_stdinReleased = true;
        m_toWrite = m_command.stdinData;
    }
    return true;
}

bool ChannelCommand::pump()
{
    if (m_finished)
        return false;
    if (m_timeoutMs > 0 && m_elapsed.hasExpired(m_timeoutMs)) {
        abort(
            SshError::make(SshError::Code::CommandTimeout,
                           tr("The command \"%1\" on %2 did not finish within %n second(s) and was stopped.",
                              nullptr, m_timeoutMs / 1000)
                               .arg(m_sudo.displayCommand(), m_master)));
        return false;
    }
    if (m_phase == Phase::Gated)
        return passGate();
    if (m_phase != Phase::Running && !advanceSetup())
        return false;
    if (checkForeignPrompt())
        return false;
    bool progress = readStream(OutputStream::Stdout);
    if (!m_finished)
        progress |= readStream(OutputStream::Stderr);
    if (!m_finished)
        progress |= writePending();
    if (!m_finished && m_stdoutEof && m_stderrEof && (m_exitReceived || ssh_channel_is_closed(m_channel)))
        finish({});
    return progress;
}

bool ChannelCommand::readStream(OutputStream stream)
{
    bool &eof = stream == OutputStream::Stdout ? m_stdoutEof : m_stderrEof;
    bool progress = false;
    char buffer[ReadChunk];
    while (!eof && !m_finished) {
        const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer,
                                                   stream == OutputStream::Stderr ? 1 : 0);
        if (n > 0) {
            progress = true;
            handleOutput(stream, QByteArray(buffer, n));
        } else if (n == SSH_EOF) {
            eof = true;
        } else if (n == 0) {
            break;
        } else {
            finish(SshError::make(
                SshError::Code::ConnectionLost,
                tr("Lost the connection to %1 while running \"%2\": %3")
                    .arg(m_master, m_sudo.displayCommand(), QString::fromUtf8(ssh_get_error(m_session)))));
        }
    }
    return progress;
}

void ChannelCommand::handleOutput(OutputStream stream, const QByteArray &raw)
{
    QByteArray data = raw;
    if (stream == OutputStream::Stderr) {
        QList<SudoCommand::Event> events;
        data = m_sudo.filterStderr(raw, &events);
        // Text before an event belongs before it; sudo writes nothing between its prompt and
        // reading the password, so handling events after the text is exact enough.
        if (m_command.captureOutput || !m_sudoReady)
            m_result.stderrData += data;
        if (!data.isEmpty() || !events.isEmpty())
            m_sinceStderr.start();
        if (m_command.logOutput)
            for (const QString &line : m_stderrLines.feed(data))
                m_sink(stream, line);
        for (SudoCommand::Event event : events)
            handleSudoEvent(event);
        return;
    }
    if (m_command.captureOutput)
        m_result.stdoutData += data;
    if (m_command.logOutput)
        for (const QString &line : m_stdoutLines.feed(data))
            m_sink(stream, line);
}

void ChannelCommand::handleSudoEvent(SudoCommand::Event event)
{
    if (m_finished)
        return;
    if (event == SudoCommand::Event::Ready) {
        m_sudoReady = true;
        m_stdinReleased = true;
        m_toWrite += m_command.stdinData;
        if (m_gate) {
            m_gate->passed(m_master, m_gateTicket, m_passwordSent);
            m_gateTicket = 0;
        }
        return;
    }
    // A password prompt.
    if (m_passwordSent) {
        const SshError error = sudoError(SshError::Code::SudoWrongPassword);
        if (m_gate) {
            m_gate->refused(m_master, m_gateTicket, error.message);
            m_gateTicket = 0;
        }
        abort(error);
        return;
    }
    if (m_sudo.mode() != SudoMode::Password || m_sudoPassword.isEmpty()) {
        abort(sudoError(SshError::Code::SudoPasswordRequired));
        return;
    }
    m_passwordSent = true;
    // Ahead of anything else queued; never logged, never part of a result.
    m_toWrite.prepend(m_sudoPassword + '\n');
}

bool ChannelCommand::checkForeignPrompt()
{
    if (!m_sudo.usesSudo() || m_sudoReady || m_phase != Phase::Running)
        return false;
    const QByteArray &text = m_result.stderrData;
    const QByteArray prompt = unfinishedLine(text).trimmed();
    const bool announced = announcesForeignPrompt(text);
    if (!announced && (prompt.isEmpty() || !m_sinceStderr.hasExpired(ForeignPromptQuietMs)))
        return false;
    const QString shown = QString::fromUtf8(text.trimmed()).replace(QLatin1Char('\n'), QLatin1String(" / "));
    const SshError error = SshError::make(
        SshError::Code::SudoUnexpectedPrompt,
        tr("sudo on %1 asks something that is not the sudo password, and it was not answered: \"%2\". Log "
           "in to the master once by hand to deal with it (e.g. change an expired password), or use a login "
           "user whose sudo asks only for its password.")
            .arg(m_master, shown));
    // Whatever it asks, every further command would ask it too: no more sudo anywhere for now.
    if (m_sudo.mode() == SudoMode::Password && m_gate) {
        m_gate->refused(m_master, m_gateTicket, error.message);
        m_gateTicket = 0;
    }
    abort(error);
    return true;
}

bool ChannelCommand::writePending()
{
    bool progress = false;
    while (!m_toWrite.isEmpty()) {
        const uint32_t window = ssh_channel_window_size(m_channel);
        if (window == 0)
            break; // the remote side has not read yet; try again on the next pump
        const uint32_t n = std::min({ window, WriteChunk, static_cast<uint32_t>(m_toWrite.size()) });
        const int written = ssh_channel_write(m_channel, m_toWrite.constData(), n);
        if (written == SSH_ERROR) {
            if (!ssh_is_connected(m_session)) {
                finish(SshError::make(SshError::Code::ConnectionLost,
                                      tr("Could not send input to \"%1\" on %2: %3")
                                          .arg(m_sudo.displayCommand(), m_master,
                                               QString::fromUtf8(ssh_get_error(m_session)))));
                return progress;
            }
            // The command ended (or closed its end) before reading everything: not a transport
            // error; its exit status says what happened.
            std::memset(m_toWrite.data(), 0, static_cast<size_t>(m_toWrite.size()));
            m_toWrite.clear();
            m_eofSent = true;
            return progress;
        }
        // Overwrite what was sent: it may be the sudo password.
        std::memset(m_toWrite.data(), 0, static_cast<size_t>(written));
        m_toWrite.remove(0, written);
        progress = true;
    }
    if (m_stdinReleased && m_toWrite.isEmpty() && !m_eofSent) {
        m_eofSent = true;
        ssh_channel_send_eof(m_channel);
    }
    return progress;
}

void ChannelCommand::abort(const SshError &error)
{
    if (m_finished)
        return;
    releaseChannel(true);
    finish(error);
}

SshError ChannelCommand::notTriedError() const
{
    return SshError::make(SshError::Code::SudoWrongPassword, m_gate->notTriedMessage(m_master));
}

SshError ChannelCommand::sudoError(SshError::Code code) const
{
    const QString command = m_sudo.displayCommand();
    switch (code) {
    case SshError::Code::SudoWrongPassword:
        return SshError::make(code,
                              tr("sudo on %1 did not accept the sudo password. Enter the password of "
                                 "the login user again.")
                                  .arg(m_master));
    case SshError::Code::SudoPasswordRequired:
        return SshError::make(
            code,
            m_sudo.mode() == SudoMode::Passwordless
                ? tr("sudo on %1 needs a password for \"%2\". Choose \"sudo with "
                     "password\" and enter it.")
                      .arg(m_master, command)
                : tr("sudo on %1 asks for a password, but none was entered.").arg(m_master));
    case SshError::Code::SudoRefused:
        if (m_result.stderrData.contains("must have a tty"))
            return SshError::make(code,
                                  tr("sudo on %1 refused to run \"%2\": %3. The master's sudoers has "
                                     "\"Defaults requiretty\"; add \"Defaults:<login user> !requiretty\" there "
                                     "(visudo), or use a login user without it.")
                                      .arg(m_master, command, firstLine(m_result.stderrData)));
        return SshError::make(code,
                              tr("sudo on %1 refused to run \"%2\": %3. The login user needs a sudoers "
                                 "rule that allows it.")
                                  .arg(m_master, command, firstLine(m_result.stderrData)));
    default:
        return {};
    }
}

void ChannelCommand::finish(const SshError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    const QByteArray rest = m_sudo.flushStderr();
    if (m_command.captureOutput)
        m_result.stderrData += rest;
    if (m_command.logOutput) {
        for (const QString &line : m_stdoutLines.finish())
            m_sink(OutputStream::Stdout, line);
        for (const QString &line : m_stderrLines.feed(rest) + m_stderrLines.finish())
            m_sink(OutputStream::Stderr, line);
    }
    m_result.error = error;
    if (!error.isError() && m_sudo.usesSudo() && !m_sudoReady) {
        // sudo ended before starting the command: say why, in its own terms.
        const SshError::Code code = SudoCommand::classifyFailure(m_result.stderrData);
        if (code != SshError::Code::None)
            m_result.error = sudoError(code);
        else
            m_result.error = SshError::make(SshError::Code::SudoRefused,
                                            tr("sudo on %1 did not run \"%2\" (exit status %3): %4")
                                                .arg(m_master, m_sudo.displayCommand())
                                                .arg(m_result.exitStatus)
                                                .arg(firstLine(m_result.stderrData)));
    }
    if (m_gate && m_gateTicket != 0) {
        // A trial that ended before sudo said yes or no (timeout, lost connection, cancel, a
        // refused command) lets the next command try; one that sudo ended for the password
        // counts as a refusal.
        if (m_result.error.code == SshError::Code::SudoWrongPassword)
            m_gate->refused(m_master, m_gateTicket, m_result.error.message);
        else
            m_gate->abandoned(m_gateTicket);
        m_gateTicket = 0;
    }
    releaseChannel(false);
    m_sudoPassword.fill('\0');
}

void ChannelCommand::releaseChannel(bool stopRemote)
{
    if (m_channel == nullptr)
        return;
    ssh_remove_channel_callbacks(m_channel, &m_callbacks);
    if (ssh_channel_is_open(m_channel)) {
        // Without a tty, closing the channel alone leaves the remote process running until it
        // next writes; the signal ends it now (sudo passes it on to the command). A sudo still
        // asking for its password gets KILL: it catches TERM, and then its PAM conversation fails,
        // which pam_faillock counts as one more failed login (so does the EOF of a close alone,
        // on an sshd too old for signal requests: OpenSSH < 8.1).
        if (stopRemote)
            ssh_channel_request_send_signal(m_channel, m_sudo.usesSudo() && !m_sudoReady ? "KILL" : "TERM");
        ssh_channel_close(m_channel);
    }
    ssh_channel_free(m_channel);
    m_channel = nullptr;
}

void ChannelCommand::onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    auto *self = static_cast<ChannelCommand *>(userdata);
    self->m_result.exitStatus = status;
    self->m_exitReceived = true;
}

void ChannelCommand::onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *,
                                  const char *, void *userdata)
{
    auto *self = static_cast<ChannelCommand *>(userdata);
    self->m_result.exitSignal = QString::fromUtf8(signal);
    self->m_exitReceived = true;
}
