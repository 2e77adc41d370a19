// SettleGate: the settle gate's rules on hand-made polls (srvr/conf replies as ZooKeeper 3.8
// prints them).
#include "migration/SettleGate.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

FourLetterWordReply srvr(const QString &mode, qint64 zxid)
{
    if (mode == "down"_L1)
        return FourLetterWordReply::unreachable("srvr", u"Connection refused"_s);
    if (mode == "not serving"_L1)
        return FourLetterWordReply::parse("srvr", "This ZooKeeper instance is not currently serving requests\n");
    return FourLetterWordReply::parse("srvr", u"Zookeeper version: 3.8.0\nLatency min/avg/max: 0/0.0/0\nReceived: 1\n"
                                              u"Sent: 1\nConnections: 1\nOutstanding: 0\nZxid: 0x%1\nMode: %2\n"
                                              u"Node count: 5\n"_s.arg(QString::number(zxid, 16), mode).toLatin1());
}

MasterPoll poll(const QString &master, const QString &mode, qint64 zxid, int confId = 0, bool unitActive = true)
{
    MasterPoll probe;
    probe.master = master;
    probe.srvr = srvr(mode, zxid);
    if (confId > 0)
        probe.conf = FourLetterWordReply::parse("conf", u"clientPort=2181\nserverId=%1\n"_s.arg(confId).toLatin1());
    probe.unitActive = unitActive;
    probe.unitState = unitActive ? u"active"_s : u"activating"_s;
    return probe;
}

RestartPlanner::Step step(const QString &master, RestartPlanner::Gate gate, const QStringList &newGroup = {},
                          const QStringList &oldGroup = {})
{
    return RestartPlanner::Step{master, gate, newGroup, oldGroup};
}

const QString A = u"a"_s, B = u"b"_s, C = u"c"_s, D = u"d"_s, E = u"e"_s;
const QString Leader = u"leader"_s, Follower = u"follower"_s, NotServing = u"not serving"_s, Down = u"down"_s;

} // namespace

Q_DECLARE_METATYPE(MasterPoll)

class TestSettleGate : public QObject
{
    Q_OBJECT

private slots:
    void normalPassesAfterTouch()
    {
        const ClusterSnapshot snapshot({poll(A, Follower, 0x100000010, 1), poll(B, Leader, 0x100000010),
                                        poll(C, Follower, 0x100000010)});
        const auto normal = step(A, RestartPlanner::Gate::Normal);
        // Everything holds but the write: the waiter is asked to write.
        auto verdict = SettleGate::evaluate(normal, 1, snapshot, -1, true);
        QVERIFY(!verdict.passed);
        QVERIFY(verdict.wantsTouch);
        // The restarted master has not applied the write yet.
        verdict = SettleGate::evaluate(normal, 1, snapshot, 0x100000011, true);
        QVERIFY(!verdict.passed);
        QVERIFY(!verdict.wantsTouch);
        QCOMPARE(verdict.waitingFor.size(), 1);
        // It has.
        verdict = SettleGate::evaluate(normal, 1, snapshot, 0x100000010, true);
        QVERIFY2(verdict.passed, qPrintable(verdict.waitingFor.join(u"; "_s)));
    }

    void normalWithoutTouchComparesWithLeader()
    {
        const ClusterSnapshot behind({poll(A, Follower, 0x10000000f, 1), poll(B, Leader, 0x100000010)});
        QVERIFY(!SettleGate::evaluate(step(A, RestartPlanner::Gate::Normal), 1, behind, -1, false).passed);
        const ClusterSnapshot caughtUp({poll(A, Follower, 0x100000010, 1), poll(B, Leader, 0x100000010)});
        QVERIFY(SettleGate::evaluate(step(A, RestartPlanner::Gate::Normal), 1, caughtUp, -1, false).passed);
        // ZooKeeper 3.8: a new epoch without writes yet; the follower still reports the old epoch.
        const ClusterSnapshot newEpoch({poll(A, Follower, 0x10000000d, 1), poll(B, Leader, 0x200000000)});
        QVERIFY(SettleGate::evaluate(step(A, RestartPlanner::Gate::Normal), 1, newEpoch, -1, false).passed);
    }

    void normalNeedsActiveUnitServingOneLeaderAndMajority_data()
    {
        QTest::addColumn<QList<MasterPoll>>("polls");
        QTest::newRow("unit not active") << QList<MasterPoll>{poll(A, Follower, 9, 1, false), poll(B, Leader, 9),
                                                               poll(C, Follower, 9)};
        QTest::newRow("not serving") << QList<MasterPoll>{poll(A, NotServing, -1, 1), poll(B, Leader, 9),
                                                          poll(C, Follower, 9)};
        QTest::newRow("two leaders") << QList<MasterPoll>{poll(A, Follower, 9, 1), poll(B, Leader, 9), poll(C, Leader, 9)};
        QTest::newRow("no leader") << QList<MasterPoll>{poll(A, Follower, 9, 1), poll(B, Follower, 9),
                                                        poll(C, Follower, 9)};
        QTest::newRow("minority serving") << QList<MasterPoll>{poll(A, Leader, 9, 1), poll(B, Down, -1),
                                                               poll(C, NotServing, -1)};
        QTest::newRow("old ID still running") << QList<MasterPoll>{poll(A, Follower, 9, 7), poll(B, Leader, 9),
                                                                   poll(C, Follower, 9)};
        QTest::newRow("ID unknown") << QList<MasterPoll>{poll(A, Follower, 9), poll(B, Leader, 9), poll(C, Follower, 9)};
    }

