#include "AwsSigV4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// host first among the others, all sorted by name as the canonical form wants.
QList<QPair<QByteArray, QByteArray>> signedHeaders(const AwsSigV4::Request &request)
{
    QList<QPair<QByteArray, QByteArray>> headers = request.headers;
    headers.append({QByteArrayLiteral("host"), request.host});
    std::sort(headers.begin(), headers.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return headers;
}

QByteArray signedHeaderNames(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArrayList names;
    for (const auto &header : headers)
        names << header.first;
    return names.join(';');
}

QByteArray payloadHash(const AwsSigV4::Request &request)
{
    for (const auto &header : request.headers) {
        if (header.first == "x-amz-content-sha256")
            return header.second;
    }
    return AwsSigV4::emptyPayloadHash();
}

QByteArray scope(const QDateTime &utc, const QString &region, const QString &service)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1() + '/' + region.toUtf8() + '/'
        + service.toUtf8() + "/aws4_request";
}

} // namespace

QByteArray AwsSigV4::emptyPayloadHash()
{
    return sha256Hex(QByteArray());
}

QByteArray AwsSigV4::amzDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray AwsSigV4::encodePath(const QString &path)
{
    return path.toUtf8().toPercentEncoding("/");
}

QList<QPair<QByteArray, QByteArray>> AwsSigV4::headersFor(const QDateTime &utc, const QString &sessionToken)
{
    QList<QPair<QByteArray, QByteArray>> headers{{QByteArrayLiteral("x-amz-content-sha256"), emptyPayloadHash()},
                                                 {QByteArrayLiteral("x-amz-date"), amzDate(utc)}};
    if (!sessionToken.isEmpty())
        headers.append({QByteArrayLiteral("x-amz-security-token"), sessionToken.toUtf8()});
    return headers;
}

QByteArray AwsSigV4::canonicalRequest(const Request &request)
{
    const auto headers = signedHeaders(request);
    QByteArray canonical = request.method + '\n' + request.path + '\n' + /* no query */ '\n';
    for (const auto &header : headers)
        canonical += header.first + ':' + header.second + '\n';
    canonical += '\n' + signedHeaderNames(headers) + '\n' + payloadHash(request);
    return canonical;
}

QByteArray AwsSigV4::stringToSign(const Request &request, const QDateTime &utc, const QString &region,
                                  const QString &service)
{
    return QByteArrayLiteral("AWS4-HMAC-SHA256\n") + amzDate(utc) + '\n' + scope(utc, region, service) + '\n'
        + sha256Hex(canonicalRequest(request));
}

QByteArray AwsSigV4::authorization(const Request &request, const QDateTime &utc, const QString &accessKeyId,
                                   const QString &secretAccessKey, const QString &region, const QString &service)
{
    const QByteArray date = utc.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1();
    const QByteArray signingKey =
        hmac(hmac(hmac(hmac("AWS4" + secretAccessKey.toUtf8(), date), region.toUtf8()), service.toUtf8()),
             QByteArrayLiteral("aws4_request"));
    const QByteArray signature = hmac(signingKey, stringToSign(request, utc, region, service)).toHex();
    return QByteArrayLiteral("AWS4-HMAC-SHA256 Credential=") + accessKeyId.toUtf8() + '/'
        + scope(utc, region, service) + ",SignedHeaders=" + signedHeaderNames(signedHeaders(request))
        + ",Signature=" + signature;
}
