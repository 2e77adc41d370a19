#pragma once

#include <QString>
#include <QMultiHash>
#include <QStringList>

// How a run behaves. Defaults suit a real cluster; tests shorten the timeouts.
struct MigrationOptions
{
    // Settle gate: poll every pollIntervalMs (sub-second, so the next restart follows quickly),
    // give up after gateTimeoutMs and stop the run. Never "continue anyway".
    int pollIntervalMs = 200;
    int gateTimeoutMs = 120000;
    // `systemctl restart` itself (it waits for the unit to stop).
    int restartTimeoutMs = 90000;
    // Preflight: how long all servers get to apply one write ("zxids converged").
    int convergeTimeoutMs = 15000;
    // Answer every confirmation with yes (CLI --yes, tests).
    bool autoConfirm = false;
    // Also ask before each master's restart, not only before each phase.
    bool pauseEach = false;
    // Also ask before Verify (the wizard has a confirmation page for it; the CLI does not ask).
    bool confirmVerify = false;

    // Host keys (SHA256:... fingerprints) the operator compared and accepts for this run, for
    // masters whose key is not in known_hosts yet (the CLI's --accept-host-key). Any other
    // unknown key is refused.
    QStringList acceptedHostKeys;
    // The same, each bound to the master it was accepted for (the wizard's host key question):
    // master -> fingerprint. Only that master's key is accepted, only from that master.
    QMultiHash<QString, QString> masterHostKeys;

    // Remote paths (DESIGN.md §2).
    QString envFilePath = QStringLiteral("/opt/mesosphere/etc/exhibitor");
    QString backupPath = QStringLiteral("/opt/mesosphere/etc/exhibitor.orig");
    QString myidPath = QStringLiteral("/var/lib/dcos/exhibitor/zookeeper/snapshot/myid");
    QString zooCfgPath = QStringLiteral("/var/lib/dcos/exhibitor/conf/zoo.cfg");
    QString unit = QStringLiteral("dcos-exhibitor");
    // Where STATIC takes Exhibitor's settings from (start_exhibitor.py writes it at every start).
    QString staticDefaultsPath = QStringLiteral("/run/dcos_exhibitor/exhibitor_defaults.conf");
    // The run lock file on each master (MasterLockFiles; a directory of its own, made if missing).
    QString masterLockPath = QStringLiteral("/run/exhibitor-migration/run.lock");
    // Take over a stale lock file (its run's session gone, its process dead): the operator's
    // explicit choice (--take-over-stale-lock, the wizard's Take over). A live lock never.
    bool takeOverStaleLock = false;
    quint16 clientPort = 2181;
    // Exhibitor's REST as seen from each master. After a restart the run asks it to start
    // ZooKeeper at once (cluster/start) instead of waiting for Exhibitor's first instance check,
    // check-ms (30 s on DC/OS) after it started; off: wait for that check.
    quint16 exhibitorPort = 8181;
    bool startViaExhibitor = true;
    // Where ZooKeeper listens as seen from each master (discover's --forward-host). Empty: the
    // master's own address, right everywhere (DC/OS binds 0.0.0.0, the simulated cluster each
    // master's IP); 127.0.0.1 keeps the probes off the masters' network.
    QString forwardHost;
    // Free space needed on the env file's file system (temp file, backup), in KiB.
    qint64 minFreeKiB = 1024;

    // Our own znodes: the touch node the gate writes, the canary, the canary session's node.
    QString znodeBase = QStringLiteral("/emw-migration");
    int canarySessionTimeoutMs = 10000;
    // Subtrees left out of the data digest besides /zookeeper and znodeBase's touch/session
    // nodes (e.g. a test's own writer).
    QStringList digestExcludes;
    // DC/OS Enterprise protects subtrees with ACLs; ZooKeeper's super user reads them all. Without
    // credentials typed by the operator (MigrationSetup::zkSuperCredentials), preflight reads this
    // file on a master with sudo (Enterprise writes it; open-source DC/OS has none). Off: read
    // what the ACLs allow, and name the rest.
    bool readZkSuperCredentials = true;
    QString zkSuperCredentialsPath = QStringLiteral("/opt/mesosphere/etc/zk_super_credentials");

    // Where the run journal lives; empty: MigrationPaths::dataDir()/journals/<cluster>.json.
    QString journalPath;
    // Where the report goes; empty: MigrationPaths::dataDir()/reports/<run id>/.
    QString reportDir;
    // The config.yaml DC/OS needs afterwards; empty: <config dir>/<config base>.static.yaml.
    // Never the original file unless overwriteConfig is set.
    QString configOutPath;
    bool overwriteConfig = false;
};
