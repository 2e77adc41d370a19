// Discovery of an S3-backed cluster (topologies/disc-s3.yaml: aws_s3 with explicit keys, S3 the
// s3rver emulator) from a config.yaml that lacks the keys, as operators often keep it: the keys
// come from a master's /opt/mesosphere/etc/exhibitor.properties (read with sudo over SSH, as DC/OS
// rendered it there) and never show in the log or the output; and from a config.yaml of the AWS
// CloudFormation templates (exhibitor_explicit_keys false, instance role): the backend source is
// unavailable at once, with the reason, and the other sources decide. The same key read for Azure
// (topologies/disc-azure.yaml).
#include "DiscoveryRun.h"
#include "SimCluster.h"

#include "config/ClusterConfig.h"
#include "discovery/AzureSpecReader.h"
#include "discovery/DiscoveryJson.h"
#include "discovery/S3SpecReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The topology's keys (s3rver's only account): what must never be shown.
const QString kKeyId = u"S3RVER"_s;
const QString kS3Endpoint = u"http://127.0.27.1:4569"_s;
const QString kObject = u"s3://emw-disc-exhibitor/disc-s3/exhibitor"_s;

// config.yaml without the lines of the given keys.
QByteArray withoutKeys(const QByteArray &yaml, const QStringList &keys)
{
    QByteArray out;
    for (const QByteArray &line : yaml.split('\n')) {
        const bool drop = std::any_of(keys.cbegin(), keys.cend(), [&line](const QString &key) {
            return line.startsWith(key.toUtf8() + ':');
        });
        if (!drop)
            out += line + '\n';
    }
    return out;
}

} // namespace

class TestDiscoveryCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void keysFromTheMasterWhenConfigYamlHasNone();
    void discoverCommandShowsNoKeys();
    void instanceRoleLeavesTheOtherSourcesToDecide();
    void azureAccountKeyFromTheMaster();

private:
    QString writeConfig(const QString &name, const QByteArray &yaml) const;

    std::unique_ptr<SimCluster> m_sim;
    QByteArray m_configYaml;
};

void TestDiscoveryCredentials::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("the simulated cluster needs root");
    m_sim = std::make_unique<SimCluster>(QStringLiteral(EMW_SOURCE_DIR "/tests/discovery/topologies/disc-s3.yaml"));
    QString error;
    QVERIFY2(m_sim->up(&error), qPrintable(error));
    QFile config(m_sim->configFile());
    QVERIFY(config.open(QIODevice::ReadOnly));
    m_configYaml = config.readAll();
    QVERIFY(m_configYaml.contains("aws_secret_access_key: S3RVER"));
    // The sim renders the keys into every master's exhibitor.properties, as DC/OS's gen does.
    for (const QString &master : m_sim->masters()) {
        QFile properties(m_sim->hostPath(master, u"/opt/mesosphere/etc/exhibitor.properties"_s));
        QVERIFY2(properties.open(QIODevice::ReadOnly), qPrintable(properties.fileName()));
        QVERIFY(properties.readAll().contains("com.netflix.exhibitor.s3.access-secret-key=S3RVER"));
    }
    qputenv(S3SpecReader::EndpointVariable, kS3Endpoint.toUtf8());
}

void TestDiscoveryCredentials::cleanupTestCase()
{
    qunsetenv(S3SpecReader::EndpointVariable);
    if (m_sim)
        m_sim->down();
}

QString TestDiscoveryCredentials::writeConfig(const QString &name, const QByteArray &yaml) const
{
    const QString path = m_sim->tempPath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(yaml) != yaml.size())
        return {};
    return path;
}

