#pragma once

#include "MigrationTypes.h"
#include "WriteProbeLedger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Everything a run did, for the operator and for the record: exported as JSON and HTML after
// every run (also failed or cancelled ones). Holds no secrets: log lines come from the SSH layer,
// which never logs passwords or file contents, and env files are redacted before they get here.
struct MigrationReport
{
    Q_DECLARE_TR_FUNCTIONS(MigrationReport)

public:
    struct OperationRecord
    {
        int index = -1;
        QString id;
        Phase phase = Phase::Preflight;
        QString master;
        QString title;
        QDateTime started;
        QDateTime finished;
        bool ok = false;
        bool skipped = false; // already done in an earlier run, or not needed
        QString message;
        qint64 durationMs() const { return started.isValid() && finished.isValid() ? started.msecsTo(finished) : 0; }
    };

    struct EnvFiles
    {
        QByteArray before; // redacted
        QByteArray after;  // redacted
        QString beforeSha256;
        QString afterSha256;
        QString backupSha256;
    };

    // A time without quorum (no single leader or no majority serving), as the gate's polls saw it.
    struct QuorumWindow
    {
        Phase phase = Phase::PhaseA;
        QString afterRestartOf;
        QDateTime from;
        QDateTime to;
        qint64 durationMs() const { return from.msecsTo(to); }
    };

    // Verify's data check on a live cluster (ZkTreeIntegrity): what other clients did between the
    // preflight snapshot and Verify, and any znode that went back in time.
    struct DataCheck
    {
        bool checked = false;
        qint64 snapshotZxid = -1; // a zxid every read of the snapshot had seen (hex in JSON)
        int snapshotZnodes = 0;
        int znodesAfter = 0;
        int unchanged = 0;
        int added = 0;   // by other clients, after the snapshot
        int changed = 0;
        int removed = 0;
        QStringList problems; // "path: why", the znodes that went back in time or vanished
        QStringList excluded; // subtrees left out (ours, /zookeeper, --digest-exclude)
        QStringList notCompared; // subtrees the run could not read (ACLs without super credentials)
    };

    // One restart, step by step: the unit stopped, Exhibitor's REST took the start request,
    // ZooKeeper answered, served, and caught up (the gate passed). Invalid where not reached.
    struct RestartTiming
    {
        Phase phase = Phase::PhaseA;
        QString master;
        QDateTime started;
        QDateTime unitStopped;
        QDateTime restUp;
        QDateTime zooKeeperUp;
        QDateTime serving;
        QDateTime caughtUp;
        QJsonObject toJson() const;
    };

    QString runId;
    QString kind; // "migrate", "resume", "rollback", "verify", "status"
    RunOutcome outcome = RunOutcome::Failed;
    QString outcomeMessage;
    QDateTime started;
    QDateTime finished;
    QString clusterName;
    QString configFile;
    QString configOut; // the config.yaml written for DC/OS, if any
    QStringList masters;
    QMap<QString, int> currentIds;
    QString phaseA;
    QString phaseB;
    bool phaseBNeeded = false;
    QString phaseBReason;

    QList<OperationRecord> operations;
    QList<CheckResult> checks;
    QList<LogLine> log;
    QMap<QString, EnvFiles> envFiles;
    QList<QuorumWindow> quorumWindows;
    QList<RestartTiming> restarts;
    DataCheck data;
    // The run's write probe (WriteProbe): per-phase figures, every write as a sample, lost writes.
    WriteProbeReport writeProbe;

    OperationRecord *operation(int index);
    // The longest window in a phase, 0 if quorum was never lost.
    qint64 longestQuorumLossMs(Phase phase) const;
    // Per master: its operations and log lines in time order, for the timeline.
    QList<LogLine> timeline(const QString &master) const;

    QJsonObject toJson() const;
    // A report.json read back, for the Summary page's timeline and estimate comparison: the run's
    // summary fields, operations, quorum-loss windows, restarts and the write probe. Checks, env files, the data
    // check and the log are left out (the page never shows them; the HTML report has them).
    static MigrationReport fromJson(const QJsonObject &json);
    // Writes report.json and report.html into dir (created if needed); false and *error otherwise.
    bool write(const QString &dir, QString *error = nullptr) const;
};
