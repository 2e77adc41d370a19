// EnsembleDiagramModel without widgets: Discovery's Now / After Phase A / After Phase B built
// from the demo's config.yaml and IDs (sorted as strings 5, 4, 3, 1, 2) and what discovery saw,
// and the live picture moved by a MigrationRunner's signals as a run emits them.
#include "EnsembleDiagramModel.h"
#include "GuiTestSupport.h"
#include "config/ClusterConfig.h"
#include "config/MigrationPlan.h"
#include "discovery/MasterDiscovery.h"
#include "migration/MigrationRunner.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Model = EnsembleDiagramModel;

namespace {

// DC/OS order (as strings) and the demo's IDs: the canonical numbering is 1..5 in this order.
const QStringList kMasters{ u"127.0.1.104"_s, u"127.0.1.122"_s, u"127.0.1.169"_s, u"127.0.1.193"_s,
                            u"127.0.1.203"_s };
const QList<int> kDemoIds{ 5, 4, 3, 1, 2 };

MigrationPlan plan(const QList<int> &ids)
{
    const ClusterConfig config = ClusterConfig::fromYaml(GuiTestSupport::demoConfig(), u"config.yaml"_s);
    QMap<QString, int> current;
    for (int i = 0; i < kMasters.size(); ++i)
        current.insert(kMasters.at(i), ids.at(i));
    return MigrationPlan::build(config, current, u"test"_s);
}

// What discovery saw: .193 leads, .122 runs but does not serve, the rest follow; all on ZK.
QList<MasterDiscovery> discovered()
{
    QList<MasterDiscovery> results;
    for (const QString &master : kMasters) {
        MasterDiscovery result(master);
        result.setEnvFile("EXHIBITOR_BACKEND=ZK\nZK_CONFIG_CONNECT=127.0.2.1:2181\nZK_CONFIG_ZPATH=/exhibitor-demo\n");
        if (master == u"127.0.1.193"_s)
            result.setZooKeeperState(u"leader"_s, 0x100000002);
        else if (master == u"127.0.1.122"_s)
            result.setZooKeeperState(u"not serving"_s, -1);
        else
            result.setZooKeeperState(u"follower"_s, 0x100000002);
        results << result;
    }
    return results;
}

LiveClusterState live(const QString &leader, const QStringList &down = {}, const QStringList &notServing = {})
{
    LiveClusterState state;
    for (const QString &master : kMasters) {
        LiveMasterState m;
        m.master = master;
        m.reachable = !down.contains(master);
        if (m.reachable && !notServing.contains(master))
            m.mode = master == leader ? u"leader"_s : u"follower"_s;
        state.masters << m;
        state.serving += m.mode.isEmpty() ? 0 : 1;
    }
    state.leader = leader;
    state.quorum = !leader.isEmpty() && state.serving >= 3;
    return state;
}

OperationInfo restart(Phase phase, int slot, const QString &master)
{
    OperationInfo info;
    info.index = 10 + slot;
    info.id = phaseKey(phase) + u".restart."_s + QString::number(slot);
    info.phase = phase;
    info.master = master;
    info.title = u"Restart dcos-exhibitor"_s;
    return info;
}

} // namespace

class TestEnsembleDiagramModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nowFromDiscovery();
    void afterPhaseA();
    void afterPhaseB();
    void phaseBSkippedWhenCanonical();
    void liveRolesFromClusterState();
    void restartMovesAMasterToTheNewNumbering();
    void leaderLeftToPhaseBKeepsTheDynamicStore();
    void migrationEndsStaticOnTheNewNumbering();
    void rollbackLearnsTheStateFromItsRestarts();
};

