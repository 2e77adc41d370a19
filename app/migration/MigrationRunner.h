#pragma once

#include "MigrationJournal.h"
#include "MigrationSetup.h"
#include "MigrationTypes.h"
#include "Operation.h"
#include "OperationListBuilder.h"
#include "WriteProbeLedger.h"

#include <QObject>
#include <QPointer>

#include <optional>

class MigrationEngine;
class QThread;

// The migration as the wizard and the CLI see it: start a run (migrate, resume, rollback,
// status, verify), answer confirmations, cancel. The work happens in a worker thread (never the
// GUI thread): every SSH session, probe and ZooKeeper client of the run lives there. Everything
// comes back as queued signals. Destroying the runner mid-run stops the run where it is, like a
// crash would; the journal then tells a later resume or rollback where it stopped.
class MigrationRunner : public QObject
{
    Q_OBJECT

public:
    explicit MigrationRunner(QObject *parent = nullptr);
    ~MigrationRunner() override;

    // Previews of a run's operations, computed here from the plan (nothing is contacted).
    static QList<std::pair<OperationInfo, OperationPreview>> previews(OperationListBuilder::Kind kind,
                                                                       const PreviewInput &input);

    bool isRunning() const { return m_running; }

    // Where a setup's journal is, and the run it records if that run did not finish (crash, lost
    // connection, failure, cancel after the backup): the app then shows where it stopped, next to
    // each master's real state (a Status run), and offers Resume or Rollback.
    static QString journalPath(const MigrationSetup &setup);
    static std::optional<MigrationJournal> unfinishedRun(const MigrationSetup &setup);

    // One run at a time; false if one is running.
    bool start(OperationListBuilder::Kind kind, const MigrationSetup &setup);
    void confirm(bool proceed = true);
    void cancel();
    // cancel() on a signal (the CLI's SIGINT, SIGTERM, SIGHUP): the journal says "interrupted".
    void interrupt(const QString &signalName);
    // Pause after the current step (never in the middle of a restart); paused() once it rests.
    void pause();
    void resume();

signals:
    void operationStarted(const OperationInfo &operation);
    void operationFinished(const OperationInfo &operation, bool ok, bool skipped, const QString &message);
    void logLine(const LogLine &line);
    void checkFinished(const CheckResult &check);
    void progress(int done, int total);
    // Before each phase that changes something, and before each restart with pause-each.
    void waitingForConfirmation(const OperationInfo &next, const QString &question);
    void failed(const QString &message);
    void finished(RunOutcome outcome, const QString &message, const QString &reportDir);
    // Before failed(): a stale lock file on the masters refused the run (holder described); a
    // new run with MigrationOptions::takeOverStaleLock takes it over, at the operator's choice.
    void staleLockRefused(const QString &holder);
    void paused();
    void resumed();
    // Every poll of the masters during the run (preflight, each settle gate, verify).
    void clusterState(const LiveClusterState &state);
    // A restarted master is up again and its settle gate polls.
    void masterSettling(const QString &master);
    // The run's write probe: writes per second, failed, longest gap, sessions alive; per phase.
    void liveClients(const LiveClientFigures &figures);

private:
    void stopThread();

    QThread *m_thread = nullptr;
    QPointer<MigrationEngine> m_engine;
    bool m_running = false;
};
