// RestartPlanner: followers first and the leader last; Phase B's majority logic; resume and
// rollback from the middle of a renumbering.
#include "migration/RestartPlanner.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Gate = RestartPlanner::Gate;
using Master = RestartPlanner::Master;

class TestRestartPlanner : public QObject
{
    Q_OBJECT

private:
    static QList<Master> masters(int count, int leader, bool compatible)
    {
        QList<Master> list;
        for (int i = 0; i < count; ++i)
            list << Master{QStringLiteral("m%1").arg(i), compatible, true, i == leader};
        return list;
    }
    static QStringList order(const QList<RestartPlanner::Step> &steps)
    {
        QStringList names;
        for (const auto &step : steps)
            names << step.master;
        return names;
    }
    static QList<Gate> gates(const QList<RestartPlanner::Step> &steps)
    {
        QList<Gate> list;
        for (const auto &step : steps)
            list << step.gate;
        return list;
    }

private slots:
    void majority()
    {
        QCOMPARE(RestartPlanner::majority(1), 1);
        QCOMPARE(RestartPlanner::majority(3), 2);
        QCOMPARE(RestartPlanner::majority(4), 3);
        QCOMPARE(RestartPlanner::majority(5), 3);
    }

    void phaseAFollowersFirstLeaderLast()
    {
        const auto steps = RestartPlanner::plan(masters(5, 2, true));
        QCOMPARE(order(steps), (QStringList{u"m0"_s, u"m1"_s, u"m3"_s, u"m4"_s, u"m2"_s}));
        QCOMPARE(gates(steps), QList<Gate>(5, Gate::Normal));
    }

    void phaseAResumeSkipsDone()
    {
        auto list = masters(5, 4, true);
        list[0].needsRestart = false;
        list[3].needsRestart = false;
        QCOMPARE(order(RestartPlanner::plan(list)), (QStringList{u"m1"_s, u"m2"_s, u"m4"_s}));
    }

    void phaseBFiveMasters()
    {
        // The old leader (m1) goes third: the restart that gives the new numbering its majority.
        const auto steps = RestartPlanner::plan(masters(5, 1, false));
        QCOMPARE(order(steps), (QStringList{u"m0"_s, u"m2"_s, u"m1"_s, u"m3"_s, u"m4"_s}));
        QCOMPARE(gates(steps), (QList<Gate>{Gate::OldQuorumHolds, Gate::OldQuorumHolds, Gate::NewEnsembleForms,
                                            Gate::Normal, Gate::Normal}));
        // The groups after each restart: the old one loses a member each time.
        QCOMPARE(steps.at(1).newGroup, (QStringList{u"m0"_s, u"m2"_s}));
        QCOMPARE(steps.at(1).oldGroup, (QStringList{u"m1"_s, u"m3"_s, u"m4"_s}));
        QCOMPARE(steps.at(2).oldGroup, (QStringList{u"m3"_s, u"m4"_s}));
        QCOMPARE(steps.at(2).newGroup.size(), 3);
    }

    void phaseBLeadersIdAfterNewEnsemble()
    {
        // m0's canonical ID is the ID the old leader (m2) runs under: it must not run the new
        // numbering while the old ensemble does (the old servers' votes would elect it), so it
        // goes after the restart that forms the new ensemble.
        auto list = masters(5, 2, false);
        list[0].takesLeadersId = true;
        const auto steps = RestartPlanner::plan(list);
        QCOMPARE(order(steps), (QStringList{u"m1"_s, u"m3"_s, u"m2"_s, u"m4"_s, u"m0"_s}));
        QCOMPARE(gates(steps), (QList<Gate>{Gate::OldQuorumHolds, Gate::OldQuorumHolds, Gate::NewEnsembleForms,
                                            Gate::Normal, Gate::Normal}));
        // Three masters: one follower before the leader, and it is not the one with its ID.
        auto three = masters(3, 1, false);
        three[0].takesLeadersId = true;
        QCOMPARE(order(RestartPlanner::plan(three)), (QStringList{u"m2"_s, u"m1"_s, u"m0"_s}));
        // Once the target numbering has a majority the flag changes nothing.
        auto resumed = masters(5, 4, false);
        resumed[0] = Master{u"m0"_s, true, false, false};
        resumed[1] = Master{u"m1"_s, true, false, false};
        resumed[2] = Master{u"m2"_s, true, false, false};
        resumed[3].takesLeadersId = true;
        QCOMPARE(order(RestartPlanner::plan(resumed)), (QStringList{u"m3"_s, u"m4"_s}));
    }

