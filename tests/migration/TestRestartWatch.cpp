// RestartWatch: a restarted master's known states (Exhibitor bouncing ZooKeeper, systemd looping
// the unit) on hand-made polls, as ZooKeeper and systemctl answer them.
#include "migration/RestartWatch.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kMaster = u"10.0.0.1"_s;
const QDateTime kStart = QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC);

MasterPoll poll(const QString &zooKeeper, const QString &unitState)
{
    MasterPoll probe;
    probe.master = kMaster;
    if (zooKeeper == "down"_L1)
        probe.srvr = FourLetterWordReply::unreachable("srvr", u"Connection refused"_s);
    else if (zooKeeper == "not serving"_L1)
        probe.srvr = FourLetterWordReply::parse("srvr", "This ZooKeeper instance is not currently serving requests\n");
    else
        probe.srvr = FourLetterWordReply::parse("srvr", "Zookeeper version: 3.4.13\nZxid: 0x100000001\nMode: follower\n");
    probe.unitActive = unitState == "active"_L1;
    probe.unitState = unitState;
    return probe;
}

} // namespace

class TestRestartWatch : public QObject
{
    Q_OBJECT

private slots:
    void exhibitorBouncingAZooKeeperThatDoesNotServe()
    {
        RestartWatch watch(kMaster, u"dcos-exhibitor"_s);
        QVERIFY(watch.observe(poll(u"down"_s, u"active"_s), kStart).isEmpty()); // not started yet: no bounce
        QVERIFY(watch.observe(poll(u"not serving"_s, u"active"_s), kStart.addSecs(30)).isEmpty());
        QVERIFY(watch.observe(poll(u"not serving"_s, u"active"_s), kStart.addSecs(60)).isEmpty());
        const QStringList lines = watch.observe(poll(u"down"_s, u"active"_s), kStart.addSecs(71));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.constFirst().startsWith(u"10.0.0.1: Exhibitor restarted ZooKeeper after 41.0 s without serving"_s),
                 qPrintable(lines.constFirst()));
        QVERIFY(lines.constFirst().contains(u"Bounce 1; the gate keeps waiting."_s));
        QCOMPARE(watch.bounces(), 1);
        // Down for several polls is one bounce; up and down again is the second.
        QVERIFY(watch.observe(poll(u"down"_s, u"active"_s), kStart.addSecs(72)).isEmpty());
        QVERIFY(watch.observe(poll(u"not serving"_s, u"active"_s), kStart.addSecs(80)).isEmpty());
        QCOMPARE(watch.observe(poll(u"down"_s, u"active"_s), kStart.addSecs(121)).size(), 1);
        QCOMPARE(watch.bounces(), 2);
        QCOMPARE(watch.summary(), u"Exhibitor restarted ZooKeeper 2 time(s) while it did not serve"_s);
    }

    void aStoppedUnitIsNoBounce()
    {
        RestartWatch watch(kMaster, u"dcos-exhibitor"_s);
        watch.observe(poll(u"not serving"_s, u"active"_s), kStart);
        // ZooKeeper gone with its unit: systemd's doing, not Exhibitor's monitor.
        QVERIFY(watch.observe(poll(u"down"_s, u"activating"_s), kStart.addSecs(5)).isEmpty());
        QVERIFY(watch.observe(poll(u"down"_s, u"inactive"_s), kStart.addSecs(6)).isEmpty());
        QCOMPARE(watch.bounces(), 0);
        QVERIFY(watch.summary().isEmpty());
    }

    void unitLoopingInActivating()
    {
        RestartWatch watch(kMaster, u"dcos-exhibitor"_s);
        // DC/OS 2.2's ExecStartPost holds a healthy start in "activating" for up to 60 s.
        for (int s = 0; s <= 60; s += 5)
            QVERIFY(watch.observe(poll(u"down"_s, u"activating"_s), kStart.addSecs(s)).isEmpty());
        QVERIFY(!watch.isLooping());
        QVERIFY(watch.observe(poll(u"down"_s, u"activating (auto-restart)"_s), kStart.addSecs(70)).isEmpty());
        const QStringList lines = watch.observe(poll(u"down"_s, u"activating"_s), kStart.addSecs(75));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.constFirst().startsWith(u"10.0.0.1: dcos-exhibitor has been 'activating' for 75 s"_s),
                 qPrintable(lines.constFirst()));
        QVERIFY(lines.constFirst().contains(u"not in the static ensemble"_s));
        QVERIFY(watch.isLooping());
        // Said once.
        QVERIFY(watch.observe(poll(u"down"_s, u"activating"_s), kStart.addSecs(80)).isEmpty());
        QCOMPARE(watch.summary(), u"dcos-exhibitor kept failing to start (systemd 'activating' in a loop)"_s);
    }

    void activeAgainResetsTheLoopClock()
    {
        RestartWatch watch(kMaster, u"dcos-exhibitor"_s);
        watch.observe(poll(u"down"_s, u"activating"_s), kStart);
        watch.observe(poll(u"not serving"_s, u"active"_s), kStart.addSecs(50));
        watch.observe(poll(u"down"_s, u"activating"_s), kStart.addSecs(60));
        QVERIFY(watch.observe(poll(u"down"_s, u"activating"_s), kStart.addSecs(100)).isEmpty());
        QVERIFY(!watch.isLooping());
    }
};

QTEST_GUILESS_MAIN(TestRestartWatch)
#include "TestRestartWatch.moc"
