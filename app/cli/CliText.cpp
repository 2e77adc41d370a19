#include "CliText.h"

#include "secrets/TerminalEcho.h"

#include <QFile>

#include <algorithm>
#include <cstdio>

namespace CliText {

QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const auto &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths.at(i), row.at(i).size());
        }
    }
    QString text;
    for (const auto &row : rows) {
        QString line = QStringLiteral("  ");
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        text += line + QLatin1Char('\n');
    }
    return text;
}

bool readStdinLine(QString *line)
{
    static QFile in;
    if (!in.isOpen() && !in.open(stdin, QIODevice::ReadOnly))
        return false;
    QByteArray bytes = in.readLine();
    if (bytes.isEmpty())
        return false;
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    *line = QString::fromUtf8(bytes);
    return true;
}

bool readSecretLine(QString *line, const QString &prompt)
{
    const TerminalEcho echo(fileno(stdin));
    if (echo.isOff()) {
        // The prompt comes once the echo is off: what is typed after it is never shown.
        QFile err;
        if (err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
            err.write(prompt.toUtf8());
    }
    return readStdinLine(line);
}

} // namespace CliText
