#pragma once

#include "HttpSpecReader.h"

#include <QHash>
#include <QUrl>

// Reads Exhibitor's shared config for exhibitor_storage_backend: azure. Where it is:
// - DC/OS renders AZURE_CONTAINER=dcos-exhibitor (fixed) and
//   AZURE_PREFIX={{ exhibitor_azure_prefix }} into /opt/mesosphere/etc/exhibitor, and
//   com.netflix.exhibitor.azure.account-name / account-key from exhibitor_azure_account_name /
//   exhibitor_azure_account_key into /opt/mesosphere/etc/exhibitor.properties
//   (gen/dcos-config.yaml); start_exhibitor.py passes "--azureconfig <container>:<prefix>
//   --azurecredentials /opt/mesosphere/etc/exhibitor.properties".
// - Exhibitor splits --azureconfig at ':' into container and blob name
//   (ExhibitorCreator.getAzureArguments); AzureConfigProvider.loadConfig downloads that block blob
//   and loads it as java.util.Properties. The account's endpoint is
//   <account>.blob.<endpoint-suffix>, suffix core.windows.net unless exhibitor.properties sets
//   com.netflix.exhibitor.azure.endpoint-suffix (PropertyBasedAzureCredential, AzureClientImpl).
//
// The request: GET https://<account>.blob.core.windows.net/dcos-exhibitor/<prefix> with Shared Key
// authorization (AzureSharedKey). Exhibitor itself uses http; https is used here because accounts
// may require secure transfer and the key's signature should not cross the internet in clear.
// See HttpSpecReader for the rest (direct from the workstation; no redirects; secrets never shown).
//
// The endpoint override, for the Azure Blob emulator (Azurite) of the simulated clusters:
// Settings::endpoint, which fromBackendSettings() fills from EMW_AZURE_BLOB_ENDPOINT (or
// EMW_AZURE_ENDPOINT, as the cluster sim's README calls it): the blob
// service endpoint as an Azure connection string's BlobEndpoint gives it, path style with the
// account in the path, e.g. "http://127.0.0.1:10000/devstoreaccount1"; "http://127.0.0.1:10000"
// alone means the same (the account name is put in the path). The blob's URL is then
// <endpoint>/dcos-exhibitor/<prefix>.
class AzureSpecReader : public HttpSpecReader
{
    Q_OBJECT

public:
    static constexpr const char *EndpointVariable = "EMW_AZURE_BLOB_ENDPOINT";
    // The name tests/cluster-sim/README.md gives it; read when EndpointVariable is not set.
    static constexpr const char *EndpointVariableAlias = "EMW_AZURE_ENDPOINT";
    static constexpr const char *Container = "dcos-exhibitor"; // AZURE_CONTAINER, fixed by DC/OS

    struct Settings
    {
        QString accountName; // exhibitor_azure_account_name
        QString accountKey;  // exhibitor_azure_account_key (base64): a secret, memory only
        QString blobName;    // exhibitor_azure_prefix: the blob's whole name
        QString endpointSuffix = QStringLiteral("core.windows.net");
        QUrl endpoint;       // empty: https://<account>.blob.<endpointSuffix>

        // From config.yaml's keys (ClusterConfig::backendSettings()); exhibitorProperties, the
        // master's /opt/mesosphere/etc/exhibitor.properties if read, fills the account name and
        // key when config.yaml lacks them and may set the endpoint suffix. The endpoint comes from
        // EMW_AZURE_BLOB_ENDPOINT (or EMW_AZURE_ENDPOINT) when it is set.
        static Settings fromBackendSettings(const QHash<QString, QString> &settings,
                                            const QByteArray &exhibitorProperties = {});
    };

    AzureSpecReader(const Settings &settings, int timeoutMs, QObject *parent = nullptr);

    // The blob's URL, also the result's location.
    static QUrl blobUrl(const Settings &settings);

protected:
    QNetworkRequest makeRequest(QString *error) const override;
    QString describeTarget() const override;
    QString httpError(const QNetworkReply &reply, int status, const QString &code,
                      const QByteArray &body) const override;
    QString unreachableError(const QString &networkError) const override;

private:
    Settings m_settings;
};
