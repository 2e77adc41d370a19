#include "config/ClusterConfig.h"

#include <QTemporaryDir>
#include <QTest>

// config.yaml reading and every validation rule: each problem must name the file, the line and
// the key, because the operator fixes the file from that line alone.
class TestClusterConfig : public QObject
{
    Q_OBJECT

private slots:
    void fieldExample();
    void demoConfig();
    void commentedConfig();
    void validation_data();
    void validation();
    void severalProblemsAtOnce();
    void otherBackends_data();
    void otherBackends();
    void otherBackendProblems_data();
    void otherBackendProblems();
    void dynamicMasterDiscoveryStops();
    void unreadableFile();
    void loopbackMastersAccepted();
    void aliasBombRefused();
    void secondDocumentWarned();
    void ipv4_data();
    void ipv4();
    void hostName_data();
    void hostName();

private:
    static const QByteArray kValid;
};

// Line numbers below refer to this text.
const QByteArray TestClusterConfig::kValid = "cluster_name: test\n"                                  // 1
                                             "exhibitor_storage_backend: zookeeper\n"                // 2
                                             "exhibitor_zk_hosts: 10.0.5.1:2181,zk.example.com:2181\n" // 3
                                             "exhibitor_zk_path: /exhibitor\n"                       // 4
                                             "master_discovery: static\n"                            // 5
                                             "master_list:\n"                                        // 6
                                             "- 10.0.0.1\n"                                          // 7
                                             "- 10.0.0.2\n"                                          // 8
                                             "- 10.0.0.3\n";                                         // 9

