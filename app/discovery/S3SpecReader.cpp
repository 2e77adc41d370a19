#include "S3SpecReader.h"

#include "AwsSigV4.h"

#include "probe/JavaProperties.h"

#include <QNetworkReply>

namespace {

// exhibitor.properties keys (dcos/exhibitor PropertyBasedS3Credential; DC/OS gen/dcos-config.yaml).
const QString kPropertyKeyId = QStringLiteral("com.netflix.exhibitor.s3.access-key-id");
const QString kPropertySecret = QStringLiteral("com.netflix.exhibitor.s3.access-secret-key");

QString hostPort(const QUrl &url)
{
    const int port = url.port();
    const bool defaultPort = port < 0 || (url.scheme() == QLatin1String("https") && port == 443)
        || (url.scheme() == QLatin1String("http") && port == 80);
    return defaultPort ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

} // namespace

S3SpecReader::Settings S3SpecReader::Settings::fromBackendSettings(const QHash<QString, QString> &settings,
                                                                   const QByteArray &exhibitorProperties)
{
    Settings result;
    result.region = settings.value(QStringLiteral("aws_region")).trimmed();
    result.bucket = settings.value(QStringLiteral("s3_bucket")).trimmed();
    result.key = settings.value(QStringLiteral("s3_prefix")).trimmed();
    result.accessKeyId = settings.value(QStringLiteral("aws_access_key_id")).trimmed();
    result.secretAccessKey = settings.value(QStringLiteral("aws_secret_access_key")).trimmed();
    if (!exhibitorProperties.isEmpty()) {
        const JavaProperties properties = JavaProperties::parse(exhibitorProperties);
        if (result.accessKeyId.isEmpty())
            result.accessKeyId = properties.value(kPropertyKeyId).trimmed();
        if (result.secretAccessKey.isEmpty())
            result.secretAccessKey = properties.value(kPropertySecret).trimmed();
    }
    const QString endpoint = qEnvironmentVariable(EndpointVariable).trimmed();
    if (!endpoint.isEmpty())
        result.endpoint = QUrl(endpoint);
    return result;
}

S3SpecReader::S3SpecReader(const Settings &settings, int timeoutMs, QObject *parent)
    : HttpSpecReader(timeoutMs, parent)
    , m_settings(settings)
{
    m_result.location = objectUri(settings);
}

QString S3SpecReader::objectUri(const Settings &settings)
{
    return QStringLiteral("s3://%1/%2").arg(settings.bucket, settings.key);
}

QUrl S3SpecReader::objectUrl(const Settings &settings)
{
    const QByteArray key = AwsSigV4::encodePath(settings.key);
    if (!settings.endpoint.isEmpty()) {
        QUrl url = settings.endpoint;
        QString base = url.path(QUrl::FullyEncoded);
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        url.setPath(base + QLatin1Char('/') + QString::fromLatin1(AwsSigV4::encodePath(settings.bucket)) + QLatin1Char('/')
                        + QString::fromLatin1(key),
                    QUrl::StrictMode);
        return url;
    }
    const QString domain = settings.region.startsWith(QLatin1String("cn-")) ? QStringLiteral("amazonaws.com.cn")
                                                                              : QStringLiteral("amazonaws.com");
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    if (settings.bucket.contains(QLatin1Char('.'))) {
        url.setHost(QStringLiteral("s3.%1.%2").arg(settings.region, domain));
        url.setPath(QLatin1Char('/') + QString::fromLatin1(AwsSigV4::encodePath(settings.bucket)) + QLatin1Char('/')
                        + QString::fromLatin1(key),
                    QUrl::StrictMode);
    } else {
        url.setHost(QStringLiteral("%1.s3.%2.%3").arg(settings.bucket, settings.region, domain));
        url.setPath(QLatin1Char('/') + QString::fromLatin1(key), QUrl::StrictMode);
    }
    return url;
}

QNetworkRequest S3SpecReader::makeRequest(QString *error) const
{
    QStringList missing;
    if (m_settings.bucket.isEmpty())
        missing << QStringLiteral("s3_bucket");
    if (m_settings.key.isEmpty())
        missing << QStringLiteral("s3_prefix");
    if (m_settings.region.isEmpty())
        missing << QStringLiteral("aws_region");
    if (!missing.isEmpty()) {
        *error = tr("config.yaml does not say where the S3 backend keeps Exhibitor's shared config: %1 missing")
                     .arg(missing.join(QStringLiteral(", ")));
        return {};
    }
    if (m_settings.accessKeyId.isEmpty() || m_settings.secretAccessKey.isEmpty()) {
        *error = tr("no AWS keys to read %1: config.yaml has no aws_access_key_id and aws_secret_access_key "
                    "(with exhibitor_explicit_keys false the masters read the bucket with their instance role, "
                    "which this workstation does not have). Add the keys of an IAM user that may read the object "
                    "to config.yaml, or take the IDs from another source.")
                     .arg(m_result.location);
        return {};
    }
    const QUrl url = objectUrl(m_settings);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        *error = tr("the S3 endpoint %1 (%2) is not an http(s) URL")
                     .arg(m_settings.endpoint.toString(), QLatin1String(EndpointVariable));
        return {};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    AwsSigV4::Request signing;
    signing.path = url.path(QUrl::FullyEncoded).toLatin1();
    signing.host = hostPort(url).toUtf8();
    signing.headers = AwsSigV4::headersFor(now, m_settings.sessionToken);

    QNetworkRequest request(url);
    for (const auto &header : std::as_const(signing.headers))
        request.setRawHeader(header.first, header.second);
    request.setRawHeader("Authorization", AwsSigV4::authorization(signing, now, m_settings.accessKeyId,
                                                                   m_settings.secretAccessKey, m_settings.region));
    return request;
}

QString S3SpecReader::describeTarget() const
{
    const QString url = objectUrl(m_settings).toString();
    return m_settings.endpoint.isEmpty()
        ? tr("the S3 object %1 (%2)").arg(m_result.location, url)
        : tr("the S3 object %1 at %2 (%3)").arg(m_result.location, url, QLatin1String(EndpointVariable));
}

QString S3SpecReader::httpError(const QNetworkReply &reply, int status, const QString &code,
                                const QByteArray &body) const
{
    const QString object = m_result.location;
    const QString bucket = m_settings.bucket;
    if (code == QLatin1String("SignatureDoesNotMatch"))
        return tr("S3 refused the request for %1 (403 SignatureDoesNotMatch): aws_secret_access_key is not the "
                  "secret of aws_access_key_id. Correct the keys in config.yaml.")
            .arg(object);
    if (code == QLatin1String("InvalidAccessKeyId"))
        return tr("S3 refused the request for %1 (403 InvalidAccessKeyId): aws_access_key_id is not a known key. "
                  "Correct the keys in config.yaml.")
            .arg(object);
    if (code == QLatin1String("RequestTimeTooSkewed"))
        return tr("S3 refused the request for %1 (403 RequestTimeTooSkewed): this workstation's clock is more than "
                  "15 minutes off. Set the clock right.")
            .arg(object);
    if (status == 403)
        return tr("S3 refused to read %1 (403 %2): the keys may not read objects in bucket %3, the object does "
                  "not exist and they may not list the bucket, or the bucket's policy admits only the cluster's "
                  "network. Check the keys, s3_prefix and the bucket policy.")
            .arg(object, code.isEmpty() ? QStringLiteral("Forbidden") : code, bucket);
    if (code == QLatin1String("NoSuchBucket"))
        return tr("S3 has no bucket %1 (404 NoSuchBucket). Check s3_bucket in config.yaml.").arg(bucket);
    if (status == 404)
        return tr("S3 bucket %1 has no object %2 (404 %3): Exhibitor writes it at its first start. Check "
                  "s3_prefix in config.yaml.")
            .arg(bucket, m_settings.key, code.isEmpty() ? QStringLiteral("NoSuchKey") : code);
    // S3 names the bucket's region in a header of a wrong-region answer, and in the body of some.
    QString bucketRegion = QString::fromLatin1(reply.rawHeader("x-amz-bucket-region")).trimmed();
    if (bucketRegion.isEmpty())
        bucketRegion = xmlElement(body, QLatin1StringView("Region"));
    if (code == QLatin1String("AuthorizationHeaderMalformed") || code == QLatin1String("PermanentRedirect")
        || (status >= 300 && status < 400) || !bucketRegion.isEmpty()) {
        return bucketRegion.isEmpty()
            ? tr("S3 bucket %1 is not in region %2 (%3 %4). Correct aws_region in config.yaml.")
                  .arg(bucket, m_settings.region)
                  .arg(status)
                  .arg(code)
            : tr("S3 bucket %1 is in region %2, not %3 (aws_region). Correct aws_region in config.yaml.")
                  .arg(bucket, bucketRegion, m_settings.region);
    }
    return tr("S3 answered HTTP %1 %2 for %3").arg(status).arg(code, object);
}

QString S3SpecReader::unreachableError(const QString &networkError) const
{
    return tr("cannot reach S3 for %1 at %2: %3. Check that this workstation reaches it (proxy, firewall, %4).")
        .arg(m_result.location, objectUrl(m_settings).host(), networkError,
             m_settings.endpoint.isEmpty() ? QStringLiteral("aws_region") : QLatin1String(EndpointVariable));
}
