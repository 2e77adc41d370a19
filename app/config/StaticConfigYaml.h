#pragma once

#include <QByteArray>

// The config.yaml DC/OS needs after the migration: exhibitor_storage_backend: static and the old
// backend's own keys (exhibitor_zk_hosts, exhibitor_zk_path, aws_*/s3_* of the S3 backend,
// exhibitor_azure_*, exhibitor_fs_config_dir) removed; every other line, including order,
// comments and quoting, kept as it was. Works on the text, not on a re-serialised YAML tree.
class StaticConfigYaml
{
public:
    static QByteArray render(const QByteArray &originalYaml);
};