void TestDiscoveryCredentials::keysFromTheMasterWhenConfigYamlHasNone()
{
    const QByteArray stripped =
        withoutKeys(m_configYaml, {u"aws_access_key_id"_s, u"aws_secret_access_key"_s});
    QVERIFY(!stripped.contains("S3RVER"));
    const ClusterConfig config = ClusterConfig::fromYaml(stripped, u"config.yaml"_s);
    QVERIFY2(config.isValid(), qPrintable(config.issues().isEmpty() ? QString() : config.issues().first().message));
    const DiscoveryOptions options = DiscoveryOptions::fromConfig(config);

    DiscoveryRun run;
    QVERIFY(run.run(m_sim->keyTargets(), options));
    QVERIFY2(run.discovery.backendSpec().isOk(), qPrintable(run.discovery.backendSpec().error));
    QCOMPARE(run.discovery.backendSpec().location, kObject);
    for (const MasterDiscovery &result : run.discovery.results()) {
        const IdReading backend = result.reading(IdSource::Backend);
        QVERIFY2(backend.isFound(), qPrintable(result.master() + u" "_s + backend.describe()));
        QCOMPARE(backend.id, m_sim->ids().value(result.master()));
    }
    QVERIFY2(run.discovery.allAgree(), qPrintable(run.discovery.problems().join(u'\n')));

    // Which master gave them, and where: said once; the keys themselves nowhere.
    const QString log = run.log.join(u'\n');
    static const QRegularExpression said(
        u"^(127\\.0\\.27\\.\\d+): credentials from \\1:/opt/mesosphere/etc/exhibitor\\.properties$"_s,
        QRegularExpression::MultilineOption);
    QCOMPARE(log.count(said), 1);
    QVERIFY2(!log.contains(kKeyId), qPrintable(log));
    const QByteArray json = QJsonDocument(DiscoveryJson::toJson(run.discovery.results())).toJson();
    QVERIFY(json.contains("current_ids"));
    QVERIFY2(!json.contains(kKeyId.toUtf8()), json.constData());
}

void TestDiscoveryCredentials::discoverCommandShowsNoKeys()
{
    const QString configFile = writeConfig(u"stripped.yaml"_s, withoutKeys(m_configYaml, {u"aws_access_key_id"_s,
                                                                                         u"aws_secret_access_key"_s}));
    QVERIFY(!configFile.isEmpty());
    QProcess process;
    process.setProgram(QStringLiteral(EMW_BINARY_DIR "/app/cli/exhibitor-migrate"));
    process.setArguments({u"discover"_s, u"--config"_s, configFile, u"--user"_s, m_sim->keyUser(), u"--port"_s,
                          QString::number(m_sim->sshPort()), u"--identity"_s, m_sim->clientKey(), u"--known-hosts"_s,
                          m_sim->knownHostsFile(), u"--format"_s, u"json"_s, u"--verbose"_s});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(QLatin1String(S3SpecReader::EndpointVariable), kS3Endpoint);
    process.setProcessEnvironment(env);
    process.start();
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(180000));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY2(err.contains(":/opt/mesosphere/etc/exhibitor.properties"), err.constData());
    QVERIFY2(!err.contains(kKeyId.toUtf8()), err.constData());
    QVERIFY2(!out.contains(kKeyId.toUtf8()), out.constData());
    const QJsonArray masters = QJsonDocument::fromJson(out).object().value(u"masters"_s).toArray();
    QCOMPARE(masters.size(), 3);
    for (const QJsonValue &value : masters) {
        const QJsonObject master = value.toObject();
        const int id = m_sim->ids().value(master.value(u"ip"_s).toString());
        QCOMPARE(master.value(u"sources"_s).toObject().value(u"backend"_s).toInt(), id);
        QCOMPARE(master.value(u"agreement"_s).toString(), u"agreed"_s);
    }
}

