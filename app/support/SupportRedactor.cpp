#include "SupportRedactor.h"

#include "config/Redaction.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>

void SupportRedactor::addSecret(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.size() < kMinSecretLength || m_secrets.contains(trimmed))
        return;
    m_secrets << trimmed;
    // "super:<password>" is used whole (digest auth) and its password alone (the file's line).
    const qsizetype colon = trimmed.indexOf(':');
    if (colon > 0 && trimmed.size() - colon - 1 >= kMinSecretLength)
        addSecret(trimmed.mid(colon + 1));
    // Longest first: a secret that contains another is replaced whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

void SupportRedactor::addConfigYamlSecrets(const QByteArray &yaml)
{
    // A scalar on the key's own line: `key: value`, quoted or not. Block scalars and nested
    // mappings are left to Redaction::configYaml, which replaces them wherever config.yaml is shown.
    static const QRegularExpression line(QStringLiteral(R"(^\s*-?\s*([A-Za-z0-9_]+)\s*:\s*(.+?)\s*$)"));
    for (const QByteArray &raw : yaml.split('\n')) {
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(raw));
        if (!match.hasMatch() || !Redaction::isConfigYamlSecretKey(match.captured(1)))
            continue;
        QString value = match.captured(2);
        if (value.startsWith(QLatin1Char('|')) || value.startsWith(QLatin1Char('>')) ||
            value.startsWith(QLatin1Char('{')) || value.startsWith(QLatin1Char('&')))
            continue;
        const qsizetype comment = value.indexOf(QLatin1String(" #"));
        if (comment > 0 && !value.startsWith(QLatin1Char('\'')) && !value.startsWith(QLatin1Char('"')))
            value = value.left(comment).trimmed();
        if (value.size() >= 2 && (value.front() == QLatin1Char('\'') || value.front() == QLatin1Char('"')) &&
            value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        addSecret(value.toUtf8());
    }
}

QByteArray SupportRedactor::scrubKnown(QByteArray text) const
{
    for (const QByteArray &secret : m_secrets)
        text.replace(secret, QByteArray(Redaction::kMarker));
    return text;
}

QByteArray SupportRedactor::envFile(const QByteArray &content) const
{
    return scrubKnown(Redaction::envFile(content));
}

QByteArray SupportRedactor::configYaml(const QByteArray &yaml) const
{
    return scrubKnown(Redaction::configYaml(yaml));
}

QByteArray SupportRedactor::text(const QByteArray &text) const
{
    // key=value / key: value / "key":"value" with a secret's name, anywhere in a line (a journal
    // line, a JSON report, a command line Exhibitor logged).
    static const QRegularExpression assignment(
        QStringLiteral(R"((["']?([A-Za-z0-9_.-]+)["']?\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s,;&}\]]+))"));
    QString result = QString::fromUtf8(scrubKnown(text));
    QString out;
    out.reserve(result.size());
    qsizetype last = 0;
    auto it = assignment.globalMatch(result);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString key = match.captured(2);
        if (!Redaction::isSecretKey(key) && !Redaction::isConfigYamlSecretKey(key))
            continue;
        const QString value = match.captured(3);
        if (value == QLatin1String(Redaction::kMarker) || value == QLatin1String("\"\"") || value.isEmpty())
            continue;
        out += QStringView(result).mid(last, match.capturedStart(3) - last);
        const bool quoted = value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''));
        out += quoted ? value.front() + QLatin1String(Redaction::kMarker) + value.front()
                      : QString::fromLatin1(Redaction::kMarker);
        last = match.capturedEnd(3);
    }
    out += QStringView(result).mid(last);
    return out.toUtf8();
}
