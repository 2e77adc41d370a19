#pragma once

#include <QByteArray>
#include <QString>

// The ZooKeeper backend's servers-spec (ID source 5), read once for the whole cluster.
struct BackendSpec
{
    enum class Status { Pending, Ok, Failed };

    Status status = Status::Pending;
    QString spec;  // Ok: decoded, "1:10.0.0.1,2:10.0.0.2" (S:/O: prefixes possible)
    QString error; // Failed: why, translated
    QString znode; // "<exhibitor_zk_path>/configs/config"
    QString via;   // the master whose SSH connection carried the read
    QByteArray sharedConfig; // Ok: the znode's whole content (Java properties; Exhibitor's settings)
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
