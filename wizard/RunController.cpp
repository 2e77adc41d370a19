#include "RunController.h"

#include "ConnectionController.h"
#include "EnsembleDiagramModel.h"
#include "JournalFollowers.h"
#include "RunLogModel.h"
#include "RunMastersModel.h"
#include "WizardController.h"
#include "WizardPageId.h"
#include "migration/MigrationRunner.h"
#include "remote/MasterConnections.h"
#include "secrets/SecretStore.h"

RunController::RunController(WizardController *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_runner(new MigrationRunner(this))
    , m_log(new RunLogModel(this))
    , m_masters(new RunMastersModel(this))
    , m_ensemble(new EnsembleDiagramModel(this))
    , m_journal(new JournalFollowers(m_log, this))
{
    m_ensemble->follow(m_runner);
    connect(m_runner, &MigrationRunner::logLine, m_log, &RunLogModel::queue);
    connect(m_runner, &MigrationRunner::operationStarted, this, &RunController::onStarted);
    connect(m_runner, &MigrationRunner::operationFinished, this, &RunController::onFinished);
    connect(m_runner, &MigrationRunner::waitingForConfirmation, this, &RunController::onWaiting);
    connect(m_runner, &MigrationRunner::finished, this, &RunController::onRunFinished);
    // Before finished: the refusal's page offers the take-over with the run's end.
    connect(m_runner, &MigrationRunner::staleLockRefused, this, [this](const QString &holder) { m_staleLockHolder = holder; });
    connect(m_runner, &MigrationRunner::checkFinished, this, [this](const CheckResult &check) {
        m_checks << check;
        Q_EMIT checkAdded(check);
    });
    connect(m_runner, &MigrationRunner::progress, this, [this](int done, int total) {
        m_done = done;
        m_total = total;
        Q_EMIT changed();
    });
    connect(m_runner, &MigrationRunner::masterSettling, this,
            [this](const QString &master) { m_masters->setState(master, RunMastersModel::State::Settling); });
    connect(m_runner, &MigrationRunner::clusterState, this, [this](const LiveClusterState &state) {
        m_live = state;
        m_masters->setLive(state);
        Q_EMIT liveStateChanged(state);
    });
    connect(m_runner, &MigrationRunner::paused, this, [this] {
        m_journal->stop();
        m_paused = true;
        Q_EMIT changed();
    });
    connect(m_runner, &MigrationRunner::resumed, this, [this] {
        m_paused = false;
        m_pauseRequested = false;
        Q_EMIT changed();
    });
}

RunController::~RunController()
{
    // The follows run on the wizard's sessions, which may outlive this controller.
    m_journal->stop();
}

int RunController::pageAfterConnection() const
{
    switch (m_intent) {
    case Intent::Migrate:
        return WizardPageId::Discover;
    case Intent::Resume:
        return WizardPageId::Preflight;
    case Intent::Rollback:
        return WizardPageId::ConfirmRollback;
    }
    return WizardPageId::Discover;
}

int RunController::confirmPageFor(Phase phase)
{
    switch (phase) {
    case Phase::Backup:
        return WizardPageId::ConfirmBackup;
    case Phase::PhaseA:
        return WizardPageId::ConfirmPhaseA;
    case Phase::PhaseB:
        return WizardPageId::ConfirmPhaseB;
    case Phase::Verify:
        return WizardPageId::ConfirmVerify;
    case Phase::Rollback:
        return WizardPageId::ConfirmRollback;
    case Phase::Preflight:
    case Phase::Inspect:
    case Phase::Finish:
        break;
    }
    return WizardPageId::Summary;
}

int RunController::nextPage() const
{
    // A rollback's own confirmation is the one on its Confirm page, not a page of its own.
    if (m_awaiting && m_intent != Intent::Rollback)
        return confirmPageFor(*m_awaiting);
    return WizardPageId::Summary;
}

MigrationSetup RunController::setup() const
{
    MigrationSetup setup;
    setup.plan = m_wizard->plan();
    setup.clusterName = m_wizard->config().clusterName();
    setup.targets = m_wizard->connection()->targets();
    setup.options = m_baseOptions;
    setup.options.autoConfirm = false;
    setup.options.confirmVerify = true;
    // Asked before every restart; onWaiting() answers at once unless step mode is on.
    setup.options.pauseEach = true;
    setup.options.masterHostKeys = m_wizard->connection()->acceptedHostKeys();
    setup.options.takeOverStaleLock = m_takeOverStaleLock;
    return setup;
}

QList<std::pair<OperationInfo, OperationPreview>> RunController::previews(Phase phase) const
{
    const MigrationSetup runSetup = setup();
    PreviewInput input;
    input.plan = &runSetup.plan;
    input.options = &runSetup.options;
    if (m_live)
        input.leader = m_live->leader;
    const auto kind = phase == Phase::Rollback ? OperationListBuilder::Kind::Rollback
                                               : OperationListBuilder::Kind::Migrate;
    QList<std::pair<OperationInfo, OperationPreview>> result;
    for (const auto &preview : MigrationRunner::previews(kind, input)) {
        if (phase == Phase::Rollback || preview.first.phase == phase)
            result << preview;
    }
    return result;
}

bool RunController::isRunning() const
{
    return m_runner->isRunning();
}

bool RunController::isPhaseDone(Phase phase) const
{
    if (m_finished)
        return m_outcome == RunOutcome::Succeeded;
    return m_awaiting && int(*m_awaiting) > int(phase);
}

bool RunController::canRollBack() const
{
    // Once confirmed, the rollback is offered again only if it ended without success (a master
    // unreachable, a ZooKeeper that did not start): it goes on from what its journal recorded.
    return m_backupStarted && (!m_rollbackConfirmed || (m_finished && m_outcome != RunOutcome::Succeeded));
}

void RunController::resetRun()
{
    m_finished = false;
    m_outcome = RunOutcome::Failed;
    m_outcomeMessage.clear();
    m_reportDir.clear();
    m_awaiting.reset();
    m_currentPhase.reset();
    m_question.clear();
    m_awaitingRestart.clear();
    m_checks.clear();
    m_staleLockHolder.clear();
    m_pauseRequested = false;
    m_paused = false;
    m_done = 0;
    m_total = 0;
    m_log->setMasters(m_wizard->plan().masters());
    m_masters->setMasters(m_wizard->plan().masters());
    m_journal->reset();
}

void RunController::followJournals()
{
    m_journal->start(m_wizard->connection()->connections()->sessions(), m_baseOptions.unit);
}

void RunController::launch(int kind)
{
    resetRun();
    m_ensemble->startRun(m_wizard->plan(), OperationListBuilder::Kind(kind));
    const MigrationSetup runSetup = setup();
    m_lastKind = kind;
    m_sudoQuestion.reset();
    m_stoppedForSudo.reset();
    m_runGate = runSetup.targets.isEmpty() ? nullptr : runSetup.targets.constFirst().sudoGate;
    m_runUsers.clear();
    for (const SshTarget &target : runSetup.targets)
        m_runUsers.insert(target.name, target.user);
    Q_EMIT runStarted();
    if (!m_runner->start(OperationListBuilder::Kind(kind), runSetup)) {
        m_finished = true;
        m_outcomeMessage = tr("Another run is still active.");
    }
    Q_EMIT changed();
}

void RunController::start()
{
    if (isRunning() || m_intent == Intent::Rollback)
        return;
    // Resuming means a backup exists (the journal of an unfinished run records it).
    m_backupStarted = m_intent == Intent::Resume;
    launch(int(m_intent == Intent::Resume ? OperationListBuilder::Kind::Resume
                                          : OperationListBuilder::Kind::Migrate));
}

void RunController::confirmPhase(Phase phase)
{
    if (!m_awaiting || *m_awaiting != phase)
        return;
    m_awaiting.reset();
    m_question.clear();
    m_runner->confirm(true);
    Q_EMIT changed();
}

void RunController::setStepMode(bool on)
{
    if (m_stepMode == on)
        return;
    m_stepMode = on;
    Q_EMIT changed();
}

void RunController::confirmRestart()
{
    if (m_awaitingRestart.isEmpty())
        return;
    m_awaitingRestart.clear();
    m_question.clear();
    m_runner->confirm(true);
    Q_EMIT changed();
}

void RunController::rollBack()
{
    m_intent = Intent::Rollback;
    m_rollbackConfirmed = true;
    if (isRunning()) {
        // The migration stops after its current step (never inside a restart); then the rollback
        // starts from what the journal recorded.
        m_rollbackPending = true;
        m_runner->cancel();
        Q_EMIT changed();
        return;
    }
    m_backupStarted = true;
    launch(int(OperationListBuilder::Kind::Rollback));
}

void RunController::takeOverStaleLock()
{
    if (isRunning() || m_staleLockHolder.isEmpty())
        return;
    m_takeOverStaleLock = true;
    if (m_intent == Intent::Rollback)
        rollBack();
    else
        start();
    m_takeOverStaleLock = false;
}

void RunController::pause()
{
    if (!isRunning() || m_pauseRequested)
        return;
    m_pauseRequested = true;
    m_runner->pause();
    Q_EMIT changed();
}

void RunController::resume()
{
    if (!m_pauseRequested)
        return;
    m_runner->resume();
}

void RunController::cancel()
{
    if (isRunning())
        m_runner->cancel();
}

void RunController::onStarted(const OperationInfo &info)
{
    m_log->flush(); // the log up to this moment is on screen before the page reacts
    followJournals(); // a phase runs (again): nothing if the follows are on already
    if (info.phase == Phase::Backup)
        m_backupStarted = true;
    if (!m_currentPhase || *m_currentPhase != info.phase) {
        m_currentPhase = info.phase;
        m_masters->resetStates();
    }
    using State = RunMastersModel::State;
    if (!info.master.isEmpty()) {
        m_masters->setState(info.master, State::Restarting, info.title);
    } else {
        for (const QString &master : m_masters->masters()) {
            if (m_masters->state(master) == State::Waiting)
                m_masters->setState(master, State::Working, info.title);
        }
    }
    Q_EMIT changed();
}

void RunController::onFinished(const OperationInfo &info, bool ok, bool skipped, const QString &message)
{
    m_log->flush(); // the log up to this moment is on screen before the page reacts
    using State = RunMastersModel::State;
    const bool restarts
        = info.phase == Phase::PhaseA || info.phase == Phase::PhaseB || info.phase == Phase::Rollback;
    if (!info.master.isEmpty()) {
        m_masters->setState(info.master,
                            !ok           ? State::Failed
                                : skipped ? State::Done
                                          : State::Settled,
                            message);
    } else {
        for (const QString &master : m_masters->masters()) {
            if (m_masters->state(master) != State::Working)
                continue;
            // A phase that restarts: the masters wait for their restart once its files are written.
            m_masters->setState(master,
                                !ok            ? State::Failed
                                    : restarts ? State::Waiting
                                               : State::Done,
                                ok ? QString() : message);
        }
    }
    Q_EMIT changed();
}

void RunController::onWaiting(const OperationInfo &info, const QString &question)
{
    m_log->flush(); // the log up to this moment is on screen before the page reacts
    if (!info.master.isEmpty()) {
        // Before a master's restart (pause-each): only step mode waits for the operator.
        if (!m_stepMode) {
            m_runner->confirm(true);
            return;
        }
        m_journal->stop(); // the run rests until the operator goes on
        m_awaitingRestart = info.master;
        m_question = question;
        Q_EMIT changed();
        return;
    }
    // The rollback's one question (before restoring exhibitor.orig) was asked on its Confirm page.
    if (m_intent == Intent::Rollback && m_rollbackConfirmed) {
        m_runner->confirm(true);
        return;
    }
    m_journal->stop(); // the run rests until the operator confirms
    m_awaiting = info.phase;
    m_question = question;
    Q_EMIT changed();
}

void RunController::onRunFinished(RunOutcome outcome, const QString &message, const QString &reportDir)
{
    m_journal->stop();
    m_log->flush(); // the log up to this moment is on screen before the page reacts
    m_awaiting.reset();
    m_awaitingRestart.clear();
    m_pauseRequested = false;
    m_paused = false;
    if (m_rollbackPending) {
        m_rollbackPending = false;
        m_backupStarted = true;
        launch(int(OperationListBuilder::Kind::Rollback));
        return;
    }
    if (askForSudoPassword(outcome, message, reportDir))
        return;
    finishRun(outcome, message, reportDir);
}

bool RunController::askForSudoPassword(RunOutcome outcome, const QString &message, const QString &reportDir)
{
    // Only a run that stopped because sudo refused the password: the operator's answer is what
    // it waits for. (A cancelled run stays cancelled.)
    if (outcome != RunOutcome::Failed || !m_runGate || !m_runGate->isRefused())
        return false;
    const QString master = m_runGate->refusedOn();
    // The gate names the master as its session labels it: "name (host:port)".
    QString user;
    for (auto it = m_runUsers.cbegin(); it != m_runUsers.cend(); ++it) {
        if (master == it.key() || master.startsWith(it.key() + QLatin1String(" (")))
            user = it.value();
    }
    if (user.isEmpty())
        user = m_wizard->connection()->settings().user;
    m_sudoQuestion = SudoQuestion{master, user, m_runGate->reason()};
    m_stoppedForSudo = StoppedRun{outcome, message, reportDir};
    Q_EMIT changed();
    Q_EMIT sudoPasswordNeeded();
    return true;
}

void RunController::answerSudoPassword(const QString &password)
{
    if (!m_sudoQuestion || password.isEmpty())
        return;
    m_sudoQuestion.reset();
    m_stoppedForSudo.reset();
    // A new gate comes with it (ConnectionController::setSecret): the next sudo command is the
    // trial on one master, every other waits for its verdict.
    m_wizard->connection()->setSecret(SecretStore::Kind::SudoPassword, password);
    using Kind = OperationListBuilder::Kind;
    int kind = m_lastKind;
    // A migration that stopped after its backup started goes on from its journal.
    if (kind == int(Kind::Migrate) && m_backupStarted)
        kind = int(Kind::Resume);
    launch(kind);
}

void RunController::declineSudoPassword()
{
    if (!m_sudoQuestion || !m_stoppedForSudo)
        return;
    const StoppedRun stopped = *m_stoppedForSudo;
    m_sudoQuestion.reset();
    m_stoppedForSudo.reset();
    const QString message = tr("%1\nThe sudo password was not entered again: no further sudo command was sent "
                               "to any master.")
                                .arg(stopped.message);
    finishRun(stopped.outcome, message.trimmed(), stopped.reportDir);
}

void RunController::finishRun(RunOutcome outcome, const QString &message, const QString &reportDir)
{
    if (outcome == RunOutcome::Succeeded) {
        // A master whose restart had nothing to do (e.g. a rollback of a Phase A that left the
        // leader alone) ends done, not waiting.
        using State = RunMastersModel::State;
        for (const QString &master : m_masters->masters()) {
            const State state = m_masters->state(master);
            if (state == State::Waiting || state == State::Working)
                m_masters->setState(master, State::Done);
        }
    }
    m_finished = true;
    m_outcome = outcome;
    m_outcomeMessage = message;
    m_reportDir = reportDir;
    Q_EMIT changed();
    Q_EMIT runFinished(outcome, message, reportDir);
}
