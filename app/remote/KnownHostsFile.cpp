#include "KnownHostsFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace {

bool wildcardMatches(const QString &pattern, const QString &name)
{
    if (!pattern.contains(QLatin1Char('*')) && !pattern.contains(QLatin1Char('?')))
        return pattern.compare(name, Qt::CaseInsensitive) == 0;
    // Qt 6.4's wildcardToRegularExpression treats '/' specially; known_hosts patterns do not.
    QString regex;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            regex += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            regex += QLatin1Char('.');
        else
            regex += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(regex),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

bool hashedMatches(const QString &field, const QString &name)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, name))
    const QStringList parts = field.split(QLatin1Char('|'));
    if (parts.size() != 4 || parts.at(1) != QLatin1String("1"))
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    return QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == expected;
}

} // namespace

QString KnownHostsFile::hostField(const QString &host, int port)
{
    if (port == 22 || port <= 0)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

bool KnownHostsFile::hostFieldMatches(const QString &field, const QString &host, int port)
{
    const QString name = hostField(host, port);
    if (field.startsWith(QLatin1Char('|')))
        return hashedMatches(field, name);

    bool matched = false;
    for (const QString &pattern : field.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (pattern.startsWith(QLatin1Char('!'))) {
            if (wildcardMatches(pattern.mid(1), name))
                return false; // a negated match excludes the line whatever else matches
        } else if (wildcardMatches(pattern, name)) {
            matched = true;
        }
    }
    return matched;
}

QList<KnownHostsFile::Entry> KnownHostsFile::entriesFor(const QString &path, const QString &host, int port)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('@')))
            continue;
        const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (fields.size() < 3)
            continue;
        if (hostFieldMatches(fields.at(0), host, port))
            entries.append(Entry { lineNumber, fields.at(1), fields.at(0).startsWith(QLatin1Char('|')) });
    }
    return entries;
}
