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
    static constexpr const char *RollingHostnamesKey = "com.netflix.exhibitor-rolling-hostnames";

    bool hasServersSpec = false;
    QString serversSpec;
    // The servers spec a roll in progress goes to; empty when none is. Exhibitor stores a copy of
    // every setting under "-rolling." all the time; a roll is in progress only while the rolling
    // host names are set (ConfigCollectionBase.isRolling). A migration must not start then.
    QString rollingServersSpec;

    static QString znodePath(const QString &exhibitorZkPath);
    static ExhibitorSharedConfig parse(const QByteArray &properties);
};
