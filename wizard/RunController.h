#pragma once

#include "migration/MigrationOptions.h"
#include "migration/MigrationSetup.h"
#include "migration/MigrationTypes.h"
#include "migration/Operation.h"
#include "remote/SudoPasswordGate.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class EnsembleDiagramModel;
class JournalFollowers;
class MigrationRunner;
class RunLogModel;
class RunMastersModel;
class WizardController;

// Steps 5-10 and rollback: drives one MigrationRunner (its own worker thread) for the run pages:
// which phase runs, each master's state, the live quorum, the log, confirmations, pause and
// cancel, and the outcome and report the Summary page shows.
//
// A migration is one engine run that waits before Backup, Phase A, Phase B and Verify; each wait
// is one Confirm page and the operator's commit there is confirmPhase(). A phase is done when
// the engine waits for a later phase's confirmation or the run succeeded.
//
// While a phase runs, each connected master's Exhibitor journal is followed live into the same
// log (JournalFollowers, on the wizard's MasterConnections; the unit is baseOptions().unit). The
// follows stop whenever the run rests: waiting for a confirmation, paused, finished (also
// cancelled or failed), and when the controller goes with the wizard.
class RunController : public QObject
{
    Q_OBJECT

public:
    // What the run pages do: a migration from the start, a resume of an unfinished run (chosen
    // on the Resume page), or a rollback (the Rollback button, or the Resume page).
    enum class Intent { Migrate, Resume, Rollback };
    Q_ENUM(Intent)

    explicit RunController(WizardController *wizard);
    ~RunController() override;

    Intent intent() const { return m_intent; }
    void setIntent(Intent intent) { m_intent = intent; }

    MigrationRunner *runner() const { return m_runner; }
    RunLogModel *log() const { return m_log; }
    RunMastersModel *masters() const { return m_masters; }
    // The ensemble as the run's signals show it, for the diagram on the run pages and the Summary.
    EnsembleDiagramModel *ensemble() const { return m_ensemble; }
    JournalFollowers *journal() const { return m_journal; }

    // Where the wizard goes once every master is connected: Discover for a migration; for a
    // resume or a rollback the page that shows where the run stopped (the run pages decide).
    int pageAfterConnection() const;
    static int confirmPageFor(Phase phase);
    // The page after a run page or preflight: the confirmation the engine waits for, else Summary.
    int nextPage() const;

    // Options every run starts from (paths, timeouts); the controller adds confirmations and the
    // operator's accepted host keys. Tests shorten timeouts and keep journals in a temp dir.
    MigrationOptions baseOptions() const { return m_baseOptions; }
    void setBaseOptions(const MigrationOptions &options) { m_baseOptions = options; }
    MigrationSetup setup() const;
    // What a phase will do, per operation (Phase::Rollback: the whole rollback run).
    QList<std::pair<OperationInfo, OperationPreview>> previews(Phase phase) const;

    bool isRunning() const;
    bool isPauseRequested() const { return m_pauseRequested; }
    bool isPaused() const { return m_paused; }
    std::optional<Phase> awaitingPhase() const { return m_awaiting; }
    // Step mode (the CLI's --pause-each): the run waits before each master's restart, and this is
    // the master it restarts next once confirmRestart() says so; empty when it does not wait.
    // The engine always asks before a restart here; without step mode the controller answers at
    // once, so the mode may be switched on and off while a phase runs.
    bool stepMode() const { return m_stepMode; }
    void setStepMode(bool on);
    QString awaitingRestart() const { return m_awaitingRestart; }
    QString question() const { return m_question; }
    std::optional<Phase> currentPhase() const { return m_currentPhase; }
    bool isPhaseDone(Phase phase) const;
    // Once the backup started something may have changed: rollback is offered from then on,
    // until a rollback is confirmed, and again if that rollback failed or was cancelled.
    bool canRollBack() const;
    QList<CheckResult> checks() const { return m_checks; }
    // The last run was refused by a stale lock file on the masters (its holder, described):
    // takeOverStaleLock() may start it again, taking that lock over. Empty otherwise.
    QString staleLockHolder() const { return m_staleLockHolder; }
    std::optional<LiveClusterState> liveState() const { return m_live; }
    int done() const { return m_done; }
    int total() const { return m_total; }

