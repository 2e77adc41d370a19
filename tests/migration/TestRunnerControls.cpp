// MigrationRunner's controls for the wizard, on the simulated cluster (run-controls, 127.0.63.x):
// a Verify confirmation (MigrationOptions::confirmVerify), pause after the current step and
// resume, the live cluster state of every poll and the settling signal of each restart.
#include "MigrationTestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestRunnerControls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!SimCluster::available(&why))
            QSKIP(qPrintable(why));
    }

    void verifyAsksWhenConfirmVerify()
    {
        // The list itself, no cluster: only with confirmVerify does Verify ask.
        MigrationOptions options;
        MigrationSetup setup;
        setup.plan = MigrationPlan::build(
            ClusterConfig::fromYaml("cluster_name: x\nmaster_list:\n- 10.0.0.1\n- 10.0.0.2\n"
                                    "- 10.0.0.3\nexhibitor_storage_backend: zookeeper\n"
                                    "exhibitor_zk_hosts: 10.0.9.1:2181\nexhibitor_zk_path: /x\n",
                                    u"inline.yaml"_s),
            { { u"10.0.0.1"_s, 1 }, { u"10.0.0.2"_s, 2 }, { u"10.0.0.3"_s, 3 } }, u"test"_s);
        for (const bool ask : { false, true }) {
            options.confirmVerify = ask;
            const OperationList list
                = OperationListBuilder::build(OperationListBuilder::Kind::Migrate, setup.plan, options);
            bool verifyAsks = false;
            for (const auto &operation : list) {
                if (operation->phase() == Phase::Verify)
                    verifyAsks = operation->confirmBefore();
            }
            QCOMPARE(verifyAsks, ask);
        }
    }

    void pauseResumeAndLiveState()
    {
        SimCluster sim(u"run-controls"_s);
        QString error;
        QVERIFY2(sim.up(&error), qPrintable(error));
        QTemporaryDir dir;
        MigrationSetup setup = simSetup(sim, dir.path(), simIds(sim));
        QVERIFY(setup.plan.phaseBNeeded());
        setup.options.autoConfirm = false;
        setup.options.confirmVerify = true;

        MigrationRunner runner;
        QSignalSpy paused(&runner, &MigrationRunner::paused);
        QSignalSpy resumed(&runner, &MigrationRunner::resumed);
        QSignalSpy states(&runner, &MigrationRunner::clusterState);
        QSignalSpy settling(&runner, &MigrationRunner::masterSettling);
        QSignalSpy finished(&runner, &MigrationRunner::finished);
        QStringList asked;
        QStringList started;
        bool pausedNow = false;
        QStringList startedWhilePaused;
        connect(&runner, &MigrationRunner::waitingForConfirmation, this,
                [&](const OperationInfo &info, const QString &) {
                    asked << phaseKey(info.phase);
                    runner.confirm(true);
                });
        connect(&runner, &MigrationRunner::operationStarted, this, [&](const OperationInfo &info) {
            started << info.id;
            if (pausedNow)
                startedWhilePaused << info.id;
            // Pause in the middle of Phase A's first restart: it must finish, gate included.
            if (info.id == "phaseA.restart.0"_L1)
                runner.pause();
        });
        QString finishedBeforePause;
        connect(
            &runner, &MigrationRunner::operationFinished, this,
            [&](const OperationInfo &info, bool, bool, const QString &) { finishedBeforePause = info.id; });
        connect(&runner, &MigrationRunner::paused, this, [&] { pausedNow = true; });
        QVERIFY(runner.start(OperationListBuilder::Kind::Migrate, setup));

        QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 120000);
        QCOMPARE(finishedBeforePause, u"phaseA.restart.0"_s);
        QCOMPARE(settling.size(), 1); // the paused restart reached its gate
        // Nothing starts while paused.
        QTest::qWait(1500);
        QVERIFY(startedWhilePaused.isEmpty());
        QCOMPARE(started.last(), u"phaseA.restart.0"_s);
        pausedNow = false;
        runner.resume();
        QTRY_COMPARE(resumed.size(), 1);

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 240000);
        QCOMPARE(finished.first().at(0).value<RunOutcome>(), RunOutcome::Succeeded);
        QCOMPARE(asked, (QStringList { u"backup"_s, u"phaseA"_s, u"phaseB"_s, u"verify"_s }));
        // Phase A leaves the leader to Phase B: 2 + 3 restarts, each one settling.
        QCOMPARE(settling.size(), 5);
        QVERIFY(states.size() > 5);
        // The last polls see the migrated ensemble whole: one leader, all serving, quorum.
        const auto last = states.last().first().value<LiveClusterState>();
        QCOMPARE(last.masters.size(), 3);
        QVERIFY(last.quorum);
        QVERIFY(!last.leader.isEmpty());
        QCOMPARE(last.serving, 3);
        for (const LiveMasterState &master : last.masters)
            QVERIFY(master.reachable);
    }

    void cancelWhilePaused()
    {
        SimCluster sim(u"run-controls"_s);
        QString error;
        QVERIFY2(sim.up(&error), qPrintable(error));
        QTemporaryDir dir;
        MigrationSetup setup = simSetup(sim, dir.path(), simIds(sim));
        MigrationRunner runner;
        QSignalSpy paused(&runner, &MigrationRunner::paused);
        QSignalSpy finished(&runner, &MigrationRunner::finished);
        connect(&runner, &MigrationRunner::operationStarted, this, [&](const OperationInfo &info) {
            if (info.id == "backup"_L1)
                runner.pause();
        });
        QVERIFY(runner.start(OperationListBuilder::Kind::Migrate, setup));
        QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 120000);
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).value<RunOutcome>(), RunOutcome::Cancelled);
        // The backup was kept, nothing else changed.
        for (const QString &master : sim.masters()) {
            QVERIFY(sim.origExists(master));
            QVERIFY(sim.envFile(master).contains("EXHIBITOR_BACKEND=ZK\n"));
        }
    }
};

QTEST_GUILESS_MAIN(TestRunnerControls)
#include "TestRunnerControls.moc"
