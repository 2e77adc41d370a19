#pragma once

#include "ClusterSnapshot.h"
#include "MigrationSetup.h"
#include "MigrationTypes.h"
#include "RunState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

#include <functional>

class ClusterProber;
class MasterLink;
class MigrationJournal;
class WriteProbe;
class ZkAccess;
struct MigrationReport;

// What operations share during one run, in the runner's worker thread: the links to the
// masters, the prober, the run's ZooKeeper access, what earlier operations learnt (RunState), the
// journal and the report. Log lines and check results go out through its signals.
class OperationContext : public QObject
{
    Q_OBJECT

public:
    OperationContext(const MigrationSetup &setup, MigrationJournal *journal, MigrationReport *report,
                     QObject *parent = nullptr);
    ~OperationContext() override;

    const MigrationSetup &setup() const { return m_setup; }
    const MigrationPlan &plan() const { return m_setup.plan; }
    const MigrationOptions &options() const { return m_setup.options; }
    QStringList masters() const { return m_masters; } // DC/OS order
    MasterLink *link(const QString &master) const;
    QList<MasterLink *> links() const { return m_links; }
    ClusterProber *prober() const { return m_prober; }
    ZkAccess *zk() const { return m_zk; }
    // The run's write probe (started by the engine after preflight; Verify checks it).
    WriteProbe *probe() const { return m_probe; }
    RunState &state() { return m_state; }
    MigrationJournal &journal() { return *m_journal; }
    MigrationReport &report() { return *m_report; }

    // Connects every master in parallel; callback with the masters that failed (and why, in the log).
    void openAll(std::function<void(const QStringList &failed)> callback);
    // Saves the journal; a failure is logged as an error and returned.
    bool saveJournal();

    void log(const QString &master, LogStream stream, const QString &text);
    void addCheck(const CheckResult &check);
    CheckResult check(const QString &id, const QString &master, bool passed, const QString &title,
                      const QString &detail);

    // The ensemble whose numbering a phase runs: Phase A keeps current IDs, Phase B is canonical,
    // a rollback goes back to the current IDs (with the original file).
    Ensemble ensembleFor(Phase phase) const;
    // The env file a master gets in a phase: the original with the backend lines replaced.
    QByteArray staticEnvFor(const QString &master, Phase phase) const;

    // Quorum-loss windows as seen by polls during restarts.
    void recordQuorum(const ClusterSnapshot &snapshot, Phase phase, const QString &afterRestartOf);
    void closeQuorumWindow();

    void requestCancel() { m_cancelRequested = true; }
    bool cancelRequested() const { return m_cancelRequested; }

    // A restarted master's settle gate starts polling.
    void reportSettling(const QString &master) { emit settling(master); }

signals:
    void logLine(const LogLine &line);
    void polled(const ClusterSnapshot &snapshot);
    void settling(const QString &master);
    void checkFinished(const CheckResult &check);

private:
    MigrationSetup m_setup;
    MigrationJournal *m_journal;
    MigrationReport *m_report;
    QStringList m_masters;
    QList<MasterLink *> m_links;
    ClusterProber *m_prober;
    ZkAccess *m_zk;
    WriteProbe *m_probe;
    RunState m_state;
    bool m_cancelRequested = false;
    bool m_windowOpen = false;
    QDateTime m_windowFrom;
    Phase m_windowPhase = Phase::PhaseA;
    QString m_windowMaster;
};
