#include "probe/FourLetterWordReply.h"

#include <QTest>

// Replies as ZooKeeper 3.4.14 and 3.8.0 print them.
class TestFourLetterWordReply : public QObject
{
    Q_OBJECT

private slots:
    void srvr34Follower()
    {
        const QByteArray reply = "Zookeeper version: 3.4.14-4c25d480e66aadd371de8bd2fd8da255ac140bcf, built on 03/06/2019 16:18 GMT\n"
                                 "Latency min/avg/max: 0/0/12\nReceived: 1204\nSent: 1203\nConnections: 3\nOutstanding: 0\n"
                                 "Zxid: 0x300000a2f\nMode: follower\nNode count: 172\n";
        const FourLetterWordReply r = FourLetterWordReply::parse("srvr", reply);
        QCOMPARE(r.status, FourLetterWordReply::Status::Ok);
        QCOMPARE(r.mode, QStringLiteral("follower"));
        QCOMPARE(r.zxid, Q_INT64_C(0x300000a2f));
        QCOMPARE(r.nodeCount, qint64(172));
        QVERIFY(r.version.startsWith(QLatin1String("3.4.14")));
        QVERIFY(r.isServing());
        QCOMPARE(r.word, QByteArray("srvr"));
        QCOMPARE(r.raw, reply);
    }

    void srvr38Leader()
    {
        const FourLetterWordReply r = FourLetterWordReply::parse(
            "srvr", "Zookeeper version: 3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC\n"
                    "Latency min/avg/max: 0/0.0/0\nReceived: 1\nSent: 0\nConnections: 1\nOutstanding: 0\n"
                    "Zxid: 0x100000000\nMode: leader\nNode count: 5\nProposal sizes last/min/max: -1/-1/-1\n");
        QCOMPARE(r.mode, QStringLiteral("leader"));
        QCOMPARE(r.zxid, Q_INT64_C(0x100000000));
        QCOMPARE(r.nodeCount, qint64(5));
        QCOMPARE(r.summary(), QStringLiteral("srvr: leader, zxid 0x100000000"));
    }

    void notServing()
    {
        const FourLetterWordReply r =
            FourLetterWordReply::parse("srvr", "This ZooKeeper instance is not currently serving requests\n");
        QCOMPARE(r.status, FourLetterWordReply::Status::NotServing);
        QVERIFY(!r.isServing());
        QVERIFY(r.mode.isEmpty());
    }

    void notWhitelisted()
    {
        const FourLetterWordReply r =
            FourLetterWordReply::parse("conf", "conf is not executed because it is not in the whitelist.\n");
        QCOMPARE(r.status, FourLetterWordReply::Status::NotWhitelisted);
        QCOMPARE(r.serverId, 0);
        QVERIFY(r.summary().contains(QLatin1String("whitelist")));
    }

    void conf38()
    {
        const FourLetterWordReply r = FourLetterWordReply::parse(
            "conf", "clientPort=2181\nsecureClientPort=-1\ndataDir=/tmp/zk/version-2\ntickTime=200\n"
                    "serverId=2\ninitLimit=10\nsyncLimit=5\nelectionAlg=3\nelectionPort=3888\nquorumPort=2888\n"
                    "peerType=0\nmembership: \nserver.1=127.0.6.1:2888:3888:participant\n"
                    "server.2=127.0.6.2:2888:3888:participant\nserver.13=127.0.6.3:2888:3888:participant\nversion=0\n");
        QCOMPARE(r.serverId, 2);
        QCOMPARE(r.servers.size(), 3);
        QCOMPARE(r.servers.value(13), QStringLiteral("127.0.6.3:2888:3888:participant"));
        QCOMPARE(r.summary(), QStringLiteral("conf: serverId 2"));
    }

    void conf34()
    {
        // 3.4 prints no membership, only the server's own ID.
        const FourLetterWordReply r = FourLetterWordReply::parse(
            "conf", "clientPort=2181\ndataDir=/var/lib/zookeeper/version-2\nserverId=5\ninitLimit=10\n");
        QCOMPARE(r.serverId, 5);
        QVERIFY(r.servers.isEmpty());
    }

    void ruok()
    {
        QVERIFY(FourLetterWordReply::parse("ruok", "imok").imok);
        QVERIFY(!FourLetterWordReply::parse("ruok", "what").imok);
        QCOMPARE(FourLetterWordReply::parse("ruok", "").status, FourLetterWordReply::Status::Empty);
    }

    void mntrLeader()
    {
        const FourLetterWordReply r = FourLetterWordReply::parse(
            "mntr", "zk_version\t3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC\n"
                    "zk_server_state\tleader\nzk_peer_state\tleading - broadcast\nzk_znode_count\t7\n"
                    "zk_followers\t2\nzk_synced_followers\t2\nzk_pending_syncs\t0\n");
        QCOMPARE(r.mode, QStringLiteral("leader"));
        QCOMPARE(r.nodeCount, qint64(7));
        QCOMPARE(r.syncedFollowers(), 2);
        QCOMPARE(r.metrics.value("zk_peer_state"), QByteArray("leading - broadcast"));
        QVERIFY(r.version.startsWith(QLatin1String("3.8.0")));
    }

    void mntrFollowerHasNoSyncedCount()
    {
        const FourLetterWordReply r = FourLetterWordReply::parse("mntr", "zk_server_state\tfollower\n");
        QCOMPARE(r.mode, QStringLiteral("follower"));
        QCOMPARE(r.syncedFollowers(), -1);
    }

    void unreachable()
    {
        const FourLetterWordReply r = FourLetterWordReply::unreachable("srvr", QStringLiteral("Connection refused"));
        QCOMPARE(r.status, FourLetterWordReply::Status::Unreachable);
        QVERIFY(!r.isServing());
        QVERIFY(r.summary().contains(QLatin1String("Connection refused")));
    }
};

QTEST_GUILESS_MAIN(TestFourLetterWordReply)
#include "TestFourLetterWordReply.moc"
