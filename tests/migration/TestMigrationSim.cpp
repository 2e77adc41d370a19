// The migration against the simulated cluster (tests/cluster-sim): real sshd, sudo and
// ZooKeeper per master. Full migrations on both topologies under client load, then failures:
// ZooKeeper not starting, sshd gone, the app killed, and rollbacks.
#include "MigrationTestSupport.h"

#include "config/Ensemble.h"
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
    void zooKeeperFailsOnThirdRestart();
    void sshdKilledMidPhase();
    void appKilledMidPhase();
    void rollbackAfterCompleteMigration();
    void customDataDirectoryStopsPreflight();

private:
    static void checkMigrated(const SimCluster &sim, const MigrationSetup &setup, const QMap<QString, QByteArray> &before);
    static void checkOriginal(const SimCluster &sim, const QMap<QString, int> &ids, const QMap<QString, QByteArray> &before);
    static void checkHealthy(const SimCluster &sim, int minServing);
    // A quorum loss of 10 s or more is a failure, unless the masters' ZooKeeper logs show the
    // election bug of ZooKeeper 3.8.0 (Debian 12's, which the sim runs; see the function).
    static void expectShortQuorumLoss(const SimCluster &sim, const QDateTime &since, qint64 lossMs, const char *what);
};

void TestMigrationSim::expectShortQuorumLoss(const SimCluster &sim, const QDateTime &since, qint64 lossMs,
                                             const char *what)
{
    // ZOOKEEPER-4685 (fixed after 3.8.0): a follower syncing with a new leader may send the ACK
    // of a pending proposal before its ACK of NEWLEADER; the leader then logs this line, waits
    // initLimit x tickTime (20 s on the dcos profile) and is elected again. No order of restarts
    // avoids it: it is a race between two threads of the follower (bench/README.md, findings).
    static const QByteArray upstreamBug = QByteArrayLiteral("is from a different epoch");
    QStringList evidence;
    if (lossMs >= 10000) {
        for (const QString &master : sim.masters()) {
            for (const QByteArray &line : sim.journal(master).split('\n')) {
                // The sim's journal lines start with the time in seconds since the epoch.
                const qint64 atMs = qint64(line.left(line.indexOf('\t')).toDouble() * 1000);
                if (line.contains(upstreamBug) && (!since.isValid() || atMs >= since.toMSecsSinceEpoch()))
                    evidence << master + QStringLiteral(": ") + QString::fromUtf8(line);
            }
        }
    }
    qInfo("%s: longest quorum loss %lld ms", what, lossMs);
    if (!evidence.isEmpty()) {
        for (const QString &line : evidence)
            qInfo("%s", qPrintable(line));
        QEXPECT_FAIL("", "ZooKeeper 3.8.0's NEWLEADER-ACK race (ZOOKEEPER-4685) held up the election", Continue);
    }
    QVERIFY2(lossMs < 10000, what);
}

void TestMigrationSim::checkOriginal(const SimCluster &sim, const QMap<QString, int> &ids,
                                     const QMap<QString, QByteArray> &before)
{
    for (const QString &master : sim.masters()) {
        QCOMPARE(sim.envFile(master), before.value(master));
        QCOMPARE(sim.origFile(master), before.value(master));
    }
    // Back on the dynamic backend with the original IDs, as ZooKeeper itself says.
    for (const QJsonValue &value : sim.status().value(QStringLiteral("masters")).toArray()) {
        const QJsonObject master = value.toObject();
        QCOMPARE(master.value(QStringLiteral("server_id")).toInt(), ids.value(master.value(QStringLiteral("ip")).toString()));
    }
}

void TestMigrationSim::checkHealthy(const SimCluster &sim, int minServing)
{
    int leaders = 0;
    int serving = 0;
    for (const QJsonValue &value : sim.status().value(QStringLiteral("masters")).toArray()) {
        const QString mode = value.toObject().value(QStringLiteral("mode")).toString();
        leaders += mode == QLatin1String("leader");
        serving += mode == QLatin1String("leader") || mode == QLatin1String("follower");
    }
    QCOMPARE(leaders, 1);
    QVERIFY2(serving >= minServing, qPrintable(QStringLiteral("%1 serving").arg(serving)));
}

void TestMigrationSim::initTestCase()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
}

