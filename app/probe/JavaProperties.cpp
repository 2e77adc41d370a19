#include "JavaProperties.h"

namespace
{
    bool isBlank(QChar c)
    {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\f');
    }

    // A line ends in a continuation if it ends with an odd number of backslashes.
    bool continues(const QString &line)
    {
        int backslashes = 0;
        for (qsizetype i = line.size() - 1; i >= 0 && line.at(i) == QLatin1Char('\\'); --i)
            ++backslashes;
        return backslashes % 2 == 1;
    }

    QString stripLeadingBlanks(const QString &s)
    {
        qsizetype i = 0;
        while (i < s.size() && isBlank(s.at(i)))
            ++i;
        return s.mid(i);
    }

    // Joins continued lines and drops comments and blank lines: one entry per logical line.
    QStringList logicalLines(const QString &text)
    {
        QStringList lines;
        QString current;
        bool inContinuation = false;
        const QStringList physical = text.split(QLatin1Char('\n'));
        for (QString line : physical) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            line = stripLeadingBlanks(line);
            if (!inContinuation) {
                if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('!')))
                    continue;
            }
            if (continues(line)) {
                line.chop(1);
                current += line;
                inContinuation = true;
                continue;
            }
            current += line;
            lines.append(current);
            current.clear();
            inContinuation = false;
        }
        if (inContinuation)
            lines.append(current);
        return lines;
    }
} // namespace

JavaProperties JavaProperties::parse(const QByteArray &text)
{
    JavaProperties properties;
    // Properties.load(InputStream) reads ISO-8859-1; anything else arrives as \u escapes.
    const QStringList lines = logicalLines(QString::fromLatin1(text));
    for (const QString &line : lines) {
        // The key ends at the first unescaped '=', ':' or blank.
        qsizetype keyEnd = 0;
        bool escaped = false;
        for (; keyEnd < line.size(); ++keyEnd) {
            const QChar c = line.at(keyEnd);
            if (escaped) {
                escaped = false;
                continue;
            }
            if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('=') || c == QLatin1Char(':') || isBlank(c))
                break;
        }
        // Then blanks, at most one '=' or ':', and blanks again separate it from the value.
        qsizetype valueStart = keyEnd;
        while (valueStart < line.size() && isBlank(line.at(valueStart)))
            ++valueStart;
        if (valueStart < line.size() && (line.at(valueStart) == QLatin1Char('=') || line.at(valueStart) == QLatin1Char(':')))
            ++valueStart;
        while (valueStart < line.size() && isBlank(line.at(valueStart)))
            ++valueStart;
        properties.m_values.insert(unescape(line.left(keyEnd)), unescape(line.mid(valueStart)));
    }
    return properties;
}

QString JavaProperties::unescape(const QString &escaped)
{
    QString out;
    out.reserve(escaped.size());
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= escaped.size()) {
            out += c;
            continue;
        }
        const QChar next = escaped.at(++i);
        switch (next.unicode()) {
        case 't': out += QLatin1Char('\t'); break;
        case 'n': out += QLatin1Char('\n'); break;
        case 'r': out += QLatin1Char('\r'); break;
        case 'f': out += QLatin1Char('\f'); break;
        case 'u': {
            bool ok = false;
            const ushort code = escaped.mid(i + 1, 4).toUShort(&ok, 16);
            if (ok && i + 4 < escaped.size()) {
                out += QChar(code);
                i += 4;
            } else {
                out += next; // Java throws on a malformed \u; be lenient, keep the text
            }
            break;
        }
        default:
            out += next; // "\:", "\=", "\ ", "\\", "\#"
        }
    }
    return out;
}
