#include "AzureSharedKey.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

QList<QPair<QByteArray, QByteArray>> lowercaseSorted(QList<QPair<QByteArray, QByteArray>> pairs)
{
    for (auto &pair : pairs)
        pair.first = pair.first.toLower();
    std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return pairs;
}

} // namespace

QByteArray AzureSharedKey::msDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

QList<QPair<QByteArray, QByteArray>> AzureSharedKey::headersFor(const QDateTime &utc)
{
    return {{QByteArrayLiteral("x-ms-date"), msDate(utc)}, {QByteArrayLiteral("x-ms-version"), ApiVersion}};
}

QByteArray AzureSharedKey::stringToSign(const QString &account, const Request &request)
{
    QByteArray text = request.method + '\n';
    text += "\n\n"; // Content-Encoding, Content-Language
    text += (request.contentLength > 0 ? QByteArray::number(request.contentLength) : QByteArray()) + '\n';
    text += '\n'; // Content-MD5
    text += request.contentType + '\n';
    text += QByteArray(6, '\n'); // Date (x-ms-date is used), If-*, Range
    const auto headers = lowercaseSorted(request.msHeaders);
    for (const auto &header : headers)
        text += header.first + ':' + header.second.trimmed() + '\n';
    text += '/' + account.toUtf8() + request.path;
    const auto query = lowercaseSorted(request.query);
    for (const auto &parameter : query)
        text += '\n' + parameter.first + ':' + parameter.second;
    return text;
}

QByteArray AzureSharedKey::authorization(const QString &account, const QString &accountKey, const Request &request)
{
    const auto decoded = QByteArray::fromBase64Encoding(accountKey.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return {};
    const QByteArray signature = QMessageAuthenticationCode::hash(stringToSign(account, request), decoded.decoded,
                                                                  QCryptographicHash::Sha256);
    return QByteArrayLiteral("SharedKey ") + account.toUtf8() + ':' + signature.toBase64();
}
