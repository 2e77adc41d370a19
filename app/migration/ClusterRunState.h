#pragma once

#include "MigrationJournal.h"
#include "OperationListBuilder.h"

#include "config/Ensemble.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class MigrationPlan;

// Where a run stands, read from the masters alone (issue 15, "take over from the cluster"): for
// when the local journal is gone (another laptop, a colleague). Each master's env file (and
// whether it still is pkgpanda's link), exhibitor.orig (its content, its checksum, its link
// record), the numbering its ZooKeeper was last started with (zoo.cfg, and whether that start
// came after the env file's last write), myid, srvr, and the run records under znodeBase
// (session-<run id>, a live run's) say which step each master has reached; classify() names it
// per master and for the cluster, and toJournal() writes that down as a journal the engine
// resumes or rolls back from as from its own.
//
// What cannot be known from the cluster is said, not guessed: once every master runs DC/OS's
// numbering, the IDs from before the migration are in no file of the run (give them with --ids).
class ClusterRunState
{
    Q_DECLARE_TR_FUNCTIONS(ClusterRunState)

public:
    // What one master shows (ClusterRunStateReader fills it in).
    struct Observation
    {
        bool reachable = false;
        QString error; // !reachable, or what could not be read
        QByteArray env;
        QString envLink; // where the env file links to; empty: a regular file
        bool origPresent = false;
        QByteArray orig;
        QString origLink; // exhibitor.orig.link's target: the backup recorded a link
        Ensemble zooCfg;  // the numbering ZooKeeper was last started with
        qint64 envMtime = 0;
        qint64 zooCfgMtime = 0;
        int myid = 0;
        QString srvr; // srvr's summary
        bool leader = false; // srvr's mode
        QByteArray lockRecord; // the run lock file on the master, when there is one
    };

    enum class MasterStage {
        Unreachable,
        NotStarted,    // its dynamic backend, no exhibitor.orig
        BackedUp,      // exhibitor.orig present, the env file still equals it
        PhaseAWritten, // static with the current IDs, ZooKeeper not restarted on it yet
        PhaseA,        // ... and restarted on it
        PhaseBWritten, // static with DC/OS's numbering, not restarted on it yet
        PhaseB,        // ... and runs it
        Unknown        // none of these (named in the detail)
    };
    enum class Stage { NotStarted, BackedUp, PhaseA, PhaseB, Mixed, Unknown };

    struct MasterState
    {
        QString master;
        MasterStage stage = MasterStage::Unknown;
        Ensemble ensemble; // the static file's, if static
        QString origSha256;
        bool origValid = false; // a dynamic-backend env file
        QString problem;        // why this master stops a resume or a rollback, if it does
        QString detail;         // translated, one line: what the master shows
    };

    struct RunRecord
    {
        QString node;   // session-<run id>
        QByteArray data; // RunLock::Holder's record
    };

    static ClusterRunState classify(const QStringList &masters, const QMap<QString, Observation> &observations,
                                    const QList<RunRecord> &runs, const QString &runsError = {});

    Stage stage() const { return m_stage; }
    const QList<MasterState> &masters() const { return m_masters; }
    // The IDs from before the migration, when the cluster tells them (the Phase A file, or the
    // numbering the dynamic backend runs); empty otherwise.
    QMap<QString, int> originalIds() const { return m_originalIds; }
    QString originalIdsSource() const { return m_originalIdsSource; }
    // The run id of the run records (one live run) or of the masters' lock files; empty if none.
    QString runId() const { return m_runId; }
    // A live run's description (a session node exists): another run is going on.
    QStringList liveRuns() const { return m_liveRuns; }

    static QString stageText(MasterStage stage);
    QString conclusion() const;
    // The per-master lines and the conclusion, as status and the takeover print them.
    QStringList report() const;
    // Why a resume or rollback from this state must not start (empty: it may). idsGiven: the
    // operator gave the IDs from before the migration (--ids).
    QStringList refusals(OperationListBuilder::Kind kind, bool idsGiven = false) const;
    // Stable keys for JSON: "not-started", "backed-up", "phase-a-written", ...
    static QString stageKey(MasterStage stage);
    static QString stageKey(Stage stage);
    // What a resume or rollback will do from here, in a few lines.
    QStringList plannedSteps(OperationListBuilder::Kind kind, const MigrationPlan &plan) const;
    // A journal of the steps the masters show done, for the engine to go on from (state
    // Interrupted). A rollback counts every written master as restarted on its file (restarting
    // one once more is safe; leaving one on a static file it runs is not).
    MigrationJournal toJournal(OperationListBuilder::Kind kind, const MigrationPlan &plan,
                               const QString &clusterName) const;

private:
    Stage m_stage = Stage::Unknown;
    QList<MasterState> m_masters;
    QMap<QString, int> m_originalIds;
    QString m_originalIdsSource;
    QString m_runId;
    QStringList m_liveRuns;
    QMap<QString, QStringList> m_lockFiles; // holder's description -> masters with its lock file
    QString m_runsError;
};
