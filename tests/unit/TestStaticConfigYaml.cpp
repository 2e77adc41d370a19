#include "config/StaticConfigYaml.h"

#include <QFile>
#include <QTest>

// The config.yaml after the migration: only the backend line changes and the old backend's keys
// go; comments, order, quoting and every other value stay as the operator wrote them.
class TestStaticConfigYaml : public QObject
{
    Q_OBJECT

private slots:
    void files_data();
    void files();
    void render_data();
    void render();
    void refused_data();
    void refused();
    void backendKeys_data();
    void backendKeys();
};

namespace {
QByteArray readData(const QString &relative)
{
    QFile file(QStringLiteral(EMW_TEST_DATA_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(relative));
    return file.readAll();
}
} // namespace

void TestStaticConfigYaml::files_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("field example") << QStringLiteral("field-example.yaml") << QStringLiteral("config/field-example-static.yaml");
    QTest::newRow("comments, quoting, multi-line values") << QStringLiteral("config/commented.yaml")
                                                          << QStringLiteral("config/commented-static.yaml");
}

void TestStaticConfigYaml::files()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QString error;
    QCOMPARE(StaticConfigYaml::render(readData(before), &error), readData(after));
    QVERIFY(error.isEmpty());
}

void TestStaticConfigYaml::render_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("double quotes and a comment")
        << QByteArray("exhibitor_storage_backend: \"zookeeper\"   # set at install\nexhibitor_zk_hosts: a:2181\n"
                      "exhibitor_zk_path: /x\nmaster_list: [10.0.0.1]\n")
        << QByteArray("exhibitor_storage_backend: \"static\"   # set at install\nmaster_list: [10.0.0.1]\n");
    QTest::newRow("comment right after the value")
        << QByteArray("exhibitor_storage_backend: zookeeper #zk\nexhibitor_zk_hosts: a:2181\nexhibitor_zk_path: /\n")
        << QByteArray("exhibitor_storage_backend: static #zk\n");
    QTest::newRow("block list value, indented comment, blank line kept")
        << QByteArray("cluster_name: x\nexhibitor_zk_hosts:\n- a:2181\n  # second one\n- b:2181\n\n"
                      "# master settings\nexhibitor_storage_backend: zookeeper\nexhibitor_zk_path: >\n  /exhibitor\n"
                      "master_discovery: static\n")
        << QByteArray("cluster_name: x\n\n# master settings\nexhibitor_storage_backend: static\nmaster_discovery: static\n");
    QTest::newRow("backend value on the next line")
        << QByteArray("exhibitor_storage_backend:\n  zookeeper\nexhibitor_zk_hosts: a:2181\nexhibitor_zk_path: /\nb: 1\n")
        << QByteArray("exhibitor_storage_backend: static\nb: 1\n");
    QTest::newRow("CRLF")
        << QByteArray("a: 1\r\nexhibitor_storage_backend: zookeeper\r\nexhibitor_zk_hosts: h:2181\r\n"
                      "exhibitor_zk_path: /\r\nb: 'two'\r\n")
        << QByteArray("a: 1\r\nexhibitor_storage_backend: static\r\nb: 'two'\r\n");
    QTest::newRow("no final newline")
        << QByteArray("exhibitor_zk_hosts: h:2181\nexhibitor_zk_path: /\nexhibitor_storage_backend: zookeeper")
        << QByteArray("exhibitor_storage_backend: static");
    QTest::newRow("removed key last, no final newline")
        << QByteArray("exhibitor_storage_backend: zookeeper\nexhibitor_zk_path: /\nexhibitor_zk_hosts: h:2181")
        << QByteArray("exhibitor_storage_backend: static\n");
    QTest::newRow("quoted keys")
        << QByteArray("\"exhibitor_storage_backend\": zookeeper\n'exhibitor_zk_hosts': h:2181\nexhibitor_zk_path : /\nc: 3\n")
        << QByteArray("\"exhibitor_storage_backend\": static\nc: 3\n");
    QTest::newRow("similar and nested keys stay")
        << QByteArray("exhibitor_storage_backend: zookeeper\nexhibitor_zk_hosts: h:2181\nexhibitor_zk_path: /\n"
                      "exhibitor_zk_hosts_note: keep me\nnested:\n  exhibitor_zk_path: /keep\n")
        << QByteArray("exhibitor_storage_backend: static\nexhibitor_zk_hosts_note: keep me\nnested:\n"
                      "  exhibitor_zk_path: /keep\n");
    QTest::newRow("document start marker")
        << QByteArray("---\nexhibitor_storage_backend: zookeeper\nexhibitor_zk_hosts: h:2181\nexhibitor_zk_path: /\n")
        << QByteArray("---\nexhibitor_storage_backend: static\n");
    QTest::newRow("aws_s3")
        << QByteArray("exhibitor_storage_backend: aws_s3\naws_region: us-west-2\ns3_bucket: bucket\ns3_prefix: dcos\n"
                      "exhibitor_explicit_keys: 'false'\nmaster_list:\n- 10.0.0.1\n")
        << QByteArray("exhibitor_storage_backend: static\nexhibitor_explicit_keys: 'false'\nmaster_list:\n- 10.0.0.1\n");
    QTest::newRow("azure")
        << QByteArray("exhibitor_azure_account_name: acct\nexhibitor_azure_account_key: |\n  c2VjcmV0\n"
                      "exhibitor_azure_prefix: dcos\nexhibitor_storage_backend: azure\n")
        << QByteArray("exhibitor_storage_backend: static\n");
    QTest::newRow("shared_filesystem")
        << QByteArray("exhibitor_storage_backend: shared_filesystem\nexhibitor_fs_config_dir: /mnt/exhibitor\n"
                      "exhibitor_zk_path: /unused-but-not-ours\n")
        << QByteArray("exhibitor_storage_backend: static\nexhibitor_zk_path: /unused-but-not-ours\n");
    QTest::newRow("backend key missing: appended")
        << QByteArray("cluster_name: x\nmaster_list: [10.0.0.1]") << QByteArray("cluster_name: x\nmaster_list: [10.0.0.1]\n"
                                                                                "exhibitor_storage_backend: static\n");
}

