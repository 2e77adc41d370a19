// ClusterRunState::classify and toJournal on what masters show, without a cluster: the steps a
// run leaves behind, a run stopped in the middle of Phase B, an exhibitor.orig that is no backup,
// and a live run's record. The masters of sort-traps.yaml (as strings DC/OS numbers 10.0.0.10,
// .100, .9 as 1, 2, 3); before the run they had 2, 3, 1. Only strings: nothing connects.
#include "config/ClusterConfig.h"
#include "config/ExhibitorEnvFile.h"
#include "config/MigrationPlan.h"
#include "migration/ClusterRunState.h"
#include "migration/RunLock.h"

#include <QTest>
#include <QTimeZone>

namespace {

using Observation = ClusterRunState::Observation;
using MasterStage = ClusterRunState::MasterStage;
using Stage = ClusterRunState::Stage;
using Kind = OperationListBuilder::Kind;

const QStringList kMasters{QStringLiteral("10.0.0.10"), QStringLiteral("10.0.0.100"), QStringLiteral("10.0.0.9")};
const QString kOriginal = QStringLiteral("2:10.0.0.10,3:10.0.0.100,1:10.0.0.9");
const QString kCanonical = QStringLiteral("1:10.0.0.10,2:10.0.0.100,3:10.0.0.9");

QByteArray dynamicEnv()
{
    return "EXHIBITOR_TLS_ENABLED=false\nEXHIBITOR_BACKEND=ZK\nZK_CONFIG_CONNECT=10.0.5.1:2181\nZK_CONFIG_ZPATH=/traps\n";
}

QByteArray staticEnv(const QString &ensemble)
{
    return ExhibitorEnvFile::parse(dynamicEnv()).renderStatic(ensemble);
}

Ensemble ensemble(const QString &spec)
{
    return *Ensemble::parse(spec);
}

// A master as a run leaves it: env, exhibitor.orig, and the numbering ZooKeeper last started
// with (restarted: zoo.cfg written after the env file).
Observation master(const QByteArray &env, bool orig, const QString &runs, bool restarted = true)
{
    Observation o;
    o.reachable = true;
    o.env = env;
    o.origPresent = orig;
    o.orig = orig ? dynamicEnv() : QByteArray();
    o.zooCfg = ensemble(runs);
    o.envMtime = 1000;
    o.zooCfgMtime = restarted ? 1100 : 900;
    return o;
}

ClusterRunState classify(const QList<Observation> &observations, const QList<ClusterRunState::RunRecord> &runs = {})
{
    QMap<QString, Observation> map;
    for (int i = 0; i < kMasters.size(); ++i)
        map.insert(kMasters.at(i), observations.at(i));
    return ClusterRunState::classify(kMasters, map, runs);
}

MigrationPlan plan(const QMap<QString, int> &ids)
{
    return MigrationPlan::build(ClusterConfig::fromFile(QStringLiteral(EMW_TEST_DATA_DIR "/config/sort-traps.yaml")),
                                ids, QString());
}

} // namespace

Q_DECLARE_METATYPE(ClusterRunState::Observation)

class TestClusterRunState : public QObject
{
    Q_OBJECT

private slots:
    void stepsARunLeavesBehind_data();
    void stepsARunLeavesBehind();
    void phaseBStoppedInTheMiddle();
    void origThatIsNoBackupRefusesRollback();
    void liveRunRefusesAndNamesIt();
    void originalIdsGoneAfterPhaseB();
};

void TestClusterRunState::stepsARunLeavesBehind_data()
{
    QTest::addColumn<QList<Observation>>("observations");
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("masterStage");
    const Observation notStarted = master(dynamicEnv(), false, kOriginal, false);
    const Observation backedUp = master(dynamicEnv(), true, kOriginal, false);
    const Observation phaseA = master(staticEnv(kOriginal), true, kOriginal);
    const Observation phaseB = master(staticEnv(kCanonical), true, kCanonical);
    QTest::newRow("not started") << QList<Observation>{notStarted, notStarted, notStarted} << int(Stage::NotStarted)
                                 << int(MasterStage::NotStarted);
    QTest::newRow("backed up") << QList<Observation>{backedUp, backedUp, backedUp} << int(Stage::BackedUp)
                               << int(MasterStage::BackedUp);
    QTest::newRow("phase A") << QList<Observation>{phaseA, phaseA, phaseA} << int(Stage::PhaseA) << int(MasterStage::PhaseA);
    QTest::newRow("phase B") << QList<Observation>{phaseB, phaseB, phaseB} << int(Stage::PhaseB) << int(MasterStage::PhaseB);
}

void TestClusterRunState::stepsARunLeavesBehind()
{
    QFETCH(QList<Observation>, observations);
    QFETCH(int, stage);
    QFETCH(int, masterStage);
    const ClusterRunState state = classify(observations);
    QCOMPARE(int(state.stage()), stage);
    for (const auto &m : state.masters()) {
        QCOMPARE(int(m.stage), masterStage);
        QVERIFY2(m.problem.isEmpty(), qPrintable(m.problem));
    }
    if (Stage(stage) != Stage::PhaseB) {
        const QMap<QString, int> before{
            {QStringLiteral("10.0.0.10"), 2}, {QStringLiteral("10.0.0.100"), 3}, {QStringLiteral("10.0.0.9"), 1}};
        QCOMPARE(state.originalIds(), before);
    }
    const QStringList report = state.report();
    QVERIFY2(report.last().startsWith(QLatin1String("Where the run stands: ")), qPrintable(report.join(QLatin1Char('\n'))));
}

