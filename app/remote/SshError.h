#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// Why something over SSH did not work. message is translated, names the master and says what to
// do; code lets callers react (e.g. ask again for a sudo password on SudoWrongPassword).
struct SshError
{
    enum class Code {
        None,
        ConnectFailed, // refused, no route, name not resolved, proxy command failed
        ConnectTimeout,
        HostKeyRejected, // the operator said no
        HostKeyChanged, // known_hosts has another key: possible man-in-the-middle
        HostKeyError, // known_hosts unreadable, no server key
        AuthFailed,
        KeyFileUnreadable,
        NotConnected,
        ConnectionLost,
        ChannelFailed,
        CommandTimeout,
        Cancelled,
        SudoPasswordRequired, // sudo -n, or Password mode with no password set
        SudoWrongPassword,
        SudoRefused, // not in sudoers, or not allowed to run this command
        SudoUnexpectedPrompt, // sudo (PAM) asks something that is not its password prompt: an OTP,
                              // a password change, Kerberos; the message quotes the prompt
        RemoteFailed, // a file operation's remote command failed
        ChecksumMismatch,
        BackupDiffers,
        ForwardFailed
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    static SshError make(Code code, const QString &message) { return SshError { code, message }; }
};

Q_DECLARE_METATYPE(SshError)