    void phaseBMigrationDefaultEveryLeader()
    {
        // tests/migration's default topology (old IDs as Exhibitor handed them out, canonical IDs by
        // address), with each master as the old leader. The majority-th restart must be the old
        // leader's: RestartOperation stops that step's old group (the old followers) before it and
        // restarts the leader only once they are gone, so no old-numbered server is left LOOKING
        // without its leader, voting under an old ID that the new numbering gives to a running
        // master (the new-ensemble failure of TestMigrationSim's dcos row with .122 leading).
        const QStringList names{u".104"_s, u".122"_s, u".169"_s, u".193"_s, u".203"_s};
        const QMap<QString, int> oldIds{{u".104"_s, 5}, {u".122"_s, 4}, {u".169"_s, 3}, {u".193"_s, 1}, {u".203"_s, 2}};
        const QMap<QString, int> newIds{{u".104"_s, 1}, {u".122"_s, 2}, {u".169"_s, 3}, {u".193"_s, 4}, {u".203"_s, 5}};
        for (const QString &leader : names) {
            QList<Master> list;
            QString twin;
            for (const QString &name : names) {
                const bool takes = name != leader && newIds.value(name) == oldIds.value(leader);
                if (takes)
                    twin = name;
                list << Master{name, false, true, name == leader, takes};
            }
            const auto steps = RestartPlanner::plan(list);
            QCOMPARE(steps.size(), 5);
            const auto &majorityTh = steps.at(2);
            QCOMPARE(majorityTh.master, leader);
            QCOMPARE(majorityTh.gate, Gate::NewEnsembleForms);
            QCOMPARE(majorityTh.oldGroup.size(), 2);
            QVERIFY(!majorityTh.oldGroup.contains(leader));
            if (!twin.isEmpty()) {
                // The master with the leader's ID is on the old numbering (stopped) at that moment.
                QVERIFY2(majorityTh.oldGroup.contains(twin), qPrintable(leader));
                QVERIFY(steps.at(0).master != twin && steps.at(1).master != twin);
            }
        }
        // The arrangement of the failure: .122 (old ID 4) leads, .193 takes ID 4.
        auto list = QList<Master>{{u".104"_s, false, true, false}, {u".122"_s, false, true, true},
                                  {u".169"_s, false, true, false}, {u".193"_s, false, true, false, true},
                                  {u".203"_s, false, true, false}};
        const auto steps = RestartPlanner::plan(list);
        QCOMPARE(order(steps), (QStringList{u".104"_s, u".169"_s, u".122"_s, u".203"_s, u".193"_s}));
        QCOMPARE(steps.at(2).oldGroup, (QStringList{u".193"_s, u".203"_s}));
    }

    void phaseBThreeMasters()
    {
        const auto steps = RestartPlanner::plan(masters(3, 0, false));
        QCOMPARE(order(steps), (QStringList{u"m1"_s, u"m0"_s, u"m2"_s}));
        QCOMPARE(gates(steps), (QList<Gate>{Gate::OldQuorumHolds, Gate::NewEnsembleForms, Gate::Normal}));
    }

    void phaseBEvenCountHasNoQuorumStep()
    {
        const auto steps = RestartPlanner::plan(masters(4, 3, false));
        QCOMPARE(order(steps), (QStringList{u"m0"_s, u"m1"_s, u"m3"_s, u"m2"_s}));
        QCOMPARE(gates(steps), (QList<Gate>{Gate::OldQuorumHolds, Gate::NoQuorumExpected, Gate::NewEnsembleForms,
                                            Gate::Normal}));
    }

    void phaseBResumeAfterTwo()
    {
        // Two masters already run the canonical numbering (restarted before the interruption).
        auto list = masters(5, 4, false);
        list[0] = Master{u"m0"_s, true, false, false};
        list[1] = Master{u"m1"_s, true, false, false};
        const auto steps = RestartPlanner::plan(list);
        QCOMPARE(order(steps), (QStringList{u"m4"_s, u"m2"_s, u"m3"_s}));
        QCOMPARE(gates(steps), (QList<Gate>{Gate::NewEnsembleForms, Gate::Normal, Gate::Normal}));
    }

    void rollbackWithForeignMinority()
    {
        // Phase B restarted one master, then stopped: it runs the canonical numbering, the other
        // four the original (and need a restart for the backend). It joins them first.
        auto list = masters(5, 2, true);
        list[4].compatible = false;
        const auto steps = RestartPlanner::plan(list);
        QCOMPARE(order(steps), (QStringList{u"m4"_s, u"m0"_s, u"m1"_s, u"m3"_s, u"m2"_s}));
        QCOMPARE(gates(steps), QList<Gate>(5, Gate::Normal));
    }

    void rollbackWithForeignMajority()
    {
        // Three of five run canonical IDs: the two original ones are restarted first (the
        // canonical side holds quorum), then the renumbering back.
        auto list = masters(5, 0, false);
        list[3].compatible = true;
        list[4].compatible = true;
        const auto steps = RestartPlanner::plan(list);
        QCOMPARE(order(steps), (QStringList{u"m3"_s, u"m4"_s, u"m0"_s, u"m1"_s, u"m2"_s}));
        QCOMPARE(gates(steps), (QList<Gate>{Gate::OldQuorumHolds, Gate::OldQuorumHolds, Gate::NewEnsembleForms,
                                            Gate::Normal, Gate::Normal}));
    }

    void nothingToDo()
    {
        auto list = masters(3, 0, true);
        for (auto &master : list)
            master.needsRestart = false;
        QVERIFY(RestartPlanner::plan(list).isEmpty());
    }

    void singleMaster()
    {
        const auto steps = RestartPlanner::plan(masters(1, 0, false));
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().gate, Gate::NewEnsembleForms);
    }

    void descriptions()
    {
        for (Gate gate : {Gate::Normal, Gate::OldQuorumHolds, Gate::NewEnsembleForms, Gate::NoQuorumExpected}) {
            QVERIFY(!RestartPlanner::gateDescription(gate).isEmpty());
            QVERIFY(!RestartPlanner::gateKey(gate).isEmpty());
        }
    }
};

QTEST_APPLESS_MAIN(TestRestartPlanner)
#include "TestRestartPlanner.moc"