void TestClusterRunState::phaseBStoppedInTheMiddle()
{
    // Phase B written everywhere, 10.0.0.9 restarted on it; the others still run the old numbering.
    const ClusterRunState state = classify({master(staticEnv(kCanonical), true, kOriginal, false),
                                            master(staticEnv(kCanonical), true, kOriginal, false),
                                            master(staticEnv(kCanonical), true, kCanonical)});
    QCOMPARE(state.stage(), Stage::Mixed);
    QCOMPARE(state.masters().at(0).stage, MasterStage::PhaseBWritten);
    QCOMPARE(state.masters().at(2).stage, MasterStage::PhaseB);
    // The old numbering is still in the zoo.cfg of the masters not restarted.
    QCOMPARE(state.originalIds().value(QStringLiteral("10.0.0.9")), 1);
    QVERIFY(state.refusals(Kind::Resume).isEmpty());
    const MigrationPlan migrationPlan = plan(state.originalIds());
    QVERIFY(migrationPlan.phaseBNeeded());
    const QStringList steps = state.plannedSteps(Kind::Resume, migrationPlan);
    QVERIFY2(steps.contains(QStringLiteral("Phase B: restarts, one at a time, of: 10.0.0.10, 10.0.0.100")),
             qPrintable(steps.join(QLatin1Char('\n'))));
    QVERIFY2(!steps.join(QLatin1Char('\n')).contains(QLatin1String("Phase A")), qPrintable(steps.join(QLatin1Char('\n'))));

    const MigrationJournal resume = state.toJournal(Kind::Resume, migrationPlan, QStringLiteral("sort-traps"));
    QVERIFY(resume.isDone(QStringLiteral("backup")));
    QVERIFY(resume.isDone(QStringLiteral("phaseA.write")));
    QVERIFY(resume.isDone(QStringLiteral("phaseB.write")));
    QCOMPARE(resume.restartsDone(Phase::PhaseB), QStringList{QStringLiteral("10.0.0.9")});
    QCOMPARE(resume.state, MigrationJournal::State::Interrupted);
    QCOMPARE(resume.phaseA, kOriginal);
    QCOMPARE(resume.phaseB, kCanonical);
    // A rollback restarts every master that has a file of the run, restarted or not.
    const MigrationJournal rollback = state.toJournal(Kind::Rollback, migrationPlan, QStringLiteral("sort-traps"));
    QCOMPARE(rollback.restartedMasters(Phase::PhaseB).size(), 3);
}

void TestClusterRunState::origThatIsNoBackupRefusesRollback()
{
    Observation broken = master(staticEnv(kOriginal), true, kOriginal);
    broken.orig = staticEnv(kOriginal); // a static file copied over the backup
    const ClusterRunState state = classify({master(staticEnv(kOriginal), true, kOriginal), broken,
                                            master(staticEnv(kOriginal), true, kOriginal)});
    QVERIFY(!state.masters().at(1).origValid);
    const QStringList refusals = state.refusals(Kind::Rollback);
    QCOMPARE(refusals.size(), 1);
    QVERIFY2(refusals.first().startsWith(QLatin1String("exhibitor.orig on 10.0.0.100 (sha256 ")) &&
                 refusals.first().contains(QLatin1String("is not a dynamic-backend env file (EXHIBITOR_BACKEND=STATIC)")),
             qPrintable(refusals.first()));
    QVERIFY2(state.masters().at(1).detail.contains(QLatin1String("NOT a dynamic-backend env file")),
             qPrintable(state.masters().at(1).detail));
}

void TestClusterRunState::liveRunRefusesAndNamesIt()
{
    RunLock::Holder holder;
    holder.runId = QStringLiteral("20261207-074801-ab12");
    holder.pid = 4711;
    holder.user = QStringLiteral("alice");
    holder.host = QStringLiteral("ws1");
    holder.since = QDateTime(QDate(2026, 12, 7), QTime(7, 48, 1), QTimeZone::utc());
    const Observation phaseA = master(staticEnv(kOriginal), true, kOriginal);
    const ClusterRunState state =
        classify({phaseA, phaseA, phaseA}, {{QStringLiteral("session-20261207-074801-ab12"), holder.toRecord()}});
    QCOMPARE(state.runId(), holder.runId);
    const QStringList refusals = state.refusals(Kind::Resume);
    QCOMPARE(refusals.size(), 1);
    QVERIFY2(refusals.first().contains(holder.describe()), qPrintable(refusals.first()));
    QVERIFY(state.report().contains(QStringLiteral("Run records: a run is going on now: ") + holder.describe()));

    // Its lock file on two masters: named with them; its run id is the run's when no session says.
    Observation locked = phaseA;
    locked.lockRecord = holder.toRecord();
    const ClusterRunState lockedState = classify({locked, phaseA, locked});
    QCOMPARE(lockedState.runId(), holder.runId);
    QVERIFY2(lockedState.report().contains(QStringLiteral("Lock file on 10.0.0.10, 10.0.0.9: ") + holder.describe()),
             qPrintable(lockedState.report().join(QLatin1Char('\n'))));
}

void TestClusterRunState::originalIdsGoneAfterPhaseB()
{
    const Observation phaseB = master(staticEnv(kCanonical), true, kCanonical);
    const ClusterRunState state = classify({phaseB, phaseB, phaseB});
    QVERIFY(state.originalIds().isEmpty());
    QVERIFY2(state.refusals(Kind::Rollback).join(QLatin1Char('\n')).contains(QLatin1String("give them with --ids FILE")),
             qPrintable(state.refusals(Kind::Rollback).join(QLatin1Char('\n'))));
    QVERIFY(state.refusals(Kind::Rollback, true).isEmpty());
    QVERIFY(state.refusals(Kind::Resume).isEmpty());
}

QTEST_GUILESS_MAIN(TestClusterRunState)
#include "TestClusterRunState.moc"