namespace {

// kValid with one line replaced (a "#" comment keeps the numbering when a key is dropped).
QByteArray withLine(int line, const QByteArray &replacement)
{
    auto lines = QByteArray(
                     "cluster_name: test\nexhibitor_storage_backend: zookeeper\n"
                     "exhibitor_zk_hosts: 10.0.5.1:2181,zk.example.com:2181\nexhibitor_zk_path: /exhibitor\n"
                     "master_discovery: static\nmaster_list:\n- 10.0.0.1\n- 10.0.0.2\n- 10.0.0.3\n")
                     .split('\n');
    lines[line - 1] = replacement;
    return lines.join('\n');
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

// A valid config with the backend's lines from line 2 on, then master_discovery and master_list.
QByteArray withBackend(const QByteArray &backendLines)
{
    return "cluster_name: test\n" + backendLines + "master_discovery: static\nmaster_list:\n- 10.0.0.1\n- 10.0.0.2\n";
}

const QByteArray kS3 = "exhibitor_storage_backend: aws_s3\n"  // 2
                       "aws_region: us-west-2\n"              // 3
                       "s3_bucket: dcos-exhibitor-bucket\n"   // 4
                       "s3_prefix: cluster-a/exhibitor\n";    // 5
const QByteArray kAzure = "exhibitor_storage_backend: azure\n"                  // 2
                          "exhibitor_azure_account_name: dcosstore\n"           // 3
                          "exhibitor_azure_account_key: c2VjcmV0LWtleQ==\n"     // 4
                          "exhibitor_azure_prefix: cluster-a\n";                // 5
const QByteArray kSharedFs = "exhibitor_storage_backend: shared_filesystem\n"   // 2
                             "exhibitor_fs_config_dir: /mnt/exhibitor-share\n"; // 3

QByteArray readData(const QString &relative)
{
    QFile file(QStringLiteral(EMW_TEST_DATA_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(relative));
    return file.readAll();
}

} // namespace

void TestClusterConfig::fieldExample()
{
    const auto config = ClusterConfig::fromFile(QStringLiteral(EMW_TEST_DATA_DIR "/field-example.yaml"));
    QVERIFY2(config.isValid(), qPrintable(config.issues().value(0).toString()));
    QCOMPARE(config.fileName(), QStringLiteral(EMW_TEST_DATA_DIR "/field-example.yaml"));
    QCOMPARE(config.originalText(), readData(QStringLiteral("field-example.yaml")));
    QCOMPARE(config.clusterName(), QStringLiteral("ZKMIGIV"));
    QCOMPARE(config.masterDiscovery(), QStringLiteral("static"));
    QCOMPARE(config.storageBackend(), QStringLiteral("zookeeper"));
    QCOMPARE(config.zkHosts(), QStringLiteral("10.10.0.249:2181,10.10.0.79:2181,10.10.0.125:2181"));
    QCOMPARE(config.zkPath(), QStringLiteral("/"));
    QCOMPARE(config.masterList(), (QStringList{QStringLiteral("10.10.0.193"), QStringLiteral("10.10.0.122"),
                                               QStringLiteral("10.10.0.203"), QStringLiteral("10.10.0.104"),
                                               QStringLiteral("10.10.0.169")}));
    QVERIFY(config.hasUsableMasterList());
    QVERIFY(config.hasBackendToMigrate());
    QCOMPARE(config.lineOf(QStringLiteral("cluster_name")), 3);
    QCOMPARE(config.lineOf(QStringLiteral("master_list")), 9);
    QCOMPARE(config.lineOf(QStringLiteral("superuser_username")), 27);
    QCOMPARE(config.lineOf(QStringLiteral("no_such_key")), 0);
    QCOMPARE(config.lineOfMaster(QStringLiteral("10.10.0.193")), 10);
    QCOMPARE(config.lineOfMaster(QStringLiteral("10.10.0.169")), 14);
    QCOMPARE(config.lineOfMaster(QStringLiteral("10.10.0.1")), 0);
}

void TestClusterConfig::demoConfig()
{
    // The wizard's demo must always load cleanly.
    const auto config = ClusterConfig::fromFile(QStringLiteral(EMW_SOURCE_DIR "/resources/demo/config.yaml"));
    QVERIFY2(config.isValid(), qPrintable(config.issues().value(0).toString()));
    QCOMPARE(config.masterList().size(), 5);
    QCOMPARE(config.zkPath(), QStringLiteral("/exhibitor-demo"));
}

void TestClusterConfig::commentedConfig()
{
    const auto config = ClusterConfig::fromYaml(readData(QStringLiteral("config/commented.yaml")),
                                                QStringLiteral("commented.yaml"));
    QVERIFY2(config.isValid(), qPrintable(config.issues().value(0).toString()));
    QCOMPARE(config.clusterName(), QStringLiteral("Comments & Quotes"));
    QCOMPARE(config.storageBackend(), QStringLiteral("zookeeper"));
    QCOMPARE(config.zkHosts(), QStringLiteral("10.0.5.1:2181,10.0.5.2:2181, 10.0.5.3:2181"));
    QCOMPARE(config.zkPath(), QStringLiteral("/exhibitor"));
    QCOMPARE(config.lineOfMaster(QStringLiteral("10.0.0.100")), 16);
}

void TestClusterConfig::validation_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message"); // a fragment of the message

    // YAML itself
    QTest::newRow("syntax error") << QByteArray("cluster_name: x\nmaster_list: [10.0.0.1\nmaster_discovery: static\n")
                                  << 3 << QString() << QStringLiteral("YAML syntax error");
    QTest::newRow("bad indentation") << QByteArray("cluster_name: x\n  master_list: a\nfoo: bar\n") << 2 << QString()
                                     << QStringLiteral("YAML syntax error");
    QTest::newRow("not a mapping") << QByteArray("- 10.0.0.1\n- 10.0.0.2\n") << 1 << QString()
                                   << QStringLiteral("not a DC/OS config.yaml");
    QTest::newRow("empty file") << QByteArray("# nothing\n") << 0 << QString() << QStringLiteral("not a DC/OS config.yaml");
    QTest::newRow("duplicate key") << kValid + "cluster_name: again\n" << 10 << QStringLiteral("cluster_name")
                                   << QStringLiteral("first on line 1");

    // master_discovery
    QTest::newRow("master_discovery missing") << withLine(5, "# no discovery") << 0
                                              << QStringLiteral("master_discovery") << QStringLiteral("is missing");
    QTest::newRow("master_discovery dynamic") << withLine(5, "master_discovery: master_http_loadbalancer") << 5
                                              << QStringLiteral("master_discovery")
                                              << QStringLiteral("needs master_discovery: static");
    QTest::newRow("master_discovery list") << withLine(5, "master_discovery: [static]") << 5
                                           << QStringLiteral("master_discovery") << QStringLiteral("single value");

    // master_list
    QTest::newRow("master_list missing") << withLine(6, "# no list").replace("- 10.0.0", "# 10.0.0") << 5
                                         << QStringLiteral("master_list") << QStringLiteral("master_list is missing");
    QTest::newRow("master_list scalar") << withLine(6, "master_list: 10.0.0.1").replace("- 10.0.0", "# 10.0.0") << 6
                                        << QStringLiteral("master_list") << QStringLiteral("must be a YAML list");
    QTest::newRow("master_list JSON string")
        << withLine(6, "master_list: '[\"10.0.0.1\"]'").replace("- 10.0.0", "# 10.0.0") << 6
        << QStringLiteral("master_list") << QStringLiteral("must be a YAML list");
    QTest::newRow("master_list empty") << withLine(6, "master_list: []").replace("- 10.0.0", "# 10.0.0") << 6
                                       << QStringLiteral("master_list") << QStringLiteral("is empty");
    QTest::newRow("master_list null") << withLine(6, "master_list:").replace("- 10.0.0", "# 10.0.0") << 6
                                      << QStringLiteral("master_list") << QStringLiteral("must be a YAML list");
    QTest::newRow("entry is a mapping") << withLine(8, "- {ip: 10.0.0.2}") << 8 << QStringLiteral("master_list")
                                        << QStringLiteral("not an address");
    QTest::newRow("leading zero") << withLine(8, "- 10.0.0.02") << 8 << QStringLiteral("master_list")
                                  << QStringLiteral("\"10.0.0.02\" is not an IPv4 address");
    QTest::newRow("part above 255") << withLine(9, "- 10.0.0.256") << 9 << QStringLiteral("master_list")
                                    << QStringLiteral("\"10.0.0.256\" is not an IPv4 address");
    QTest::newRow("three parts") << withLine(7, "- 10.0.1") << 7 << QStringLiteral("master_list")
                                 << QStringLiteral("is not an IPv4 address");
    QTest::newRow("host name") << withLine(7, "- master1.example.com") << 7 << QStringLiteral("master_list")
                               << QStringLiteral("is not an IPv4 address");
    QTest::newRow("IPv6") << withLine(7, "- '::1'") << 7 << QStringLiteral("master_list")
                          << QStringLiteral("is not an IPv4 address");
    QTest::newRow("shell command") << withLine(7, "- 10.0.0.1;reboot") << 7 << QStringLiteral("master_list")
                                   << QStringLiteral("is not an IPv4 address");
    QTest::newRow("command substitution") << withLine(7, "- \"$(reboot)\"") << 7 << QStringLiteral("master_list")
                                          << QStringLiteral("is not an IPv4 address");
    QTest::newRow("two words") << withLine(7, "- 10.0.0.1 10.0.0.4") << 7 << QStringLiteral("master_list")
                               << QStringLiteral("is not an IPv4 address");
    QTest::newRow("surrounding blank") << withLine(7, "- ' 10.0.0.1'") << 7 << QStringLiteral("master_list")
                                       << QStringLiteral("is not an IPv4 address");
    QTest::newRow("duplicate master") << withLine(9, "- 10.0.0.1") << 9 << QStringLiteral("master_list")
                                      << QStringLiteral("listed twice (also on line 7)");
    QTest::newRow("any address") << withLine(8, "- 0.0.0.0") << 8 << QStringLiteral("master_list")
                                 << QStringLiteral("0.0.0.0 is in 0.0.0.0/8");
    QTest::newRow("this network") << withLine(8, "- 0.1.2.3") << 8 << QStringLiteral("master_list")
                                  << QStringLiteral("0.1.2.3 is in 0.0.0.0/8");
    QTest::newRow("broadcast") << withLine(9, "- 255.255.255.255") << 9 << QStringLiteral("master_list")
                               << QStringLiteral("255.255.255.255 is the broadcast address");
    QTest::newRow("multicast") << withLine(7, "- 224.0.0.1") << 7 << QStringLiteral("master_list")
                               << QStringLiteral("224.0.0.1 is a multicast address");
    QTest::newRow("multicast top") << withLine(7, "- 239.255.255.250") << 7 << QStringLiteral("master_list")
                                   << QStringLiteral("is a multicast address");
    QTest::newRow("reserved") << withLine(7, "- 240.0.0.1") << 7 << QStringLiteral("master_list")
                              << QStringLiteral("240.0.0.1 is a reserved address");
    // Huge, deep or multiplied by aliases: refused before yaml-cpp's tree is walked.
    QTest::newRow("nested too deep") << kValid + "x: " + QByteArray(80, '[') + QByteArray(80, ']') + "\n" << 10
                                     << QString() << QStringLiteral("nested more than 64 levels");

    // exhibitor_storage_backend
    QTest::newRow("backend missing") << withLine(2, "# no backend") << 0 << QStringLiteral("exhibitor_storage_backend")
                                     << QStringLiteral("is missing");
    QTest::newRow("backend unknown") << withLine(2, "exhibitor_storage_backend: etcd") << 2
                                     << QStringLiteral("exhibitor_storage_backend")
                                     << QStringLiteral("\"etcd\" is not a DC/OS storage backend");
    QTest::newRow("backend wrong case") << withLine(2, "exhibitor_storage_backend: ZooKeeper") << 2
                                        << QStringLiteral("exhibitor_storage_backend")
                                        << QStringLiteral("is not a DC/OS storage backend");
    QTest::newRow("already static") << withLine(2, "exhibitor_storage_backend: static") << 2
                                    << QStringLiteral("exhibitor_storage_backend")
                                    << QStringLiteral("already been migrated, there is nothing to do");
    QTest::newRow("agent only") << withLine(2, "exhibitor_storage_backend: agent_only_group_no_exhibitor") << 2
                                << QStringLiteral("exhibitor_storage_backend") << QStringLiteral("nothing to migrate");
    QTest::newRow("backend list") << withLine(2, "exhibitor_storage_backend: [zookeeper]") << 2
                                  << QStringLiteral("exhibitor_storage_backend") << QStringLiteral("single value");

    // the zookeeper backend's keys
    QTest::newRow("zk hosts missing") << withLine(3, "# no hosts") << 2 << QStringLiteral("exhibitor_zk_hosts")
                                      << QStringLiteral("exhibitor_zk_hosts is missing");
    QTest::newRow("zk hosts empty") << withLine(3, "exhibitor_zk_hosts: ''") << 3 << QStringLiteral("exhibitor_zk_hosts")
                                    << QStringLiteral("is empty");
    QTest::newRow("zk hosts null") << withLine(3, "exhibitor_zk_hosts:") << 3 << QStringLiteral("exhibitor_zk_hosts")
                                   << QStringLiteral("is empty");
    QTest::newRow("zk url") << withLine(3, "exhibitor_zk_hosts: zk://10.0.5.1:2181,10.0.5.2:2181/exhibitor") << 3
                            << QStringLiteral("exhibitor_zk_hosts") << QStringLiteral("without zk://");
    QTest::newRow("zk no port") << withLine(3, "exhibitor_zk_hosts: 10.0.5.1:2181,10.0.5.2") << 3
                                << QStringLiteral("exhibitor_zk_hosts") << QStringLiteral("\"10.0.5.2\" has no port");
    QTest::newRow("zk port 0") << withLine(3, "exhibitor_zk_hosts: 10.0.5.1:0") << 3 << QStringLiteral("exhibitor_zk_hosts")
                               << QStringLiteral("the port \"0\" is not a number from 1 to 65535");
    QTest::newRow("zk port too big") << withLine(3, "exhibitor_zk_hosts: 10.0.5.1:65536") << 3
                                     << QStringLiteral("exhibitor_zk_hosts")
                                     << QStringLiteral("the port \"65536\" is not a number from 1 to 65535");
    QTest::newRow("zk port word") << withLine(3, "exhibitor_zk_hosts: 10.0.5.1:zk") << 3
                                  << QStringLiteral("exhibitor_zk_hosts") << QStringLiteral("the port \"zk\"");
    QTest::newRow("zk port with path") << withLine(3, "exhibitor_zk_hosts: 10.0.5.1:2181/exhibitor") << 3
                                       << QStringLiteral("exhibitor_zk_hosts")
                                       << QStringLiteral("the port \"2181/exhibitor\"");
    QTest::newRow("zk bad address") << withLine(3, "exhibitor_zk_hosts: 10.0.5.300:2181") << 3
                                    << QStringLiteral("exhibitor_zk_hosts")
                                    << QStringLiteral("\"10.0.5.300\" is neither an IPv4 address nor a host name");
    QTest::newRow("zk bad host name") << withLine(3, "exhibitor_zk_hosts: zk_1.example.com:2181") << 3
                                      << QStringLiteral("exhibitor_zk_hosts")
                                      << QStringLiteral("is neither an IPv4 address nor a host name");
    QTest::newRow("zk empty entry") << withLine(3, "exhibitor_zk_hosts: 10.0.5.1:2181,,10.0.5.2:2181") << 3
                                    << QStringLiteral("exhibitor_zk_hosts") << QStringLiteral("empty entry");
    QTest::newRow("zk path missing") << withLine(4, "# no path") << 2 << QStringLiteral("exhibitor_zk_path")
                                     << QStringLiteral("exhibitor_zk_path is missing");
    QTest::newRow("zk path relative") << withLine(4, "exhibitor_zk_path: exhibitor") << 4
                                      << QStringLiteral("exhibitor_zk_path") << QStringLiteral("does not start with /");
}

void TestClusterConfig::validation()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, key);
    QFETCH(QString, message);

    const auto config = ClusterConfig::fromYaml(yaml, QStringLiteral("genconf/config.yaml"));
    QVERIFY(!config.isValid());
    QCOMPARE(config.issues().size(), 1);
    const auto issue = config.issues().constFirst();
    QCOMPARE(issue.file, QStringLiteral("genconf/config.yaml"));
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.key, key);
    QVERIFY2(issue.message.contains(message), qPrintable(issue.message));

    // The one-line form names all three.
    const QString text = issue.toString();
    QVERIFY(text.startsWith(QStringLiteral("genconf/config.yaml") +
                            (line > 0 ? QLatin1Char(':') + QString::number(line) : QString()) + QStringLiteral(": ")));
    QVERIFY(text.contains(key));
    QVERIFY(!text.contains(QLatin1Char('\n')));
}

