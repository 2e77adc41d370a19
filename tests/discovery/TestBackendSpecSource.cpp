#include "SpecReaderRun.h"

#include "config/ClusterConfig.h"
#include "discovery/AzureSpecReader.h"
#include "discovery/BackendSpecSource.h"
#include "discovery/MasterCredentialsSpecReader.h"
#include "discovery/S3SpecReader.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Which reader BackendSpecSource::create() picks for the object stores from config.yaml: the
// keys in config.yaml, the masters' /opt/mesosphere/etc/exhibitor.properties where config.yaml
// has none, or nothing at once where no keys exist anywhere (exhibitor_explicit_keys false: the
// masters' instance role). The read of the masters' file itself runs on the simulated cluster
// (TestDiscoveryCredentials).
class TestBackendSpecSource : public QObject
{
    Q_OBJECT

    static constexpr const char *Secret = "emw/Secret+Of+BackendSpecSource/NeverShown42";

    static BackendSpecSource s3Source(const QByteArray &keyLines)
    {
        const QByteArray yaml = "cluster_name: s3\n"
                                "master_discovery: static\n"
                                "master_list: [127.0.27.11, 127.0.27.12, 127.0.27.13]\n"
                                "exhibitor_storage_backend: aws_s3\n"
                                "aws_region: us-west-2\n"
                                "s3_bucket: dcos-exhibitor-27\n"
                                "s3_prefix: dcos-stack-27\n"
            + keyLines;
        const ClusterConfig config = ClusterConfig::fromYaml(yaml, u"config.yaml"_s);
        return BackendSpecSource::fromConfig(config);
    }

    static QByteArray s3Keys() { return "aws_access_key_id: AKIAEXAMPLE27\naws_secret_access_key: " + QByteArray(Secret) + '\n'; }

private slots:
    void s3ReaderFromConfigYaml_data()
    {
        QTest::addColumn<QByteArray>("keyLines");
        QTest::addColumn<QString>("reader");
        QTest::newRow("explicit keys in config.yaml")
            << QByteArray("exhibitor_explicit_keys: 'true'\n") + s3Keys() << u"S3SpecReader"_s;
        // An IAM user's keys given for this workstation while the masters use their role.
        QTest::newRow("instance role, keys given here")
            << QByteArray("exhibitor_explicit_keys: 'false'\n") + s3Keys() << u"S3SpecReader"_s;
        QTest::newRow("explicit keys stripped from config.yaml")
            << QByteArray("exhibitor_explicit_keys: 'true'\n") << u"MasterCredentialsSpecReader"_s;
        QTest::newRow("exhibitor_explicit_keys absent, no keys")
            << QByteArray() << u"MasterCredentialsSpecReader"_s;
        QTest::newRow("only the key ID in config.yaml")
            << QByteArray("exhibitor_explicit_keys: true\naws_access_key_id: AKIAEXAMPLE27\n")
            << u"MasterCredentialsSpecReader"_s;
    }

    void s3ReaderFromConfigYaml()
    {
        QFETCH(QByteArray, keyLines);
        QFETCH(QString, reader);
        QString error;
        std::unique_ptr<SpecReader> created(s3Source(keyLines).create(nullptr, 10000, nullptr, &error));
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(QString::fromLatin1(created->metaObject()->className()), reader);
    }

    // CloudFormation templates: the masters read S3 with their instance role, no keys exist on
    // them or in config.yaml. The backend source is unavailable at once, saying why and what to
    // do, instead of a read of the master's file that cannot help.
    void s3InstanceRoleWithoutKeysIsUnavailableAtOnce_data()
    {
        QTest::addColumn<QByteArray>("explicitKeys");
        QTest::newRow("quoted, as gen writes it") << QByteArray("exhibitor_explicit_keys: 'false'\n");
        QTest::newRow("bare YAML boolean") << QByteArray("exhibitor_explicit_keys: false\n");
    }

    void s3InstanceRoleWithoutKeysIsUnavailableAtOnce()
    {
        QFETCH(QByteArray, explicitKeys);
        QString error;
        std::unique_ptr<SpecReader> created(s3Source(explicitKeys).create(nullptr, 10000, nullptr, &error));
        QVERIFY(!created);
        QCOMPARE(error, u"the masters read S3 with their instance role (exhibitor_explicit_keys is false); this "
                        "workstation has no keys for it: give aws_access_key_id/aws_secret_access_key of an IAM user "
                        "that may read s3://dcos-exhibitor-27/dcos-stack-27, or rely on the other ID sources"_s);
    }

    // Without a connected master the file cannot be read: the reader finishes at once, naming the
    // object and the file, and does not try S3 without keys.
    void s3WithoutKeysAndWithoutAMasterSaysWhereTheKeysWouldBe()
    {
        QString error;
        std::unique_ptr<SpecReader> created(
            s3Source("exhibitor_explicit_keys: 'true'\n").create(nullptr, 10000, nullptr, &error));
        QVERIFY2(created, qPrintable(error));
        const SpecReaderRun run = SpecReaderRun::of(created.get());
        QCOMPARE(run.finishedCount, 1);
        QVERIFY(run.elapsedMs < 5000);
        QCOMPARE(run.result.location, u"s3://dcos-exhibitor-27/dcos-stack-27"_s);
        QCOMPARE(run.result.error, u"config.yaml has no credentials for s3://dcos-exhibitor-27/dcos-stack-27 and no "
                                   "master is connected to read them from /opt/mesosphere/etc/exhibitor.properties"_s);
    }

    void azureReaderFromConfigYaml_data()
    {
        QTest::addColumn<QByteArray>("accountLines");
        QTest::addColumn<QString>("reader");
        QTest::newRow("account and key in config.yaml")
            << QByteArray("exhibitor_azure_account_name: dcosstore27\nexhibitor_azure_account_key: c2VjcmV0LWtleQ==\n")
            << u"AzureSpecReader"_s;
        QTest::newRow("key stripped from config.yaml")
            << QByteArray("exhibitor_azure_account_name: dcosstore27\n") << u"MasterCredentialsSpecReader"_s;
    }

    void azureReaderFromConfigYaml()
    {
        QFETCH(QByteArray, accountLines);
        QFETCH(QString, reader);
        BackendSpecSource source;
        source.backend = u"azure"_s;
        source.settings.insert(u"exhibitor_azure_prefix"_s, u"cluster-27"_s);
        for (const QByteArray &line : accountLines.split('\n')) {
            const qsizetype colon = line.indexOf(": ");
            if (colon > 0)
                source.settings.insert(QString::fromLatin1(line.left(colon)), QString::fromLatin1(line.mid(colon + 2)));
        }
        QString error;
        std::unique_ptr<SpecReader> created(source.create(nullptr, 10000, nullptr, &error));
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(QString::fromLatin1(created->metaObject()->className()), reader);
        if (reader == QLatin1String("MasterCredentialsSpecReader")) {
            const SpecReaderRun run = SpecReaderRun::of(created.get());
            QCOMPARE(run.finishedCount, 1);
            QVERIFY2(run.result.error.endsWith(u"no master is connected to read them from "
                                               "/opt/mesosphere/etc/exhibitor.properties"_s),
                     qPrintable(run.result.error));
        }
    }
};

QTEST_GUILESS_MAIN(TestBackendSpecSource)
#include "TestBackendSpecSource.moc"