    void normalNeedsActiveUnitServingOneLeaderAndMajority()
    {
        QFETCH(QList<MasterPoll>, polls);
        const auto verdict = SettleGate::evaluate(step(A, RestartPlanner::Gate::Normal), 1, ClusterSnapshot(polls), 9, true);
        QVERIFY(!verdict.passed);
        QVERIFY(!verdict.wantsTouch);
        QVERIFY(!verdict.waitingFor.isEmpty());
    }

    void confRefusedIsNoObstacle()
    {
        // ZooKeeper 3.5+ answers only srvr unless whitelisted: the gate cannot compare IDs then.
        MasterPoll restarted = poll(A, Follower, 9);
        restarted.conf = FourLetterWordReply::parse("conf", "conf is not executed because it is not in the whitelist.\n");
        QCOMPARE(restarted.conf->status, FourLetterWordReply::Status::NotWhitelisted);
        const ClusterSnapshot snapshot({restarted, poll(B, Leader, 9), poll(C, Follower, 9)});
        QVERIFY(SettleGate::evaluate(step(A, RestartPlanner::Gate::Normal), 1, snapshot, 9, true).passed);
    }

    void oldQuorumHoldsWhileRestartedDoesNotServe()
    {
        const auto gate = step(A, RestartPlanner::Gate::OldQuorumHolds, {A}, {B, C, D, E});
        // Expected: the renumbered master does not serve; the others do, with one leader.
        ClusterSnapshot snapshot({poll(A, NotServing, -1), poll(B, Leader, 9), poll(C, Follower, 9),
                                  poll(D, Follower, 9), poll(E, Follower, 9)});
        QVERIFY(SettleGate::evaluate(gate, 1, snapshot, -1, true).passed);
        // Its ZooKeeper is not up yet.
        snapshot = ClusterSnapshot({poll(A, Down, -1), poll(B, Leader, 9), poll(C, Follower, 9), poll(D, Follower, 9),
                                    poll(E, Follower, 9)});
        QVERIFY(!SettleGate::evaluate(gate, 1, snapshot, -1, true).passed);
        // The old side lost its leader.
        snapshot = ClusterSnapshot({poll(A, NotServing, -1), poll(B, NotServing, -1), poll(C, Follower, 9),
                                    poll(D, Follower, 9), poll(E, Follower, 9)});
        QVERIFY(!SettleGate::evaluate(gate, 1, snapshot, -1, true).passed);
        // A renumbered master that joined the old leader under its new ID (the leader's ID is the
        // same in both numberings) serves: also fine, as long as it runs the new ID.
        snapshot = ClusterSnapshot({poll(A, Follower, 9, 1), poll(B, Leader, 9), poll(C, Follower, 9),
                                    poll(D, Follower, 9), poll(E, Follower, 9)});
        QVERIFY(SettleGate::evaluate(gate, 1, snapshot, -1, true).passed);
        snapshot = ClusterSnapshot({poll(A, Follower, 9, 5), poll(B, Leader, 9), poll(C, Follower, 9),
                                    poll(D, Follower, 9), poll(E, Follower, 9)});
        QVERIFY(!SettleGate::evaluate(gate, 1, snapshot, -1, true).passed);
    }

    void newEnsembleForms()
    {
        const auto gate = step(C, RestartPlanner::Gate::NewEnsembleForms, {A, B, C}, {D, E});
        // The old side's leader has not noticed it lost quorum yet: two leaders, wait.
        ClusterSnapshot snapshot({poll(A, Leader, 0x200000001), poll(B, Follower, 0x200000001),
                                  poll(C, Follower, 0x200000001, 3), poll(D, Leader, 0x100000009),
                                  poll(E, NotServing, -1)});
        QVERIFY(!SettleGate::evaluate(gate, 3, snapshot, 0x200000001, true).passed);
        snapshot = ClusterSnapshot({poll(A, Leader, 0x200000001), poll(B, Follower, 0x200000001),
                                    poll(C, Follower, 0x200000001, 3), poll(D, NotServing, -1), poll(E, NotServing, -1)});
        QVERIFY(SettleGate::evaluate(gate, 3, snapshot, 0x200000001, true).passed);
    }

    void noQuorumExpected()
    {
        const auto gate = step(B, RestartPlanner::Gate::NoQuorumExpected, {A, B}, {C, D});
        QVERIFY(SettleGate::evaluate(gate, 2,
                                     ClusterSnapshot({poll(A, NotServing, -1), poll(B, NotServing, -1),
                                                      poll(C, NotServing, -1), poll(D, NotServing, -1)}),
                                     -1, true)
                    .passed);
        QVERIFY(!SettleGate::evaluate(gate, 2,
                                      ClusterSnapshot({poll(A, NotServing, -1), poll(B, Down, -1),
                                                       poll(C, NotServing, -1), poll(D, NotServing, -1)}),
                                      -1, true)
                     .passed);
    }

    void singleMasterStandalone()
    {
        const ClusterSnapshot snapshot({poll(A, u"standalone"_s, 0x100000003, 1)});
        QVERIFY(SettleGate::evaluate(step(A, RestartPlanner::Gate::Normal), 1, snapshot, 0x100000003, true).passed);
        QVERIFY(snapshot.hasQuorum());
    }

    void snapshotQuestions()
    {
        const ClusterSnapshot snapshot({poll(A, Follower, 1), poll(B, Leader, 1), poll(C, NotServing, -1)});
        QCOMPARE(snapshot.leader(), B);
        QCOMPARE(snapshot.serving(), (QStringList{A, B}));
        QVERIFY(snapshot.hasQuorum());
        QCOMPARE(snapshot.serving({A, C}), QStringList{A});
        QVERIFY(snapshot.summary().contains("b srvr: leader"_L1));
    }
};

QTEST_APPLESS_MAIN(TestSettleGate)
#include "TestSettleGate.moc"
