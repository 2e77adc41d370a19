#include "config/MigrationPlan.h"

#include <QFile>
#include <QTest>

// The plan end to end: config.yaml and current IDs in, both ensembles, the Phase B decision and
// the new config.yaml out, or the problems that stop it.
class TestMigrationPlan : public QObject
{
    Q_OBJECT

private slots:
    void fieldExample_data();
    void fieldExample();
    void demoCluster();
    void phaseBSkippedWhenCanonical();
    void stringSortTraps();
    void idProblemsNameMasterAndLine();
    void idProblemsWithoutOrigins();
    void readingProblemsAreIncluded();
    void malformedIdsLinesAreReportedOnce();
    void invalidConfig();
    void unusableMasterList();
    void alreadyStatic();
};

namespace {
const QString kData = QStringLiteral(EMW_TEST_DATA_DIR);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

const QString kFieldPhaseA = QStringLiteral("5:10.10.0.104,4:10.10.0.122,3:10.10.0.169,1:10.10.0.193,2:10.10.0.203");
const QString kFieldPhaseB = QStringLiteral("1:10.10.0.104,2:10.10.0.122,3:10.10.0.169,4:10.10.0.193,5:10.10.0.203");
} // namespace

void TestMigrationPlan::fieldExample_data()
{
    QTest::addColumn<bool>("fromJournals");
    QTest::newRow("ids file") << false;
    QTest::newRow("journals") << true;
}

void TestMigrationPlan::fieldExample()
{
    QFETCH(bool, fromJournals);

    const auto config = ClusterConfig::fromFile(kData + QStringLiteral("/field-example.yaml"));
    const auto ids = fromJournals
        ? CurrentIds::fromJournalDir(kData + QStringLiteral("/journals/field-example"), config.masterList())
        : CurrentIds::fromIdsFile(kData + QStringLiteral("/ids/field-example.ids"));
    const auto plan = MigrationPlan::build(config, ids);

    QVERIFY2(plan.isValid(), qPrintable(plan.issues().value(0).toString()));
    QCOMPARE(plan.masters(), (QStringList{QStringLiteral("10.10.0.104"), QStringLiteral("10.10.0.122"),
                                          QStringLiteral("10.10.0.169"), QStringLiteral("10.10.0.193"),
                                          QStringLiteral("10.10.0.203")}));
    QCOMPARE(plan.currentIds().value(QStringLiteral("10.10.0.122")), 4);
    QCOMPARE(plan.phaseA().toString(), kFieldPhaseA);
    QCOMPARE(plan.phaseB().toString(), kFieldPhaseB);
    QVERIFY(plan.phaseBNeeded());
    QCOMPARE(plan.mastersChangingId(), (QStringList{QStringLiteral("10.10.0.104"), QStringLiteral("10.10.0.122"),
                                                    QStringLiteral("10.10.0.193"), QStringLiteral("10.10.0.203")}));
    QVERIFY(plan.phaseBReason().startsWith(QStringLiteral("Phase B is needed")));
    QVERIFY(plan.restartNote().contains(QStringLiteral("leader last")));
    QCOMPARE(plan.configFile(), kData + QStringLiteral("/field-example.yaml"));
    QCOMPARE(plan.configYamlBefore(), readFile(kData + QStringLiteral("/field-example.yaml")));
    QCOMPARE(plan.configYamlAfter(), readFile(kData + QStringLiteral("/config/field-example-static.yaml")));

    const QString diff = plan.configYamlDiff();
    QVERIFY(diff.startsWith(QStringLiteral("--- ") + plan.configFile() + QLatin1Char('\n')));
    QVERIFY(diff.contains(QStringLiteral("\n-exhibitor_storage_backend: zookeeper\n")));
    QVERIFY(diff.contains(QStringLiteral("\n-exhibitor_zk_hosts: 10.10.0.249:2181,10.10.0.79:2181,10.10.0.125:2181\n")));
    QVERIFY(diff.contains(QStringLiteral("\n-exhibitor_zk_path: /\n")));
    QVERIFY(diff.contains(QStringLiteral("\n+exhibitor_storage_backend: static\n")));
}

