#include "support/SupportRedactor.h"

#include <QTest>

// A support bundle goes to someone else: no secret of config.yaml, of an env file or of the
// run's logins may be left in any of its files, whatever their format.
class TestSupportRedactor : public QObject
{
    Q_OBJECT

private slots:
    void configYamlSecretsGoneEverywhere();
    void envFileKeepsTheRest();
    void keyValueInAnyText_data();
    void keyValueInAnyText();
    void loginsAndSuperCredentials();
    void shortValuesAreNotSearched();
};

namespace {

const QByteArray kConfig = "cluster_name: support\n"
                           "master_list:\n- 10.0.0.1\n"
                           "exhibitor_admin_password: 'ADMINSECRET4'\n"
                           "zk_super_credentials: super:SUPERSECRET1  # rotated yearly\n"
                           "aws_secret_access_key: \"AWSSECRET6\"\n"
                           "exhibitor_storage_backend: zookeeper\n";

} // namespace

void TestSupportRedactor::configYamlSecretsGoneEverywhere()
{
    SupportRedactor redactor;
    redactor.addConfigYamlSecrets(kConfig);
    const QByteArray yaml = redactor.configYaml(kConfig);
    for (const char *secret : {"ADMINSECRET4", "SUPERSECRET1", "AWSSECRET6"})
        QVERIFY2(!yaml.contains(secret), secret);
    QVERIFY(yaml.contains("exhibitor_storage_backend: zookeeper"));
    QVERIFY(yaml.contains("exhibitor_admin_password: <redacted>"));

    // The same values where no key announces them: a journal line, a report.
    const QByteArray journal = redactor.text("Dec 07 m1 java[9]: auth failed for ADMINSECRET4 and super:SUPERSECRET1\n"
                                             "{\"detail\": \"AWSSECRET6 rejected\"}\n");
    for (const char *secret : {"ADMINSECRET4", "SUPERSECRET1", "AWSSECRET6"})
        QVERIFY2(!journal.contains(secret), journal.constData());
    QVERIFY(journal.contains("Dec 07 m1 java[9]: auth failed for <redacted>"));
}

void TestSupportRedactor::envFileKeepsTheRest()
{
    SupportRedactor redactor;
    const QByteArray env = "EXHIBITOR_BACKEND=AWS_S3\nAWS_REGION=us-west-2\nAWS_ACCESS_KEY_ID=AKIAEXAMPLE\n"
                           "AWS_SECRET_ACCESS_KEY=S3SECRETVALUE\nEXHIBITOR_TLS_REQUIRED=true\n";
    const QByteArray redacted = redactor.envFile(env);
    QVERIFY(!redacted.contains("S3SECRETVALUE"));
    QVERIFY(redacted.contains("AWS_SECRET_ACCESS_KEY=<redacted>\n"));
    QVERIFY(redacted.contains("EXHIBITOR_BACKEND=AWS_S3\nAWS_REGION=us-west-2\n"));
    QVERIFY(redacted.contains("EXHIBITOR_TLS_REQUIRED=true\n"));
}

void TestSupportRedactor::keyValueInAnyText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("kept");
    QTest::newRow("env line in a journal")
        << QByteArray("start[1]: AZURE_ACCOUNT_KEY=azKEYvalue ZK_CONFIG_ZPATH=/exhibitor") << QByteArray("azKEYvalue")
        << QByteArray("ZK_CONFIG_ZPATH=/exhibitor");
    QTest::newRow("json") << QByteArray(R"({"exhibitor_admin_password":"pw-in-json","mode":"leader"})")
                          << QByteArray("pw-in-json") << QByteArray(R"("mode":"leader")");
    QTest::newRow("yaml-like") << QByteArray("  zk_agent_credentials: dcos-agent:AGENTSECRET3")
                               << QByteArray("AGENTSECRET3") << QByteArray("  zk_agent_credentials: ");
    QTest::newRow("java properties") << QByteArray("com.netflix.exhibitor.s3.access-secret=propSECRET\nclientPort=2181")
                                     << QByteArray("propSECRET") << QByteArray("clientPort=2181");
}

void TestSupportRedactor::keyValueInAnyText()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, kept);
    const QByteArray redacted = SupportRedactor().text(text);
    QVERIFY2(!redacted.contains(secret), redacted.constData());
    QVERIFY2(redacted.contains(kept), redacted.constData());
    QVERIFY(redacted.contains("<redacted>"));
}

void TestSupportRedactor::loginsAndSuperCredentials()
{
    SupportRedactor redactor;
    redactor.addSecret("ssh-login-pw");
    redactor.addSecret("super:zkSUPERpw");
    const QByteArray redacted =
        redactor.text("sudo: ssh-login-pw\nsuper:zkSUPERpw\n/opt/mesosphere/etc/zk_super_credentials holds zkSUPERpw\n");
    QVERIFY(!redacted.contains("ssh-login-pw"));
    QVERIFY(!redacted.contains("zkSUPERpw"));
    QCOMPARE(redacted.count("<redacted>"), 3);
}

void TestSupportRedactor::shortValuesAreNotSearched()
{
    SupportRedactor redactor;
    redactor.addSecret("ab");
    QCOMPARE(redactor.text("Mode: leader\nabc\n"), QByteArray("Mode: leader\nabc\n"));
}

QTEST_GUILESS_MAIN(TestSupportRedactor)
#include "TestSupportRedactor.moc"
