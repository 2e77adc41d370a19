#pragma once

#include "ChannelOp.h"
#include "LineSplitter.h"
#include "RemoteCommand.h"
#include "SudoCommand.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>
#include <libssh/callbacks.h>
#include <libssh/libssh.h>

// One remote command on its own exec channel, in the session worker's thread.
// Output is streamed as lines (if the command allows it) while it runs; stdin is written as the
// channel window allows; sudo's conversation is handled as SudoCommand describes.
class ChannelCommand : public ChannelOp
{
    Q_DECLARE_TR_FUNCTIONS(ChannelCommand)

public:
    using LineSink = std::function<void(OutputStream, const QString &)>;

    ChannelCommand(ssh_session session, const RemoteCommand &command, const SshTarget &target,
                   const QString &masterLabel, LineSink sink);
    ~ChannelCommand() override;

    // Opens the channel and starts the command (over the next pumps); a failure finishes the op.
    void start();

    bool pump() override;
    bool isFinished() const override { return m_finished; }
    void abort(const SshError &error) override;

    const CommandResult &result() const { return m_result; }
    QString displayLine() const;

private:
    enum class Phase { Gated, Opening, Requesting, Running };

    bool advanceSetup();
    bool readStream(OutputStream stream);
    void handleOutput(OutputStream stream, const QByteArray &data);
    void handleSudoEvent(SudoCommand::Event event);
    void openChannel();
    bool passGate();
    bool checkForeignPrompt();
    bool writePending();
    void finish(const SshError &error);
    void releaseChannel(bool stopRemote);
    SshError sudoError(SshError::Code code) const;
    SshError notTriedError() const; // the gate says no more sudo password

    static void onExitStatus(ssh_session session, ssh_channel channel, int status, void *userdata);
    static void onExitSignal(ssh_session session, ssh_channel channel, const char *signal, int core,
                             const char *errmsg, const char *lang, void *userdata);

    ssh_session m_session;
    ssh_channel m_channel = nullptr;
    ssh_channel_callbacks_struct m_callbacks {};
    RemoteCommand m_command;
    SudoCommand m_sudo;
    QByteArray m_sudoPassword;
    SudoPasswordGatePtr m_gate;
    quint64 m_gateTicket = 0; // non-zero while this command is a trial of the password
    QElapsedTimer m_sinceStderr; // since sudo last wrote, before the command started
    QString m_master;
    LineSink m_sink;
    int m_timeoutMs;
    QElapsedTimer m_elapsed;
    QByteArray m_wire;
    Phase m_phase = Phase::Gated;

    QByteArray m_toWrite;
    bool m_stdinReleased = false; // sudo let the command start (or there is no sudo)
    bool m_eofSent = false;
    bool m_passwordSent = false;
    bool m_sudoReady = false;
    bool m_stdoutEof = false;
    bool m_stderrEof = false;
    bool m_exitReceived = false;
    bool m_finished = false;
    LineSplitter m_stdoutLines;
    LineSplitter m_stderrLines;
    CommandResult m_result;
};
