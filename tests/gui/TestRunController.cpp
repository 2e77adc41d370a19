// RunController without widgets, on the simulated cluster run-controls (127.0.63.x): a whole
// migration through its four confirmations with every master's states and the log observed,
// pause and continue, cancel, and a rollback after a Phase A run in step mode.
#include "RunLogModel.h"
#include "RunMastersModel.h"
#include "RunSim.h"
#include "StepModeBar.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
using State = RunMastersModel::State;

namespace {
constexpr int kPhaseTimeout = 120000;

// Every state each master went through, as the table showed it.
class StateRecorder
{
public:
    explicit StateRecorder(RunMastersModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::dataChanged, model,
                         [this, model](const QModelIndex &from, const QModelIndex &to) {
                             for (int row = from.row(); row <= to.row(); ++row) {
                                 const QString master
                                     = model->index(row, RunMastersModel::MasterColumn).data().toString();
                                 seen[master]
                                     << State(model->index(row, 0).data(RunMastersModel::StateRole).toInt());
                             }
                         });
    }
    QMap<QString, QSet<State>> seen;
};

QStringList logMasters(const RunLogModel *log)
{
    QStringList masters;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (!log->line(row).master.isEmpty() && !masters.contains(log->line(row).master))
            masters << log->line(row).master;
    }
    return masters;
}
} // namespace

