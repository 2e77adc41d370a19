#pragma once

#include "SshError.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One command for a master. argv is never joined by hand: every word is shell-quoted on the way.
struct RemoteCommand
{
    QStringList argv;
    bool asRoot = false; // apply the target's SudoMode
    QByteArray stdinData; // written after sudo has let the command start, then EOF
    int timeoutMs = -1; // -1: the target's commandTimeoutMs; 0: none (follows)
    bool logOutput = true; // false: output is not streamed as lines (file contents may hold
                           // secrets, e.g. cloud credentials in an env file)
    bool captureOutput = true; // false: output is only streamed (follows would grow without end)
    QString displayText; // what the log shows instead of argv (e.g. for a long sh script);
                         // "sudo " is still put in front when sudo is used
};

enum class OutputStream { Stdout, Stderr };

struct CommandResult
{
    int exitStatus = -1; // -1: none received (killed, cancelled, connection lost)
    QString exitSignal; // e.g. "TERM" when the remote process died of a signal
    QByteArray stdoutData;
    QByteArray stderrData; // without sudo's prompt and our markers
    SshError error; // transport, timeout, cancel or sudo failure; a non-zero exit
                    // status alone is not an error here
    bool succeeded() const { return !error.isError() && exitStatus == 0; }
};

Q_DECLARE_METATYPE(RemoteCommand)
Q_DECLARE_METATYPE(CommandResult)
Q_DECLARE_METATYPE(OutputStream)
