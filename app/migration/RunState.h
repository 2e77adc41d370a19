#pragma once

#include "config/Ensemble.h"
#include "probe/ZkTreeDigest.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

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
};