    // The last run's end, for the Summary page; outcome() is meaningful once hasFinished().
    bool hasFinished() const { return m_finished; }
    RunOutcome outcome() const { return m_outcome; }
    QString outcomeMessage() const { return m_outcomeMessage; }
    QString reportDir() const { return m_reportDir; } // report.html and report.json

    // A master refused the sudo password (or asked something else): the run stopped there, and
    // no sudo command is sent to any master until the operator answers with
    // answerSudoPassword() or declineSudoPassword(). Until then the run has not finished.
    struct SudoQuestion
    {
        QString master; // where it was tried
        QString user; // as whom
        QString reason; // what sudo said, for the operator
    };
    std::optional<SudoQuestion> sudoQuestion() const { return m_sudoQuestion; }

public Q_SLOTS:
    // Migrate or Resume, as the intent says; nothing if a run is active.
    void start();
    void confirmPhase(Phase phase);
    // Step mode: go on with the restart the run waits for.
    void confirmRestart();
    // Cancels an active run first (it stops after its current step), then rolls back.
    void rollBack();
    // The operator's explicit choice, once asked naming the holder: the refused run again, taking
    // over the stale lock file (never a live one: the engine judges it again).
    void takeOverStaleLock();
    void pause();
    void resume();
    void cancel();
    // The password entered again: kept like any secret of the Connection page (memory, and the
    // keychain if the operator chose so, never QSettings), then the run starts again from where it
    // stopped with a new sudo gate: the password is tried on one master first, then used on all.
    void answerSudoPassword(const QString &password);
    // No new password: the run ends as it stopped, and no further sudo is sent anywhere.
    void declineSudoPassword();

Q_SIGNALS:
    // Anything the pages render changed (awaiting, pause, progress, finish).
    void changed();
    void checkAdded(const CheckResult &check);
    void liveStateChanged(const LiveClusterState &state);
    void runFinished(RunOutcome outcome, const QString &message, const QString &reportDir);
    // sudoQuestion() is set: ask the operator.
    void sudoPasswordNeeded();
    // A run (again) from its start: what the last one listed is gone (checks, log, progress).
    void runStarted();

private:
    void launch(int kind);
    void resetRun();
    void onStarted(const OperationInfo &info);
    void onFinished(const OperationInfo &info, bool ok, bool skipped, const QString &message);
    void onWaiting(const OperationInfo &info, const QString &question);
    void onRunFinished(RunOutcome outcome, const QString &message, const QString &reportDir);
    void followJournals();
    bool askForSudoPassword(RunOutcome outcome, const QString &message, const QString &reportDir);
    void finishRun(RunOutcome outcome, const QString &message, const QString &reportDir);

protected:
    WizardController *m_wizard;
    MigrationRunner *m_runner;
    Intent m_intent = Intent::Migrate;
    bool m_finished = false;
    RunOutcome m_outcome = RunOutcome::Failed;
    QString m_outcomeMessage;
    QString m_reportDir;

private:
    RunLogModel *m_log;
    RunMastersModel *m_masters;
    EnsembleDiagramModel *m_ensemble;
    JournalFollowers *m_journal;
    MigrationOptions m_baseOptions;
    bool m_backupStarted = false;
    QString m_staleLockHolder;
    bool m_takeOverStaleLock = false; // for the run launched next only
    bool m_rollbackPending = false;
    bool m_rollbackConfirmed = false;
    bool m_pauseRequested = false;
    bool m_paused = false;
    bool m_stepMode = false;
    QString m_awaitingRestart;
    std::optional<Phase> m_awaiting;
    std::optional<Phase> m_currentPhase;
    QString m_question;
    QList<CheckResult> m_checks;
    std::optional<LiveClusterState> m_live;
    int m_done = 0;
    int m_total = 0;
    // The run launched last: its kind, its sudo gate, and who it logs in as on each master.
    int m_lastKind = 0;
    SudoPasswordGatePtr m_runGate;
    QHash<QString, QString> m_runUsers;
    std::optional<SudoQuestion> m_sudoQuestion;
    struct StoppedRun
    {
        RunOutcome outcome;
        QString message;
        QString reportDir;
    };
    std::optional<StoppedRun> m_stoppedForSudo;
};
