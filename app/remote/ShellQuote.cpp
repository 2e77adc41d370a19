#include "ShellQuote.h"

#include <QRegularExpression>

namespace ShellQuote {

QString quote(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString join(const QStringList &argv)
{
    QStringList words;
    words.reserve(argv.size());
    for (const auto &arg : argv)
        words << quote(arg);
    return words.join(QLatin1Char(' '));
}

} // namespace ShellQuote
