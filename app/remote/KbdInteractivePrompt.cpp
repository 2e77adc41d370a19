#include "KbdInteractivePrompt.h"

#include <QRegularExpression>

bool KbdInteractivePrompt::asksForPassword(const QString &prompt, bool echo)
{
    if (echo)
        return false; // a password prompt never echoes
    // "Password:", "Password for core@10.0.0.1:", "(core@10.0.0.1) Password:", "core's password:";
    // not "New password:", "Retype new password:", "Verification code:", "Enter passcode:".
    static const QRegularExpression password(QStringLiteral("\\bpassword\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression other(QStringLiteral("\\b(new|retype|again|repeat|code|passcode|token|otp)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    return password.match(prompt).hasMatch() && !other.match(prompt).hasMatch();
}