void TestClusterConfig::otherBackends_data()
{
    QTest::addColumn<QByteArray>("backendLines");
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("value"); // of the first key

    QTest::newRow("aws_s3") << kS3 << QStringLiteral("aws_s3")
                            << words("aws_region s3_bucket s3_prefix") << QStringLiteral("us-west-2");
    QTest::newRow("aws_s3 with explicit keys")
        << kS3 + "exhibitor_explicit_keys: 'true'\naws_access_key_id: AKIAEXAMPLE\naws_secret_access_key: s3cr3t\n"
        << QStringLiteral("aws_s3")
        << words("aws_region s3_bucket s3_prefix exhibitor_explicit_keys aws_access_key_id aws_secret_access_key")
        << QStringLiteral("us-west-2");
    QTest::newRow("azure") << kAzure << QStringLiteral("azure")
                           << words("exhibitor_azure_account_name exhibitor_azure_account_key exhibitor_azure_prefix")
                           << QStringLiteral("dcosstore");
    // The secret stripped from an operator's copy: discovery reads it from the masters.
    QTest::newRow("azure without the account key")
        << QByteArray(kAzure).replace("exhibitor_azure_account_key: c2VjcmV0LWtleQ==\n", "") << QStringLiteral("azure")
        << words("exhibitor_azure_account_name exhibitor_azure_prefix") << QStringLiteral("dcosstore");
    QTest::newRow("shared_filesystem") << kSharedFs << QStringLiteral("shared_filesystem")
                                       << words("exhibitor_fs_config_dir")
                                       << QStringLiteral("/mnt/exhibitor-share");
    QTest::newRow("shared_filesystem, trailing slash and odd but safe characters")
        << QByteArray("exhibitor_storage_backend: shared_filesystem\nexhibitor_fs_config_dir: /mnt/nfs-1/dc_os+x@a:b,c=d~/\n")
        << QStringLiteral("shared_filesystem") << words("exhibitor_fs_config_dir")
        << QStringLiteral("/mnt/nfs-1/dc_os+x@a:b,c=d~/");
    QTest::newRow("zookeeper") << QByteArray("exhibitor_storage_backend: zookeeper\nexhibitor_zk_hosts: 10.0.5.1:2181\n"
                                             "exhibitor_zk_path: /exhibitor\n")
                               << QStringLiteral("zookeeper")
                               << words("exhibitor_zk_hosts exhibitor_zk_path")
                               << QStringLiteral("10.0.5.1:2181");
}

