#include "SudoCommand.h"

#include "ShellQuote.h"

#include <QRandomGenerator>

namespace {

QByteArray randomTag()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

// Length of the longest suffix of data that is a prefix of marker.
qsizetype partialSuffix(const QByteArray &data, const QByteArray &marker)
{
    for (qsizetype len = qMin(data.size(), marker.size() - 1); len > 0; --len) {
        if (data.endsWith(marker.left(len)))
            return len;
    }
    return 0;
}

} // namespace

SudoCommand::SudoCommand(const QStringList &argv, bool asRoot, SudoMode mode)
    : m_argv(argv)
    , m_mode(mode)
    , m_usesSudo(asRoot && mode != SudoMode::None)
{
    const QByteArray tag = randomTag();
    // No '%' in the prompt: sudo expands %u, %h, %p there.
    m_prompt = "[emw-sudo-prompt-" + tag + "]";
    m_ready = "emw-sudo-ready-" + tag + "\n";
}

QString SudoCommand::wireCommand() const
{
    if (!m_usesSudo)
        return ShellQuote::join(m_argv);

    QStringList words { QStringLiteral("env"), QStringLiteral("LC_ALL=C"), QStringLiteral("sudo") };
    if (m_mode == SudoMode::Passwordless)
        words << QStringLiteral("-n");
    else
        words << QStringLiteral("-S") << QStringLiteral("-k") << QStringLiteral("-p")
              << QString::fromLatin1(m_prompt);
    const QString script
        = QStringLiteral("echo %1 >&2; exec \"$@\"").arg(QString::fromLatin1(m_ready.trimmed()));
    words << QStringLiteral("--") << QStringLiteral("sh") << QStringLiteral("-c") << script
          << QStringLiteral("sh");
    words << m_argv;
    return ShellQuote::join(words);
}

QString SudoCommand::displayCommand() const
{
    const QString command = ShellQuote::join(m_argv);
    return m_usesSudo ? QStringLiteral("sudo ") + command : command;
}

QByteArray SudoCommand::filterStderr(const QByteArray &chunk, QList<Event> *events)
{
    if (!m_usesSudo)
        return chunk;
    m_pending += chunk;
    QByteArray out;
    for (;;) {
        const qsizetype promptAt = m_prompt.isEmpty() ? -1 : m_pending.indexOf(m_prompt);
        const qsizetype readyAt = m_pending.indexOf(m_ready);
        if (promptAt < 0 && readyAt < 0)
            break;
        const bool prompt = promptAt >= 0 && (readyAt < 0 || promptAt < readyAt);
        const qsizetype at = prompt ? promptAt : readyAt;
        out += m_pending.left(at);
        m_pending.remove(0, at + (prompt ? m_prompt.size() : m_ready.size()));
        events->append(prompt ? Event::PasswordPrompt : Event::Ready);
    }
    const qsizetype keep = qMax(partialSuffix(m_pending, m_prompt), partialSuffix(m_pending, m_ready));
    out += m_pending.left(m_pending.size() - keep);
    m_pending.remove(0, m_pending.size() - keep);
    return out;
}

QByteArray SudoCommand::flushStderr()
{
    QByteArray rest;
    rest.swap(m_pending);
    return rest;
}

SshError::Code SudoCommand::classifyFailure(const QByteArray &stderrText)
{
    if (stderrText.contains("incorrect password attempt") || stderrText.contains("Sorry, try again"))
        return SshError::Code::SudoWrongPassword;
    if (stderrText.contains("is not in the sudoers file") || stderrText.contains("is not allowed to run sudo")
        || stderrText.contains("may not run sudo") || stderrText.contains("is not allowed to execute"))
        return SshError::Code::SudoRefused;
    if (stderrText.contains("a password is required") || stderrText.contains("no password was provided")
        || stderrText.contains("a terminal is required"))
        return SshError::Code::SudoPasswordRequired;
    if (stderrText.contains("must have a tty to run sudo")) // sudoers: Defaults requiretty
        return SshError::Code::SudoRefused;
    if (stderrText.contains("sudo: not found") || stderrText.contains("sudo: command not found"))
        return SshError::Code::SudoRefused;
    return SshError::Code::None;
}
