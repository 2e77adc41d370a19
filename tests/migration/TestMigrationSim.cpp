// The migration against the simulated cluster (tests/cluster-sim): real sshd, sudo and
// ZooKeeper per master. Full migrations on both topologies under client load, then failures:
// ZooKeeper not starting, sshd gone, the app killed, and rollbacks.
#include "MigrationTestSupport.h"

#include "config/Ensemble.h"
#include "config/ExhibitorEnvFile.h"
#include "migration/MigrationJournal.h"
#include "migration/RestartPlanner.h"
#include "migration/ZooCfg.h"
#include "probe/CanarySession.h"
#include "probe/SequencedWriter.h"

#include <QTemporaryDir>
#include <QTest>

class TestMigrationSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullMigration_data();
    void fullMigration();

private:
    // Original env files, read before anything runs.
    static QMap<QString, QByteArray> envFiles(const SimCluster &sim);
    static void checkMigrated(const SimCluster &sim, const MigrationPlan &plan, const QMap<QString, QByteArray> &before);
};

void TestMigrationSim::initTestCase()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
}

QMap<QString, QByteArray> TestMigrationSim::envFiles(const SimCluster &sim)
{
    QMap<QString, QByteArray> files;
    for (const QString &master : sim.masters())
        files.insert(master, sim.envFile(master));
    return files;
}

void TestMigrationSim::checkMigrated(const SimCluster &sim, const MigrationPlan &plan,
                                     const QMap<QString, QByteArray> &before)
{
    const Ensemble canonical = Ensemble::canonical(sim.masters());
    for (const QString &master : sim.masters()) {
        const QByteArray expected = ExhibitorEnvFile::parse(before.value(master)).renderStatic(canonical.toString());
        QCOMPARE(sim.envFile(master), expected);
        QCOMPARE(sim.origFile(master), before.value(master));
        QCOMPARE(sim.myid(master).trimmed().toInt(), canonical.idOf(master));
        QVERIFY2(ZooCfg::sameNumbering(ZooCfg::servers(sim.zooCfg(master)), canonical), sim.zooCfg(master).constData());
    }
    QCOMPARE(plan.phaseB(), canonical);
}

void TestMigrationSim::fullMigration_data()
{
    QTest::addColumn<QString>("topology");
    QTest::newRow("default") << QStringLiteral("migration-default");
    QTest::newRow("traps") << QStringLiteral("migration-traps");
}

void TestMigrationSim::fullMigration()
{
    QFETCH(QString, topology);
    SimCluster sim(topology);
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = envFiles(sim);
    QTemporaryDir dir;
    const MigrationSetup setup = simSetup(sim, dir.path(), simIds(sim));
    QVERIFY(setup.plan.isValid());

    // A client writing every 50 ms and a session holding an ephemeral node, all through the run.
    // The writer talks to the leader, which Phase A does not restart: a client of a restarted
    // server always sees its requests in flight fail when that server goes down, quorum or not.
    // The canary session may move between servers; it must survive every restart.
    const QString leader = simLeader(sim);
    QVERIFY(!leader.isEmpty());
    SequencedWriter writer;
    writer.setBasePath(QStringLiteral("/emw-test-writer"));
    QSignalSpy writerStarted(&writer, &SequencedWriter::started);
    const QDateTime writerStart = QDateTime::currentDateTimeUtc();
    writer.start(leader + QStringLiteral(":2181"));
    QVERIFY(writerStarted.wait(15000));
    CanarySession canary;
    QSignalSpy canaryReady(&canary, &CanarySession::ready);
    canary.start(sim.connectString(), QStringLiteral("/emw-test-canary"), "canary", 10000);
    QVERIFY(canaryReady.wait(15000));

    const RunResult run = runToEnd(OperationListBuilder::Kind::Migrate, setup, 300000);
    writer.stop();
    QVERIFY2(run.finished, "the run did not finish in time");
    QVERIFY2(run.outcome == RunOutcome::Succeeded, qPrintable(run.message + QLatin1Char('\n') + run.log.join(QLatin1Char('\n'))));
    QCOMPARE(run.checksFailed(), 0);

    // Every acknowledged write is there; the canary session lived through it.
    QSignalSpy verified(&writer, &SequencedWriter::acknowledgedVerified);
    writer.verifyAcknowledged();
    QVERIFY(verified.wait(15000));
    QCOMPARE(verified.first().at(0).toLongLong(), 0);
    QSignalSpy checked(&canary, &CanarySession::checked);
    canary.check();
    QVERIFY(checked.wait(15000));
    QVERIFY(checked.first().at(0).toBool());
    QVERIFY(canary.survived());

    // Phase A: no failed write. Phase B: the longest time without an acknowledged write stays
    // well under the 10 s session timeout.
    const auto [aFrom, aTo] = run.phaseWindow(QStringLiteral("phaseA"));
    const auto [bFrom, bTo] = run.phaseWindow(QStringLiteral("phaseB"));
    QVERIFY(aFrom.isValid() && aTo.isValid());
    int failedInA = 0;
    qint64 lastAck = -1;
    qint64 longestGapInB = 0;
    const qint64 aStart = writerStart.msecsTo(aFrom), aEnd = writerStart.msecsTo(aTo);
    const qint64 bStart = bFrom.isValid() ? writerStart.msecsTo(bFrom) : -1, bEnd = bTo.isValid() ? writerStart.msecsTo(bTo) : -1;
    QList<qint64> acks;
    for (const auto &write : writer.writes()) {
        if (write.failed() && write.issuedMs >= aStart && write.issuedMs <= aEnd)
            ++failedInA;
        if (write.acknowledged())
            acks << write.completedMs;
    }
    std::sort(acks.begin(), acks.end());
    for (qint64 ack : acks) {
        if (bStart >= 0 && ack >= bStart && ack <= bEnd + 1000 && lastAck >= 0)
            longestGapInB = std::max(longestGapInB, ack - lastAck);
        lastAck = ack;
    }
    const auto writes = writer.report();
    qInfo("writes: %lld issued, %lld acknowledged, %lld failed (%d in Phase A); longest gap %lld ms, in Phase B %lld ms; "
          "report: Phase B quorum loss %lld ms",
          writes.issued, writes.acknowledged, writes.failed, failedInA, writes.longestUnavailableMs, longestGapInB,
          qint64(run.report.value(QStringLiteral("longestQuorumLossMs")).toObject().value(QStringLiteral("phaseB")).toDouble()));
    QCOMPARE(failedInA, 0);
    if (setup.plan.phaseBNeeded()) {
        QVERIFY(longestGapInB < 10000);
        const double reported = run.report.value(QStringLiteral("longestQuorumLossMs")).toObject()
                                    .value(QStringLiteral("phaseB")).toDouble();
        QVERIFY(reported < 10000);
    }
    checkMigrated(sim, setup.plan, before);
    QVERIFY(QFile::exists(setup.options.configOutPath));
    QVERIFY(QFile::exists(run.reportDir + QStringLiteral("/report.html")));
}

QTEST_GUILESS_MAIN(TestMigrationSim)
#include "TestMigrationSim.moc"
