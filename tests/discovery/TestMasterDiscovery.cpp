// MasterDiscovery's agreement rules, DiscoveryModel's roles and sorting, the JSON shape and
// reading it back for `plan --ids`: value types alone, no cluster needed.
#include "config/ClusterConfig.h"
#include "config/MigrationPlan.h"
#include "discovery/DiscoveryIdsFile.h"
#include "discovery/DiscoveryJson.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/MasterDiscovery.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {

// A master where every source found `id`, except those given in `others`.
MasterDiscovery master(const QString &ip, int id, const QList<IdReading> &others = {})
{
    MasterDiscovery result(ip);
    result.setEnvFile("EXHIBITOR_BACKEND=ZK\nZK_CONFIG_CONNECT=10.1.0.1:2181\nZK_CONFIG_ZPATH=/x\n");
    result.setOrigChecksum({});
    result.setZooKeeperState(QStringLiteral("follower"), 0x100000002);
    for (IdSource source : IdSources::all())
        result.setReading(IdReading::found(source, id));
    for (const IdReading &reading : others)
        result.setReading(reading);
    return result;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row, column)).toString();
    return values;
}

const QByteArray kConfig = "cluster_name: c\n"
                           "master_discovery: static\n"
                           "exhibitor_storage_backend: zookeeper\n"
                           "exhibitor_zk_hosts: 10.1.0.1:2181\n"
                           "exhibitor_zk_path: /x\n"
                           "master_list:\n- 10.0.0.9\n- 10.0.0.10\n- 10.0.0.100\n";

} // namespace

class TestMasterDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void agreedWhenEveryFoundSourceAgrees()
    {
        const MasterDiscovery result = master(QStringLiteral("10.0.0.9"), 7);
        QCOMPARE(result.agreement(), MasterDiscovery::Agreement::Agreed);
        QCOMPARE(result.agreedId(), 7);
        QCOMPARE(result.agreeingSources(), IdSources::all());
        QVERIFY(result.problems().isEmpty());
        QCOMPARE(result.zxidText(), QStringLiteral("0x100000002"));
        QCOMPARE(result.backend(), QStringLiteral("ZK"));
    }

    void unavailableSourceIsNotADisagreement()
    {
        const MasterDiscovery result = master(
            QStringLiteral("10.0.0.9"), 7,
            {IdReading::unavailable(IdSource::Journal, QStringLiteral("no 'my id' line (rotated?)")),
             IdReading::unavailable(IdSource::Conf, QStringLiteral("'conf' is not whitelisted"))});
        QCOMPARE(result.agreement(), MasterDiscovery::Agreement::Agreed);
        QCOMPARE(result.agreedId(), 7);
        QCOMPARE(result.agreeingSources(), (QList<IdSource>{IdSource::MyIdFile, IdSource::GetState, IdSource::Backend}));
        QCOMPARE(result.unavailableReadings().size(), 2);
        QCOMPARE(result.unavailableReadings().first().describe(), QStringLiteral("journal: no 'my id' line (rotated?)"));
        QVERIFY(result.problems().isEmpty());
    }

    void disagreementNamesSourcesAndValues()
    {
        const MasterDiscovery result = master(QStringLiteral("10.0.0.9"), 7,
                                              {IdReading::found(IdSource::MyIdFile, 9),
                                               IdReading::unavailable(IdSource::Conf, QStringLiteral("x"))});
        QCOMPARE(result.agreement(), MasterDiscovery::Agreement::Disagreed);
        QCOMPARE(result.agreedId(), 0);
        QCOMPARE(result.disagreementText(), QStringLiteral("journal, get-state, backend say 7; myid says 9"));
        QCOMPARE(result.problems().size(), 1);
        QVERIFY(result.problems().first().startsWith(QStringLiteral("10.0.0.9: the ID sources disagree: journal, "
                                                                    "get-state, backend say 7; myid says 9.")));
        QVERIFY(MasterDiscovery::currentIds({result}).isEmpty());
    }

    void disagreementIsFinalWhilePending()
    {
        MasterDiscovery result(QStringLiteral("10.0.0.9"));
        QCOMPARE(result.agreement(), MasterDiscovery::Agreement::Pending);
        result.setReading(IdReading::found(IdSource::Journal, 1));
        QCOMPARE(result.agreement(), MasterDiscovery::Agreement::Pending);
        result.setReading(IdReading::found(IdSource::MyIdFile, 2));
        QCOMPARE(result.agreement(), MasterDiscovery::Agreement::Disagreed);
    }

    void noSourceIsAProblemWithEveryReason()
    {
        MasterDiscovery result(QStringLiteral("10.0.0.9"));
        for (IdSource source : IdSources::all())
            result.setReading(IdReading::unavailable(source, QStringLiteral("reason-") + IdSources::name(source)));
        QCOMPARE(result.agreement(), MasterDiscovery::Agreement::NoId);
        QCOMPARE(result.problems().size(), 1);
        for (IdSource source : IdSources::all())
            QVERIFY(result.problems().first().contains(IdSources::name(source) + QStringLiteral(": reason-")));
    }

    void unreachableMaster()
    {
        MasterDiscovery result(QStringLiteral("10.0.0.9"));
        result.setConnectionError(QStringLiteral("Connection refused"));
        QVERIFY(result.isComplete());
        QCOMPARE(result.agreement(), MasterDiscovery::Agreement::Unreachable);
        QCOMPARE(result.problems(), QStringList{QStringLiteral("10.0.0.9: cannot connect: Connection refused")});
    }

    void origStates()
    {
        MasterDiscovery result = master(QStringLiteral("10.0.0.9"), 7);
        QCOMPARE(result.orig(), MasterDiscovery::Orig::Missing);
        result.setOrigChecksum(result.envFileSha256());
        QCOMPARE(result.orig(), MasterDiscovery::Orig::Same);
        QVERIFY(result.origExists());
        QVERIFY(!result.origDiffers());
        result.setOrigChecksum(QByteArray(64, 'a'));
        QCOMPARE(result.orig(), MasterDiscovery::Orig::Differs);
        QVERIFY(result.origDiffers());
    }

    void modelSortsIpAsDcosAndIdsAsNumbers()
    {
        DiscoveryModel model;
        model.setResults({master(QStringLiteral("10.0.0.9"), 7), master(QStringLiteral("10.0.0.10"), 12),
                          master(QStringLiteral("10.0.0.100"), 4)});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(DiscoveryModel::SortRole);
        proxy.sort(DiscoveryModel::Ip);
        QCOMPARE(column(proxy, DiscoveryModel::Ip),
                 (QStringList{QStringLiteral("10.0.0.10"), QStringLiteral("10.0.0.100"), QStringLiteral("10.0.0.9")}));
        proxy.sort(DiscoveryModel::CurrentId);
        // As numbers: 4 < 7 < 12 (as strings 12 would come first).
        QCOMPARE(column(proxy, DiscoveryModel::CurrentId),
                 (QStringList{QStringLiteral("4"), QStringLiteral("7"), QStringLiteral("12")}));
    }

    void modelTooltipsAndProblemRole()
    {
        DiscoveryModel model;
        model.setResults({master(QStringLiteral("10.0.0.9"), 7,
                                 {IdReading::found(IdSource::MyIdFile, 9),
                                  IdReading::unavailable(IdSource::Journal, QStringLiteral("no 'my id' line (rotated?)"))}),
                          master(QStringLiteral("10.0.0.10"), 2)});
        const QModelIndex myid = model.index(0, DiscoveryModel::MyId);
        QCOMPARE(model.data(myid).toString(), QStringLiteral("9"));
        QVERIFY(model.data(myid, DiscoveryModel::ProblemRole).toBool());
        QVERIFY(model.data(myid, Qt::ToolTipRole).toString().contains(QStringLiteral("myid says 9")));
        const QModelIndex journal = model.index(0, DiscoveryModel::Journal);
        QCOMPARE(model.data(journal).toString(), QStringLiteral("—"));
        QVERIFY(!model.data(journal, DiscoveryModel::ProblemRole).toBool());
        QCOMPARE(model.data(journal, Qt::ToolTipRole).toString(),
                 QStringLiteral("Unavailable: no 'my id' line (rotated?)"));
        QCOMPARE(model.data(model.index(0, DiscoveryModel::Agreement)).toString(), QStringLiteral("DISAGREE"));
        QCOMPARE(model.data(model.index(0, DiscoveryModel::CurrentId)).toString(), QStringLiteral("—"));
        QCOMPARE(model.data(model.index(1, DiscoveryModel::Agreement), Qt::ToolTipRole).toString(),
                 QStringLiteral("Agreed by journal, myid, conf, get-state, backend"));
        QCOMPARE(model.data(model.index(1, DiscoveryModel::Zxid)).toString(), QStringLiteral("0x100000002"));
        QCOMPARE(model.data(model.index(1, DiscoveryModel::Orig)).toString(), QStringLiteral("none"));
        QCOMPARE(model.columnCount(), int(DiscoveryModel::ColumnCount));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void modelUpdatesOneRow()
    {
        DiscoveryModel model;
        model.setResults({MasterDiscovery(QStringLiteral("10.0.0.9")), MasterDiscovery(QStringLiteral("10.0.0.10"))});
        QCOMPARE(model.data(model.index(1, DiscoveryModel::Journal)).toString(), QStringLiteral("…"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateResult(master(QStringLiteral("10.0.0.10"), 2));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.data(model.index(1, DiscoveryModel::Journal)).toString(), QStringLiteral("2"));
    }

    void jsonShape()
    {
        const QJsonObject json = DiscoveryJson::toJson(
            {master(QStringLiteral("10.0.0.9"), 7,
                    {IdReading::unavailable(IdSource::Journal, QStringLiteral("no 'my id' line (rotated?)"))}),
             master(QStringLiteral("10.0.0.10"), 2, {IdReading::found(IdSource::GetState, 3)})});
        QCOMPARE(json.value(QLatin1String("current_ids")).toObject(), (QJsonObject{{QStringLiteral("10.0.0.9"), 7}}));
        const QJsonObject first = json.value(QLatin1String("masters")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("ip")).toString(), QStringLiteral("10.0.0.9"));
        QCOMPARE(first.value(QLatin1String("id")).toInt(), 7);
        QCOMPARE(first.value(QLatin1String("agreement")).toString(), QStringLiteral("agreed"));
        QVERIFY(first.value(QLatin1String("sources")).toObject().value(QLatin1String("journal")).isNull());
        QCOMPARE(first.value(QLatin1String("sources")).toObject().value(QLatin1String("get_state")).toInt(), 7);
        QCOMPARE(first.value(QLatin1String("unavailable")).toObject().value(QLatin1String("journal")).toString(),
                 QStringLiteral("no 'my id' line (rotated?)"));
        QCOMPARE(first.value(QLatin1String("mode")).toString(), QStringLiteral("follower"));
        QCOMPARE(first.value(QLatin1String("zxid")).toString(), QStringLiteral("0x100000002"));
        QCOMPARE(first.value(QLatin1String("orig_exists")).toBool(true), false);
        QCOMPARE(first.value(QLatin1String("orig_differs")).toBool(true), false);
        const QJsonObject second = json.value(QLatin1String("masters")).toArray().at(1).toObject();
        QCOMPARE(second.value(QLatin1String("agreement")).toString(), QStringLiteral("disagreed"));
        QVERIFY(second.value(QLatin1String("id")).isNull());
        QCOMPARE(second.value(QLatin1String("problems")).toArray().size(), 1);
    }

    void idsFileFeedsThePlan()
    {
        const ClusterConfig config = ClusterConfig::fromYaml(kConfig, QStringLiteral("config.yaml"));
        QVERIFY(config.isValid());
        const QList<MasterDiscovery> results{master(QStringLiteral("10.0.0.9"), 7), master(QStringLiteral("10.0.0.10"), 2),
                                             master(QStringLiteral("10.0.0.100"), 4)};
        const QByteArray text = QJsonDocument(DiscoveryJson::toJson(results)).toJson();
        const DiscoveryIdsFile file = DiscoveryIdsFile::parse(text, QStringLiteral("d.json"));
        QVERIFY(file.issues().isEmpty());
        QCOMPARE(file.ids(), MasterDiscovery::currentIds(results));
        const MigrationPlan plan = MigrationPlan::build(config, file.ids(), file.source());
        QVERIFY(file.withPlanIssues(plan).isEmpty());
        QCOMPARE(plan.phaseA().toString(), QStringLiteral("2:10.0.0.10,4:10.0.0.100,7:10.0.0.9"));
    }

    void idsFileReportsUnsettledMastersOnce()
    {
        const ClusterConfig config = ClusterConfig::fromYaml(kConfig, QStringLiteral("config.yaml"));
        const QList<MasterDiscovery> results{master(QStringLiteral("10.0.0.9"), 7, {IdReading::found(IdSource::Conf, 8)}),
                                             master(QStringLiteral("10.0.0.10"), 2),
                                             master(QStringLiteral("10.0.0.100"), 4)};
        const QByteArray text = QJsonDocument(DiscoveryJson::toJson(results)).toJson();
        const DiscoveryIdsFile file = DiscoveryIdsFile::parse(text, QStringLiteral("d.json"));
        const ConfigIssues issues = file.withPlanIssues(MigrationPlan::build(config, file.ids(), file.source()));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().key, QStringLiteral("10.0.0.9"));
        QVERIFY(issues.first().line > 0);
        QVERIFY(issues.first().message.startsWith(QStringLiteral("the ID sources disagree: journal, myid, get-state, "
                                                                 "backend say 7; conf says 8.")));
    }

    void idsFileRejectsOtherJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("malformed") << QByteArray("{\n\"current_ids\": {\n\"10.0.0.9\": 7,,\n}}") << 3;
        QTest::newRow("no current_ids") << QByteArray("{\"masters\": []}") << 0;
        QTest::newRow("not a number") << QByteArray("{\"current_ids\": {\n\"10.0.0.9\": \"7\"}}") << 2;
    }

    void idsFileRejectsOtherJson()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const DiscoveryIdsFile file = DiscoveryIdsFile::parse(text, QStringLiteral("d.json"));
        QCOMPARE(file.issues().size(), 1);
        QCOMPARE(file.issues().first().line, line);
        QVERIFY(file.ids().isEmpty());
    }

    void idsFileWarnsOfDuplicateKeys()
    {
        const QByteArray text = "{\n\"current_ids\": {\n\"10.0.0.9\": 7,\n\"10.0.0.10\": 2,\n\"10.0.0.9\": 8\n},\n"
                                "\"masters\": [{\"ip\": \"10.0.0.9\"}, {\"ip\": \"10.0.0.10\"}]\n}\n";
        const DiscoveryIdsFile file = DiscoveryIdsFile::parse(text, QStringLiteral("d.json"));
        QVERIFY(file.issues().isEmpty());
        QCOMPARE(file.warnings().size(), 1); // "ip" twice is two objects, not a duplicate
        const ConfigIssue warning = file.warnings().first();
        QCOMPARE(warning.line, 5);
        QCOMPARE(warning.key, QStringLiteral("10.0.0.9"));
        QVERIFY2(warning.message.contains(QLatin1String("first on line 3")), qPrintable(warning.message));
        QCOMPARE(warning.toWarningString().left(18), QStringLiteral("d.json:5: warning:"));
    }

    void idsFileReadInLinearTime()
    {
        // 30000 masters, none with a usable ID: each gets an issue with its line. Looking each
        // line up by searching the text from its start took about 10 s; one pass takes
        // milliseconds.
        QByteArray text = "{\"current_ids\": {\n";
        for (int i = 0; i < 30000; ++i)
            text += "\"10.0." + QByteArray::number(i / 256) + '.' + QByteArray::number(i % 256) + "\": 1.5,\n";
        text += "\"10.1.0.0\": 1.5\n}}\n";
        const ClusterConfig config = ClusterConfig::fromYaml(kConfig, QStringLiteral("config.yaml"));
        QElapsedTimer clock;
        clock.start();
        const DiscoveryIdsFile file = DiscoveryIdsFile::parse(text, QStringLiteral("d.json"));
        const ConfigIssues issues = file.withPlanIssues(MigrationPlan::build(config, file.ids(), file.source()));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(file.issues().size(), 30001);
        QCOMPARE(file.issues().last().line, 30002);
        QVERIFY(issues.size() >= 30001);
    }
};

QTEST_GUILESS_MAIN(TestMasterDiscovery)
#include "TestMasterDiscovery.moc"
