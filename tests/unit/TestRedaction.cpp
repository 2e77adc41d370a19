#include "config/Redaction.h"

#include <QFile>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <set>
#include <string>

using namespace Qt::Literals::StringLiterals;

// Secrets in config.yaml and env files are hidden wherever the files are shown; what is kept
// must still read like the original so a diff of two redacted texts makes sense.
class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void configYamlHidesEverySecret_data();
    void configYamlHidesEverySecret();
    void configYamlKeepsTheRest();
    void configYamlIsStillYaml();
    void configYamlKeys_data();
    void configYamlKeys();
    void envFile();
};

namespace {

// Every secret DC/OS (Enterprise too) may have in config.yaml, and the shapes a value takes.
const QByteArray kSecrets = "bootstrap_url: http://10.0.7.1:8080\r\n"
                            "cluster_name: Secret Keeping\r\n"
                            "zk_super_credentials: super:SUPERSECRET1\r\n"
                            "zk_master_credentials: 'dcos-master:MASTERSECRET2'\r\n"
                            "zk_agent_credentials: \"dcos-agent:AGENTSECRET3\"   # rotated yearly\r\n"
                            "exhibitor_admin_password: ADMINSECRET4\r\n"
                            "superuser_username: admin\r\n"
                            "superuser_password_hash: $6$rounds=656000$HASHSECRET5\r\n"
                            "aws_secret_access_key: AWSSECRET6\r\n"
                            "exhibitor_azure_account_key: AZURESECRET7==\r\n"
                            "customer_key: CUSTOMERSECRET8\r\n"
                            "license_key_contents: LICENSESECRET9\r\n"
                            "ca_certificate_key: |\r\n"
                            "  -----BEGIN RSA PRIVATE KEY-----\r\n"
                            "  CAKEYSECRET10\r\n"
                            "\r\n"
                            "  CAKEYSECRET11\r\n"
                            "  -----END RSA PRIVATE KEY-----\r\n"
                            "\r\n"
                            "ca_certificate: >-\r\n"
                            "    CACERTSECRET12\r\n"
                            "exhibitor_storage_backend: zookeeper\r\n"
                            "exhibitor_zk_hosts: 10.0.5.1:2181\r\n"
                            "exhibitor_zk_path: /exhibitor\r\n"
                            "cluster_docker_credentials:\r\n"
                            "  auths:\r\n"
                            "    'https://registry.example.com':\r\n"
                            "      auth: DOCKERSECRET13\r\n"
                            "cluster_docker_credentials_enabled: true\r\n"
                            "my_own_api_token: \"TOKENSECRET14\r\n"
                            "  TOKENSECRET15\"\r\n"
                            "master_discovery: static\r\n"
                            "master_list:\r\n"
                            "- 10.0.0.9\r\n"
                            "- 10.0.0.10\r\n"
                            "custom_checks:\r\n"
                            "  - name: probe\r\n"
                            "    db_password: NESTEDSECRET16\r\n"
                            "    cmd: [curl, x]\r\n"
                            "extra_settings: {user: me, password: FLOWSECRET17}\r\n"
                            "ssh_key:\r\n"
                            "- SEQSECRET18\r\n"
                            "- SEQSECRET19\r\n"
                            "\"quoted_password\": QUOTEDSECRET20\r\n"
                            "dns_search: mesos\r\n"
                            "exhibitor_admin_password_unused:\r\n";

} // namespace

void TestRedaction::configYamlHidesEverySecret_data()
{
    QTest::addColumn<QByteArray>("secret");
    for (int i = 1; i <= 20; ++i) {
        const QByteArray tag = "SECRET" + QByteArray::number(i);
        QTest::newRow(tag.constData()) << tag;
    }
    QTest::newRow("RSA header") << QByteArray("BEGIN RSA PRIVATE KEY");
}

void TestRedaction::configYamlHidesEverySecret()
{
    QFETCH(QByteArray, secret);
    const QByteArray redacted = Redaction::configYaml(kSecrets);
    QVERIFY2(!redacted.contains(secret), redacted.constData());
}