class TestRunController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!SimCluster::available(&why))
            QSKIP(qPrintable(why));
    }

    void fullMigration()
    {
        SimCluster sim(u"run-controls"_s);
        QString error;
        QVERIFY2(sim.up(&error), qPrintable(error));
        QTemporaryDir dir;
        WizardController controller;
        QVERIFY(RunSim::prepare(&controller, sim, dir));
        RunController *run = controller.run();
        QVERIFY(controller.plan().phaseBNeeded());
        StateRecorder recorder(run->masters());
        QSignalSpy finished(run, &RunController::runFinished);

        run->start();
        QVERIFY(run->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(run->awaitingPhase() == Phase::Backup, kPhaseTimeout);
        QVERIFY(!run->checks().isEmpty());
        for (const CheckResult &check : run->checks())
            QVERIFY2(check.passed || check.skipped, qPrintable(check.title + u": "_s + check.detail));
        QVERIFY(run->isPhaseDone(Phase::Preflight));
        QVERIFY(!run->canRollBack()); // nothing changed yet
        // A confirmation for another phase than the one waiting is ignored.
        run->confirmPhase(Phase::PhaseA);
        QCOMPARE(run->awaitingPhase(), Phase::Backup);

        for (const Phase phase : { Phase::Backup, Phase::PhaseA, Phase::PhaseB, Phase::Verify }) {
            QTRY_VERIFY_WITH_TIMEOUT(run->awaitingPhase() == phase, kPhaseTimeout);
            QVERIFY(!run->isPhaseDone(phase));
            run->confirmPhase(phase);
            QVERIFY(!run->awaitingPhase());
            QVERIFY(!run->isPhaseDone(phase));
            if (phase == Phase::Backup)
                QTRY_VERIFY(run->canRollBack());
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kPhaseTimeout);
        QCOMPARE(run->outcome(), RunOutcome::Succeeded);
        QVERIFY(run->isPhaseDone(Phase::Verify));
        QVERIFY(QFile::exists(run->reportDir() + u"/report.html"_s));

        // Every master restarted, settled through its gate and ended settled.
        for (const QString &master : sim.masters()) {
            const QSet<State> seen = recorder.seen.value(master);
            QVERIFY2(seen.contains(State::Restarting) && seen.contains(State::Settling)
                         && seen.contains(State::Settled),
                     qPrintable(master));
            QCOMPARE(run->masters()->state(master), State::Done); // Verify, the last phase
        }
        // The log: every master's lines, in the run's palette.
        QVERIFY(run->log()->rowCount() > 50);
        QStringList logged = logMasters(run->log());
        QStringList expected = sim.masters();
        logged.sort();
        expected.sort();
        QCOMPARE(logged, expected);
        QVERIFY(run->log()->masterColour(sim.masters().at(0))
                != run->log()->masterColour(sim.masters().at(1)));
        // The live state of the last poll: the migrated ensemble with quorum.
        QVERIFY(run->liveState());
        QVERIFY(run->liveState()->quorum);
        QCOMPARE(run->liveState()->serving, 3);
        for (const QString &master : sim.masters())
            QVERIFY(sim.envFile(master).contains("EXHIBITOR_BACKEND=STATIC"));
    }

    void pauseContinueCancelThenRollBack()
    {
        SimCluster sim(u"run-controls"_s);
        QString error;
        QVERIFY2(sim.up(&error), qPrintable(error));
        QTemporaryDir dir;
        WizardController controller;
        QVERIFY(RunSim::prepare(&controller, sim, dir));
        RunController *run = controller.run();
        QSignalSpy finished(run, &RunController::runFinished);
        // Pause as soon as the first Phase A restart starts: it must finish, gate included.
        QString firstRestarted;
        connect(run->masters(), &QAbstractItemModel::dataChanged, this, [&] {
            for (const QString &master : sim.masters()) {
                if (firstRestarted.isEmpty() && run->masters()->state(master) == State::Restarting
                    && run->currentPhase() == Phase::PhaseA) {
                    firstRestarted = master;
                    run->pause();
                }
            }
        });

        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(run->awaitingPhase() == Phase::Backup, kPhaseTimeout);
        run->confirmPhase(Phase::Backup);
        QTRY_VERIFY_WITH_TIMEOUT(run->awaitingPhase() == Phase::PhaseA, kPhaseTimeout);
        run->confirmPhase(Phase::PhaseA);
        QTRY_VERIFY_WITH_TIMEOUT(!firstRestarted.isEmpty(), kPhaseTimeout);
        QVERIFY(run->isPauseRequested());
        QTRY_VERIFY_WITH_TIMEOUT(run->isPaused(), kPhaseTimeout);
        QCOMPARE(run->masters()->state(firstRestarted), State::Settled);
        int restarting = 0;
        for (const QString &master : sim.masters())
            restarting += run->masters()->state(master) == State::Restarting ? 1 : 0;
        QCOMPARE(restarting, 0);

        run->resume();
        QTRY_VERIFY(!run->isPauseRequested());
        QVERIFY(!run->isPaused());
        // Continue, then cancel while the next restart runs: it stops after that step.
        const QStringList masters = sim.masters();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(masters.cbegin(), masters.cend(),
                                             [&](const QString &master) {
                                                 return master != firstRestarted
                                                     && run->masters()->state(master) == State::Restarting;
                                             }),
                                 kPhaseTimeout);
        run->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kPhaseTimeout);
        QCOMPARE(run->outcome(), RunOutcome::Cancelled);
        QVERIFY(run->canRollBack());

        // Roll back from there: the original files and IDs again.
        run->rollBack();
        QCOMPARE(run->intent(), RunController::Intent::Rollback);
        QVERIFY(!run->canRollBack());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kPhaseTimeout * 2);
        QCOMPARE(run->outcome(), RunOutcome::Succeeded);
        for (const QString &master : sim.masters())
            QCOMPARE(sim.envFile(master), sim.origFile(master));
    }

    void rollbackAfterPhaseA()
    {
        SimCluster sim(u"run-controls"_s);
        QString error;
        QVERIFY2(sim.up(&error), qPrintable(error));
        const QMap<QString, QByteArray> before = sim.envFiles();
        QTemporaryDir dir;
        WizardController controller;
        QVERIFY(RunSim::prepare(&controller, sim, dir));
        RunController *run = controller.run();
        QSignalSpy finished(run, &RunController::runFinished);
        // Step mode, as the Confirm and Run pages offer it.
        StepModeBar bar(run, u"test"_s);
        auto *stepMode = bar.findChild<QCheckBox *>(u"stepMode_test"_s);
        auto *next = bar.findChild<QLabel *>(u"stepModeNext_test"_s);
        auto *proceed = bar.findChild<QPushButton *>(u"stepModeContinue_test"_s);
        QVERIFY(stepMode && next && proceed);
        QVERIFY(next->isHidden() && proceed->isHidden());
        stepMode->click();
        QVERIFY(run->stepMode());
        run->start();
        for (const Phase phase : { Phase::Backup, Phase::PhaseA }) {
            QTRY_VERIFY_WITH_TIMEOUT(run->awaitingPhase() == phase, kPhaseTimeout);
            run->confirmPhase(phase);
        }
        // Before each Phase A restart the run waits, names the master and restarts nothing until
        // Continue. (With a Phase B to come the leader is left to Phase B: two restarts here.)
        QStringList stepped;
        forever {
            QTRY_VERIFY_WITH_TIMEOUT(!run->awaitingRestart().isEmpty() || run->awaitingPhase() == Phase::PhaseB,
                                     kPhaseTimeout);
            if (run->awaitingPhase())
                break;
            const QString master = run->awaitingRestart();
            QVERIFY(!stepped.contains(master));
            QVERIFY(!next->isHidden() && !proceed->isHidden());
            QVERIFY2(next->text().contains(master), qPrintable(next->text()));
            QCOMPARE(run->masters()->state(master), State::Waiting);
            QVERIFY(run->isRunning());
            QVERIFY(!run->isPhaseDone(Phase::PhaseA));
            stepped << master;
            proceed->click();
            QVERIFY(run->awaitingRestart().isEmpty());
            QVERIFY(next->isHidden());
            QTRY_VERIFY_WITH_TIMEOUT(run->masters()->state(master) == State::Settled, kPhaseTimeout);
        }
        QCOMPARE(stepped.size(), 2);
        QVERIFY(run->isPhaseDone(Phase::PhaseA));
        stepMode->click(); // the rollback goes through without stops
        QVERIFY(!run->stepMode());
        for (const QString &master : sim.masters())
            QVERIFY(sim.envFile(master).contains("EXHIBITOR_BACKEND=STATIC"));

        // The migration waits for Phase B: the rollback ends it first, then restores.
        run->rollBack();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kPhaseTimeout * 2);
        QCOMPARE(run->outcome(), RunOutcome::Succeeded);
        QCOMPARE(run->masters()->state(sim.masters().constFirst()), State::Done);
        for (const QString &master : sim.masters())
            QCOMPARE(sim.envFile(master), before.value(master));
        QVERIFY(run->liveState()->quorum);
    }
};

QTEST_MAIN(TestRunController)
#include "TestRunController.moc"
