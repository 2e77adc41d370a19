#include "ConfigIssue.h"

#include <QStringList>

QString ConfigIssue::toString() const
{
    return format(QString());
}

QString ConfigIssue::toWarningString() const
{
    return format(QStringLiteral("warning"));
}

QString ConfigIssue::format(const QString &severity) const
{
    // The shape compilers use ("file:line: ..."), so editors and terminals can jump to it.
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    QStringList parts;
    if (!where.isEmpty())
        parts << where;
    if (!severity.isEmpty())
        parts << severity;
    if (!key.isEmpty())
        parts << key;
    parts << message;
    return parts.join(QStringLiteral(": "));
}
