#include "ZooKeeperEnsemble.h"

#include "probe/FourLetterWordProbe.h"
#include "probe/ZkClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

// Against a real 3-server ensemble (127.0.6.1-3) and a standalone server that whitelists only
// srvr (127.0.6.4), as DC/OS 3.5+ masters would by default.
class TestFourLetterWordProbe : public QObject
{
    Q_OBJECT

private:
    static FourLetterWordReply ask(const QString &host, quint16 port, const QByteArray &word, int timeout = 3000)
    {
        FourLetterWordProbe probe(host, port, word);
        probe.setTimeout(timeout);
        QSignalSpy spy(&probe, &FourLetterWordProbe::finished);
        probe.start();
        if (!spy.wait(timeout + 5000))
            return FourLetterWordReply::unreachable(word, QStringLiteral("test: no finished()"));
        [&] { QCOMPARE(spy.size(), 1); }();
        return spy.at(0).at(0).value<FourLetterWordReply>();
    }

    FourLetterWordReply ask(int id, const QByteArray &word)
    {
        return ask(m_ensemble->host(id), m_ensemble->clientPort(id), word);
    }

    std::unique_ptr<ZooKeeperEnsemble> m_ensemble;
    std::unique_ptr<ZooKeeperEnsemble> m_restricted;

private slots:
    void initTestCase()
    {
        m_ensemble = std::make_unique<ZooKeeperEnsemble>();
        ZooKeeperEnsemble::Options options;
        options.size = 1;
        options.firstAddress = 4;
        options.whitelist = QStringLiteral("srvr");
        m_restricted = std::make_unique<ZooKeeperEnsemble>(options);
        QString error;
        QVERIFY2(m_ensemble->start(&error), qPrintable(error));
        QVERIFY2(m_restricted->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_ensemble.reset();
        m_restricted.reset();
    }

    void srvrOnLeaderAndFollowers()
    {
        const int leader = m_ensemble->leader();
        QVERIFY(leader > 0);
        const FourLetterWordReply leaderReply = ask(leader, "srvr");
        QCOMPARE(leaderReply.status, FourLetterWordReply::Status::Ok);
        QCOMPARE(leaderReply.mode, QStringLiteral("leader"));
        QVERIFY(leaderReply.zxid > 0); // the epoch is in the high 32 bits from the first election on
        QVERIFY(leaderReply.isServing());

        const QList<int> followers = m_ensemble->followers();
        QCOMPARE(followers.size(), 2);
        for (int id : followers) {
            const FourLetterWordReply reply = ask(id, "srvr");
            QCOMPARE(reply.mode, QStringLiteral("follower"));
            // Until the first write of the new epoch a follower still reports its old zxid
            // (0x0 on a fresh ensemble) while the leader reports 0x<epoch>00000000.
            QVERIFY(reply.zxid >= 0 && reply.zxid <= leaderReply.zxid);
        }
    }

    void zxidsConvergeAfterWrite()
    {
        // What the settle gate relies on: after a write, every follower reports the leader's zxid.
        ZkClient client;
        QSignalSpy connected(&client, &ZkClient::connected);
        QVERIFY(client.open(m_ensemble->connectString(), 4000));
        QVERIFY(connected.wait(15000));
        bool written = false;
        client.create(QStringLiteral("/zxid-probe"), "x", ZkClient::Persistent, this,
                      [&written](const ZkResult &result) { written = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
        const qint64 leaderZxid = ask(m_ensemble->leader(), "srvr").zxid;
        QVERIFY(leaderZxid > 0);
        for (int id : m_ensemble->followers())
            QTRY_COMPARE_WITH_TIMEOUT(ask(id, "srvr").zxid, leaderZxid, 10000);
    }

    void confGivesServerId()
    {
        for (int id : m_ensemble->ids()) {
            const FourLetterWordReply reply = ask(id, "conf");
            QCOMPARE(reply.status, FourLetterWordReply::Status::Ok);
            QCOMPARE(reply.serverId, id);
            QCOMPARE(reply.servers.size(), 3);
            QVERIFY(reply.servers.value(id).startsWith(m_ensemble->host(id) + QLatin1Char(':')));
        }
    }

    void ruok()
    {
        const FourLetterWordReply reply = ask(1, "ruok");
        QCOMPARE(reply.status, FourLetterWordReply::Status::Ok);
        QVERIFY(reply.imok);
    }

    void mntr()
    {
        const int leader = m_ensemble->leader();
        const FourLetterWordReply reply = ask(leader, "mntr");
        QCOMPARE(reply.status, FourLetterWordReply::Status::Ok);
        QCOMPARE(reply.mode, QStringLiteral("leader"));
        QVERIFY(reply.nodeCount > 0);
        // Followers sync right after the election; under load this may take a moment.
        QTRY_COMPARE_WITH_TIMEOUT(ask(leader, "mntr").syncedFollowers(), 2, 10000);
        QCOMPARE(ask(m_ensemble->followers().value(0), "mntr").mode, QStringLiteral("follower"));
    }

    void notWhitelisted()
    {
        const QString host = m_restricted->host(1);
        const quint16 port = m_restricted->clientPort(1);
        const FourLetterWordReply srvr = ask(host, port, "srvr");
        QCOMPARE(srvr.mode, QStringLiteral("standalone"));
        QVERIFY(srvr.zxid >= 0);

        for (const QByteArray &word : {QByteArray("conf"), QByteArray("ruok"), QByteArray("mntr")}) {
            const FourLetterWordReply reply = ask(host, port, word);
            QCOMPARE(reply.status, FourLetterWordReply::Status::NotWhitelisted);
            QCOMPARE(reply.serverId, 0);
            QVERIFY(!reply.imok);
        }
    }

    void stoppedServerIsUnreachable()
    {
        // A standalone server of our own, so the ensemble stays whole for the other tests.
        ZooKeeperEnsemble::Options options;
        options.size = 1;
        options.firstAddress = 5;
        ZooKeeperEnsemble single(options);
        QString error;
        QVERIFY2(single.start(&error), qPrintable(error));
        QCOMPARE(ask(single.host(1), single.clientPort(1), "srvr").mode, QStringLiteral("standalone"));
        single.kill(1);
        const FourLetterWordReply reply = ask(single.host(1), single.clientPort(1), "srvr");
        QCOMPARE(reply.status, FourLetterWordReply::Status::Unreachable);
        QVERIFY2(reply.errorText.contains(QLatin1String("refused")), qPrintable(reply.errorText));
        QVERIFY(!reply.isServing());
    }

    void silentPeerTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.6.6")), 0));
        const FourLetterWordReply reply = ask(QStringLiteral("127.0.6.6"), silent.serverPort(), "srvr", 300);
        QCOMPARE(reply.status, FourLetterWordReply::Status::Unreachable);
        QVERIFY2(reply.errorText.contains(QLatin1String("did not answer")), qPrintable(reply.errorText));
    }

    void queryDeletesItself()
    {
        FourLetterWordReply received;
        QPointer<FourLetterWordProbe> probe = FourLetterWordProbe::query(
            m_ensemble->host(1), m_ensemble->clientPort(1), "ruok", this,
            [&received](const FourLetterWordReply &reply) { received = reply; });
        QTRY_VERIFY(received.imok);
        QTRY_VERIFY(probe.isNull());
    }

    void quorumLossIsNotServing()
    {
        // Runs last: it takes the ensemble down to one server.
        const QList<int> followers = m_ensemble->followers();
        QCOMPARE(followers.size(), 2);
        const int leader = m_ensemble->leader();
        m_ensemble->kill(followers.at(0));
        m_ensemble->kill(followers.at(1));
        QTRY_COMPARE_WITH_TIMEOUT(ask(leader, "srvr").status, FourLetterWordReply::Status::NotServing, 15000);
        // ruok only says the process runs: it still answers.
        QVERIFY(ask(leader, "ruok").imok);
    }
};

QTEST_GUILESS_MAIN(TestFourLetterWordProbe)
#include "TestFourLetterWordProbe.moc"
