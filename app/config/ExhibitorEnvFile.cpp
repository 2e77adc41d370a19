#include "ExhibitorEnvFile.h"

#include <QSet>

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// systemd's EnvironmentFile value rules, for the subset DC/OS and operators write: "..." with
// backslash escapes, '...' literally, otherwise the text with surrounding blanks removed.
QString unquote(const QByteArray &text)
{
    const QByteArray value = text.trimmed();
    if (value.size() >= 1 && value.front() == '"') {
        QByteArray out;
        for (qsizetype i = 1; i < value.size(); ++i) {
            const char c = value.at(i);
            if (c == '\\' && i + 1 < value.size()) {
                out += value.at(++i);
            } else if (c == '"') {
                break;
            } else {
                out += c;
            }
        }
        return QString::fromUtf8(out);
    }
    if (value.size() >= 1 && value.front() == '\'') {
        const qsizetype end = value.indexOf('\'', 1);
        return QString::fromUtf8(end < 0 ? value.mid(1) : value.mid(1, end - 1));
    }
    return QString::fromUtf8(value);
}

} // namespace

ExhibitorEnvFile ExhibitorEnvFile::parse(const QByteArray &content)
{
    ExhibitorEnvFile file;
    qsizetype start = 0;
    while (start < content.size()) {
        const qsizetype newline = content.indexOf('\n', start);
        Line line;
        if (newline < 0) {
            line.raw = content.mid(start);
            start = content.size();
        } else {
            line.raw = content.mid(start, newline - start);
            line.eol = "\n";
            if (line.raw.endsWith('\r')) {
                line.raw.chop(1);
                line.eol = "\r\n";
            }
            start = newline + 1;
        }

        qsizetype i = 0;
        while (i < line.raw.size() && isBlank(line.raw.at(i)))
            ++i;
        const bool comment = i >= line.raw.size() || line.raw.at(i) == '#' || line.raw.at(i) == ';';
        const qsizetype equals = line.raw.indexOf('=', i);
        if (!comment && equals > i) {
            line.key = QString::fromUtf8(line.raw.mid(i, equals - i).trimmed());
            line.value = unquote(line.raw.mid(equals + 1));
        }
        file.m_lines << line;
    }
    return file;
}

bool ExhibitorEnvFile::contains(const QString &key) const
{
    for (const auto &line : m_lines) {
        if (line.key == key)
            return true;
    }
    return false;
}

QString ExhibitorEnvFile::value(const QString &key) const
{
    for (auto it = m_lines.crbegin(); it != m_lines.crend(); ++it) {
        if (it->key == key)
            return it->value;
    }
    return QString();
}

bool ExhibitorEnvFile::isBackendKey(const QString &key)
{
    // What DC/OS's dcos-config.yaml writes for each exhibitor_storage_backend (DESIGN.md §2).
    static const QSet<QString> keys{
        QStringLiteral("EXHIBITOR_BACKEND"),     QStringLiteral("ZK_CONFIG_CONNECT"),
        QStringLiteral("ZK_CONFIG_ZPATH"),       QStringLiteral("AWS_REGION"),
        QStringLiteral("AWS_S3_BUCKET"),         QStringLiteral("AWS_S3_PREFIX"),
        QStringLiteral("AZURE_CONTAINER"),       QStringLiteral("AZURE_PREFIX"),
        QStringLiteral("EXHIBITOR_FSCONFIGDIR"), QStringLiteral("EXHIBITOR_STATICENSEMBLE"),
    };
    return keys.contains(key);
}

QByteArray ExhibitorEnvFile::dominantEol() const
{
    for (const auto &line : m_lines) {
        if (!line.eol.isEmpty())
            return line.eol;
    }
    return "\n";
}

QByteArray ExhibitorEnvFile::renderStatic(const QString &ensemble) const
{
    const QByteArray backendLine = "EXHIBITOR_BACKEND=STATIC";
    const QByteArray ensembleLine = "EXHIBITOR_STATICENSEMBLE=" + ensemble.toUtf8();
    const QByteArray fileEol = dominantEol();
    QByteArray out;
    bool written = false;
    for (const auto &line : m_lines) {
        if (!isBackendKey(line.key)) {
            out += line.raw + line.eol;
            continue;
        }
        if (written)
            continue;
        const QByteArray eol = line.eol.isEmpty() ? fileEol : line.eol;
        out += backendLine + eol + ensembleLine + eol;
        written = true;
    }
    if (!written) {
        if (!m_lines.isEmpty() && m_lines.constLast().eol.isEmpty())
            out += fileEol;
        out += backendLine + fileEol + ensembleLine + fileEol;
    }
    // A file that ended without a newline still does, so that rendering again (Phase B over
    // Phase A) gives the same bytes.
    if (!m_lines.isEmpty() && m_lines.constLast().eol.isEmpty() && out.endsWith(fileEol))
        out.chop(fileEol.size());
    return out;
}

QByteArray ExhibitorEnvFile::toByteArray() const
{
    QByteArray out;
    for (const auto &line : m_lines)
        out += line.raw + line.eol;
    return out;
}
