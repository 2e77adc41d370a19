#pragma once

#include "SshError.h"
#include "SshTarget.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Builds the command line sent to sshd for one RemoteCommand and follows sudo's conversation on
// stderr.
//
// With sudo, the command runs as  sudo <flags> -- sh -c 'echo <ready> >&2; exec "$@"' sh <argv>
// so we know when sudo has let the command start:
//  - Password mode uses  sudo -S -k -p <prompt>  with a random prompt instead of -p '': the
//    password is written only when sudo really asks (the prompt appears on stderr). Written blindly,
//    it would end up in the command's stdin, e.g. inside a file being written, whenever sudo does
//    not ask (NOPASSWD rule). -k makes sudo ask every time, so a wrong password is always noticed.
//  - A second prompt means the password was wrong: the command is stopped at once (sudo would
//    wait for two more tries).
//  - stdin data is sent only after the ready marker, so it never reaches sudo itself.
// LC_ALL=C (through env, which works with any login shell) keeps sudo's messages parsable.
// The password never appears in the command line, the display line or any stderr text.
class SudoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SudoCommand)

public:
    enum class Event { PasswordPrompt, Ready };

    SudoCommand(const QStringList &argv, bool asRoot, SudoMode mode);

    bool usesSudo() const { return m_usesSudo; }
    SudoMode mode() const { return m_mode; }
    QString wireCommand() const; // sent to sshd
    QString displayCommand() const; // for the log pane: "sudo cat /etc/x"

    // Feeds raw stderr; returns the text to show, with the prompt and the ready marker taken out.
    // A marker split across chunks is held back until it is complete.
    QByteArray filterStderr(const QByteArray &chunk, QList<Event> *events);
    QByteArray flushStderr();

    // Why sudo did not run the command, from its (C locale) messages; None if it did not say.
    static SshError::Code classifyFailure(const QByteArray &stderrText);

    const QByteArray &promptMarker() const { return m_prompt; }
    const QByteArray &readyMarker() const { return m_ready; }

private:
    QStringList m_argv;
    SudoMode m_mode;
    bool m_usesSudo;
    QByteArray m_prompt;
    QByteArray m_ready;
    QByteArray m_pending;
};
