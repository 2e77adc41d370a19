#include "config/ExhibitorEnvFile.h"

#include <QTest>

// /opt/mesosphere/etc/exhibitor: reading systemd EnvironmentFile values, and the static version
// that changes the backend lines and nothing else, byte for byte.
class TestExhibitorEnvFile : public QObject
{
    Q_OBJECT

private slots:
    void value_data();
    void value();
    void lines();
    void lastAssignmentWins();
    void roundTrip_data();
    void roundTrip();
    void renderStatic_data();
    void renderStatic();
    void isBackendKey_data();
    void isBackendKey();
};

namespace {
const QString kEnsemble = QStringLiteral("5:10.10.0.104,4:10.10.0.122,3:10.10.0.169,1:10.10.0.193,2:10.10.0.203");
const QByteArray kStaticLines = "EXHIBITOR_BACKEND=STATIC\n"
                                "EXHIBITOR_STATICENSEMBLE=5:10.10.0.104,4:10.10.0.122,3:10.10.0.169,1:10.10.0.193,"
                                "2:10.10.0.203\n";

// What DC/OS writes for a ZooKeeper backend with Exhibitor TLS.
const QByteArray kZkWithTls = "EXHIBITOR_BACKEND=ZK\n"
                              "ZK_CONFIG_CONNECT=10.10.0.249:2181,10.10.0.79:2181,10.10.0.125:2181\n"
                              "ZK_CONFIG_ZPATH=/\n"
                              "EXHIBITOR_TLS_ENABLED=true\n"
                              "EXHIBITOR_TLS_REQUIRED=false\n"
                              "EXHIBITOR_BOOTSTRAP_CA_URL=\n"
                              "BOOTSTRAP_URL=http://10.10.0.100\n";
} // namespace

void TestExhibitorEnvFile::value_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("unquoted") << QByteArray("EXHIBITOR_BACKEND=ZK") << QStringLiteral("EXHIBITOR_BACKEND") << QStringLiteral("ZK");
    QTest::newRow("double quotes") << QByteArray("EXHIBITOR_STATICENSEMBLE=\"5:10.10.0.104,4:10.10.0.122\"")
                                   << QStringLiteral("EXHIBITOR_STATICENSEMBLE") << QStringLiteral("5:10.10.0.104,4:10.10.0.122");
    QTest::newRow("single quotes") << QByteArray("ZK_CONFIG_ZPATH='/exhibitor'") << QStringLiteral("ZK_CONFIG_ZPATH")
                                   << QStringLiteral("/exhibitor");
    QTest::newRow("escaped quote") << QByteArray("NOTE=\"say \\\"hi\\\" \\\\ bye\"") << QStringLiteral("NOTE")
                                   << QStringLiteral("say \"hi\" \\ bye");
    QTest::newRow("single quotes are literal") << QByteArray("NOTE='a \\ b'") << QStringLiteral("NOTE")
                                               << QStringLiteral("a \\ b");
    QTest::newRow("hash inside quotes") << QByteArray("NOTE=\"a#b\"") << QStringLiteral("NOTE") << QStringLiteral("a#b");
    QTest::newRow("blanks around") << QByteArray("  ZK_CONFIG_ZPATH = /  ") << QStringLiteral("ZK_CONFIG_ZPATH")
                                   << QStringLiteral("/");
    QTest::newRow("empty value") << QByteArray("EXHIBITOR_BOOTSTRAP_CA_URL=") << QStringLiteral("EXHIBITOR_BOOTSTRAP_CA_URL")
                                 << QString();
    QTest::newRow("empty quotes") << QByteArray("EXHIBITOR_BOOTSTRAP_CA_URL=\"\"")
                                  << QStringLiteral("EXHIBITOR_BOOTSTRAP_CA_URL") << QString();
    QTest::newRow("equals in value") << QByteArray("BOOTSTRAP_URL=http://h/?a=b") << QStringLiteral("BOOTSTRAP_URL")
                                     << QStringLiteral("http://h/?a=b");
    QTest::newRow("CRLF") << QByteArray("EXHIBITOR_BACKEND=ZK\r\n") << QStringLiteral("EXHIBITOR_BACKEND")
                          << QStringLiteral("ZK");
    QTest::newRow("quoted CRLF") << QByteArray("EXHIBITOR_BACKEND=\"ZK\"\r\n") << QStringLiteral("EXHIBITOR_BACKEND")
                                 << QStringLiteral("ZK");
}

void TestExhibitorEnvFile::value()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, key);
    QFETCH(QString, value);

    const auto file = ExhibitorEnvFile::parse(line);
    QCOMPARE(file.lines().size(), 1);
    QCOMPARE(file.lines().constFirst().key, key);
    QVERIFY(file.contains(key));
    QCOMPARE(file.value(key), value);
}

