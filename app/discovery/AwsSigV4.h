#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// AWS Signature Version 4 for one S3 request (header form, unsigned-payload hash of an empty
// body), as the S3 API reference describes it ("Authenticating Requests: Using the Authorization
// Header", Signature Calculations for the Authorization Header). Written here rather than taken
// from Debian's libs3-dev: that package is libs3 2.0, which signs with Signature Version 2 only
// ("Authorization: AWS id:sig"); S3 refuses Version 2 in every region opened since 2014 and for
// every bucket created after 24 June 2020, so it could not read most AWS clusters' buckets.
//
// Pure functions: the secret goes in, only the Authorization value (which does not reveal it)
// comes out.
class AwsSigV4
{
public:
    struct Request
    {
        QByteArray method = "GET";
        QByteArray path = "/"; // already URI-encoded (encodePath)
        QByteArray host;       // the Host header as sent: "name" or "name:port"
        // Further headers to sign, names lowercase, values trimmed; x-amz-date and
        // x-amz-content-sha256 among them (headersFor adds them).
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    // SHA-256 of an empty body, hex: GET requests send it as x-amz-content-sha256.
    static QByteArray emptyPayloadHash();
    // "20130524T000000Z" for x-amz-date.
    static QByteArray amzDate(const QDateTime &utc);
    // S3's path encoding: every byte but A-Z a-z 0-9 - . _ ~ and '/' as %XX (uppercase hex).
    static QByteArray encodePath(const QString &path);

    // The x-amz-date and x-amz-content-sha256 headers (and x-amz-security-token when a session
    // token is given) that must be sent and signed.
    static QList<QPair<QByteArray, QByteArray>> headersFor(const QDateTime &utc, const QString &sessionToken = {});

    // The canonical request and the string to sign, for tests and for nothing else.
    static QByteArray canonicalRequest(const Request &request);
    static QByteArray stringToSign(const Request &request, const QDateTime &utc, const QString &region,
                                   const QString &service);

    // The Authorization header's value:
    // "AWS4-HMAC-SHA256 Credential=<id>/<date>/<region>/<service>/aws4_request,SignedHeaders=...,Signature=<hex>".
    static QByteArray authorization(const Request &request, const QDateTime &utc, const QString &accessKeyId,
                                    const QString &secretAccessKey, const QString &region,
                                    const QString &service = QStringLiteral("s3"));
};
