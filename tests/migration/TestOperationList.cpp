// OperationListBuilder and the operations' previews: the order of a run, where it asks, what
// each step will do on which master (with the env file diff), before anything is contacted.
// Also ZooCfg, which tells the numbering a master runs.
#include "config/ClusterConfig.h"
#include "config/CurrentIds.h"
#include "config/MigrationPlan.h"
#include "migration/MigrationRunner.h"
#include "migration/ZooCfg.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

MigrationPlan plan(const QString &ids)
{
    const ClusterConfig config = ClusterConfig::fromFile(u"" EMW_TEST_DATA_DIR "/config/sort-traps.yaml"_s);
    return MigrationPlan::build(config, CurrentIds::fromIdsFile(u"" EMW_TEST_DATA_DIR "/ids/"_s + ids));
}

QStringList ids(const QList<std::pair<OperationInfo, OperationPreview>> &previews)
{
    QStringList list;
    for (const auto &[info, preview] : previews)
        list << info.id;
    return list;
}

const QByteArray Env = "EXHIBITOR_BACKEND=ZK\nZK_CONFIG_CONNECT=10.0.5.1:2181\nZK_CONFIG_ZPATH=/traps\n"
                       "EXHIBITOR_TLS_ENABLED=false\n";

} // namespace

class TestOperationList : public QObject
{
    Q_OBJECT

private slots:
    void migrateWithPhaseB()
    {
        const MigrationPlan traps = plan(u"sort-traps.ids"_s);
        QVERIFY(traps.isValid());
        QVERIFY(traps.phaseBNeeded());
        MigrationOptions options;
        const PreviewInput input{&traps, &options, {}, u"10.0.0.9"_s};
        const auto previews = MigrationRunner::previews(OperationListBuilder::Kind::Migrate, input);
        QCOMPARE(ids(previews), (QStringList{u"preflight"_s, u"backup"_s, u"phaseA.write"_s, u"phaseA.restart.0"_s,
                                             u"phaseA.restart.1"_s, u"phaseA.restart.2"_s, u"phaseB.write"_s,
                                             u"phaseB.restart.0"_s, u"phaseB.restart.1"_s, u"phaseB.restart.2"_s,
                                             u"verify"_s, u"finish"_s}));
        // Phase A: followers first (as DC/OS sorts them); the leader is left to Phase B.
        QVERIFY(previews.at(3).second.summary.contains("10.0.0.10"_L1));
        // Stopped, started without waiting, then Exhibitor is asked to start ZooKeeper at once.
        QCOMPARE(previews.at(3).second.items.first().commands,
                 (QStringList{u"sudo systemctl stop dcos-exhibitor"_s, u"sudo systemctl start --no-block dcos-exhibitor"_s,
                              u"GET http://10.0.0.10:8181/exhibitor/v1/cluster/start"_s}));
        QVERIFY(previews.at(3).second.summary.contains("check-ms"_L1));
        QVERIFY(previews.at(5).second.summary.contains("not restarted in Phase A"_L1));
        // Phase B: the old leader is the restart that gives the new numbering its majority.
        QCOMPARE(previews.at(8).second.items.first().master, u"10.0.0.9"_s);
        QVERIFY(previews.at(8).second.summary.contains("majority"_L1));
    }

    void migrateWithoutPhaseB()
    {
        // The same config with DC/OS's own numbering: Phase B is skipped, with the reason.
        const ClusterConfig config = ClusterConfig::fromFile(u"" EMW_TEST_DATA_DIR "/config/sort-traps.yaml"_s);
        const MigrationPlan noB = MigrationPlan::build(
            config, QMap<QString, int>{{u"10.0.0.10"_s, 1}, {u"10.0.0.100"_s, 2}, {u"10.0.0.9"_s, 3}}, u"test"_s);
        QVERIFY(!noB.phaseBNeeded());
        MigrationOptions options;
        const auto previews = MigrationRunner::previews(OperationListBuilder::Kind::Migrate,
                                                        PreviewInput{&noB, &options, {}, u"10.0.0.9"_s});
        QVERIFY(ids(previews).contains(u"phaseB.skipped"_s));
        QVERIFY(!ids(previews).contains(u"phaseB.write"_s));
        for (const auto &[info, preview] : previews) {
            if (info.id == "phaseB.skipped"_L1)
                QCOMPARE(preview.summary, noB.phaseBReason());
            // Without Phase B the leader is restarted in Phase A, last.
            if (info.id == "phaseA.restart.2"_L1)
                QCOMPARE(preview.items.first().master, u"10.0.0.9"_s);
        }
    }

