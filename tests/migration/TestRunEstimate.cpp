// RunEstimate: restarts, durations, the quorum change and reconnecting clients per phase, from
// DC/OS's timing or from the restarts this run measured.
#include "migration/RunEstimate.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestRunEstimate : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(1700000000000 + ms, Qt::UTC); }

    static RunEstimate::Input threeMasters()
    {
        RunEstimate::Input input;
        input.masters = {u"10.0.0.1"_s, u"10.0.0.2"_s, u"10.0.0.3"_s};
        input.leader = u"10.0.0.1"_s;
        input.phaseBNeeded = true;
        return input;
    }

    // stop 0.4 s, REST 2.2 s later, ZooKeeper 1.3 s, serving 0.6 s, caught up 0.2 s: 4.7 s.
    static MigrationReport::RestartTiming measured(const QString &master, qint64 start)
    {
        MigrationReport::RestartTiming timing;
        timing.phase = Phase::PhaseA;
        timing.master = master;
        timing.started = at(start);
        timing.unitStopped = at(start + 400);
        timing.restUp = at(start + 2600);
        timing.zooKeeperUp = at(start + 3900);
        timing.serving = at(start + 4500);
        timing.caughtUp = at(start + 4700);
        return timing;
    }

private slots:
    void defaultsBeforeAnyRestart()
    {
        const RunEstimate estimate = RunEstimate::make(threeMasters());
        QVERIFY(!estimate.basedOnMeasurements());
        // DC/OS's timing: 2 + 5 + 3 s until ZooKeeper runs, 2 s to serve, 0.5 s to catch up.
        QCOMPARE(estimate.profile().totalMs(), 12500);

        const auto a = estimate.figures(Phase::PhaseA);
        QCOMPARE(a.restarts, 2);
        QCOMPARE(a.order, (QStringList{u"10.0.0.2"_s, u"10.0.0.3"_s})); // the leader is left to Phase B
        QCOMPARE(a.durationMs, 2000 + 2 * (500 + 12500));
        QCOMPARE(a.quorumLossMs, 0);
        QCOMPARE(estimate.restartsText(Phase::PhaseA),
                 u"2 restart(s), one at a time: 10.0.0.2, 10.0.0.3. The leader 10.0.0.1 is left to Phase B."_s);
        QCOMPARE(estimate.quorumText(Phase::PhaseA),
                 u"Quorum: held throughout; one master at a time is down, the leader stays."_s);
        QVERIFY(estimate.clientsText(Phase::PhaseA)
                    .startsWith(u"Clients: those connected to 10.0.0.2, 10.0.0.3 reconnect to another master once"_s));

        // Phase B: a follower waits for the new numbering (ZooKeeper running is enough), the
        // leader's restart gives it the majority, the last follower joins.
        const auto b = estimate.figures(Phase::PhaseB);
        QCOMPARE(b.restarts, 3);
        QCOMPARE(b.order, (QStringList{u"10.0.0.2"_s, u"10.0.0.1"_s, u"10.0.0.3"_s}));
        QCOMPARE(b.durationMs, 2000 + (500 + 10000) + (500 + 12500) + (500 + 12500));
        QCOMPARE(b.quorumMaster, u"10.0.0.1"_s);
        QCOMPARE(b.newMajority, (QStringList{u"10.0.0.2"_s, u"10.0.0.1"_s}));
        QCOMPARE(b.stoppedMeanwhile, QStringList{u"10.0.0.3"_s});
        QCOMPARE(b.quorumLossMs, 12000);
        QCOMPARE(estimate.quorumText(Phase::PhaseB),
                 u"Quorum change: at the restart of 10.0.0.1 the new numbering gets its majority (10.0.0.2, "
                 u"10.0.0.1); expected about 12 s without quorum. 10.0.0.3 stay stopped meanwhile and join on "
                 u"the new numbering afterwards."_s);
        // 12 s is longer than Mesos' and Marathon's 10 s sessions: said plainly.
        QVERIFY(estimate.clientsText(Phase::PhaseB).contains(u"Warning: the expected change is not shorter than 10 s"_s));
        QVERIFY(estimate.basisText().startsWith(u"Based on DC/OS's usual timing"_s));

        QCOMPARE(estimate.figures(Phase::Backup).restarts, 0);
        QCOMPARE(estimate.text(Phase::Backup), u"No restarts: ZooKeeper keeps serving.\nExpected duration: about 2 s."_s);
        QCOMPARE(estimate.totalMs(), 2000 + a.durationMs + b.durationMs + RunEstimate::DefaultVerifyMs);
    }

    void measuredRestartsReplaceTheDefaults()
    {
        RunEstimate::Input input = threeMasters();
        input.measured << measured(u"10.0.0.2"_s, 0) << measured(u"10.0.0.3"_s, 5000);
        input.measured[1].caughtUp = at(5000 + 4900); // 0.4 s to catch up: the mean is 0.3 s
        // A Phase B master waiting for the majority never served: it says nothing about timing.
        MigrationReport::RestartTiming waiting = measured(u"10.0.0.2"_s, 20000);
        waiting.phase = Phase::PhaseB;
        waiting.serving = QDateTime();
        waiting.zooKeeperUp = at(20000 + 60000);
        input.measured << waiting;
        const RunEstimate estimate = RunEstimate::make(input);
        QVERIFY(estimate.basedOnMeasurements());
        QCOMPARE(estimate.measuredRestarts(), 2);
        QCOMPARE(estimate.profile().stopMs, 400);
        QCOMPARE(estimate.profile().exhibitorMs, 2200);
        QCOMPARE(estimate.profile().zooKeeperMs, 1300);
        QCOMPARE(estimate.profile().joinMs, 600);
        QCOMPARE(estimate.profile().catchUpMs, 300);
        const auto b = estimate.figures(Phase::PhaseB);
        QCOMPARE(b.quorumLossMs, 4500);
        QCOMPARE(b.durationMs, 2000 + (500 + 3900) + (500 + 4800) + (500 + 4800));
        QCOMPARE(estimate.basisText(), u"Based on 2 restart(s) measured in this run (each about 5 s until it served)."_s);
        QVERIFY(!estimate.clientsText(Phase::PhaseB).contains(u"Warning"_s));
        QVERIFY(estimate.text(Phase::PhaseB).contains(u"expected about 5 s without quorum"_s));
    }

    void wholeRestartsScaleTheSteps()
    {
        // What the wizard sees: Phase A restarts by their start and end only, 6.25 s each.
        RunEstimate::Input input = threeMasters();
        for (const qint64 start : {0, 10000}) {
            MigrationReport::RestartTiming whole;
            whole.phase = Phase::PhaseA;
            whole.master = u"10.0.0.2"_s;
            whole.started = at(start);
            whole.caughtUp = at(start + 6250);
            input.measured << whole;
        }
        const RunEstimate estimate = RunEstimate::make(input);
        QCOMPARE(estimate.measuredRestarts(), 2);
        QCOMPARE(estimate.profile().totalMs(), 6250); // half of DC/OS's 12.5 s, step by step
        QCOMPARE(estimate.profile().untilServingMs(), 6000);
        QCOMPARE(estimate.figures(Phase::PhaseB).quorumLossMs, 6000);
        QVERIFY(estimate.basisText().startsWith(u"Based on 2 restart(s) measured in this run"_s));
    }

    void actualFiguresFromTheReport()
    {
        MigrationReport report;
        report.operations << MigrationReport::OperationRecord{0, u"phaseB.write"_s, Phase::PhaseB, {}, {}, at(0), at(900),
                                                              true, false, {}};
        report.operations << MigrationReport::OperationRecord{1, u"phaseB.restart.0"_s, Phase::PhaseB, u"10.0.0.2"_s, {},
                                                              at(1000), at(5000), true, false, {}};
        report.operations << MigrationReport::OperationRecord{2, u"phaseB.restart.1"_s, Phase::PhaseB, u"10.0.0.1"_s, {},
                                                              at(5000), at(10400), true, false, {}};
        report.restarts << measured(u"10.0.0.2"_s, 1000) << measured(u"10.0.0.1"_s, 5000);
        report.restarts[0].phase = report.restarts[1].phase = Phase::PhaseB;
        report.quorumWindows << MigrationReport::QuorumWindow{Phase::PhaseB, u"10.0.0.1"_s, at(5100), at(9600)};
        report.quorumWindows << MigrationReport::QuorumWindow{Phase::PhaseB, u"10.0.0.2"_s, at(1100), at(1300)};
        const auto b = RunEstimate::actual(report, Phase::PhaseB);
        QCOMPARE(b.restarts, 2);
        QCOMPARE(b.order, (QStringList{u"10.0.0.2"_s, u"10.0.0.1"_s}));
        QCOMPARE(b.durationMs, 10400);
        QCOMPARE(b.quorumLossMs, 4500);
        QCOMPARE(b.quorumMaster, u"10.0.0.1"_s);
        QCOMPARE(RunEstimate::figuresText(b, false), u"2 restart(s), 10.4 s, 4.5 s without quorum"_s);
        QCOMPARE(RunEstimate::actual(report, Phase::PhaseA).restarts, 0);

        const auto estimated = RunEstimate::make(threeMasters()).figures(Phase::PhaseB);
        QCOMPARE(RunEstimate::figuresText(estimated, true), u"3 restart(s), about 39 s, about 12 s without quorum"_s);
    }

    void withoutExhibitorsStartZooKeeperWaitsForCheckMs()
    {
        RunEstimate::Input input = threeMasters();
        input.startViaExhibitor = false;
        const RunEstimate estimate = RunEstimate::make(input);
        // stop 2 s + check-ms 30 s + ZooKeeper 3 s, then 2 + 0.5 s.
        QCOMPARE(estimate.figures(Phase::PhaseA).durationMs, 2000 + 2 * (500 + 37500));
        QVERIFY(estimate.basisText().contains(u"check-ms 30 s"_s));
    }

    void withoutPhaseBTheLeaderRestartsLast()
    {
        RunEstimate::Input input = threeMasters();
        input.phaseBNeeded = false;
        const RunEstimate estimate = RunEstimate::make(input);
        const auto a = estimate.figures(Phase::PhaseA);
        QCOMPARE(a.restarts, 3);
        QCOMPARE(a.order.constLast(), u"10.0.0.1"_s);
        QCOMPARE(a.quorumMaster, u"10.0.0.1"_s);
        QVERIFY(estimate.quorumText(Phase::PhaseA).contains(u"one leader election when the leader 10.0.0.1 restarts last"_s));
        QCOMPARE(estimate.figures(Phase::PhaseB).restarts, 0);
        QCOMPARE(estimate.totalMs(), 2000 + a.durationMs + RunEstimate::DefaultVerifyMs);
    }

    void unknownLeaderStillLeavesOneForPhaseB()
    {
        RunEstimate::Input input = threeMasters();
        input.leader.clear();
        const RunEstimate estimate = RunEstimate::make(input);
        QCOMPARE(estimate.figures(Phase::PhaseA).restarts, 2);
        QCOMPARE(estimate.restartsText(Phase::PhaseA),
                 u"2 restart(s), one at a time, followers first; the leader is left to Phase B."_s);
    }

    void evenEnsembleHasANoQuorumStep()
    {
        RunEstimate::Input input = threeMasters();
        input.masters << u"10.0.0.4"_s;
        input.measured << measured(u"10.0.0.2"_s, 0);
        const RunEstimate estimate = RunEstimate::make(input);
        const auto b = estimate.figures(Phase::PhaseB);
        QCOMPARE(b.restarts, 4);
        // The second restart leaves no side a majority until the leader's restart forms the new one.
        QCOMPARE(b.quorumLossMs, (3900 + 500) + 4500);
        QCOMPARE(b.newMajority.size(), 3);
    }

    void verifyTakesAsLongAsPreflight()
    {
        RunEstimate::Input input = threeMasters();
        QVERIFY(RunEstimate::make(input).text(Phase::Verify).contains(u"preflight's own time was not measured"_s));
        input.preflightMs = 7400;
        const RunEstimate estimate = RunEstimate::make(input);
        QCOMPARE(estimate.figures(Phase::Verify).durationMs, 7400);
        QCOMPARE(estimate.text(Phase::Verify),
                 u"No restarts: ZooKeeper keeps serving.\nExpected duration: about 7 s.\nBased on how long "
                 u"preflight took: it reads the same masters and the same tree."_s);
    }

    void durationsInWords()
    {
        QCOMPARE(RunEstimate::duration(400), u"about 1 s"_s);
        QCOMPARE(RunEstimate::duration(12400), u"about 12 s"_s);
        QCOMPARE(RunEstimate::duration(150000), u"about 2.5 min"_s);
    }
};

QTEST_GUILESS_MAIN(TestRunEstimate)
#include "TestRunEstimate.moc"
