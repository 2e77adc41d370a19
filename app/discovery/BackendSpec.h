#pragma once

#include <QByteArray>
#include <QString>

// The dynamic backend's servers-spec (ID source 5) and shared config, read once for the whole
// cluster by a SpecReader.
struct BackendSpec
{
    enum class Status { Pending, Ok, Failed };

    Status status = Status::Pending;
    QString spec;  // Ok: decoded, "1:10.0.0.1,2:10.0.0.2" (S:/O: prefixes possible)
    QString error; // Failed: why, translated
    // Where the shared config was read, for messages: the znode "<exhibitor_zk_path>/configs/config",
    // the file "<exhibitor_fs_config_dir>/exhibitor.properties", the S3 object or the Azure blob.
    QString location;
    QString via;   // the master whose SSH connection carried the read
    QByteArray sharedConfig; // Ok: the whole shared config (Java properties; Exhibitor's settings)
    QString rollingSpec;     // Ok: set while Exhibitor rolls a config change through the ensemble

    bool isOk() const { return status == Status::Ok; }
    bool isPending() const { return status == Status::Pending; }

    static BackendSpec failed(const QString &error)
    {
        BackendSpec spec;
        spec.status = Status::Failed;
        spec.error = error;
        return spec;
    }
};