void TestMigrationPlan::demoCluster()
{
    // The wizard's demo: resources/demo must always plan cleanly.
    const auto config = ClusterConfig::fromFile(QStringLiteral(EMW_SOURCE_DIR "/resources/demo/config.yaml"));
    const QMap<QString, int> ids{{QStringLiteral("127.0.1.104"), 5},
                                 {QStringLiteral("127.0.1.122"), 4},
                                 {QStringLiteral("127.0.1.169"), 3},
                                 {QStringLiteral("127.0.1.193"), 1},
                                 {QStringLiteral("127.0.1.203"), 2}};
    const auto plan = MigrationPlan::build(config, ids, QStringLiteral("demo"));
    QVERIFY2(plan.isValid(), qPrintable(plan.issues().value(0).toString()));
    QCOMPARE(plan.phaseA().toString(),
             QStringLiteral("5:127.0.1.104,4:127.0.1.122,3:127.0.1.169,1:127.0.1.193,2:127.0.1.203"));
    QCOMPARE(plan.phaseB().toString(),
             QStringLiteral("1:127.0.1.104,2:127.0.1.122,3:127.0.1.169,4:127.0.1.193,5:127.0.1.203"));
    QVERIFY(plan.phaseBNeeded());
    QVERIFY(plan.configYamlAfter().contains("exhibitor_storage_backend: static\n"));
    QVERIFY(!plan.configYamlAfter().contains("exhibitor_zk_"));
    QVERIFY(plan.configYamlAfter().startsWith("# DC/OS config.yaml of the bundled demo cluster"));
}

void TestMigrationPlan::phaseBSkippedWhenCanonical()
{
    const auto config = ClusterConfig::fromFile(kData + QStringLiteral("/field-example.yaml"));
    const auto plan = MigrationPlan::build(config, CurrentIds::fromIdsFile(kData + QStringLiteral("/ids/field-example-canonical.ids")));
    QVERIFY(plan.isValid());
    QCOMPARE(plan.phaseA().toString(), kFieldPhaseB);
    QCOMPARE(plan.phaseA(), plan.phaseB());
    QVERIFY(!plan.phaseBNeeded());
    QVERIFY(plan.mastersChangingId().isEmpty());
    QVERIFY(plan.phaseBReason().contains(QStringLiteral("Phase B is skipped")));
    QVERIFY(plan.phaseBReason().contains(QStringLiteral("offline for nothing")));
    QVERIFY(!plan.restartNote().contains(QStringLiteral("Phase B")));
}

void TestMigrationPlan::stringSortTraps()
{
    const auto config = ClusterConfig::fromFile(kData + QStringLiteral("/config/sort-traps.yaml"));
    const auto plan = MigrationPlan::build(config, CurrentIds::fromIdsFile(kData + QStringLiteral("/ids/sort-traps.ids")));
    QVERIFY2(plan.isValid(), qPrintable(plan.issues().value(0).toString()));
    QCOMPARE(plan.masters(),
             (QStringList{QStringLiteral("10.0.0.10"), QStringLiteral("10.0.0.100"), QStringLiteral("10.0.0.9")}));
    QCOMPARE(plan.phaseA().toString(), QStringLiteral("2:10.0.0.10,4:10.0.0.100,7:10.0.0.9"));
    QCOMPARE(plan.phaseB().toString(), QStringLiteral("1:10.0.0.10,2:10.0.0.100,3:10.0.0.9"));
    QVERIFY(plan.phaseBNeeded());
}

void TestMigrationPlan::idProblemsNameMasterAndLine()
{
    const auto config = ClusterConfig::fromFile(kData + QStringLiteral("/field-example.yaml"));
    const QString idsPath = kData + QStringLiteral("/ids/duplicate-id.ids");
    const auto plan = MigrationPlan::build(config, CurrentIds::fromIdsFile(idsPath));
    QVERIFY(!plan.isValid());
    QCOMPARE(plan.issues().size(), 2);

    // DC/OS order: 10.10.0.104 (line 4) keeps ID 4 and 10.10.0.122 (line 2) is the one reported.
    const auto duplicate = plan.issues().at(0);
    QCOMPARE(duplicate.file, idsPath);
    QCOMPARE(duplicate.line, 2);
    QCOMPARE(duplicate.key, QStringLiteral("10.10.0.122"));
    QVERIFY(duplicate.message.contains(QStringLiteral("which master 10.10.0.104 has too")));
    QVERIFY(duplicate.toString().startsWith(idsPath + QStringLiteral(":2: 10.10.0.122: ")));

    const auto unknown = plan.issues().at(1);
    QCOMPARE(unknown.line, 6);
    QCOMPARE(unknown.key, QStringLiteral("10.10.0.250"));
    QVERIFY(unknown.message.contains(QStringLiteral("not in master_list")));

    QVERIFY(plan.phaseA().isEmpty()); // never a half-valid ensemble
}