void TestClusterConfig::otherBackends()
{
    QFETCH(QByteArray, backendLines);
    QFETCH(QString, backend);
    QFETCH(QStringList, keys);
    QFETCH(QString, value);

    const auto config = ClusterConfig::fromYaml(withBackend(backendLines), QStringLiteral("config.yaml"));
    QVERIFY2(config.isValid(), qPrintable(config.issues().isEmpty() ? QString() : config.issues().first().toString()));
    QCOMPARE(config.storageBackend(), backend);
    QVERIFY(config.hasBackendToMigrate());
    QCOMPARE(config.backendSettings().value(keys.constFirst()), value);
    QStringList found = config.backendSettings().keys();
    found.sort();
    keys.sort();
    QCOMPARE(found, keys);
    // Other backends' keys are not picked up, nor other keys.
    QVERIFY(!config.backendSettings().contains(QStringLiteral("master_discovery")));
}

void TestClusterConfig::otherBackendProblems_data()
{
    QTest::addColumn<QByteArray>("backendLines");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");

    QTest::newRow("s3 bucket missing") << QByteArray(kS3).replace("s3_bucket: dcos-exhibitor-bucket", "# none") << 2
                                       << QStringLiteral("s3_bucket")
                                       << QStringLiteral("s3_bucket is missing, but exhibitor_storage_backend: aws_s3 "
                                                         "(line 2) needs it");
    QTest::newRow("s3 region empty") << QByteArray(kS3).replace("us-west-2", "''") << 3 << QStringLiteral("aws_region")
                                     << QStringLiteral("aws_region is empty");
    QTest::newRow("s3 prefix a list") << QByteArray(kS3).replace("cluster-a/exhibitor", "[a, b]") << 5
                                      << QStringLiteral("s3_prefix") << QStringLiteral("must be a single value");
    QTest::newRow("azure account missing")
        << QByteArray(kAzure).replace("exhibitor_azure_account_name: dcosstore", "# none") << 2
        << QStringLiteral("exhibitor_azure_account_name")
        << QStringLiteral("exhibitor_azure_account_name is missing, but exhibitor_storage_backend: azure");
    QTest::newRow("azure prefix null") << QByteArray(kAzure).replace("exhibitor_azure_prefix: cluster-a",
                                                                     "exhibitor_azure_prefix:")
                                       << 5 << QStringLiteral("exhibitor_azure_prefix")
                                       << QStringLiteral("exhibitor_azure_prefix is empty");
    QTest::newRow("fs dir missing") << QByteArray("exhibitor_storage_backend: shared_filesystem\n# none\n") << 2
                                    << QStringLiteral("exhibitor_fs_config_dir")
                                    << QStringLiteral("exhibitor_fs_config_dir is missing");
    QTest::newRow("fs dir relative") << QByteArray(kSharedFs).replace("/mnt/exhibitor-share", "mnt/share") << 3
                                     << QStringLiteral("exhibitor_fs_config_dir")
                                     << QStringLiteral("\"mnt/share\" is not an absolute path");
    QTest::newRow("fs dir command substitution")
        << QByteArray(kSharedFs).replace("/mnt/exhibitor-share", "\"/mnt/$(reboot)\"") << 3
        << QStringLiteral("exhibitor_fs_config_dir") << QStringLiteral("it is used in a command on the masters");
    QTest::newRow("fs dir with a space") << QByteArray(kSharedFs).replace("/mnt/exhibitor-share", "'/mnt/my share'")
                                         << 3 << QStringLiteral("exhibitor_fs_config_dir")
                                         << QStringLiteral("has characters other than");
    QTest::newRow("fs dir with a semicolon")
        << QByteArray(kSharedFs).replace("/mnt/exhibitor-share", "/mnt/x;rm") << 3
        << QStringLiteral("exhibitor_fs_config_dir") << QStringLiteral("has characters other than");
}

