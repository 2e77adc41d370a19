#include "Redaction.h"

#include <QList>
#include <QRegularExpression>

#include <optional>

bool Redaction::isSecretKey(const QString &key)
{
    static const QRegularExpression secret(
        QStringLiteral("SECRET|PASSW|TOKEN|CREDENTIAL|ACCESS_?KEY|ACCOUNT_?KEY|PRIVATE|AUTH|SAS"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

QByteArray Redaction::envFile(const QByteArray &content)
{
    QList<QByteArray> lines = content.split('\n');
    for (QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0 || line.trimmed().startsWith('#'))
            continue;
        QByteArray key = line.left(eq).trimmed();
        if (key.startsWith("export "))
            key = key.mid(7).trimmed();
        if (isSecretKey(QString::fromUtf8(key)))
            line = line.left(eq + 1) + QByteArrayLiteral("<redacted>") + (line.endsWith('\r') ? "\r" : "");
    }
    return lines.join('\n');
}

bool Redaction::isConfigYamlSecretKey(const QString &key)
{
    // The explicit names are DC/OS's (Enterprise included); the patterns catch the keys a later
    // DC/OS or an operator's own template adds. A false positive only hides a value from a diff.
    static const QRegularExpression secret(
        QStringLiteral("(^|_)(passwords?|passwd|passphrase|secrets?|tokens?|credentials?|private_key|access_key)(_|$)"
                       "|_(key|hash)$|^ca_certificate|^license_key|^zk_\\w*credentials"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(key.trimmed()).hasMatch();
}

namespace {

struct Line
{
    QByteArray content; // without the line ending
    QByteArray eol;
};

QList<Line> splitLines(const QByteArray &text)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf('\n', start);
        const qsizetype end = newline < 0 ? text.size() : newline;
        Line line{text.mid(start, end - start), newline < 0 ? QByteArray() : QByteArray("\n")};
        if (line.content.endsWith('\r')) {
            line.content.chop(1);
            line.eol.prepend('\r');
        }
        lines << line;
        start = end + 1;
    }
    return lines;
}

qsizetype indentOf(const QByteArray &content)
{
    qsizetype i = 0;
    while (i < content.size() && content.at(i) == ' ')
        ++i;
    return i;
}

bool isBlank(const QByteArray &content)
{
    return content.trimmed().isEmpty();
}

// "  - key: value": where the key starts (its column, after any "- " entries), the key, and where
// the colon ends.
struct KeyLine
{
    qsizetype column = 0;
    QString key;
    qsizetype colonEnd = 0;
};

std::optional<KeyLine> keyLine(const QByteArray &content)
{
    static const QRegularExpression pattern(
        QStringLiteral("^((?: *- +)* *)(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'#\\-?:,\\[\\]{}][^:#]*?))[ \\t]*:(?=[ \\t]|$)"));
    const QString text = QString::fromUtf8(content);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString key = match.captured(2);
    if (key.isEmpty())
        key = match.captured(3);
    if (key.isEmpty())
        key = match.captured(4);
    return KeyLine{match.captured(1).toUtf8().size(), key, text.left(match.capturedEnd()).toUtf8().size()};
}

// The value on the key's own line, without a trailing comment (a rough cut: enough to tell an
// empty value, a block-scalar header or an unterminated quote from a complete value).
QByteArray inlineValue(const QByteArray &content, qsizetype colonEnd)
{
    QByteArray value = content.mid(colonEnd).trimmed();
    if (value.startsWith('#'))
        return {};
    if (value.startsWith('"') || value.startsWith('\''))
        return value;
    const qsizetype comment = value.indexOf(" #");
    return comment < 0 ? value : value.left(comment).trimmed();
}

// A quoted value that does not close on its line goes on until the line that closes it,
// whatever that line's indentation.
bool quoteOpen(const QByteArray &value)
{
    if (value.isEmpty() || (value.front() != '"' && value.front() != '\''))
        return false;
    const char quote = value.front();
    for (qsizetype i = 1; i < value.size(); ++i) {
        if (quote == '"' && value.at(i) == '\\') {
            ++i;
        } else if (value.at(i) == quote) {
            if (quote == '\'' && i + 1 < value.size() && value.at(i + 1) == '\'')
                ++i;
            else
                return false;
        }
    }
    return true;
}

bool closesQuote(const QByteArray &content, char quote)
{
    for (qsizetype i = 0; i < content.size(); ++i) {
        if (quote == '"' && content.at(i) == '\\') {
            ++i;
        } else if (content.at(i) == quote) {
            if (quote == '\'' && i + 1 < content.size() && content.at(i + 1) == '\'')
                ++i;
            else
                return true;
        }
    }
    return false;
}

// A one-line flow mapping or sequence that names a secret key inside: {user: a, password: b}.
bool flowHoldsSecret(const QByteArray &value)
{
    if (!value.startsWith('{') && !value.startsWith('['))
        return false;
    static const QRegularExpression flowKey(QStringLiteral("[{,\\[]\\s*[\"']?([A-Za-z0-9_.\\-]+)[\"']?\\s*:"));
    auto it = flowKey.globalMatch(QString::fromUtf8(value));
    while (it.hasNext()) {
        if (Redaction::isConfigYamlSecretKey(it.next().captured(1)))
            return true;
    }
    return false;
}

} // namespace

QByteArray Redaction::configYaml(const QByteArray &yaml)
{
    const QList<Line> lines = splitLines(yaml);
    QByteArray out;
    out.reserve(yaml.size());
    for (qsizetype i = 0; i < lines.size();) {
        const Line &line = lines.at(i);
        const auto key = keyLine(line.content);
        const QByteArray value = key ? inlineValue(line.content, key->colonEnd) : QByteArray();
        const bool secret = key && isConfigYamlSecretKey(key->key);
        if (!key || (!secret && !flowHoldsSecret(value))) {
            out += line.content + line.eol;
            ++i;
            continue;
        }

        // The value's further lines: more indented than the key, or a sequence's "- " entries at
        // the key's own column under a key with nothing after its colon; blank lines between
        // them belong to the value, blank lines after it stay as separators.
        qsizetype end = i + 1;
        if (secret) {
            if (quoteOpen(value)) {
                while (end < lines.size() && !closesQuote(lines.at(end).content, value.front()))
                    ++end;
                end = qMin(end + 1, lines.size());
            }
            const bool emptyInline = value.isEmpty();
            for (qsizetype next = end; next < lines.size(); ++next) {
                const QByteArray &content = lines.at(next).content;
                if (isBlank(content))
                    continue;
                const qsizetype indent = indentOf(content);
                const bool deeper = indent > key->column;
                const bool sequenceEntry = emptyInline && indent == key->column && content.mid(indent).startsWith('-')
                                           && (content.size() == indent + 1 || content.at(indent + 1) == ' ');
                if (!deeper && !sequenceEntry)
                    break;
                end = next + 1;
            }
            if (value.isEmpty() && end == i + 1) {
                // Nothing to hide (a null value).
                out += line.content + line.eol;
                ++i;
                continue;
            }
        }
        const QByteArray eol = lines.at(end - 1).eol.isEmpty() ? QByteArray() : line.eol;
        out += line.content.left(key->colonEnd) + ' ' + kMarker + eol;
        i = end;
    }
    return out;
}
