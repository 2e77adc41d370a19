// The step list's rules with no widgets and no run: which step is done, current, skipped,
// stopped or failed for a given page and run state, for a migration, a resume and a rollback.
#include "StepListModel.h"
#include "WizardPageId.h"

#include <QSignalSpy>
#include <QTest>

using Step = StepListModel::Step;
using State = StepListModel::State;
using Intent = RunController::Intent;

class TestStepListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesBeforeTheRun();
    void runningPhaseIsCurrentAndEarlierOnesDone();
    void phaseBSkippedWhenIdsAreCanonical();
    void failedAndCancelledRuns();
    void succeededRunEndsAllDone();
    void resumeSkipsDiscover();
    void rollbackKeepsHowFarTheMigrationGot();
    void onlyChangedRowsAreAnnounced();
    void stateIsInTheTextAndTheAccessibleText();

private:
    static StepListModel::Input at(int page, Intent intent = Intent::Migrate)
    {
        StepListModel::Input input;
        input.page = page;
        input.intent = intent;
        return input;
    }
};

void TestStepListModel::pagesBeforeTheRun()
{
    StepListModel model;
    QCOMPARE(model.rowCount(), 9);
    model.update(at(WizardPageId::Import));
    QCOMPARE(model.state(Step::Import), State::Current);
    QCOMPARE(model.state(Step::Connect), State::Pending);
    QCOMPARE(model.state(Step::PhaseB), State::Pending);

    model.update(at(WizardPageId::Discover));
    QCOMPARE(model.state(Step::Import), State::Done);
    QCOMPARE(model.state(Step::Connect), State::Done);
    QCOMPARE(model.state(Step::Discover), State::Current);
    QCOMPARE(model.state(Step::Preflight), State::Pending);
    QCOMPARE(model.state(Step::Summary), State::Pending);
}

void TestStepListModel::runningPhaseIsCurrentAndEarlierOnesDone()
{
    StepListModel model;
    auto input = at(WizardPageId::Preflight);
    input.reached = Phase::Preflight;
    model.update(input);
    QCOMPARE(model.state(Step::Discover), State::Done);
    QCOMPARE(model.state(Step::Preflight), State::Current);

    // The engine waits for Backup's go, the wizard still on Preflight's page: preflight is done,
    // the backup is not current until its Confirm page shows.
    input.reached = Phase::Backup;
    input.awaiting = true;
    model.update(input);
    QCOMPARE(model.state(Step::Preflight), State::Done);
    QCOMPARE(model.state(Step::Backup), State::Pending);
    input.page = WizardPageId::ConfirmBackup;
    model.update(input);
    QCOMPARE(model.state(Step::Backup), State::Current);

    input.page = WizardPageId::RunPhaseA;
    input.reached = Phase::PhaseA;
    input.awaiting = false;
    model.update(input);
    QCOMPARE(model.state(Step::Backup), State::Done);
    QCOMPARE(model.state(Step::PhaseA), State::Current);
    QCOMPARE(model.state(Step::PhaseB), State::Pending);
    QCOMPARE(model.state(Step::Verify), State::Pending);
}

void TestStepListModel::phaseBSkippedWhenIdsAreCanonical()
{
    StepListModel model;
    auto input = at(WizardPageId::RunPhaseA);
    input.reached = Phase::PhaseA;
    input.phaseBSkipped = true;
    input.phaseBReason = QStringLiteral("every ID is canonical already");
    model.update(input);
    QCOMPARE(model.state(Step::PhaseB), State::Skipped);
    const QModelIndex row = model.index(int(model.steps().indexOf(Step::PhaseB)));
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("canonical already")));
    QVERIFY(row.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("canonical already")));
    // The verify that follows is current, Phase B stays skipped.
    input.page = WizardPageId::RunVerify;
    input.reached = Phase::Verify;
    model.update(input);
    QCOMPARE(model.state(Step::PhaseA), State::Done);
    QCOMPARE(model.state(Step::PhaseB), State::Skipped);
    QCOMPARE(model.state(Step::Verify), State::Current);
}

void TestStepListModel::failedAndCancelledRuns()
{
    StepListModel model;
    auto input = at(WizardPageId::RunPhaseB);
    input.reached = Phase::PhaseB;
    input.finished = true;
    input.outcome = RunOutcome::Failed;
    model.update(input);
    QCOMPARE(model.state(Step::PhaseA), State::Done);
    QCOMPARE(model.state(Step::PhaseB), State::Failed);
    QCOMPARE(model.state(Step::Verify), State::Pending);

    input.outcome = RunOutcome::Cancelled;
    model.update(input);
    QCOMPARE(model.state(Step::PhaseB), State::Stopped);

    // A preflight that stops the run: failed there, nothing after it done.
    input = at(WizardPageId::Preflight);
    input.reached = Phase::Preflight;
    input.finished = true;
    input.outcome = RunOutcome::Failed;
    model.update(input);
    QCOMPARE(model.state(Step::Preflight), State::Failed);
    QCOMPARE(model.state(Step::Backup), State::Pending);
}

