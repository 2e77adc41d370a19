#include "CliInput.h"

#include <QRegularExpression>

bool CliInput::isSha256Fingerprint(const QString &text)
{
    // 32 bytes are 256 bits: 42 characters of 6 bits and a 43rd whose low 2 bits are zero.
    static const QRegularExpression fingerprint(
        QRegularExpression::anchoredPattern(QStringLiteral("SHA256:[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]")));
    return fingerprint.match(text).hasMatch();
}