void TestExhibitorEnvFile::lines()
{
    const auto file = ExhibitorEnvFile::parse("# written by DC/OS\r\n"
                                              "\r\n"
                                              "; also a comment\r\n"
                                              "   # indented comment\r\n"
                                              "NOT AN ASSIGNMENT\r\n"
                                              "EXHIBITOR_BACKEND=\"ZK\"\r\n"
                                              "ZK_CONFIG_ZPATH=/");
    QCOMPARE(file.lines().size(), 7);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(file.lines().at(i).key.isEmpty(), qPrintable(QString::number(i)));
    QCOMPARE(file.lines().at(0).raw, QByteArray("# written by DC/OS"));
    QCOMPARE(file.lines().at(0).eol, QByteArray("\r\n"));
    QCOMPARE(file.lines().at(5).raw, QByteArray("EXHIBITOR_BACKEND=\"ZK\""));
    QCOMPARE(file.lines().at(6).eol, QByteArray());
    QCOMPARE(file.backend(), QStringLiteral("ZK"));
    QCOMPARE(file.value(QStringLiteral("ZK_CONFIG_ZPATH")), QStringLiteral("/"));
    QVERIFY(!file.contains(QStringLiteral("EXHIBITOR_STATICENSEMBLE")));
    QCOMPARE(file.staticEnsemble(), QString());
    QCOMPARE(file.value(QStringLiteral("MISSING")), QString());
}

void TestExhibitorEnvFile::lastAssignmentWins()
{
    const auto file = ExhibitorEnvFile::parse("EXHIBITOR_BACKEND=ZK\nEXHIBITOR_BACKEND=STATIC\n"
                                              "EXHIBITOR_STATICENSEMBLE=\"1:10.0.0.1\"\n");
    QCOMPARE(file.backend(), QStringLiteral("STATIC"));
    QCOMPARE(file.staticEnsemble(), QStringLiteral("1:10.0.0.1"));
}

void TestExhibitorEnvFile::roundTrip_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("zk with tls") << kZkWithTls;
    QTest::newRow("crlf") << QByteArray("A=1\r\nB=2\r\n");
    QTest::newRow("mixed endings") << QByteArray("A=1\r\nB=2\nC=3");
    QTest::newRow("blank lines") << QByteArray("\n\nA=1\n\n");
    QTest::newRow("lone CR inside") << QByteArray("A=1\rB=2\n");
    QTest::newRow("empty") << QByteArray();
}

void TestExhibitorEnvFile::roundTrip()
{
    QFETCH(QByteArray, content);
    QCOMPARE(ExhibitorEnvFile::parse(content).toByteArray(), content);
}

