#pragma once

#include "ClusterSnapshot.h"

#include "config/Ensemble.h"
#include "probe/ZkTreeDigest.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

// What one run learns as it goes and later operations need: env files before the run (from
// preflight, or on resume and rollback from exhibitor.orig), the data snapshot, the canary.
struct RunState
{
    QMap<QString, QByteArray> originalEnv;  // per master: the env file before the migration
    QMap<QString, QString> originalSha256;
    QMap<QString, QByteArray> currentEnv;   // per master: as last read or written
    QMap<QString, QString> backupSha256;
    QMap<QString, bool> backupPresent;
    QMap<QString, Ensemble> runningEnsemble; // per master: zoo.cfg's server list, as it runs now
    QString leaderAtStart;
    QStringList restoredWithoutJournal; // rollback: masters whose file the restore changed

    ZkTreeDigest snapshot; // preflight, before the canary
    bool haveSnapshot = false;
    QStringList digestExcludes;
    QString canaryPath;    // persistent node written after the snapshot
    QByteArray canaryData;
    QString canarySessionPath; // ephemeral node of the canary session
    // The run's lock files (MasterLockFiles): master -> sha256 of the record this run wrote there.
    QMap<QString, QString> lockFiles;
    // A stale lock file refused the run (its holder, described): the operator may take it over.
    QString staleLockHolder;

    // The state the next restart of a phase is chosen from, read during the previous restart's
    // settle gate instead of after it (RestartOperation): the gate's passing poll, and every
    // master's zoo.cfg read once the restarted ZooKeeper ran (it had read its new zoo.cfg then,
    // and no other master restarts until the next restart). Used only while fresh.
    struct PlanRead
    {
        QString afterRestart; // the restart operation whose gate took it
        std::optional<ClusterSnapshot> snapshot;
        std::optional<QMap<QString, Ensemble>> running;
        bool reading = false;            // the zoo.cfg reads are under way
        std::function<void()> whenRead; // the next restart waits for them
    };
    std::shared_ptr<PlanRead> planRead;
};
