// SharedFsSpecReader without a cluster: where it reads, what it refuses before any command runs,
// and that BackendSpecSource picks it for shared_filesystem. Reading through a master is
// tests/migration/TestBackendMigrationSim's shared_filesystem row.
#include "config/ClusterConfig.h"
#include "discovery/BackendSpecSource.h"
#include "discovery/SharedFsSpecReader.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestSharedFsSpecReader : public QObject
{
    Q_OBJECT

private slots:
    void configFile_data();
    void configFile();
    void refusedBeforeAnyCommand_data();
    void refusedBeforeAnyCommand();
    void chosenForSharedFilesystem();
    void otherBackendsNamed_data();
    void otherBackendsNamed();
};

void TestSharedFsSpecReader::configFile_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("file");
    QTest::newRow("plain") << QStringLiteral("/mnt/exhibitor") << QStringLiteral("/mnt/exhibitor/exhibitor.properties");
    QTest::newRow("trailing slashes") << QStringLiteral("/mnt/exhibitor//")
                                      << QStringLiteral("/mnt/exhibitor/exhibitor.properties");
    QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("/exhibitor.properties");
}

void TestSharedFsSpecReader::configFile()
{
    QFETCH(QString, dir);
    QFETCH(QString, file);
    QCOMPARE(SharedFsSpecReader::configFile(dir), file);
}

void TestSharedFsSpecReader::refusedBeforeAnyCommand_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("error");
    QTest::newRow("command substitution") << QStringLiteral("/mnt/$(reboot)")
                                          << QStringLiteral("it is used in a command on the masters");
    QTest::newRow("newline") << QStringLiteral("/mnt/a\nreboot") << QStringLiteral("has characters other than");
    QTest::newRow("relative") << QStringLiteral("mnt/exhibitor") << QStringLiteral("is not an absolute path");
    QTest::newRow("empty") << QString() << QStringLiteral("exhibitor_fs_config_dir is empty");
    // A good path still needs a connected master.
    QTest::newRow("no master") << QStringLiteral("/mnt/exhibitor")
                               << QStringLiteral("no master is connected to read /mnt/exhibitor/exhibitor.properties");
}

void TestSharedFsSpecReader::refusedBeforeAnyCommand()
{
    QFETCH(QString, dir);
    QFETCH(QString, error);
    SharedFsSpecReader reader(nullptr, dir, 5000);
    QSignalSpy finished(&reader, &SpecReader::finished);
    QSignalSpy log(&reader, &SpecReader::logLine);
    reader.start();
    QCOMPARE(finished.count(), 1);
    QVERIFY(reader.isFinished());
    QVERIFY(!reader.result().isOk());
    QVERIFY2(reader.result().error.contains(error), qPrintable(reader.result().error));
    QCOMPARE(log.count(), 1);
    QCOMPARE(log.first().first().toString(), QStringLiteral("backend: ") + reader.result().error);
    // Finished once: a later abort changes nothing.
    reader.abort(QStringLiteral("cancelled"));
    QCOMPARE(finished.count(), 1);
    QVERIFY(reader.result().error.contains(error));
}

void TestSharedFsSpecReader::chosenForSharedFilesystem()
{
    const ClusterConfig config = ClusterConfig::fromYaml("exhibitor_storage_backend: shared_filesystem\n"
                                                         "exhibitor_fs_config_dir: /mnt/nfs/exhibitor\n"
                                                         "master_discovery: static\nmaster_list:\n- 10.0.0.1\n",
                                                         QStringLiteral("config.yaml"));
    QVERIFY(config.isValid());
    const BackendSpecSource source = BackendSpecSource::fromConfig(config);
    QCOMPARE(source.backend, QStringLiteral("shared_filesystem"));
    QString error;
    std::unique_ptr<SpecReader> reader(source.create(nullptr, 5000, nullptr, &error));
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(qobject_cast<SharedFsSpecReader *>(reader.get()));
    QCOMPARE(reader->result().location, QStringLiteral("/mnt/nfs/exhibitor/exhibitor.properties"));
    QVERIFY(!reader->isFinished());
}

void TestSharedFsSpecReader::otherBackendsNamed_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("error");
    QTest::newRow("not known") << QString() << QStringLiteral("(exhibitor_storage_backend)");
    QTest::newRow("static") << QStringLiteral("static") << QStringLiteral("the static backend keeps no shared config");
    QTest::newRow("zookeeper without hosts") << QStringLiteral("zookeeper") << QStringLiteral("(exhibitor_zk_hosts)");
}

void TestSharedFsSpecReader::otherBackendsNamed()
{
    QFETCH(QString, backend);
    QFETCH(QString, error);
    BackendSpecSource source;
    source.backend = backend;
    QString why;
    QVERIFY(!source.create(nullptr, 5000, nullptr, &why));
    QVERIFY2(why.contains(error), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestSharedFsSpecReader)
#include "TestSharedFsSpecReader.moc"
