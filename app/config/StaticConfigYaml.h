#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The config.yaml DC/OS needs after the migration: exhibitor_storage_backend: static and the old
// backend's own keys (exhibitor_zk_hosts, exhibitor_zk_path, aws_region/s3_bucket/s3_prefix of
// the S3 backend, exhibitor_azure_*, exhibitor_fs_config_dir) removed with their values, however
// many lines those take; every other line, including order, comments and quoting, kept as it was.
// Works on the text, not on a re-serialised YAML tree (which would lose comments and quoting),
// and proves the result by parsing both texts with yaml-cpp and comparing every other key.
class StaticConfigYaml
{
    Q_DECLARE_TR_FUNCTIONS(StaticConfigYaml)

public:
    // Empty on failure, with *error set (translated); the original is then not a plain
    // block-mapping config.yaml and needs editing by hand.
    static QByteArray render(const QByteArray &originalYaml, QString *error = nullptr);

    // The keys only the given exhibitor_storage_backend uses; they go when it goes.
    static QStringList backendKeys(const QString &backend);
};
