#pragma once

#include "KnownFailures.h"

#include "migration/MigrationOptions.h"
#include "remote/SshTarget.h"

#include <QList>
#include <QMetaType>
#include <QString>

// What a support bundle is made from: how to reach each master (the run's SSH targets), where
// things are on a master (the run's options: env file, zoo.cfg, myid, unit, ZooKeeper port,
// forward host, host keys accepted for the run) and the run's local files.
struct SupportBundleRequest
{
    QList<SshTarget> targets;
    MigrationOptions options;
    QString clusterName;
    QString configYamlPath;  // copied redacted; empty: none
    QString runReportDir;    // the run's report.json/html; empty: none
    QString journalPath;     // the run journal; empty: none
    QString outDir;          // empty: SupportBundle::defaultDir(clusterName)
    int journalLines = 300;  // journalctl -n: real journals are large, only the end matters
    bool makeArchive = false; // also <outDir>.tar.gz (the system's tar)
    // Secrets to keep out of the bundle besides config.yaml's own (the run's ZooKeeper super
    // credentials); the targets' passwords are added by the bundle itself.
    QList<QByteArray> extraSecrets;
};

// One master in the bundle: reached or not, and why not.
struct SupportBundleMaster
{
    QString name;
    bool reachable = false;
    QString error;     // why it could not be reached; empty when reached
    QStringList notes; // what could not be read on it (a missing myid, a refused word, ...)
};

struct SupportBundleResult
{
    bool ok = false;   // the bundle was written (masters may still have been unreachable)
    QString error;     // why nothing was written
    QString dir;
    QString archive;   // empty unless asked for and made
    QString archiveError;
    QList<SupportBundleMaster> masters;
    QList<SupportFinding> findings;

    int unreachableCount() const
    {
        int count = 0;
        for (const SupportBundleMaster &master : masters)
            count += master.reachable ? 0 : 1;
        return count;
    }
};

Q_DECLARE_METATYPE(SupportBundleResult)