void TestMigrationPlan::idProblemsWithoutOrigins()
{
    const auto config = ClusterConfig::fromFile(kData + QStringLiteral("/field-example.yaml"));
    const QMap<QString, int> ids{{QStringLiteral("10.10.0.193"), 1}, {QStringLiteral("10.10.0.122"), 4}};
    const auto plan = MigrationPlan::build(config, ids, QStringLiteral("discovery"));
    QCOMPARE(plan.issues().size(), 3);
    for (const auto &issue : plan.issues()) {
        QCOMPARE(issue.file, QStringLiteral("discovery"));
        QCOMPARE(issue.line, 0);
        QVERIFY(issue.message.contains(QStringLiteral("No current ID")));
    }
    QCOMPARE(plan.issues().at(0).key, QStringLiteral("10.10.0.104"));
    QCOMPARE(plan.issues().at(1).key, QStringLiteral("10.10.0.169"));
    QCOMPARE(plan.issues().at(2).key, QStringLiteral("10.10.0.203"));
}

void TestMigrationPlan::readingProblemsAreIncluded()
{
    const auto config = ClusterConfig::fromFile(kData + QStringLiteral("/field-example.yaml"));
    const QString dir = kData + QStringLiteral("/journals/incomplete");
    const auto plan = MigrationPlan::build(config, CurrentIds::fromJournalDir(dir, config.masterList()));
    // One line per master: the journal problem says why its ID is missing, so "no current ID"
    // is not repeated for it.
    QCOMPARE(plan.issues().size(), 2);
    QCOMPARE(plan.issues().at(0).file, dir + QStringLiteral("/10.10.0.203.log"));
    QCOMPARE(plan.issues().at(0).key, QStringLiteral("10.10.0.203"));
    QCOMPARE(plan.issues().at(1).file, dir + QStringLiteral("/10.10.0.104.log"));
    QCOMPARE(plan.issues().at(1).key, QStringLiteral("10.10.0.104"));
    QVERIFY(plan.phaseA().isEmpty());
}

void TestMigrationPlan::malformedIdsLinesAreReportedOnce()
{
    const auto config = ClusterConfig::fromFile(kData + QStringLiteral("/field-example.yaml"));
    const QString idsPath = kData + QStringLiteral("/ids/malformed.ids");
    const auto plan = MigrationPlan::build(config, CurrentIds::fromIdsFile(idsPath));
    QStringList lines;
    for (const auto &issue : plan.issues())
        lines << issue.toString().section(QStringLiteral(": "), 0, 1);
    const QString prefix = idsPath + QLatin1Char(':');
    // Lines 2 and 3 give no usable ID; they are not reported again as masters without one.
    QCOMPARE(lines, (QStringList{prefix + QStringLiteral("2: 10.10.0.193"), prefix + QStringLiteral("3: 10.10.0.122"),
                                 prefix + QStringLiteral("5: 10.10.0.203")}));
}

void TestMigrationPlan::invalidConfig()
{
    const QString path = kData + QStringLiteral("/config/zk-url.yaml");
    const auto config = ClusterConfig::fromFile(path);
    const QMap<QString, int> ids{{QStringLiteral("10.0.0.1"), 1}, {QStringLiteral("10.0.0.2"), 2}};
    const auto plan = MigrationPlan::build(config, ids, QStringLiteral("ids.txt"));
    QVERIFY(!plan.isValid());
    // zk:// (line 3), the relative path (line 4), and 10.0.0.3 without an ID: master_list is fine,
    // so IDs are still checked.
    QCOMPARE(plan.issues().size(), 3);
    QCOMPARE(plan.issues().at(0).toString().left(path.size() + 3), path + QStringLiteral(":3:"));
    QCOMPARE(plan.issues().at(1).line, 4);
    QCOMPARE(plan.issues().at(2).key, QStringLiteral("10.0.0.3"));
    QVERIFY(plan.configYamlAfter().isEmpty());
    QVERIFY(plan.configYamlDiff().isEmpty());
}

void TestMigrationPlan::unusableMasterList()
{
    const auto config = ClusterConfig::fromFile(kData + QStringLiteral("/config/bad-masters.yaml"));
    const auto plan = MigrationPlan::build(config, CurrentIds::fromIdsFile(kData + QStringLiteral("/ids/field-example.ids")));
    // Only the config's three problems: checking IDs against a broken list would only add noise.
    QCOMPARE(plan.issues().size(), 3);
    QVERIFY(plan.masters().isEmpty());
}

void TestMigrationPlan::alreadyStatic()
{
    const auto config = ClusterConfig::fromFile(kData + QStringLiteral("/config/already-static.yaml"));
    // IDs that do not even match: with nothing to migrate they do not matter and are not checked.
    const QMap<QString, int> ids{{QStringLiteral("10.9.9.9"), 1}};
    const auto plan = MigrationPlan::build(config, ids, QStringLiteral("ids.txt"));
    QCOMPARE(plan.issues().size(), 1);
    QCOMPARE(plan.issues().constFirst().line, 2);
    QVERIFY(plan.issues().constFirst().message.contains(QStringLiteral("nothing to do")));
}

QTEST_APPLESS_MAIN(TestMigrationPlan)
#include "TestMigrationPlan.moc"