void TestRedaction::configYamlKeepsTheRest()
{
    const QByteArray redacted = Redaction::configYaml(kSecrets);
    // Each secret keeps its key and its line; multi-line values become one line.
    const QByteArray expected = "bootstrap_url: http://10.0.7.1:8080\r\n"
                                "cluster_name: Secret Keeping\r\n"
                                "zk_super_credentials: <redacted>\r\n"
                                "zk_master_credentials: <redacted>\r\n"
                                "zk_agent_credentials: <redacted>\r\n"
                                "exhibitor_admin_password: <redacted>\r\n"
                                "superuser_username: admin\r\n"
                                "superuser_password_hash: <redacted>\r\n"
                                "aws_secret_access_key: <redacted>\r\n"
                                "exhibitor_azure_account_key: <redacted>\r\n"
                                "customer_key: <redacted>\r\n"
                                "license_key_contents: <redacted>\r\n"
                                "ca_certificate_key: <redacted>\r\n"
                                "\r\n"
                                "ca_certificate: <redacted>\r\n"
                                "exhibitor_storage_backend: zookeeper\r\n"
                                "exhibitor_zk_hosts: 10.0.5.1:2181\r\n"
                                "exhibitor_zk_path: /exhibitor\r\n"
                                "cluster_docker_credentials: <redacted>\r\n"
                                "cluster_docker_credentials_enabled: <redacted>\r\n"
                                "my_own_api_token: <redacted>\r\n"
                                "master_discovery: static\r\n"
                                "master_list:\r\n"
                                "- 10.0.0.9\r\n"
                                "- 10.0.0.10\r\n"
                                "custom_checks:\r\n"
                                "  - name: probe\r\n"
                                "    db_password: <redacted>\r\n"
                                "    cmd: [curl, x]\r\n"
                                "extra_settings: <redacted>\r\n"
                                "ssh_key: <redacted>\r\n"
                                "\"quoted_password\": <redacted>\r\n"
                                "dns_search: mesos\r\n"
                                "exhibitor_admin_password_unused:\r\n";
    QCOMPARE(redacted, expected);

    // A config.yaml without secrets is left byte for byte.
    QFile commented(u"" EMW_TEST_DATA_DIR "/config/commented.yaml"_s);
    QVERIFY(commented.open(QIODevice::ReadOnly));
    const QByteArray plain = commented.readAll();
    QCOMPARE(Redaction::configYaml(plain), plain);
    // No trailing newline stays so.
    QCOMPARE(Redaction::configYaml("a: 1\ncustomer_key: x"), QByteArray("a: 1\ncustomer_key: <redacted>"));
}

void TestRedaction::configYamlIsStillYaml()
{
    const YAML::Node before = YAML::Load(kSecrets.toStdString());
    const YAML::Node after = YAML::Load(Redaction::configYaml(kSecrets).toStdString());
    std::set<std::string> keysBefore;
    std::set<std::string> keysAfter;
    for (auto it = before.begin(); it != before.end(); ++it)
        keysBefore.insert(it->first.Scalar());
    for (auto it = after.begin(); it != after.end(); ++it)
        keysAfter.insert(it->first.Scalar());
    QVERIFY(keysBefore == keysAfter);
    QCOMPARE(QString::fromStdString(after["cluster_name"].Scalar()), u"Secret Keeping"_s);
    QCOMPARE(QString::fromStdString(after["customer_key"].Scalar()), u"<redacted>"_s);
    QCOMPARE(after["master_list"].size(), size_t(2));
}

void TestRedaction::configYamlKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");
    for (const char *key : {"zk_super_credentials", "zk_master_credentials", "zk_agent_credentials",
                            "exhibitor_admin_password", "superuser_password_hash", "aws_secret_access_key",
                            "exhibitor_azure_account_key", "customer_key", "license_key_contents", "ca_certificate",
                            "ca_certificate_key", "ca_certificate_chain", "ca_certificate_path",
                            "ca_certificate_key_path", "some_key", "ldap_password_file", "x_hash",
                            "vault_credentials_v2", "aws_access_key_id", "Customer_Key", "password"})
        QTest::newRow(key) << QString::fromLatin1(key) << true;
    for (const char *key : {"cluster_name", "master_list", "exhibitor_storage_backend", "exhibitor_zk_hosts",
                            "exhibitor_zk_path", "superuser_username", "ip_detect_contents", "bootstrap_url",
                            "keyboard", "hashicorp_addr", "aws_region", "s3_bucket", "exhibitor_azure_account_name"})
        QTest::newRow(key) << QString::fromLatin1(key) << false;
}

void TestRedaction::configYamlKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    QCOMPARE(Redaction::isConfigYamlSecretKey(key), secret);
}

void TestRedaction::envFile()
{
    const QByteArray env = "EXHIBITOR_BACKEND=AWS_S3\nAWS_REGION=us-west-2\nAWS_SECRET_ACCESS_KEY=abc/def\r\n"
                           "export AZURE_ACCOUNT_KEY=\"k\"\n# comment=secret\nEXHIBITOR_TLS_ENABLED=false";
    QCOMPARE(Redaction::envFile(env),
             QByteArray("EXHIBITOR_BACKEND=AWS_S3\nAWS_REGION=us-west-2\nAWS_SECRET_ACCESS_KEY=<redacted>\r\n"
                        "export AZURE_ACCOUNT_KEY=<redacted>\n# comment=secret\nEXHIBITOR_TLS_ENABLED=false"));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "TestRedaction.moc"