void TestEnsembleDiagramModel::nowFromDiscovery()
{
    Model model;
    QSignalSpy changed(&model, &Model::changed);
    model.showPlan(plan(kDemoIds), discovered(), Model::Stage::Now);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.count(), 5);
    QVERIFY(model.isRenumbering());
    QVERIFY(!model.isPrediction());
    for (int i = 0; i < model.count(); ++i) {
        const Model::Node &node = model.node(i);
        QCOMPARE(node.master, kMasters.at(i));
        QCOMPARE(node.oldId, kDemoIds.at(i));
        QCOMPARE(node.newId, i + 1);
        QCOMPARE(node.id(), kDemoIds.at(i));
        QCOMPARE(node.numbering, Model::Numbering::Old);
        QCOMPARE(node.backend, Model::Backend::Dynamic);
    }
    QCOMPARE(model.node(3).role, Model::Role::Leader);
    QCOMPARE(model.node(1).role, Model::Role::NotServing);
    QCOMPARE(model.node(0).role, Model::Role::Follower);
    QCOMPARE(model.leader(), u"127.0.1.193"_s);
    QCOMPARE(model.nodeText(0), u"127.0.1.104: ID 5 → 1, follower, old numbering, dynamic store (zookeeper)"_s);
    QCOMPARE(model.nodeText(2), u"127.0.1.169: ID 3, follower, old numbering, dynamic store (zookeeper)"_s);
    QCOMPARE(model.nodeText(3), u"127.0.1.193: ID 1 → 4, leader, old numbering, dynamic store (zookeeper)"_s);
    QCOMPARE(model.numberings(), QList<Model::Numbering>{ Model::Numbering::Old });
    QCOMPARE(model.quorumText(Model::Numbering::Old), u"4 of 5 serving, leader 127.0.1.193: quorum"_s);
}

void TestEnsembleDiagramModel::afterPhaseA()
{
    Model model;
    model.showPlan(plan(kDemoIds), discovered(), Model::Stage::AfterPhaseA);
    QVERIFY(model.isPrediction());
    QCOMPARE(model.count(), 5);
    for (int i = 0; i < model.count(); ++i) {
        const Model::Node &node = model.node(i);
        QCOMPARE(node.numbering, Model::Numbering::Old);
        QCOMPARE(node.id(), kDemoIds.at(i)); // Phase A keeps every ID
        QCOMPARE(node.role, Model::Role::Serving);
        // The engine leaves the leader's restart to Phase B: it still runs the dynamic store.
        QCOMPARE(node.backend, node.master == u"127.0.1.193"_s ? Model::Backend::Dynamic : Model::Backend::Static);
    }
    QVERIFY(model.nodeText(3).contains(u"Phase B"_s));
    QCOMPARE(model.nodeText(0), u"127.0.1.104: ID 5 → 1, serving, old numbering, static"_s);
    QVERIFY(model.leader().isEmpty()); // who leads then is the election's choice
}

void TestEnsembleDiagramModel::afterPhaseB()
{
    Model model;
    model.showPlan(plan(kDemoIds), discovered(), Model::Stage::AfterPhaseB);
    QVERIFY(!model.isSkipped());
    for (int i = 0; i < model.count(); ++i) {
        QCOMPARE(model.node(i).numbering, Model::Numbering::New);
        QCOMPARE(model.node(i).id(), i + 1);
        QCOMPARE(model.node(i).backend, Model::Backend::Static);
    }
    QCOMPARE(model.nodeText(4), u"127.0.1.203: ID 2 → 5, serving, new numbering, static"_s);
    QCOMPARE(model.quorumText(Model::Numbering::New), u"5 of 5 masters expected to serve: quorum"_s);
}

void TestEnsembleDiagramModel::phaseBSkippedWhenCanonical()
{
    Model model;
    const QList<int> canonical{ 1, 2, 3, 4, 5 };
    model.showPlan(plan(canonical), discovered(), Model::Stage::AfterPhaseB);
    QVERIFY(model.isSkipped());
    QVERIFY(!model.isRenumbering());
    QVERIFY2(model.note().contains(u"skipped"_s), qPrintable(model.note()));
    QCOMPARE(model.nodeText(0), u"127.0.1.104: ID 1, serving, static"_s);
    QCOMPARE(model.describe().first(), model.note());

    // Without Phase B the leader restarts in Phase A like every other master.
    model.showPlan(plan(canonical), discovered(), Model::Stage::AfterPhaseA);
    QVERIFY(!model.isSkipped());
    for (const Model::Node &node : model.nodes())
        QCOMPARE(node.backend, Model::Backend::Static);
}

