#pragma once

#include "ClusterSnapshot.h"
#include "MigrationJournal.h"
#include "MigrationReport.h"
#include "MigrationSetup.h"
#include "MigrationTypes.h"
#include "OperationListBuilder.h"
#include "RunLock.h"
#include "WriteProbeLedger.h"

#include <QObject>

class OperationContext;

// Runs one list of operations, one after another, in the thread it lives in (MigrationRunner
// gives it a thread of its own). After every step the journal is saved; before each phase (and
// each restart with pause-each) it waits for confirm(); cancel() lets the current step finish
// safely, then stops. The report is written at the end of every run, whatever the outcome.
class MigrationEngine : public QObject
{
    Q_OBJECT

public:
    explicit MigrationEngine(const MigrationSetup &setup, QObject *parent = nullptr);
    ~MigrationEngine() override;

    void start(OperationListBuilder::Kind kind);
    void confirm(bool proceed);
    // Stops after the current step, never between Phase B's (or a rollback's) stop of the masters
    // left on the old numbering and their own restarts: a stop asked for then waits until every
    // one of them was started again (stoppedForRestart()), and the log says so.
    void cancel();
    // cancel() because of a signal; the journal then says "interrupted" instead of "cancelled".
    void interrupt(const QString &signalName);
    // Pause after the current step (never inside one: a restart always reaches its settle gate's
    // end); resume() goes on where the run stopped. paused() once the run actually rests.
    void pause();
    void resume();

    const MigrationJournal &journal() const { return m_journal; }
    const MigrationReport &report() const { return m_report; }

signals:
    void operationStarted(const OperationInfo &operation);
    void operationFinished(const OperationInfo &operation, bool ok, bool skipped, const QString &message);
    void logLine(const LogLine &line);
    void checkFinished(const CheckResult &check);
    void progress(int done, int total);
    void waitingForConfirmation(const OperationInfo &next, const QString &question);
    void failed(const QString &message);
    // Emitted only once the run's lock files on the masters are removed (or their removal failed
    // and was logged): after it, another run may start.
    void finished(RunOutcome outcome, const QString &message, const QString &reportDir);
    // Before failed(): a stale lock file refused the run; holder describes it. The operator may
    // start the run again with MigrationOptions::takeOverStaleLock.
    void staleLockRefused(const QString &holder);
    void paused();
    void resumed();
    void clusterState(const LiveClusterState &state);
    void masterSettling(const QString &master);
    // The write probe's figures, every second from the end of preflight (or of a resume's or
    // rollback's inspection) to Verify, and once more with running false when it stops.
    void liveClients(const LiveClientFigures &figures);

private:
    bool openJournal(OperationListBuilder::Kind kind, QString *error);
    void next();
    void proceed();
    void runOperation();
    void onPolled(const ClusterSnapshot &snapshot);
    void operationDone(bool ok, const QString &message);
    void end(RunOutcome outcome, const QString &message);
    // end()'s second half, once the lock files on the masters are released.
    void endReleased(RunOutcome outcome, const QString &message);
    void endStopped(RunOutcome outcome, const QString &message, const QString &reportDir);
    QString question(const Operation &operation) const;
    void onLogLine(const LogLine &line);
    // Masters the run stopped for a restart that has not started them again yet.
    QStringList stoppedForRestart() const;
    bool deferStop();
    void startProbe();

    MigrationSetup m_setup;
    OperationListBuilder::Kind m_kind = OperationListBuilder::Kind::Migrate;
    MigrationJournal m_journal;
    // Held from the journal's opening to the run's end by migrate, resume and rollback.
    RunLock m_lock;
    MigrationReport m_report;
    bool m_persistJournal = true;
    OperationContext *m_context = nullptr;
    OperationList m_operations;
    int m_index = -1;
    bool m_waitingForConfirmation = false;
    bool m_pauseRequested = false;
    bool m_interrupted = false;
    bool m_stopDeferred = false;
    bool m_paused = false;
    bool m_running = false;
    bool m_ended = false;
};