void TestExhibitorEnvFile::renderStatic_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("zookeeper with DC/OS's TLS lines")
        << kZkWithTls
        << kStaticLines + "EXHIBITOR_TLS_ENABLED=true\nEXHIBITOR_TLS_REQUIRED=false\nEXHIBITOR_BOOTSTRAP_CA_URL=\n"
                          "BOOTSTRAP_URL=http://10.10.0.100\n";
    QTest::newRow("backend lines after other lines")
        << QByteArray("# Exhibitor settings\nEXHIBITOR_TLS_ENABLED=true\n\nEXHIBITOR_BACKEND=ZK\nZK_CONFIG_CONNECT=a:2181\n"
                      "BOOTSTRAP_URL=http://10.10.0.100\nZK_CONFIG_ZPATH=/\n")
        << QByteArray("# Exhibitor settings\nEXHIBITOR_TLS_ENABLED=true\n\n") + kStaticLines
               + "BOOTSTRAP_URL=http://10.10.0.100\n";
    QTest::newRow("quoted values kept byte for byte")
        << QByteArray("EXHIBITOR_TLS_ENABLED=\"true\"\nEXHIBITOR_BACKEND=\"ZK\"\nZK_CONFIG_CONNECT='10.0.5.1:2181'\n"
                      "ZK_CONFIG_ZPATH=\"/\"\nBOOTSTRAP_URL='http://10.10.0.100'\n")
        << QByteArray("EXHIBITOR_TLS_ENABLED=\"true\"\n") + kStaticLines + "BOOTSTRAP_URL='http://10.10.0.100'\n";
    QTest::newRow("CRLF stays CRLF")
        << QByteArray("EXHIBITOR_BACKEND=ZK\r\nZK_CONFIG_CONNECT=a:2181\r\nZK_CONFIG_ZPATH=/\r\nEXHIBITOR_TLS_ENABLED=true\r\n")
        << QByteArray(kStaticLines).replace("\n", "\r\n") + "EXHIBITOR_TLS_ENABLED=true\r\n";
    QTest::newRow("no newline after the last backend line")
        << QByteArray("EXHIBITOR_TLS_ENABLED=true\nEXHIBITOR_BACKEND=ZK\nZK_CONFIG_CONNECT=a:2181\nZK_CONFIG_ZPATH=/")
        << QByteArray("EXHIBITOR_TLS_ENABLED=true\n") + kStaticLines.chopped(1);
    QTest::newRow("only line, no newline")
        << QByteArray("EXHIBITOR_BACKEND=ZK") << kStaticLines.chopped(1);
    QTest::newRow("no newline after another line")
        << QByteArray("EXHIBITOR_BACKEND=ZK\nZK_CONFIG_CONNECT=a:2181\nZK_CONFIG_ZPATH=/\nBOOTSTRAP_URL=http://b")
        << kStaticLines + "BOOTSTRAP_URL=http://b";
    QTest::newRow("aws s3: region comes first")
        << QByteArray("AWS_REGION=us-west-2\nEXHIBITOR_BACKEND=AWS_S3\nAWS_S3_BUCKET=bucket\nAWS_S3_PREFIX=dcos\n"
                      "EXHIBITOR_TLS_ENABLED=false\n")
        << kStaticLines + "EXHIBITOR_TLS_ENABLED=false\n";
    QTest::newRow("azure")
        << QByteArray("EXHIBITOR_BACKEND=AZURE\nAZURE_CONTAINER=dcos-exhibitor\nAZURE_PREFIX=cluster1\n")
        << kStaticLines;
    QTest::newRow("shared filesystem")
        << QByteArray("EXHIBITOR_BACKEND=SHARED_FS\nEXHIBITOR_FSCONFIGDIR=/mnt/exhibitor\n") << kStaticLines;
    QTest::newRow("static already, other ensemble")
        << QByteArray("EXHIBITOR_BACKEND=STATIC\nEXHIBITOR_STATICENSEMBLE=\"1:10.10.0.104,2:10.10.0.122\"\n")
        << kStaticLines;
    QTest::newRow("commented-out backend lines stay")
        << QByteArray("#EXHIBITOR_BACKEND=S3\nEXHIBITOR_BACKEND=ZK\n# ZK_CONFIG_CONNECT=old:2181\nZK_CONFIG_CONNECT=a:2181\n")
        << QByteArray("#EXHIBITOR_BACKEND=S3\n") + kStaticLines + "# ZK_CONFIG_CONNECT=old:2181\n";
    QTest::newRow("indented backend line")
        << QByteArray("  EXHIBITOR_BACKEND = ZK\nZK_CONFIG_ZPATH=/\n") << kStaticLines;
    QTest::newRow("no backend line: appended")
        << QByteArray("EXHIBITOR_TLS_ENABLED=true\n") << QByteArray("EXHIBITOR_TLS_ENABLED=true\n") + kStaticLines;
    QTest::newRow("no backend line, no final newline")
        << QByteArray("EXHIBITOR_TLS_ENABLED=true") << QByteArray("EXHIBITOR_TLS_ENABLED=true\n") + kStaticLines.chopped(1);
    QTest::newRow("empty file") << QByteArray() << kStaticLines;
}

void TestExhibitorEnvFile::renderStatic()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);

    const QByteArray rendered = ExhibitorEnvFile::parse(before).renderStatic(kEnsemble);
    QCOMPARE(rendered, after);

    const auto reread = ExhibitorEnvFile::parse(rendered);
    QCOMPARE(reread.backend(), QStringLiteral("STATIC"));
    QCOMPARE(reread.staticEnsemble(), kEnsemble);
    for (const auto &line : reread.lines()) {
        QVERIFY2(!line.key.startsWith(QLatin1String("ZK_")) && !line.key.startsWith(QLatin1String("AWS_"))
                     && !line.key.startsWith(QLatin1String("AZURE_")) && line.key != QLatin1String("EXHIBITOR_FSCONFIGDIR"),
                 qPrintable(line.key));
    }
    // Rendering is idempotent: Phase B renders over Phase A's file.
    QCOMPARE(reread.renderStatic(kEnsemble), rendered);
}

void TestExhibitorEnvFile::isBackendKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("backend");
    for (const char *key : {"EXHIBITOR_BACKEND", "ZK_CONFIG_CONNECT", "ZK_CONFIG_ZPATH", "AWS_REGION", "AWS_S3_BUCKET",
                            "AWS_S3_PREFIX", "AZURE_CONTAINER", "AZURE_PREFIX", "EXHIBITOR_FSCONFIGDIR",
                            "EXHIBITOR_STATICENSEMBLE"})
        QTest::newRow(key) << QString::fromLatin1(key) << true;
    for (const char *key : {"EXHIBITOR_TLS_ENABLED", "EXHIBITOR_TLS_REQUIRED", "EXHIBITOR_BOOTSTRAP_CA_URL",
                            "BOOTSTRAP_URL", "exhibitor_backend", ""})
        QTest::newRow(*key ? key : "empty") << QString::fromLatin1(key) << false;
}

void TestExhibitorEnvFile::isBackendKey()
{
    QFETCH(QString, key);
    QFETCH(bool, backend);
    QCOMPARE(ExhibitorEnvFile::isBackendKey(key), backend);
}

QTEST_APPLESS_MAIN(TestExhibitorEnvFile)
#include "TestExhibitorEnvFile.moc"