void TestStepListModel::succeededRunEndsAllDone()
{
    StepListModel model;
    auto input = at(WizardPageId::Summary);
    input.reached = Phase::Finish;
    input.finished = true;
    input.outcome = RunOutcome::Succeeded;
    model.update(input);
    for (const Step step : {Step::Import, Step::Connect, Step::Discover, Step::Preflight, Step::Backup, Step::PhaseA,
                            Step::PhaseB, Step::Verify})
        QCOMPARE(model.state(step), State::Done);
    QCOMPARE(model.state(Step::Summary), State::Current);
}

void TestStepListModel::resumeSkipsDiscover()
{
    StepListModel model;
    model.update(at(WizardPageId::Resume, Intent::Resume));
    QCOMPARE(model.state(Step::Import), State::Current);
    QCOMPARE(model.state(Step::Discover), State::Pending);

    // The resume's first look at the masters stands in for the preflight; the phases its journal
    // records as done are done.
    auto input = at(WizardPageId::Preflight, Intent::Resume);
    input.reached = Phase::Inspect;
    model.update(input);
    QCOMPARE(model.state(Step::Connect), State::Done);
    QCOMPARE(model.state(Step::Discover), State::Skipped);
    QCOMPARE(model.state(Step::Preflight), State::Current);

    input.page = WizardPageId::RunPhaseB;
    input.reached = Phase::PhaseB;
    model.update(input);
    QCOMPARE(model.state(Step::Backup), State::Done);
    QCOMPARE(model.state(Step::PhaseA), State::Done);
    QCOMPARE(model.state(Step::PhaseB), State::Current);
}

void TestStepListModel::rollbackKeepsHowFarTheMigrationGot()
{
    StepListModel model;
    auto input = at(WizardPageId::RunPhaseA);
    input.reached = Phase::PhaseA;
    model.update(input);
    QCOMPARE(model.rowCount(), 9);

    // Roll back pressed mid-phase: the migration still finishes its step, the list grows a
    // Roll back step before the Summary.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    input.intent = Intent::Rollback;
    model.update(input);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.steps().at(8), Step::Rollback);
    QCOMPARE(model.state(Step::PhaseA), State::Current);
    QCOMPARE(model.state(Step::Rollback), State::Pending);

    // The rollback's own run: the migration's steps keep where it stopped.
    input.page = WizardPageId::RunRollback;
    input.reached = Phase::Rollback;
    model.update(input);
    QCOMPARE(model.state(Step::Discover), State::Done);
    QCOMPARE(model.state(Step::Backup), State::Done);
    QCOMPARE(model.state(Step::PhaseA), State::Stopped);
    QCOMPARE(model.state(Step::PhaseB), State::Skipped);
    QCOMPARE(model.state(Step::Verify), State::Skipped);
    QCOMPARE(model.state(Step::Rollback), State::Current);

    input.page = WizardPageId::Summary;
    input.finished = true;
    input.outcome = RunOutcome::Succeeded;
    model.update(input);
    QCOMPARE(model.state(Step::Rollback), State::Done);
    QCOMPARE(model.state(Step::PhaseA), State::Stopped);
    QCOMPARE(model.state(Step::Summary), State::Current);

    // A rollback chosen on the Resume page, with no migration in this session.
    StepListModel fresh;
    fresh.update(at(WizardPageId::Resume, Intent::Rollback));
    fresh.update(at(WizardPageId::ConfirmRollback, Intent::Rollback));
    QCOMPARE(fresh.state(Step::Discover), State::Skipped);
    QCOMPARE(fresh.state(Step::PhaseA), State::Skipped);
    QCOMPARE(fresh.state(Step::Rollback), State::Current);
}

void TestStepListModel::onlyChangedRowsAreAnnounced()
{
    StepListModel model;
    auto input = at(WizardPageId::RunPhaseA);
    input.reached = Phase::PhaseA;
    model.update(input);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.update(input); // the run's progress changed, no step did
    QCOMPARE(changed.count(), 0);
    input.reached = Phase::PhaseB;
    input.awaiting = true;
    model.update(input);
    QCOMPARE(changed.count(), 1); // Phase A done; Phase B waits for its page
}

void TestStepListModel::stateIsInTheTextAndTheAccessibleText()
{
    StepListModel model;
    auto input = at(WizardPageId::RunPhaseA);
    input.reached = Phase::PhaseA;
    model.update(input);
    const QModelIndex backup = model.index(int(model.steps().indexOf(Step::Backup)));
    const QModelIndex phaseA = model.index(int(model.steps().indexOf(Step::PhaseA)));
    QCOMPARE(backup.data(Qt::DisplayRole).toString(),
             StepListModel::title(Step::Backup) + QLatin1Char('\n') + StepListModel::stateText(State::Done));
    QCOMPARE(phaseA.data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("%1: %2").arg(StepListModel::title(Step::PhaseA), StepListModel::stateText(State::Current)));
    QVERIFY(!backup.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(phaseA.data(Qt::FontRole).value<QFont>().bold());
    // Every state has words of its own and a mark of its own.
    QSet<QString> texts;
    for (const State state :
         {State::Pending, State::Current, State::Done, State::Skipped, State::Stopped, State::Failed})
        texts << StepListModel::stateText(state);
    QCOMPARE(texts.size(), 6);
}

QTEST_MAIN(TestStepListModel)
#include "TestStepListModel.moc"
