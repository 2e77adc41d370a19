#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// Azure Storage "Shared Key" authorization for one Blob service request, following Microsoft's
// "Authorize with Shared Key" (Blob, Queue and File services, version 2009-09-19 and later): the
// string to sign is the verb, eleven standard header values (Content-Encoding, -Language,
// -Length (empty for 0 from 2015-02-21), -MD5, -Type, Date, If-Modified-Since, If-Match,
// If-None-Match, If-Unmodified-Since, Range; only Content-Length and Content-Type are ever sent
// here), the x-ms-* headers lowercase, sorted, "name:value", then the canonicalized resource
// "/<account><encoded URI path>" and one "\nname:value" line per query parameter, sorted. Debian
// has no C or C++ library for Azure Blob storage, so it is written here with Qt's HMAC.
//
// Pure functions: the key goes in, only the Authorization value (which does not reveal it) comes out.
class AzureSharedKey
{
public:
    // The REST version sent as x-ms-version: one Azurite and every Azure region serve, new enough
    // for an empty Content-Length line (2015-02-21 and later).
    static constexpr const char *ApiVersion = "2021-08-06";

    struct Request
    {
        QByteArray method = "GET";
        // The URI path as sent, e.g. "/dcos-exhibitor/prefix"; on the emulator (path style)
        // "/devstoreaccount1/dcos-exhibitor/prefix", so that the account appears twice in the
        // resource, as Microsoft documents for the emulator.
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> query; // decoded names and values
        qint64 contentLength = 0;
        QByteArray contentType;
        QList<QPair<QByteArray, QByteArray>> msHeaders; // x-ms-* headers sent
    };

    // "Mon, 07 Dec 2026 09:45:21 GMT" for x-ms-date (RFC 1123, English names whatever the locale).
    static QByteArray msDate(const QDateTime &utc);

    // x-ms-date and x-ms-version, to send and to sign.
    static QList<QPair<QByteArray, QByteArray>> headersFor(const QDateTime &utc);

    static QByteArray stringToSign(const QString &account, const Request &request);

    // "SharedKey <account>:<base64 HMAC-SHA256>"; empty when accountKey is not base64.
    static QByteArray authorization(const QString &account, const QString &accountKey, const Request &request);
};
