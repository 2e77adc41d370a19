#include "BackendSpecSource.h"

#include "AzureSpecReader.h"
#include "BackendSpecReader.h"
#include "MasterCredentialsSpecReader.h"
#include "S3SpecReader.h"
#include "SharedFsSpecReader.h"

#include "config/ClusterConfig.h"
#include "config/MigrationPlan.h"

BackendSpecSource BackendSpecSource::fromConfig(const ClusterConfig &config)
{
    return {config.storageBackend(), config.backendSettings()};
}

BackendSpecSource BackendSpecSource::fromPlan(const MigrationPlan &plan)
{
    return {plan.storageBackend(), plan.backendSettings()};
}

BackendSpecSource BackendSpecSource::zooKeeper(const QString &zkHosts, const QString &zkPath)
{
    return {QStringLiteral("zookeeper"),
            {{QStringLiteral("exhibitor_zk_hosts"), zkHosts}, {QStringLiteral("exhibitor_zk_path"), zkPath}}};
}

bool BackendSpecSource::hasExplicitKeys() const
{
    // gen/calc.py takes 'true' or 'false' (YAML gives the bare words the same text); a config.yaml
    // without the key says nothing, and the masters' file is worth reading.
    return setting(QStringLiteral("exhibitor_explicit_keys")).trimmed().compare(QLatin1String("false"),
                                                                                Qt::CaseInsensitive)
        != 0;
}

SpecReader *BackendSpecSource::create(SshSession *session, int timeoutMs, QObject *parent, QString *error) const
{
    auto fail = [error](const QString &message) -> SpecReader * {
        if (error)
            *error = message;
        return nullptr;
    };
    if (backend == QLatin1String("zookeeper")) {
        const QString hosts = setting(QStringLiteral("exhibitor_zk_hosts"));
        if (hosts.isEmpty())
            return fail(tr("the ZooKeeper backend ensemble is not known (exhibitor_zk_hosts)"));
        return new BackendSpecReader(session, hosts, setting(QStringLiteral("exhibitor_zk_path")), timeoutMs, parent);
    }
    if (backend == QLatin1String("shared_filesystem"))
        return new SharedFsSpecReader(session, setting(QStringLiteral("exhibitor_fs_config_dir")), timeoutMs, parent);
    // The object stores are read from this workstation (HttpSpecReader says why not through a
    // master) with config.yaml's keys, or, where config.yaml lacks them, with those DC/OS rendered
    // into the masters' exhibitor.properties (MasterCredentialsSpecReader); the emulators'
    // endpoints come from the environment.
    if (backend == QLatin1String("aws_s3")) {
        const S3SpecReader::Settings s3 = S3SpecReader::Settings::fromBackendSettings(settings);
        if (!s3.accessKeyId.isEmpty() && !s3.secretAccessKey.isEmpty())
            return new S3SpecReader(s3, timeoutMs, parent);
        if (!hasExplicitKeys()) {
            // No keys anywhere: waiting for the master's file would only end in the same answer.
            return fail(tr("the masters read S3 with their instance role (exhibitor_explicit_keys is false); this "
                           "workstation has no keys for it: give aws_access_key_id/aws_secret_access_key of an IAM "
                           "user that may read %1, or rely on the other ID sources")
                            .arg(S3SpecReader::objectUri(s3)));
        }
        const QHash<QString, QString> known = settings;
        auto factory = [known, timeoutMs](const QByteArray &properties, QObject *owner, QString *why) -> SpecReader * {
            const S3SpecReader::Settings withKeys = S3SpecReader::Settings::fromBackendSettings(known, properties);
            if (withKeys.accessKeyId.isEmpty() || withKeys.secretAccessKey.isEmpty()) {
                *why = tr("no AWS keys to read %1: neither config.yaml (aws_access_key_id, aws_secret_access_key) "
                          "nor the master's %2 has them")
                           .arg(S3SpecReader::objectUri(withKeys),
                                QLatin1String(MasterCredentialsSpecReader::PropertiesFile));
                return nullptr;
            }
            return new S3SpecReader(withKeys, timeoutMs, owner);
        };
        return new MasterCredentialsSpecReader(session, S3SpecReader::objectUri(s3), factory, timeoutMs, parent);
    }
    if (backend == QLatin1String("azure")) {
        const AzureSpecReader::Settings azure = AzureSpecReader::Settings::fromBackendSettings(settings);
        if (!azure.accountName.isEmpty() && !azure.accountKey.isEmpty())
            return new AzureSpecReader(azure, timeoutMs, parent);
        const QHash<QString, QString> known = settings;
        auto factory = [known, timeoutMs](const QByteArray &properties, QObject *owner, QString *why) -> SpecReader * {
            const AzureSpecReader::Settings withKey = AzureSpecReader::Settings::fromBackendSettings(known, properties);
            if (withKey.accountName.isEmpty() || withKey.accountKey.isEmpty()) {
                *why = tr("no Azure storage account key to read blob %1 of container %2: neither config.yaml "
                          "(exhibitor_azure_account_name, exhibitor_azure_account_key) nor the master's %3 has it")
                           .arg(withKey.blobName, QLatin1String(AzureSpecReader::Container),
                                QLatin1String(MasterCredentialsSpecReader::PropertiesFile));
                return nullptr;
            }
            return new AzureSpecReader(withKey, timeoutMs, owner);
        };
        return new MasterCredentialsSpecReader(session, AzureSpecReader::blobUrl(azure).toString(), factory,
                                               timeoutMs, parent);
    }
    if (backend.isEmpty())
        return fail(tr("the backend holding Exhibitor's shared config is not known (exhibitor_storage_backend)"));
    return fail(tr("the %1 backend keeps no shared config to read").arg(backend));
}