void TestClusterConfig::otherBackendProblems()
{
    QFETCH(QByteArray, backendLines);
    QFETCH(int, line);
    QFETCH(QString, key);
    QFETCH(QString, message);

    const auto config = ClusterConfig::fromYaml(withBackend(backendLines), QStringLiteral("genconf/config.yaml"));
    QCOMPARE(config.issues().size(), 1);
    const auto issue = config.issues().constFirst();
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.key, key);
    QVERIFY2(issue.message.contains(message), qPrintable(issue.message));
}

void TestClusterConfig::dynamicMasterDiscoveryStops()
{
    // An AWS CloudFormation cluster: S3 backend, masters behind a load balancer, no master_list.
    const QByteArray yaml = "cluster_name: aws\n" + kS3
                          + "master_discovery: master_http_loadbalancer\n"
                            "exhibitor_address: internal-exhibitor-lb.example.com\n"
                            "num_masters: 3\n";
    const auto config = ClusterConfig::fromYaml(yaml, QStringLiteral("genconf/config.yaml"));
    QVERIFY(!config.isValid());
    QStringList keys;
    for (const ConfigIssue &issue : config.issues())
        keys << issue.key;
    QCOMPARE(keys, words("master_list master_discovery"));
    const ConfigIssue discovery = config.issues().at(1);
    QCOMPARE(discovery.line, 6);
    QVERIFY2(discovery.message.contains(QStringLiteral("master_discovery is \"master_http_loadbalancer\", but the static "
                                                       "backend needs master_discovery: static and fixed master "
                                                       "addresses, every master listed in master_list")),
             qPrintable(discovery.message));
    QVERIFY2(discovery.message.contains(QStringLiteral("nothing has been changed")), qPrintable(discovery.message));
}

