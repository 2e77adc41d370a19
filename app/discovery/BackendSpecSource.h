#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

class ClusterConfig;
class MigrationPlan;
class SpecReader;
class SshSession;

// Where Exhibitor's shared config lives, from config.yaml: exhibitor_storage_backend and the keys
// that say where (ClusterConfig::backendSettingKeys). create() picks the reader for the backend;
// discovery (ID source 5) and the preflight's "settings the switch drops" both read through it.
struct BackendSpecSource
{
    Q_DECLARE_TR_FUNCTIONS(BackendSpecSource)

public:
    QString backend; // zookeeper, aws_s3, azure, shared_filesystem; empty: not known
    QHash<QString, QString> settings; // may hold secrets: memory only, never logged

    QString setting(const QString &key) const { return settings.value(key); }

    static BackendSpecSource fromConfig(const ClusterConfig &config);
    static BackendSpecSource fromPlan(const MigrationPlan &plan);
    static BackendSpecSource zooKeeper(const QString &zkHosts, const QString &zkPath);

    // aws_s3: whether DC/OS rendered the keys into the masters' exhibitor.properties, that is
    // exhibitor_explicit_keys is not false (CloudFormation templates set it false: instance role).
    bool hasExplicitKeys() const;

    // The reader for this backend, reading through session's master, owned by parent; nullptr
    // with *error set (translated) when the backend has no reader or is not known, or when
    // nothing can have the credentials (aws_s3 without keys in config.yaml and with
    // exhibitor_explicit_keys false). S3 and Azure without keys in config.yaml first read them
    // from session's master (MasterCredentialsSpecReader).
    SpecReader *create(SshSession *session, int timeoutMs, QObject *parent, QString *error) const;
};
