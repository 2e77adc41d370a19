#pragma once

#include "BackendSpecSource.h"

#include <QString>

class ClusterConfig;

// Where discovery looks on every master. The defaults are DC/OS's paths and ports (DESIGN.md §2).
struct DiscoveryOptions
{
    QString envFilePath = QStringLiteral("/opt/mesosphere/etc/exhibitor");
    QString origPath = QStringLiteral("/opt/mesosphere/etc/exhibitor.orig");
    QString myidPath = QStringLiteral("/var/lib/dcos/exhibitor/zookeeper/snapshot/myid");
    QString unit = QStringLiteral("dcos-exhibitor");
    // Where zkServer.sh keeps the running ZooKeeper's pid: DC/OS's exhibitor_defaults.conf sets
    // zookeeper-pid-path to it and Exhibitor passes it as ZOOPIDFILE (dcos/dcos
    // packages/exhibitor/extra/start_exhibitor.py; dcos/exhibitor StandardProcessOperations).
    // The journal search asks journald for that process's own entries first (DiscoveryReads).
    // Empty: not looked for, the whole journal is read backwards.
    QString zooKeeperPidPath = QStringLiteral("/var/lib/dcos/exhibitor/zk.pid");

    // Where the master's ZooKeeper and Exhibitor listen, as seen from the master itself (the
    // target of the SSH forwards). Empty: the master's own IP, its name in master_list. That is
    // right everywhere: DC/OS binds 0.0.0.0 (so 127.0.0.1 would work too), while the simulated
    // cluster binds each master's IP only.
    QString forwardHost;
    quint16 zooKeeperPort = 2181;
    quint16 exhibitorPort = 8181;

    // Where Exhibitor's shared config lives (config.yaml's exhibitor_storage_backend and its keys).
    // Empty backend: source 5 is only read from STATIC env files.
    BackendSpecSource backend;

    // config.yaml's exhibitor_admin_password (a secret, memory only): Exhibitor's REST answers
    // get-state only with it.
    QString exhibitorAdminPassword;

    int probeTimeoutMs = 5000;    // one four-letter word or REST request
    int backendTimeoutMs = 15000; // the backend ensemble's shared config
    int masterTimeoutMs = 120000; // everything on one master, the journal included

    // The defaults, with the backend from config.yaml.
    static DiscoveryOptions fromConfig(const ClusterConfig &config);

    QString forwardHostFor(const QString &master) const { return forwardHost.isEmpty() ? master : forwardHost; }
};