void TestStaticConfigYaml::render()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QString error;
    QCOMPARE(StaticConfigYaml::render(before, &error), after);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestStaticConfigYaml::refused_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not YAML") << QByteArray("a: [1\n") << QStringLiteral("not a YAML mapping");
    QTest::newRow("a list") << QByteArray("- a\n- b\n") << QStringLiteral("not a YAML mapping");
    // A flow-style mapping has no key lines to work on; the check after rewriting catches it.
    QTest::newRow("flow mapping")
        << QByteArray("{exhibitor_storage_backend: zookeeper, exhibitor_zk_hosts: 'a:2181', exhibitor_zk_path: /}\n")
        << QStringLiteral("Rewriting it");
}

void TestStaticConfigYaml::refused()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, fragment);
    QString error;
    QCOMPARE(StaticConfigYaml::render(before, &error), QByteArray());
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestStaticConfigYaml::backendKeys_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("zookeeper") << QStringLiteral("zookeeper")
                               << QStringList{QStringLiteral("exhibitor_zk_hosts"), QStringLiteral("exhibitor_zk_path")};
    QTest::newRow("aws_s3") << QStringLiteral("aws_s3")
                            << QStringList{QStringLiteral("aws_region"), QStringLiteral("s3_bucket"), QStringLiteral("s3_prefix")};
    QTest::newRow("azure") << QStringLiteral("azure")
                           << QStringList{QStringLiteral("exhibitor_azure_account_name"),
                                          QStringLiteral("exhibitor_azure_account_key"), QStringLiteral("exhibitor_azure_prefix")};
    QTest::newRow("shared_filesystem") << QStringLiteral("shared_filesystem")
                                       << QStringList{QStringLiteral("exhibitor_fs_config_dir")};
    QTest::newRow("static") << QStringLiteral("static") << QStringList();
}

void TestStaticConfigYaml::backendKeys()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, keys);
    QCOMPARE(StaticConfigYaml::backendKeys(backend), keys);
}

QTEST_APPLESS_MAIN(TestStaticConfigYaml)
#include "TestStaticConfigYaml.moc"