// The migrated masters are what DC/OS itself would make of the config.yaml the run wrote: each
// env file holds exactly what its installer renders for it (the sim's gen model validates the
// file first, as gen does), and ZooKeeper runs with the canonical numbering.
void TestMigrationSim::checkMigrated(const SimCluster &sim, const MigrationSetup &setup,
                                     const QMap<QString, QByteArray> &before)
{
    QString problems;
    const QByteArray rendered = sim.dcosRender(setup.options.configOutPath, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QVERIFY(rendered.contains("\nEXHIBITOR_BACKEND=STATIC\n"));
    const Ensemble canonical = Ensemble::canonical(sim.masters());
    for (const QString &master : sim.masters()) {
        QCOMPARE(sim.envFile(master), rendered);
        QCOMPARE(sim.origFile(master), before.value(master));
        QCOMPARE(sim.myid(master).trimmed().toInt(), canonical.idOf(master));
        QVERIFY2(ZooCfg::sameNumbering(ZooCfg::servers(sim.zooCfg(master)), canonical), sim.zooCfg(master).constData());
    }
    QCOMPARE(setup.plan.phaseB(), canonical);
}

void TestMigrationSim::fullMigration_data()
{
    QTest::addColumn<QString>("topology");
    QTest::addColumn<QString>("profile");
    QTest::newRow("default") << QStringLiteral("migration-default") << QStringLiteral("fast");
    QTest::newRow("traps") << QStringLiteral("migration-traps") << QStringLiteral("fast");
    // The sim runs DC/OS's ZooKeeper 3.4 by default; Debian 12's 3.8.0 once more.
    QTest::newRow("zookeeper-3.8") << QStringLiteral("migration-zk38") << QStringLiteral("fast");
    // DC/OS's own timing (tickTime 2000, initLimit 10, syncLimit 5): elections are slower and the
    // back-off longer, which is where a renumbering that leaves stale servers running shows.
    QTest::newRow("default-dcos-timing") << QStringLiteral("migration-default") << QStringLiteral("dcos");
}

void TestMigrationSim::fullMigration()
{
    QFETCH(QString, topology);
    QFETCH(QString, profile);
    SimCluster sim(topology, profile);
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles(); // read before anything runs
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
    // And a client that changes and deletes znodes too: none of it is left out of Verify's data
    // check, which must count it and still pass.
    ZnodeChurn churn;
    QVERIFY(churn.start(sim.connectString()));
    // A subtree only its owner may read: without super credentials the run names it and passes;
    // on an Enterprise sim preflight reads zk_super_credentials (sudo) and with them reads it all.
    QVERIFY(createAclSubtree(sim.connectString(), QStringLiteral("/emw-test-secrets")));
    const bool enterprise = sim.status().value(QStringLiteral("enterprise")).toBool();

    const RunResult run = runToEnd(OperationListBuilder::Kind::Migrate, setup, 300000);
    writer.stop();
    churn.stop();
    QVERIFY2(run.finished, "the run did not finish in time");
    if (run.outcome != RunOutcome::Succeeded) {
        // QtTest cuts long failure messages: the whole run log goes out line by line first.
        for (const QString &line : run.log)
            qInfo("%s", qPrintable(line));
    }
    QVERIFY2(run.outcome == RunOutcome::Succeeded, qPrintable(run.message));
    QCOMPARE(run.checksFailed(), 0);
    // Every restarted Exhibitor was asked to start ZooKeeper at once (the traps' REST wants
    // config.yaml's admin password for that), none left to its first instance check.
    const QString log = run.log.join(QLatin1Char('\n'));
    QVERIFY2(!log.contains(QStringLiteral("Exhibitor could not be asked to start ZooKeeper")), qPrintable(log));
    QVERIFY(log.count(QStringLiteral("asked it to start ZooKeeper now")) >= int(sim.masters().size()));

    // What the other clients did is counted in the report, nothing went back in time.
    const QJsonObject data = run.report.value(QStringLiteral("data")).toObject();
    qInfo("data: %s; churn %d acknowledged, %d failed", QJsonDocument(data).toJson(QJsonDocument::Compact).constData(),
          churn.acknowledged(), churn.failed());
    QVERIFY(data.value(QStringLiteral("added")).toInt() > 0);
    QVERIFY(data.value(QStringLiteral("changed")).toInt() > 0);
    QVERIFY(data.value(QStringLiteral("removed")).toInt() > 0);
    QVERIFY(data.value(QStringLiteral("unchanged")).toInt() > 0);
    QCOMPARE(data.value(QStringLiteral("problems")).toArray().size(), 0);
    QVERIFY(data.value(QStringLiteral("snapshotZxid")).toString().mid(2).toLongLong(nullptr, 16) > 0);
    if (enterprise) {
        for (const QString &line : run.log.filter(QStringLiteral("super credentials")))
            qInfo("%s", qPrintable(line));
        QCOMPARE(data.value(QStringLiteral("notCompared")).toArray(), QJsonArray{});
        // DC/OS's clients worked on all through the run: nothing they were told was written is
        // gone, and the Mesos-like sessions (10 s timeout) lived through every restart.
        const QJsonObject load = sim.loadReport();
        qInfo("workload: %s", QJsonDocument(load).toJson(QJsonDocument::Compact).left(600).constData());
        QVERIFY(load.value(QStringLiteral("writes")).toInt() > 0);
        QCOMPARE(load.value(QStringLiteral("lost_writes")).toInt(), 0);
        // A session outlives a quorum loss shorter than its timeout. The fast profile's tickTime
        // of 200 ms caps sessions at 4 s (20 ticks) while a JVM start and an election do not
        // scale down: Phase B's window may outlast it here, never on DC/OS's timing (10 s).
        const qint64 quorumLossB = qint64(run.report.value(QStringLiteral("longestQuorumLossMs")).toObject()
                                              .value(QStringLiteral("phaseB")).toDouble());
        const int granted = load.value(QStringLiteral("session_timeout_ms")).toObject()
                                .value(QStringLiteral("negotiated")).toInt();
        if (quorumLossB < granted)
            QCOMPARE(load.value(QStringLiteral("sessions_expired")).toInt(), 0);
        QVERIFY(load.value(QStringLiteral("one_leader")).toBool());
    } else {
        QCOMPARE(data.value(QStringLiteral("notCompared")).toArray(), QJsonArray{QStringLiteral("/emw-test-secrets")});
    }
    bool snapshotNamedIt = enterprise;
    for (const QJsonValue &value : run.report.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = value.toObject();
        if (!enterprise && check.value(QStringLiteral("id")).toString() == QLatin1String("snapshot")) {
            QVERIFY(check.value(QStringLiteral("passed")).toBool());
            QVERIFY(check.value(QStringLiteral("warning")).toBool());
            QVERIFY2(check.value(QStringLiteral("detail")).toString().contains(QLatin1String("/emw-test-secrets")),
                     qPrintable(check.value(QStringLiteral("detail")).toString()));
            snapshotNamedIt = true;
        }
    }
    QVERIFY(snapshotNamedIt);

    // The run's own write probe wrote from preflight to Verify, through the restarts, and Verify
    // found every write it had acknowledged; its znodes are gone with the run's base.
    const QJsonObject probe = run.report.value(QStringLiteral("writeProbe")).toObject();
    QJsonObject probeShown = probe;
    probeShown.remove(QStringLiteral("samples"));
    qInfo("write probe: %s", QJsonDocument(probeShown).toJson(QJsonDocument::Compact).constData());
    QVERIFY(probe.value(QStringLiteral("ran")).toBool());
    QVERIFY(probe.value(QStringLiteral("writes")).toInteger() > 0);
    QVERIFY(probe.value(QStringLiteral("verified")).toBool());
    QCOMPARE(probe.value(QStringLiteral("lost")).toInteger(), 0);
    QMap<QString, qint64> probeWrites;
    for (const QJsonValue &value : probe.value(QStringLiteral("phases")).toArray())
        probeWrites.insert(value[QStringLiteral("phase")].toString(), value[QStringLiteral("writes")].toInteger());
    QVERIFY(probeWrites.value(QStringLiteral("phaseA")) > 0);
    if (setup.plan.phaseBNeeded())
        QVERIFY(probeWrites.value(QStringLiteral("phaseB")) > 0);
    QCOMPARE(probe.value(QStringLiteral("samples")).toArray().size(),
             probe.value(QStringLiteral("writes")).toInteger() + probe.value(QStringLiteral("failed")).toInteger());
    bool probeChecked = false;
    for (const QJsonValue &value : run.report.value(QStringLiteral("checks")).toArray()) {
        if (value[QStringLiteral("id")].toString() == QLatin1String("write-probe")) {
            QVERIFY2(value[QStringLiteral("passed")].toBool(), qPrintable(value[QStringLiteral("detail")].toString()));
            probeChecked = true;
        }
    }
    QVERIFY(probeChecked);
    {
        ZkClient client;
        QVERIFY(client.open(sim.connectString()));
        int answer = 1;
        client.exists(probe.value(QStringLiteral("path")).toString(), &client,
                      [&answer](const ZkResult &result) { answer = result.code; });
        QTRY_COMPARE_WITH_TIMEOUT(answer, int(ZkResult::NoNode), 15000);
    }

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
        expectShortQuorumLoss(sim, bFrom, longestGapInB, "Phase B: longest time without an acknowledged write");
        const double reported = run.report.value(QStringLiteral("longestQuorumLossMs")).toObject()
                                    .value(QStringLiteral("phaseB")).toDouble();
        expectShortQuorumLoss(sim, bFrom, qint64(reported), "Phase B: quorum loss in the run's report");
    }
    checkMigrated(sim, setup, before);
    QVERIFY(QFile::exists(setup.options.configOutPath));
    QVERIFY(QFile::exists(run.reportDir + QStringLiteral("/report.html")));
}