    void writePreviewShowsTheDiff()
    {
        const MigrationPlan traps = plan(u"sort-traps.ids"_s);
        MigrationOptions options;
        PreviewInput input{&traps, &options, {}, QString()};
        for (const QString &master : traps.masters())
            input.envFiles.insert(master, Env);
        const auto previews = MigrationRunner::previews(OperationListBuilder::Kind::Migrate, input);
        const OperationPreview &writeA = previews.at(2).second;
        QCOMPARE(writeA.items.size(), 3);
        const QString diff = writeA.items.first().diff;
        QVERIFY2(diff.contains("-EXHIBITOR_BACKEND=ZK\n"_L1), qPrintable(diff));
        QVERIFY(diff.contains("+EXHIBITOR_BACKEND=STATIC\n"_L1));
        QVERIFY(diff.contains("+EXHIBITOR_STATICENSEMBLE=2:10.0.0.10,4:10.0.0.100,7:10.0.0.9\n"_L1));
        QVERIFY(diff.contains(" EXHIBITOR_TLS_ENABLED=false\n"_L1));
        QVERIFY(previews.at(6).second.items.first().diff.contains(
            "+EXHIBITOR_STATICENSEMBLE=1:10.0.0.10,2:10.0.0.100,3:10.0.0.9\n"_L1));
        QVERIFY(!writeA.undo.isEmpty());
        // The config.yaml DC/OS needs afterwards, as a diff in Finish's preview.
        QVERIFY(previews.last().second.items.first().diff.contains("+exhibitor_storage_backend: static"_L1));
    }

    void rollbackStatusVerify()
    {
        const MigrationPlan traps = plan(u"sort-traps.ids"_s);
        MigrationOptions options;
        const PreviewInput input{&traps, &options, {}, QString()};
        QCOMPARE(ids(MigrationRunner::previews(OperationListBuilder::Kind::Rollback, input)),
                 (QStringList{u"rollback.inspect"_s, u"rollback.restore"_s, u"rollback.restart.0"_s,
                              u"rollback.restart.1"_s, u"rollback.restart.2"_s, u"rollback.verify"_s}));
        QCOMPARE(ids(MigrationRunner::previews(OperationListBuilder::Kind::Status, input)),
                 QStringList{u"inspect.inspect"_s});
        QCOMPARE(ids(MigrationRunner::previews(OperationListBuilder::Kind::Verify, input)),
                 (QStringList{u"verify.inspect"_s, u"verify"_s}));
        QCOMPARE(ids(MigrationRunner::previews(OperationListBuilder::Kind::Resume, input)).first(),
                 u"inspect.inspect"_s);
    }

    void confirmationPoints()
    {
        const MigrationPlan traps = plan(u"sort-traps.ids"_s);
        MigrationOptions options;
        for (const bool pauseEach : {false, true}) {
            options.pauseEach = pauseEach;
            const OperationList list = OperationListBuilder::build(OperationListBuilder::Kind::Migrate, traps, options);
            QStringList asking;
            for (const auto &operation : list) {
                if (operation->confirmBefore())
                    asking << operation->id();
            }
            QStringList expected{u"backup"_s, u"phaseA.write"_s};
            if (pauseEach)
                expected << u"phaseA.restart.0"_s << u"phaseA.restart.1"_s << u"phaseA.restart.2"_s;
            expected << u"phaseB.write"_s;
            if (pauseEach)
                expected << u"phaseB.restart.0"_s << u"phaseB.restart.1"_s << u"phaseB.restart.2"_s;
            QCOMPARE(asking, expected);
        }
    }

    void zooCfg()
    {
        const QByteArray cfg = "tickTime=200\nserver.7=10.0.0.9:2888:3888\nserver.2=10.0.0.10:2888:3888:participant\n"
                               " server.4 = 10.0.0.100:2888:3888;2181\n# server.9=10.0.0.99:2888:3888\n";
        const Ensemble servers = ZooCfg::servers(cfg);
        QCOMPARE(servers.toString(), u"2:10.0.0.10,4:10.0.0.100,7:10.0.0.9"_s);
        QVERIFY(ZooCfg::sameNumbering(servers, *Ensemble::parse(u"7:10.0.0.9,4:10.0.0.100,2:10.0.0.10"_s)));
        QVERIFY(!ZooCfg::sameNumbering(servers, Ensemble::canonical({u"10.0.0.9"_s, u"10.0.0.10"_s, u"10.0.0.100"_s})));
        QVERIFY(!ZooCfg::sameNumbering(Ensemble(), Ensemble()));
    }
};

QTEST_GUILESS_MAIN(TestOperationList)
#include "TestOperationList.moc"