void TestClusterConfig::loopbackMastersAccepted()
{
    // Unicast, though not routable: the simulated clusters run their masters on 127.0.0.0/8.
    const auto config = ClusterConfig::fromYaml(withLine(7, "- 127.0.41.1"), QStringLiteral("config.yaml"));
    QVERIFY2(config.isValid(), qPrintable(config.issues().value(0).toString()));
    QVERIFY(config.masterList().contains(QStringLiteral("127.0.41.1")));
}

void TestClusterConfig::aliasBombRefused()
{
    QElapsedTimer clock;
    clock.start();
    const auto config = ClusterConfig::fromFile(QStringLiteral(EMW_TEST_DATA_DIR "/config/alias-bomb.yaml"));
    QVERIFY(clock.elapsed() < 2000);
    QCOMPARE(config.issues().size(), 1);
    QCOMPARE(config.issues().first().line, 14);
    QVERIFY2(config.issues().first().message.contains(QLatin1String("more than 100000 values")),
             qPrintable(config.issues().first().message));
    QVERIFY(!config.hasUsableMasterList());
}

void TestClusterConfig::secondDocumentWarned()
{
    const auto config = ClusterConfig::fromYaml(kValid + "---\ncluster_name: other\n", QStringLiteral("c.yaml"));
    QVERIFY(config.isValid()); // the first document is read; DC/OS's installer would refuse the file
    QCOMPARE(config.clusterName(), QStringLiteral("test"));
    QCOMPARE(config.warnings().size(), 1);
    QCOMPARE(config.warnings().first().line, 10);
    QVERIFY(config.warnings().first().toWarningString().startsWith(
        QStringLiteral("c.yaml:10: warning: Another YAML document starts here")));
    QVERIFY(ClusterConfig::fromYaml(kValid, QStringLiteral("c.yaml")).warnings().isEmpty());
}