void TestMigrationSim::zooKeeperFailsOnThirdRestart()
{
    SimCluster sim(QStringLiteral("migration-default"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    const QMap<QString, int> ids = simIds(sim);
    QTemporaryDir dir;
    MigrationSetup setup = simSetup(sim, dir.path(), ids);
    setup.options.gateTimeoutMs = 12000;

    // Phase A restarts the followers in DC/OS order: the third of them gets a ZooKeeper that
    // does not start.
    const QString leader = simLeader(sim);
    QStringList followers = setup.plan.masters();
    followers.removeAll(leader);
    const QString broken = followers.at(2);
    QVERIFY(sim.fault(broken, QStringLiteral("zk-fail-start")));
    QMap<QString, double> since;
    for (const QString &master : sim.masters())
        since.insert(master, sim.unitSince(master));

    const RunResult run = runToEnd(OperationListBuilder::Kind::Migrate, setup, 240000);
    QVERIFY(run.finished);
    QCOMPARE(run.outcome, RunOutcome::Failed);
    QVERIFY2(run.message.contains(broken), qPrintable(run.message));

    // It stopped there: the two before it done, it started, nothing after it touched.
    const auto journal = MigrationJournal::load(setup.options.journalPath);
    QVERIFY(journal);
    QCOMPARE(journal->state, MigrationJournal::State::Failed);
    QCOMPARE(journal->restartsDone(Phase::PhaseA), followers.mid(0, 2));
    QCOMPARE(journal->restartedMasters(Phase::PhaseA), followers.mid(0, 3));
    for (const QString &master : {followers.at(3), leader})
        QCOMPARE(sim.unitSince(master), since.value(master));
    checkHealthy(sim, 4); // quorum held: all but the broken one serve

    // The operator fixes the master, then rolls back.
    QVERIFY(sim.fault(broken, QStringLiteral("zk-ok")));
    const RunResult rollback = runToEnd(OperationListBuilder::Kind::Rollback, setup, 240000);
    QVERIFY2(rollback.outcome == RunOutcome::Succeeded,
             qPrintable(rollback.message + QLatin1Char('\n') + rollback.log.join(QLatin1Char('\n'))));
    QCOMPARE(rollback.checksFailed(), 0);
    checkOriginal(sim, ids, before);
    checkHealthy(sim, int(sim.masters().size()));
    // The failed run's write probe left its znodes; the rollback's own probe wrote through its
    // restarts, Verify found every acknowledged write, and both probes' znodes are gone.
    const QJsonObject failedProbe = run.report.value(QStringLiteral("writeProbe")).toObject();
    QVERIFY(failedProbe.value(QStringLiteral("writes")).toInteger() > 0);
    const QJsonObject rollbackProbe = rollback.report.value(QStringLiteral("writeProbe")).toObject();
    QVERIFY(rollbackProbe.value(QStringLiteral("writes")).toInteger() > 0);
    QCOMPARE(rollbackProbe.value(QStringLiteral("lost")).toInteger(), 0);
    {
        ZkClient client;
        QVERIFY(client.open(sim.connectString()));
        for (const QString &path : {failedProbe.value(QStringLiteral("path")).toString(),
                                    rollbackProbe.value(QStringLiteral("path")).toString()}) {
            int answer = 1;
            client.exists(path, &client, [&answer](const ZkResult &result) { answer = result.code; });
            QTRY_COMPARE_WITH_TIMEOUT(answer, int(ZkResult::NoNode), 15000);
        }
    }
    // Masters the migration never restarted were not restarted by the rollback either.
    for (const QString &master : {followers.at(3), leader})
        QCOMPARE(sim.unitSince(master), since.value(master));
}

void TestMigrationSim::sshdKilledMidPhase()
{
    SimCluster sim(QStringLiteral("migration-traps"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    QTemporaryDir dir;
    MigrationSetup setup = simSetup(sim, dir.path(), simIds(sim));
    setup.options.gateTimeoutMs = 12000;
    const QString leader = simLeader(sim);
    QStringList followers = setup.plan.masters();
    followers.removeAll(leader);

    // While the first Phase A restart runs, the second follower's sshd dies, sessions and all.
    bool killed = false;
    const RunResult run = runToEnd(OperationListBuilder::Kind::Migrate, setup, 240000, {},
                                   [&](const OperationInfo &info, MigrationRunner &) {
                                       if (!killed && info.id == QLatin1String("phaseA.restart.0")) {
                                           killed = true;
                                           QVERIFY(sim.sshdDownHard(followers.at(1)));
                                       }
                                   });
    QVERIFY(killed);
    QVERIFY(run.finished);
    QCOMPARE(run.outcome, RunOutcome::Failed);
    QVERIFY2(run.message.contains(followers.at(1)), qPrintable(run.message));
    checkHealthy(sim, int(sim.masters().size()));

    QVERIFY(sim.fault(followers.at(1), QStringLiteral("sshd-up")));
    const RunResult resumed = runToEnd(OperationListBuilder::Kind::Resume, setup, 240000);
    QVERIFY2(resumed.outcome == RunOutcome::Succeeded,
             qPrintable(resumed.message + QLatin1Char('\n') + resumed.log.join(QLatin1Char('\n'))));
    QCOMPARE(resumed.checksFailed(), 0);
    checkMigrated(sim, setup, before);
}

void TestMigrationSim::appKilledMidPhase()
{
    SimCluster sim(QStringLiteral("migration-traps"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    QTemporaryDir dir;
    const MigrationSetup setup = simSetup(sim, dir.path(), simIds(sim));

    // Cancelled while Phase A's first restart runs: that restart finishes (gate included), then
    // the run stops.
    const RunResult cancelled = runToEnd(OperationListBuilder::Kind::Migrate, setup, 240000, {},
                                         [](const OperationInfo &info, MigrationRunner &runner) {
                                             if (info.id == QLatin1String("phaseA.restart.0"))
                                                 runner.cancel();
                                         });
    QCOMPARE(cancelled.outcome, RunOutcome::Cancelled);
    auto journal = MigrationJournal::load(setup.options.journalPath);
    QVERIFY(journal);
    QCOMPARE(journal->state, MigrationJournal::State::Cancelled);
    QCOMPARE(journal->restartsDone(Phase::PhaseA).size(), 1);
    QCOMPARE(journal->restartedMasters(Phase::PhaseA).size(), 1);
    checkHealthy(sim, int(sim.masters().size()));

    // Resumed, and the app goes away right after Phase B's first restart: one master runs the new numbering
    // (and does not serve), the others the old one.
    const RunResult run = runToEnd(OperationListBuilder::Kind::Resume, setup, 240000, [](const OperationInfo &info) {
        return info.id == QLatin1String("phaseB.restart.0");
    });
    QVERIFY(!run.finished);
    journal = MigrationJournal::load(setup.options.journalPath);
    QVERIFY(journal);
    QCOMPARE(journal->state, MigrationJournal::State::Running);
    QCOMPARE(journal->restartsDone(Phase::PhaseB).size(), 1);
    // What the app finds when it starts again: an unfinished run, and where it stopped.
    const auto unfinished = MigrationRunner::unfinishedRun(setup);
    QVERIFY(unfinished);
    QCOMPARE(unfinished->runId, journal->runId);

    // Started again: the journal and the masters' state tell it where to go on.
    const RunResult resumed = runToEnd(OperationListBuilder::Kind::Resume, setup, 240000);
    QVERIFY2(resumed.outcome == RunOutcome::Succeeded,
             qPrintable(resumed.message + QLatin1Char('\n') + resumed.log.join(QLatin1Char('\n'))));
    QCOMPARE(resumed.checksFailed(), 0);
    checkMigrated(sim, setup, before);
    checkHealthy(sim, int(sim.masters().size()));
}

void TestMigrationSim::rollbackAfterCompleteMigration()
{
    SimCluster sim(QStringLiteral("migration-traps"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    const QMap<QString, int> ids = simIds(sim);
    QTemporaryDir dir;
    MigrationSetup setup = simSetup(sim, dir.path(), ids);

    // Asked before the backup, the operator says no: the run stops with nothing changed.
    setup.options.autoConfirm = false;
    const RunResult declined = runToEnd(OperationListBuilder::Kind::Migrate, setup, 60000, {}, {},
                                        [](const OperationInfo &) { return false; });
    QCOMPARE(declined.outcome, RunOutcome::Cancelled);
    for (const QString &master : sim.masters()) {
        QCOMPARE(sim.envFile(master), before.value(master));
        QVERIFY(!sim.origExists(master));
    }

    // Asked again, yes to every phase.
    const RunResult run = runToEnd(OperationListBuilder::Kind::Migrate, setup, 240000, {}, {},
                                   [](const OperationInfo &) { return true; });
    QVERIFY2(run.outcome == RunOutcome::Succeeded, qPrintable(run.message));
    setup.options.autoConfirm = true;
    const RunResult rollback = runToEnd(OperationListBuilder::Kind::Rollback, setup, 240000);
    QVERIFY2(rollback.outcome == RunOutcome::Succeeded,
             qPrintable(rollback.message + QLatin1Char('\n') + rollback.log.join(QLatin1Char('\n'))));
    QCOMPARE(rollback.checksFailed(), 0);
    checkOriginal(sim, ids, before);
    checkHealthy(sim, int(sim.masters().size()));
    const auto journal = MigrationJournal::load(setup.options.journalPath);
    QVERIFY(journal);
    QCOMPARE(journal->state, MigrationJournal::State::RolledBack);
    // Rolling back Phase B is a renumbering too: its quorum loss is measured and short.
    expectShortQuorumLoss(sim, rollback.phaseWindow(QStringLiteral("rollback")).first,
                          qint64(rollback.report.value(QStringLiteral("longestQuorumLossMs")).toObject()
                                     .value(QStringLiteral("rollback")).toDouble()),
                          "rollback: quorum loss in the run's report");
}

QTEST_GUILESS_MAIN(TestMigrationSim)
void TestMigrationSim::customDataDirectoryStopsPreflight()
{
    // The shared config moved the data directory; STATIC would use DC/OS's defaults file's.
    SimCluster sim(QStringLiteral("migration-custom-data"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    QTemporaryDir dir;
    const MigrationSetup setup = simSetup(sim, dir.path(), simIds(sim));
    const RunResult run = runToEnd(OperationListBuilder::Kind::Migrate, setup, 120000);
    QVERIFY(run.finished);
    QCOMPARE(run.outcome, RunOutcome::Failed);
    QVERIFY2(run.message.contains(QLatin1String("Preflight failed; nothing was changed")), qPrintable(run.message));
    int stopping = 0;
    for (const QJsonValue &value : run.report.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = value.toObject();
        if (check.value(QStringLiteral("id")).toString() != QLatin1String("switch-settings"))
            continue;
        QVERIFY(!check.value(QStringLiteral("passed")).toBool());
        const QString detail = check.value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(QStringLiteral("zookeeper-data-directory: /var/lib/dcos/exhibitor/zookeeper/custom-snapshot "
                                                "\u2192 /var/lib/dcos/exhibitor/zookeeper/snapshot")),
                 qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("zoo-cfg-extra/maxClientCnxns: 60 \u2192 0")), qPrintable(detail));
        ++stopping;
    }
    QCOMPARE(stopping, 3);
    QCOMPARE(sim.envFiles(), before);
}

#include "TestMigrationSim.moc"