void TestEnsembleDiagramModel::liveRolesFromClusterState()
{
    Model model;
    MigrationRunner runner;
    model.follow(&runner);
    model.startRun(plan(kDemoIds), OperationListBuilder::Kind::Migrate);
    QCOMPARE(model.node(0).role, Model::Role::Unknown);
    QCOMPARE(model.node(0).backend, Model::Backend::Dynamic);

    QSignalSpy changed(&model, &Model::changed);
    Q_EMIT runner.clusterState(live(u"127.0.1.122"_s, { u"127.0.1.169"_s }, { u"127.0.1.203"_s }));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.node(1).role, Model::Role::Leader);
    QCOMPARE(model.node(0).role, Model::Role::Follower);
    QCOMPARE(model.node(2).role, Model::Role::Down);
    QCOMPARE(model.node(3).role, Model::Role::Follower);
    QCOMPARE(model.node(4).role, Model::Role::NotServing);
    QCOMPARE(model.leader(), u"127.0.1.122"_s);
    QCOMPARE(model.quorumText(Model::Numbering::Old), u"3 of 5 serving, leader 127.0.1.122: quorum"_s);
    QVERIFY(model.nodeText(2).contains(u", down,"_s));

    Q_EMIT runner.clusterState(live(QString(), { u"127.0.1.169"_s, u"127.0.1.104"_s, u"127.0.1.122"_s }));
    QCOMPARE(model.quorumText(Model::Numbering::Old), u"2 of 5 serving: no quorum (needs 3 and a leader)"_s);
    QVERIFY(model.leader().isEmpty());
}

void TestEnsembleDiagramModel::restartMovesAMasterToTheNewNumbering()
{
    Model model;
    MigrationRunner runner;
    model.follow(&runner);
    model.startRun(plan(kDemoIds), OperationListBuilder::Kind::Migrate);
    Q_EMIT runner.clusterState(live(u"127.0.1.193"_s));
    const QString master = u"127.0.1.104"_s;
    const OperationInfo info = restart(Phase::PhaseB, 0, master);

    Q_EMIT runner.operationStarted(info);
    QCOMPARE(model.node(0).role, Model::Role::Restarting);
    QVERIFY(model.nodeText(0).contains(u"restarting"_s));
    // Polls while it restarts do not hide the restart.
    Q_EMIT runner.clusterState(live(u"127.0.1.193"_s, { master }));
    QCOMPARE(model.node(0).role, Model::Role::Restarting);
    QCOMPARE(model.node(0).numbering, Model::Numbering::Old);

    // Up again on Phase B's file: the new numbering, ID 1, static; not serving until polled.
    Q_EMIT runner.masterSettling(master);
    QCOMPARE(model.node(0).role, Model::Role::NotServing);
    QCOMPARE(model.node(0).numbering, Model::Numbering::New);
    QCOMPARE(model.node(0).id(), 1);
    QCOMPARE(model.node(0).backend, Model::Backend::Static);
    QCOMPARE(model.numberings(), (QList<Model::Numbering>{ Model::Numbering::Old, Model::Numbering::New }));
    QCOMPARE(model.quorumText(Model::Numbering::New), u"0 of 5 serving: no quorum (needs 3 and a leader)"_s);
    QCOMPARE(model.nodeText(0), u"127.0.1.104: ID 5 → 1, not serving, new numbering, static"_s);

    Q_EMIT runner.clusterState(live(u"127.0.1.193"_s, {}, { master }));
    QCOMPARE(model.node(0).role, Model::Role::NotServing);
    Q_EMIT runner.operationFinished(info, true, false, QString());
    QCOMPARE(model.node(0).numbering, Model::Numbering::New);
    QCOMPARE(model.node(0).backend, Model::Backend::Static);
    QCOMPARE(model.node(1).numbering, Model::Numbering::Old);
}

