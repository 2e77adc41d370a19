#include "ZooKeeperEnsemble.h"

#include "probe/CanarySession.h"
#include "probe/SequencedWriter.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// The writer and the canary against a real 3-server ensemble (127.0.6.21-23) while servers are
// killed and restarted: what a migration does to an ensemble, minus Exhibitor.
class TestSequencedWriter : public QObject
{
    Q_OBJECT

private:
    static qint64 acknowledged(const SequencedWriter &writer)
    {
        return writer.report().acknowledged;
    }

    static void dump(const SequencedWriter &writer)
    {
        const SequencedWriter::Report r = writer.report();
        qInfo("issued %lld, acknowledged %lld, failed %lld, pending %lld, longest unavailable %lld ms from %lld ms,"
              " %d session(s) expired",
              r.issued, r.acknowledged, r.failed, r.pending, r.longestUnavailableMs, r.unavailableFromMs,
              r.sessionsExpired);
    }

    static qint64 verifyAcknowledged(SequencedWriter &writer)
    {
        QSignalSpy spy(&writer, &SequencedWriter::acknowledgedVerified);
        writer.verifyAcknowledged();
        if (!spy.wait(10000))
            return -2;
        return spy.at(0).at(0).toLongLong();
    }

    void startCanary(CanarySession &canary, const QString &connectString, const QString &path)
    {
        QSignalSpy ready(&canary, &CanarySession::ready);
        canary.start(connectString, path, "canary", 10000);
        QVERIFY(ready.wait(15000));
    }

    std::unique_ptr<ZooKeeperEnsemble> m_ensemble;

private slots:
    void initTestCase()
    {
        ZooKeeperEnsemble::Options options;
        options.firstAddress = 21;
        m_ensemble = std::make_unique<ZooKeeperEnsemble>(options);
        QString error;
        QVERIFY2(m_ensemble->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_ensemble.reset();
    }

    void healthyEnsemble()
    {
        SequencedWriter writer;
        writer.setBasePath(QStringLiteral("/writer-healthy"));
        QSignalSpy started(&writer, &SequencedWriter::started);
        writer.start(m_ensemble->connectString());
        QVERIFY(started.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged(writer) >= 20, 15000);
        writer.stop();
        QTRY_COMPARE_WITH_TIMEOUT(writer.report().pending, qint64(0), 10000);
        dump(writer);
        const SequencedWriter::Report report = writer.report();
        QCOMPARE(report.failed, qint64(0));
        QCOMPARE(report.acknowledged, report.issued);
        // About one 50 ms interval; generous for a loaded CI machine.
        QVERIFY2(report.longestUnavailableMs < 1000, qPrintable(QString::number(report.longestUnavailableMs)));
        QCOMPARE(verifyAcknowledged(writer), qint64(0));
        // Sequence numbers in order of issue.
        for (qsizetype i = 0; i < writer.writes().size(); ++i)
            QCOMPARE(writer.writes().at(i).sequence, qint64(i));
    }

    void followerKilledNoFailedWrites()
    {
        const int leader = m_ensemble->leader();
        const QList<int> followers = m_ensemble->followers();
        QVERIFY(leader > 0);
        QCOMPARE(followers.size(), 2);
        const int victim = followers.at(1);
        // The clients talk to the servers that stay up, as clients of the other masters would.
        const QString connectString = m_ensemble->connectString({leader, followers.at(0)});

        CanarySession canary;
        startCanary(canary, connectString, QStringLiteral("/canary-follower"));
        SequencedWriter writer;
        writer.setBasePath(QStringLiteral("/writer-follower"));
        QSignalSpy started(&writer, &SequencedWriter::started);
        writer.start(connectString);
        QVERIFY(started.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged(writer) >= 10, 15000);

        m_ensemble->kill(victim);
        const qint64 atKill = acknowledged(writer);
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged(writer) >= atKill + 20, 15000); // a second of writes with 2 of 3
        QString error;
        QVERIFY2(m_ensemble->startServer(victim, &error), qPrintable(error));
        QVERIFY2(m_ensemble->waitUntilServing({victim}, 60000, &error), qPrintable(error));
        const qint64 atRestart = acknowledged(writer);
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged(writer) >= atRestart + 10, 15000);

        writer.stop();
        QTRY_COMPARE_WITH_TIMEOUT(writer.report().pending, qint64(0), 10000);
        dump(writer);
        const SequencedWriter::Report report = writer.report();
        QCOMPARE(report.failed, qint64(0));
        QCOMPARE(report.sessionsExpired, 0);
        QVERIFY2(report.longestUnavailableMs < 3000, qPrintable(QString::number(report.longestUnavailableMs)));
        QCOMPARE(verifyAcknowledged(writer), qint64(0));

        QVERIFY(canary.survived());
        QSignalSpy checked(&canary, &CanarySession::checked);
        canary.check();
        QVERIFY(checked.wait(10000));
        QVERIFY(checked.at(0).at(0).toBool());
    }

    void quorumLostAndRestored()
    {
        QString error;
        QVERIFY2(m_ensemble->waitUntilServing(m_ensemble->ids(), 60000, &error), qPrintable(error));
        const QString connectString = m_ensemble->connectString();
        CanarySession canary;
        startCanary(canary, connectString, QStringLiteral("/canary-quorum"));
        SequencedWriter writer;
        writer.setBasePath(QStringLiteral("/writer-quorum"));
        QSignalSpy started(&writer, &SequencedWriter::started);
        writer.start(connectString);
        QVERIFY(started.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged(writer) >= 10, 15000);

        // Two of three down: the survivor stops serving, nothing can be written.
        const int leader = m_ensemble->leader();
        const int survivor = m_ensemble->followers().value(0);
        QVERIFY(leader > 0 && survivor > 0);
        QList<int> killed;
        for (int id : m_ensemble->ids()) {
            if (id != survivor)
                killed.append(id);
        }
        const qint64 killedAt = writer.elapsedMs();
        for (int id : std::as_const(killed))
            m_ensemble->kill(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_ensemble->mode(survivor).isEmpty(), 10000);
        const qint64 ackedWhileDown = acknowledged(writer);

        for (int id : std::as_const(killed))
            QVERIFY2(m_ensemble->startServer(id, &error), qPrintable(error));
        QVERIFY2(m_ensemble->waitUntilServing(m_ensemble->ids(), 60000, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged(writer) >= ackedWhileDown + 10, 20000);
        const qint64 restoredAt = writer.elapsedMs();

        writer.stop();
        QTRY_COMPARE_WITH_TIMEOUT(writer.report().pending, qint64(0), 15000);
        dump(writer);
        const SequencedWriter::Report report = writer.report();
        // The outage is in the report: a window that starts around the kill and lasts while
        // the ensemble had no quorum.
        QVERIFY2(report.longestUnavailableMs >= 300, qPrintable(QString::number(report.longestUnavailableMs)));
        QVERIFY(report.unavailableFromMs >= killedAt - 1000);
        QVERIFY(report.unavailableFromMs <= restoredAt);
        QVERIFY(report.unavailableFromMs + report.longestUnavailableMs <= restoredAt + 1000);
        // Nothing acknowledged was lost.
        QCOMPARE(verifyAcknowledged(writer), qint64(0));

        // A short outage, well under the 10 s session timeout: the canary's session survives.
        QSignalSpy checked(&canary, &CanarySession::checked);
        canary.check();
        QVERIFY(checked.wait(15000));
        QVERIFY(checked.at(0).at(0).toBool());
        QVERIFY(canary.survived());
    }
};

QTEST_GUILESS_MAIN(TestSequencedWriter)
#include "TestSequencedWriter.moc"
