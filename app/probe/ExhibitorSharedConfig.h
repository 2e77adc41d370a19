#pragma once

#include <QByteArray>
#include <QString>

// Exhibitor's shared config as its ZooKeeper backend stores it: the znode
// "<exhibitor_zk_path>/configs/config" holds Java properties. Only the servers spec matters to the
// migration (ID source 5 in DESIGN.md §2); it is returned decoded ("1:10.0.0.1,2:10.0.0.2",
// possibly with S:/O: prefixes) for Ensemble::parse().
struct ExhibitorSharedConfig
{
    static constexpr const char *ServersSpecKey = "com.netflix.exhibitor.servers-spec";
    static constexpr const char *RollingServersSpecKey = "com.netflix.exhibitor-rolling.servers-spec";

    bool hasServersSpec = false;
    QString serversSpec;
    // Set while Exhibitor rolls a config change through the ensemble; a migration must not start then.
    QString rollingServersSpec;

    static QString znodePath(const QString &exhibitorZkPath);
    static ExhibitorSharedConfig parse(const QByteArray &properties);
};