void TestClusterConfig::severalProblemsAtOnce()
{
    QFile file(QStringLiteral(EMW_TEST_DATA_DIR "/config/bad-masters.yaml"));
    const auto config = ClusterConfig::fromFile(file.fileName());
    QCOMPARE(config.issues().size(), 3);
    QCOMPARE(config.issues().at(0).line, 9);
    QCOMPARE(config.issues().at(1).line, 10);
    QCOMPARE(config.issues().at(2).line, 11);
    QVERIFY(!config.hasUsableMasterList());
    QCOMPARE(config.masterList(), QStringList{QStringLiteral("10.0.0.1")});

    const auto migrated = ClusterConfig::fromFile(QStringLiteral(EMW_TEST_DATA_DIR "/config/already-static.yaml"));
    QVERIFY(migrated.hasUsableMasterList());
    QVERIFY(!migrated.hasBackendToMigrate());
}

void TestClusterConfig::unreadableFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-config.yaml"));
    const auto config = ClusterConfig::fromFile(missing);
    QCOMPARE(config.issues().size(), 1);
    QCOMPARE(config.issues().constFirst().file, missing);
    QVERIFY(config.issues().constFirst().message.contains(QStringLiteral("Cannot read the file")));
    QVERIFY(config.issues().constFirst().toString().startsWith(missing + QStringLiteral(": ")));

    const auto directory = ClusterConfig::fromFile(dir.path());
    QCOMPARE(directory.issues().size(), 1);
    QCOMPARE(directory.issues().constFirst().file, dir.path());
}

