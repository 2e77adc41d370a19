#include "BackendSpecSource.h"

#include "AzureSpecReader.h"
#include "BackendSpecReader.h"
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
    // master); their keys come from config.yaml, the emulators' endpoints from the environment.
    if (backend == QLatin1String("aws_s3"))
        return new S3SpecReader(S3SpecReader::Settings::fromBackendSettings(settings), timeoutMs, parent);
    if (backend == QLatin1String("azure"))
        return new AzureSpecReader(AzureSpecReader::Settings::fromBackendSettings(settings), timeoutMs, parent);
    if (backend.isEmpty())
        return fail(tr("the backend holding Exhibitor's shared config is not known (exhibitor_storage_backend)"));
    return fail(tr("the %1 backend keeps no shared config to read").arg(backend));
}
