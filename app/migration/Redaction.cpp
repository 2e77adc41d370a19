#include "Redaction.h"

#include <QList>
#include <QRegularExpression>

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
