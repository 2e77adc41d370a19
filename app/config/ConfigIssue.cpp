#include "ConfigIssue.h"

#include <QStringList>

QString ConfigIssue::toString() const
{
    // The shape compilers use ("file:line: ..."), so editors and terminals can jump to it.
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    QStringList parts;
    if (!where.isEmpty())
        parts << where;
    if (!key.isEmpty())
        parts << key;
    parts << message;
    return parts.join(QStringLiteral(": "));
}
