#include "AzureSpecReader.h"

#include "AzureSharedKey.h"

#include "probe/JavaProperties.h"

#include <QNetworkReply>

namespace {

// exhibitor.properties keys (dcos/exhibitor PropertyBasedAzureCredential).
const QString kPropertyAccount = QStringLiteral("com.netflix.exhibitor.azure.account-name");
const QString kPropertyKey = QStringLiteral("com.netflix.exhibitor.azure.account-key");
const QString kPropertySuffix = QStringLiteral("com.netflix.exhibitor.azure.endpoint-suffix");

QString encodeSegment(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding("/"));
}

} // namespace

AzureSpecReader::Settings AzureSpecReader::Settings::fromBackendSettings(const QHash<QString, QString> &settings,
                                                                         const QByteArray &exhibitorProperties)
{
    Settings result;
    result.accountName = settings.value(QStringLiteral("exhibitor_azure_account_name")).trimmed();
    result.accountKey = settings.value(QStringLiteral("exhibitor_azure_account_key")).trimmed();
    result.blobName = settings.value(QStringLiteral("exhibitor_azure_prefix")).trimmed();
    if (!exhibitorProperties.isEmpty()) {
        const JavaProperties properties = JavaProperties::parse(exhibitorProperties);
        if (result.accountName.isEmpty())
            result.accountName = properties.value(kPropertyAccount).trimmed();
        if (result.accountKey.isEmpty())
            result.accountKey = properties.value(kPropertyKey).trimmed();
        const QString suffix = properties.value(kPropertySuffix).trimmed();
        if (!suffix.isEmpty())
            result.endpointSuffix = suffix;
    }
    QString endpoint = qEnvironmentVariable(EndpointVariable).trimmed();
    if (endpoint.isEmpty())
        endpoint = qEnvironmentVariable(EndpointVariableAlias).trimmed();
    if (!endpoint.isEmpty())
        result.endpoint = QUrl(endpoint);
    return result;
}

AzureSpecReader::AzureSpecReader(const Settings &settings, int timeoutMs, QObject *parent)
    : HttpSpecReader(timeoutMs, parent)
    , m_settings(settings)
{
    m_result.location = blobUrl(settings).toString();
}

QUrl AzureSpecReader::blobUrl(const Settings &settings)
{
    QUrl url = settings.endpoint;
    if (url.isEmpty()) {
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("%1.blob.%2").arg(settings.accountName, settings.endpointSuffix));
    }
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // An emulator endpoint given as host:port alone: Azurite serves the account in the path.
    if (!settings.endpoint.isEmpty() && base.isEmpty())
        base = QLatin1Char('/') + encodeSegment(settings.accountName);
    url.setPath(base + QLatin1Char('/') + QLatin1String(Container) + QLatin1Char('/') + encodeSegment(settings.blobName),
                QUrl::StrictMode);
    return url;
}

QNetworkRequest AzureSpecReader::makeRequest(QString *error) const
{
    QStringList missing;
    if (m_settings.accountName.isEmpty())
        missing << QStringLiteral("exhibitor_azure_account_name");
    if (m_settings.accountKey.isEmpty())
        missing << QStringLiteral("exhibitor_azure_account_key");
    if (m_settings.blobName.isEmpty())
        missing << QStringLiteral("exhibitor_azure_prefix");
    if (!missing.isEmpty()) {
        *error = tr("config.yaml does not say where the Azure backend keeps Exhibitor's shared config: %1 missing")
                     .arg(missing.join(QStringLiteral(", ")));
        return {};
    }
    const QUrl url = blobUrl(m_settings);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        *error = tr("the Azure blob endpoint %1 (%2) is not an http(s) URL")
                     .arg(m_settings.endpoint.toString(), QLatin1String(EndpointVariable));
        return {};
    }
    AzureSharedKey::Request signing;
    signing.path = url.path(QUrl::FullyEncoded).toLatin1();
    signing.msHeaders = AzureSharedKey::headersFor(QDateTime::currentDateTimeUtc());
    const QByteArray authorization = AzureSharedKey::authorization(m_settings.accountName, m_settings.accountKey, signing);
    if (authorization.isEmpty()) {
        *error = tr("exhibitor_azure_account_key is not a storage account key (base64 text). Copy the key of "
                    "storage account %1 into config.yaml.")
                     .arg(m_settings.accountName);
        return {};
    }
    QNetworkRequest request(url);
    for (const auto &header : std::as_const(signing.msHeaders))
        request.setRawHeader(header.first, header.second);
    request.setRawHeader("Authorization", authorization);
    return request;
}

QString AzureSpecReader::describeTarget() const
{
    return m_settings.endpoint.isEmpty()
        ? tr("the Azure blob %1").arg(m_result.location)
        : tr("the Azure blob %1 (%2)").arg(m_result.location, QLatin1String(EndpointVariable));
}

QString AzureSpecReader::httpError(const QNetworkReply &, int status, const QString &code, const QByteArray &) const
{
    const QString account = m_settings.accountName;
    const QString container = QLatin1String(Container);
    if (code == QLatin1String("AuthenticationFailed"))
        return tr("Azure storage account %1 refused the request for container %2 (403 AuthenticationFailed): "
                  "exhibitor_azure_account_key is not a key of this account, or this workstation's clock is more "
                  "than 15 minutes off. Correct the key in config.yaml.")
            .arg(account, container);
    // Azure says AuthorizationFailure when the account's network rules refuse the caller; Azurite
    // says it for a wrong signature too.
    if (status == 403)
        return tr("Azure storage account %1 refused to read container %2 (403 %3): exhibitor_azure_account_key is "
                  "not a key of this account, or the account's network rules (firewall) refuse this workstation. "
                  "Check the key in config.yaml and the account's networking.")
            .arg(account, container, code.isEmpty() ? QStringLiteral("Forbidden") : code);
    if (code == QLatin1String("ContainerNotFound"))
        return tr("Azure storage account %1 has no container %2 (404 ContainerNotFound): Exhibitor creates it at its "
                  "first start. Check exhibitor_azure_account_name in config.yaml.")
            .arg(account, container);
    if (status == 404)
        return tr("Azure container %1 of account %2 has no blob %3 (404 %4): Exhibitor writes it at its first start. "
                  "Check exhibitor_azure_prefix in config.yaml.")
            .arg(container, account, m_settings.blobName, code.isEmpty() ? QStringLiteral("BlobNotFound") : code);
    return tr("Azure answered HTTP %1 %2 for %3").arg(status).arg(code, m_result.location);
}

QString AzureSpecReader::unreachableError(const QString &networkError) const
{
    return tr("cannot reach Azure storage account %1 at %2 for container %3: %4. Check the account name and that "
              "this workstation reaches it (proxy, firewall%5).")
        .arg(m_settings.accountName, blobUrl(m_settings).host(), QLatin1String(Container), networkError,
             m_settings.endpoint.isEmpty() ? QString() : QStringLiteral(", ") + QLatin1String(EndpointVariable));
}