void TestEnsembleDiagramModel::leaderLeftToPhaseBKeepsTheDynamicStore()
{
    Model model;
    MigrationRunner runner;
    model.follow(&runner);
    model.startRun(plan(kDemoIds), OperationListBuilder::Kind::Migrate);
    Q_EMIT runner.clusterState(live(u"127.0.1.193"_s));
    const OperationInfo follower = restart(Phase::PhaseA, 0, u"127.0.1.104"_s);
    Q_EMIT runner.operationStarted(follower);
    Q_EMIT runner.operationFinished(follower, true, false, QString());
    QCOMPARE(model.node(0).backend, Model::Backend::Static);
    QCOMPARE(model.node(0).numbering, Model::Numbering::Old);
    QCOMPARE(model.node(0).role, Model::Role::Follower); // the last poll's role, once not restarting

    const OperationInfo leader = restart(Phase::PhaseA, 4, u"127.0.1.193"_s);
    Q_EMIT runner.operationStarted(leader);
    Q_EMIT runner.operationFinished(leader, true, true, u"the leader: left to Phase B"_s);
    QCOMPARE(model.node(3).backend, Model::Backend::Dynamic);
    QCOMPARE(model.node(3).role, Model::Role::Leader);
}

void TestEnsembleDiagramModel::migrationEndsStaticOnTheNewNumbering()
{
    Model model;
    MigrationRunner runner;
    model.follow(&runner);
    model.startRun(plan(kDemoIds), OperationListBuilder::Kind::Migrate);
    Q_EMIT runner.clusterState(live(u"127.0.1.169"_s));
    Q_EMIT runner.finished(RunOutcome::Succeeded, QString(), QString());
    for (int i = 0; i < model.count(); ++i) {
        QCOMPARE(model.node(i).backend, Model::Backend::Static);
        QCOMPARE(model.node(i).numbering, Model::Numbering::New);
        QCOMPARE(model.node(i).id(), i + 1);
    }
    QCOMPARE(model.leader(), u"127.0.1.169"_s);
    QVERIFY(model.describe().contains(u"127.0.1.169: ID 3, leader, new numbering, static"_s));

    // A failed run claims nothing it did not see.
    model.startRun(plan(kDemoIds), OperationListBuilder::Kind::Migrate);
    Q_EMIT runner.finished(RunOutcome::Failed, QString(), QString());
    QCOMPARE(model.node(0).backend, Model::Backend::Dynamic);
}

void TestEnsembleDiagramModel::rollbackLearnsTheStateFromItsRestarts()
{
    Model model;
    MigrationRunner runner;
    model.follow(&runner);
    model.startRun(plan(kDemoIds), OperationListBuilder::Kind::Rollback);
    QCOMPARE(model.node(0).backend, Model::Backend::Unknown);
    QCOMPARE(model.node(0).numbering, Model::Numbering::Unknown);
    QVERIFY(model.nodeText(0).contains(u"backend not known yet"_s));
    const OperationInfo info = restart(Phase::Rollback, 0, u"127.0.1.104"_s);
    Q_EMIT runner.operationStarted(info);
    Q_EMIT runner.operationFinished(info, true, false, QString());
    QCOMPARE(model.node(0).backend, Model::Backend::Dynamic);
    QCOMPARE(model.node(0).numbering, Model::Numbering::Old);
    QCOMPARE(model.node(1).backend, Model::Backend::Unknown);
    Q_EMIT runner.finished(RunOutcome::Succeeded, QString(), QString());
    for (const Model::Node &node : model.nodes()) {
        QCOMPARE(node.backend, Model::Backend::Dynamic);
        QCOMPARE(node.numbering, Model::Numbering::Old);
    }
}

QTEST_GUILESS_MAIN(TestEnsembleDiagramModel)
#include "TestEnsembleDiagramModel.moc"