void TestDiscoveryCredentials::instanceRoleLeavesTheOtherSourcesToDecide()
{
    // The CloudFormation templates' config.yaml: no keys, exhibitor_explicit_keys false.
    const QByteArray cloudFormation =
        withoutKeys(m_configYaml, {u"aws_access_key_id"_s, u"aws_secret_access_key"_s, u"exhibitor_explicit_keys"_s})
        + "exhibitor_explicit_keys: 'false'\n";
    const ClusterConfig config = ClusterConfig::fromYaml(cloudFormation, u"config.yaml"_s);
    QVERIFY(config.isValid());
    DiscoveryOptions options = DiscoveryOptions::fromConfig(config);
    options.backendTimeoutMs = 600000; // a wait for the backend would outlast the test

    DiscoveryRun run;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(run.run(m_sim->keyTargets(), options, 120000));
    QVERIFY(timer.elapsed() < 120000);
    const QString reason = u"the masters read S3 with their instance role (exhibitor_explicit_keys is false); this "
                           "workstation has no keys for it: give aws_access_key_id/aws_secret_access_key of an IAM "
                           "user that may read "_s
        + kObject + u", or rely on the other ID sources"_s;
    for (const MasterDiscovery &result : run.discovery.results()) {
        const IdReading backend = result.reading(IdSource::Backend);
        QVERIFY(backend.isUnavailable());
        QCOMPARE(backend.detail, reason);
        QCOMPARE(result.agreedId(), m_sim->ids().value(result.master()));
        QCOMPARE(result.agreeingSources(), (QList<IdSource>{IdSource::Journal, IdSource::MyIdFile, IdSource::Conf,
                                                            IdSource::GetState}));
    }
    QCOMPARE(run.discovery.currentIds(), m_sim->ids());
    // Nothing was read from a master for it.
    QVERIFY2(!run.log.join(u'\n').contains(u"exhibitor.properties"_s), qPrintable(run.log.join(u'\n')));
}

// The same for Azure (topologies/disc-azure.yaml, Azurite, which checks the Shared Key
// signature): config.yaml without exhibitor_azure_account_key, the key from a master.
void TestDiscoveryCredentials::azureAccountKeyFromTheMaster()
{
    SimCluster azure(QStringLiteral(EMW_SOURCE_DIR "/tests/discovery/topologies/disc-azure.yaml"));
    QString error;
    QVERIFY2(azure.up(&error), qPrintable(error));
    const auto down = qScopeGuard([&azure] { azure.down(); });
    QFile file(azure.configFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray yaml = file.readAll();
    const QByteArray accountKey = "ZW13LWRpc2MtYXp1cmUtZml4dHVyZS1hY2NvdW50LWtleQ==";
    QVERIFY(yaml.contains(accountKey));
    const QByteArray stripped = withoutKeys(yaml, {u"exhibitor_azure_account_key"_s});
    QVERIFY(!stripped.contains(accountKey));
    const ClusterConfig config = ClusterConfig::fromYaml(stripped, u"config.yaml"_s);
    QVERIFY(config.isValid());

    qputenv(AzureSpecReader::EndpointVariable, "http://127.0.28.1:10000");
    const auto unset = qScopeGuard([] { qunsetenv(AzureSpecReader::EndpointVariable); });
    DiscoveryRun run;
    QVERIFY(run.run(azure.keyTargets(), DiscoveryOptions::fromConfig(config)));
    QVERIFY2(run.discovery.backendSpec().isOk(), qPrintable(run.discovery.backendSpec().error));
    for (const MasterDiscovery &result : run.discovery.results()) {
        const IdReading backend = result.reading(IdSource::Backend);
        QVERIFY2(backend.isFound(), qPrintable(result.master() + u" "_s + backend.describe()));
        QCOMPARE(backend.id, azure.ids().value(result.master()));
    }
    const QString log = run.log.join(u'\n');
    QCOMPARE(log.count(u": credentials from 127.0.28."_s), 1);
    QVERIFY2(!log.contains(QString::fromLatin1(accountKey)), qPrintable(log));
    const QByteArray json = QJsonDocument(DiscoveryJson::toJson(run.discovery.results())).toJson();
    QVERIFY(!json.contains(accountKey));
}

QTEST_GUILESS_MAIN(TestDiscoveryCredentials)
#include "TestDiscoveryCredentials.moc"