void TestClusterConfig::ipv4_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("10.0.0.1") << true;
    QTest::newRow("zeros") << QStringLiteral("0.0.0.0") << true;
    QTest::newRow("max") << QStringLiteral("255.255.255.255") << true;
    QTest::newRow("256") << QStringLiteral("10.0.0.256") << false;
    QTest::newRow("300") << QStringLiteral("10.0.300.1") << false;
    QTest::newRow("leading zero") << QStringLiteral("10.0.0.01") << false;
    QTest::newRow("octal-looking") << QStringLiteral("010.0.0.1") << false;
    QTest::newRow("three parts") << QStringLiteral("10.0.1") << false;
    QTest::newRow("five parts") << QStringLiteral("10.0.0.1.5") << false;
    QTest::newRow("trailing dot") << QStringLiteral("10.0.0.1.") << false;
    QTest::newRow("blank") << QStringLiteral(" 10.0.0.1") << false;
    QTest::newRow("newline") << QStringLiteral("10.0.0.1\n") << false;
    QTest::newRow("semicolon") << QStringLiteral("10.0.0.1;id") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("plus") << QStringLiteral("+10.0.0.1") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("١٠.0.0.1") << false;
}

void TestClusterConfig::ipv4()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(ClusterConfig::isIPv4Address(text), valid);
}

void TestClusterConfig::hostName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("short") << QStringLiteral("zk1") << true;
    QTest::newRow("fqdn") << QStringLiteral("zk-1.platform.example.com") << true;
    QTest::newRow("digit first") << QStringLiteral("1zk.example.com") << true;
    QTest::newRow("underscore") << QStringLiteral("zk_1") << false;
    QTest::newRow("leading hyphen") << QStringLiteral("-zk") << false;
    QTest::newRow("trailing hyphen") << QStringLiteral("zk-") << false;
    QTest::newRow("empty label") << QStringLiteral("zk..example") << false;
    QTest::newRow("numeric") << QStringLiteral("10.0.0.300") << false;
    QTest::newRow("too long label") << QString(64, QLatin1Char('a')) << false;
    QTest::newRow("blank") << QStringLiteral("zk 1") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestClusterConfig::hostName()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(ClusterConfig::isHostName(text), valid);
}

QTEST_APPLESS_MAIN(TestClusterConfig)
#include "TestClusterConfig.moc"
