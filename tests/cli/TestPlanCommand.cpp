#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// `exhibitor-migrate plan` run as an operator runs it: the built binary, its stdout, stderr and
// exit status.
class TestPlanCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonFieldExample_data();
    void jsonFieldExample();
    void jsonDemoCluster();
    void jsonPhaseBSkipped();
    void textFieldExample();
    void textPhaseBSkipped();
    void secretsNeverShown_data();
    void secretsNeverShown();
    void otherBackends_data();
    void otherBackends();
    void invalidInput_data();
    void invalidInput();
    void hostileInput_data();
    void hostileInput();
    void multiDocumentConfigWarned();
    void controlCharactersEscaped();
    void usageErrors_data();
    void usageErrors();
    void help_data();
    void help();
    void languageOption();
    void version();
    void outputLost();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments, int timeoutMs = 30000);

    QTemporaryDir m_dir; // the hostile inputs made at run time: a FIFO, big files
};

namespace {
const QString kBinary = QStringLiteral(EMW_BINARY_DIR "/app/cli/exhibitor-migrate");
const QString kData = QStringLiteral(EMW_TEST_DATA_DIR);
const QString kFieldConfig = kData + QStringLiteral("/field-example.yaml");
const QString kFieldIds = kData + QStringLiteral("/ids/field-example.ids");
const QString kFieldPhaseA = QStringLiteral("5:10.10.0.104,4:10.10.0.122,3:10.10.0.169,1:10.10.0.193,2:10.10.0.203");
const QString kFieldPhaseB = QStringLiteral("1:10.10.0.104,2:10.10.0.122,3:10.10.0.169,4:10.10.0.193,5:10.10.0.203");

QString data(const char *relative)
{
    return kData + QLatin1Char('/') + QString::fromLatin1(relative);
}
} // namespace

TestPlanCommand::Result TestPlanCommand::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    // Messages are asserted in English, whatever the machine's language.
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(kBinary, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestPlanCommand::initTestCase()
{
    QVERIFY2(QFileInfo(kBinary).isExecutable(), qPrintable(kBinary + QStringLiteral(" is not built")));
}

void TestPlanCommand::jsonFieldExample_data()
{
    QTest::addColumn<QStringList>("idsArguments");
    QTest::newRow("--ids") << QStringList{QStringLiteral("--ids"), kFieldIds};
    QTest::newRow("-i") << QStringList{QStringLiteral("-i"), kFieldIds};
    QTest::newRow("--journal-dir") << QStringList{QStringLiteral("--journal-dir"), data("journals/field-example")};
}

void TestPlanCommand::jsonFieldExample()
{
    QFETCH(QStringList, idsArguments);
    const auto result = run(QStringList{QStringLiteral("plan"), QStringLiteral("--config"), kFieldConfig} + idsArguments
                            + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);

    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject plan = document.object();
    // The keys scripts read, spelt exactly so; phase_b_reason is the translated why, for people.
    QCOMPARE(plan.keys(),
             (QStringList { QStringLiteral("config_yaml_after"), QStringLiteral("current_ids"),
                            QStringLiteral("masters"), QStringLiteral("phase_a_ensemble"),
                            QStringLiteral("phase_b_ensemble"), QStringLiteral("phase_b_needed"),
                            QStringLiteral("phase_b_reason") }));

    QCOMPARE(plan.value(QStringLiteral("masters")).toArray(),
             QJsonArray::fromStringList({QStringLiteral("10.10.0.104"), QStringLiteral("10.10.0.122"),
                                         QStringLiteral("10.10.0.169"), QStringLiteral("10.10.0.193"),
                                         QStringLiteral("10.10.0.203")}));
    const QJsonObject currentIds = plan.value(QStringLiteral("current_ids")).toObject();
    QCOMPARE(currentIds.size(), 5);
    QCOMPARE(currentIds.value(QStringLiteral("10.10.0.193")).toInt(), 1);
    QCOMPARE(currentIds.value(QStringLiteral("10.10.0.122")).toInt(), 4);
    QCOMPARE(currentIds.value(QStringLiteral("10.10.0.203")).toInt(), 2);
    QCOMPARE(currentIds.value(QStringLiteral("10.10.0.104")).toInt(), 5);
    QCOMPARE(currentIds.value(QStringLiteral("10.10.0.169")).toInt(), 3);
    QCOMPARE(plan.value(QStringLiteral("phase_a_ensemble")).toString(), kFieldPhaseA);
    QCOMPARE(plan.value(QStringLiteral("phase_b_ensemble")).toString(), kFieldPhaseB);
    QVERIFY(plan.value(QStringLiteral("phase_b_needed")).isBool());
    QCOMPARE(plan.value(QStringLiteral("phase_b_needed")).toBool(), true);

    // The config.yaml after the migration, its customer_key redacted (the file migrate writes keeps it).
    QFile expected(data("config/field-example-static.yaml"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    const QString expectedText = QString::fromUtf8(expected.readAll());
    QVERIFY(expectedText.contains(QStringLiteral("customer_key: 12345-12345-12345-12345-123456\n")));
    QCOMPARE(plan.value(QStringLiteral("config_yaml_after")).toString(),
             QString(expectedText).replace(QStringLiteral("customer_key: 12345-12345-12345-12345-123456\n"),
                                           QStringLiteral("customer_key: <redacted>\n")));
    QVERIFY(!result.out.contains(QStringLiteral("12345-12345")));
}

void TestPlanCommand::jsonDemoCluster()
{
    const auto result = run({QStringLiteral("plan"), QStringLiteral("--config"),
                             QStringLiteral(EMW_SOURCE_DIR "/resources/demo/config.yaml"), QStringLiteral("--journal-dir"),
                             data("journals/zk38"), QStringLiteral("--format=json")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(plan.value(QStringLiteral("phase_a_ensemble")).toString(),
             QStringLiteral("5:127.0.1.104,4:127.0.1.122,3:127.0.1.169,1:127.0.1.193,2:127.0.1.203"));
    QCOMPARE(plan.value(QStringLiteral("phase_b_ensemble")).toString(),
             QStringLiteral("1:127.0.1.104,2:127.0.1.122,3:127.0.1.169,4:127.0.1.193,5:127.0.1.203"));
}

void TestPlanCommand::jsonPhaseBSkipped()
{
    const auto result = run({QStringLiteral("plan"), QStringLiteral("--config"), kFieldConfig, QStringLiteral("--ids"),
                             data("ids/field-example-canonical.ids"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(plan.value(QStringLiteral("phase_b_needed")).toBool(true), false);
    QCOMPARE(plan.value(QStringLiteral("phase_a_ensemble")).toString(), kFieldPhaseB);
    QCOMPARE(plan.value(QStringLiteral("phase_b_ensemble")).toString(), kFieldPhaseB);
}

void TestPlanCommand::textFieldExample()
{
    const auto result = run({QStringLiteral("plan"), QStringLiteral("--config"), kFieldConfig, QStringLiteral("--ids"), kFieldIds});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QString &out = result.out;

    QVERIFY(out.contains(QStringLiteral("Cluster \"ZKMIGIV\"")));
    QVERIFY(out.contains(QStringLiteral("  Master       Current ID  Canonical ID  Changes?\n"
                                        "  10.10.0.104  5           1             yes\n"
                                        "  10.10.0.122  4           2             yes\n"
                                        "  10.10.0.169  3           3             no\n"
                                        "  10.10.0.193  1           4             yes\n"
                                        "  10.10.0.203  2           5             yes\n")));
    QVERIFY(out.contains(QStringLiteral("Phase A ensemble (current IDs):  ") + kFieldPhaseA + QLatin1Char('\n')));
    QVERIFY(out.contains(QStringLiteral("Phase B ensemble (DC/OS's IDs):  ") + kFieldPhaseB + QLatin1Char('\n')));
    QVERIFY(out.contains(QStringLiteral("Phase B is needed: 4 master(s) must change ID")));
    QVERIFY(out.contains(QStringLiteral("followers first and the leader last")));
    QVERIFY(out.contains(QStringLiteral("--- ") + kFieldConfig + QLatin1Char('\n')));
    QVERIFY(out.contains(QStringLiteral("\n-exhibitor_storage_backend: zookeeper\n"
                                        "-exhibitor_zk_hosts: 10.10.0.249:2181,10.10.0.79:2181,10.10.0.125:2181\n"
                                        "-exhibitor_zk_path: /\n"
                                        "+exhibitor_storage_backend: static\n")));
}

void TestPlanCommand::textPhaseBSkipped()
{
    const auto result = run({QStringLiteral("plan"), QStringLiteral("--config"), kFieldConfig, QStringLiteral("--ids"),
                             data("ids/field-example-canonical.ids"), QStringLiteral("--format"), QStringLiteral("text")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("  10.10.0.104  1           1             no\n")));
    QVERIFY(result.out.contains(QStringLiteral("Phase B is skipped")));
    QVERIFY(result.out.contains(QStringLiteral("offline for nothing")));
}

void TestPlanCommand::secretsNeverShown_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << QStringLiteral("text");
    QTest::newRow("json") << QStringLiteral("json");
}

// config.yaml's secrets (tests/data/config/enterprise-secrets.yaml holds one of each kind) appear
// nowhere in the plan: the diff and config_yaml_after show their keys with <redacted>.
void TestPlanCommand::secretsNeverShown()
{
    QFETCH(QString, format);
    const auto result = run({QStringLiteral("plan"), QStringLiteral("--config"), data("config/enterprise-secrets.yaml"),
                             QStringLiteral("--ids"), kFieldIds, QStringLiteral("--format"), format});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QString shown = result.out;
    if (format == QLatin1String("json")) {
        shown = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("config_yaml_after")).toString();
        QVERIFY(shown.contains(QStringLiteral("\nsecurity: strict\n")));
    }
    QVERIFY2(!result.out.contains(QStringLiteral("SECRET-00")), qPrintable(result.out));
    QVERIFY(!result.out.contains(QStringLiteral("BEGIN RSA")));
    if (format == QLatin1String("text")) {
        // The diff's context lines around the backend's keys.
        QVERIFY(shown.contains(QStringLiteral("\n customer_key: <redacted>\n")));
        QVERIFY(shown.contains(QStringLiteral("\n exhibitor_admin_password: <redacted>\n")));
        return;
    }
    for (const char *key : {"customer_key", "license_key_contents", "exhibitor_admin_password", "zk_super_credentials",
                            "zk_master_credentials", "zk_agent_credentials", "superuser_password_hash",
                            "aws_secret_access_key", "exhibitor_azure_account_key", "ca_certificate_key"}) {
        const QString line = QLatin1Char('\n') + QString::fromLatin1(key) + QStringLiteral(": <redacted>\n");
        QVERIFY2(shown.contains(line), qPrintable(line));
    }
    QVERIFY(shown.contains(QStringLiteral("\nsuperuser_username: bootstrapuser\n")));
}

void TestPlanCommand::otherBackends_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QStringList>("removed"); // the backend's keys, gone from config_yaml_after

    QTest::newRow("aws_s3") << data("config/field-example-s3.yaml")
                            << QStringList{QStringLiteral("aws_region"), QStringLiteral("s3_bucket"),
                                           QStringLiteral("s3_prefix")};
    QTest::newRow("azure") << data("config/field-example-azure.yaml")
                           << QStringList{QStringLiteral("exhibitor_azure_account_name"),
                                          QStringLiteral("exhibitor_azure_account_key"),
                                          QStringLiteral("exhibitor_azure_prefix")};
    QTest::newRow("shared_filesystem") << data("config/field-example-shared-fs.yaml")
                                       << QStringList{QStringLiteral("exhibitor_fs_config_dir")};
}

void TestPlanCommand::otherBackends()
{
    QFETCH(QString, config);
    QFETCH(QStringList, removed);

    const auto result = run({QStringLiteral("plan"), QStringLiteral("--config"), config, QStringLiteral("--ids"),
                             kFieldIds, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(plan.value(QStringLiteral("phase_a_ensemble")).toString(), kFieldPhaseA);
    QCOMPARE(plan.value(QStringLiteral("phase_b_ensemble")).toString(), kFieldPhaseB);

    // config.yaml after: the backend's lines gone, static in its place, every other line as it was
    // (secrets redacted in the plan's output).
    QFile file(config);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList expected;
    const QStringList before = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : before) {
        const QString key = line.section(QLatin1Char(':'), 0, 0);
        if (removed.contains(key))
            continue;
        if (key == QLatin1String("exhibitor_storage_backend"))
            expected << QStringLiteral("exhibitor_storage_backend: static");
        else if (QStringList{QStringLiteral("customer_key"), QStringLiteral("aws_access_key_id"),
                             QStringLiteral("aws_secret_access_key")}
                     .contains(key))
            expected << key + QStringLiteral(": <redacted>");
        else
            expected << line;
    }
    QCOMPARE(plan.value(QStringLiteral("config_yaml_after")).toString().split(QLatin1Char('\n')), expected);
    QVERIFY(!result.out.contains(QStringLiteral("EXAMPLEKEY")));
    QVERIFY(!result.out.contains(QStringLiteral("QXp1cmVLZXkt")));
}

void TestPlanCommand::invalidInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("lines"); // the start of each stderr line, in order

    const QString badMasters = data("config/bad-masters.yaml");
    QTest::newRow("bad master_list")
        << QStringList{QStringLiteral("--config"), badMasters, QStringLiteral("--ids"), kFieldIds}
        << QStringList{badMasters + QStringLiteral(":9: master_list: \"10.0.0.02\" is not an IPv4 address"),
                       badMasters + QStringLiteral(":10: master_list: \"10.0.0.300\" is not an IPv4 address"),
                       badMasters + QStringLiteral(":11: master_list: 10.0.0.1 is listed twice (also on line 8)")};
    const QString syntax = data("config/syntax-error.yaml");
    QTest::newRow("YAML syntax error") << QStringList{QStringLiteral("--config"), syntax, QStringLiteral("--ids"), kFieldIds}
                                       << QStringList{syntax + QStringLiteral(":4: YAML syntax error")};
    const QString migrated = data("config/already-static.yaml");
    QTest::newRow("already static")
        << QStringList{QStringLiteral("--config"), migrated, QStringLiteral("--ids"), kFieldIds}
        << QStringList{migrated + QStringLiteral(":2: exhibitor_storage_backend: exhibitor_storage_backend is already static")};
    const QString zkUrl = data("config/zk-url.yaml");
    QTest::newRow("zk url and relative path")
        << QStringList{QStringLiteral("--config"), zkUrl, QStringLiteral("--ids"), data("ids/sort-traps.ids")}
        << QStringList{zkUrl + QStringLiteral(":3: exhibitor_zk_hosts: "), zkUrl + QStringLiteral(":4: exhibitor_zk_path: "),
                       // The IDs are checked too: master_list itself is fine.
                       data("ids/sort-traps.ids") + QStringLiteral(": 10.0.0.1: No current ID"),
                       data("ids/sort-traps.ids") + QStringLiteral(": 10.0.0.2: No current ID"),
                       data("ids/sort-traps.ids") + QStringLiteral(": 10.0.0.3: No current ID"),
                       data("ids/sort-traps.ids") + QStringLiteral(":3: 10.0.0.10: An ID is given for 10.0.0.10"),
                       data("ids/sort-traps.ids") + QStringLiteral(":4: 10.0.0.100: An ID is given for 10.0.0.100"),
                       data("ids/sort-traps.ids") + QStringLiteral(":2: 10.0.0.9: An ID is given for 10.0.0.9")};
    const QString malformed = data("ids/malformed.ids");
    QTest::newRow("malformed ids file")
        << QStringList{QStringLiteral("--config"), kFieldConfig, QStringLiteral("--ids"), malformed}
        << QStringList{malformed + QStringLiteral(":2: 10.10.0.193: \"10.10.0.193\" is not \"<ip> <id>\""),
                       malformed + QStringLiteral(":3: 10.10.0.122: \"10.10.0.122 four\" is not \"<ip> <id>\""),
                       malformed + QStringLiteral(":5: 10.10.0.203: 10.10.0.203 is given again here (first on line 4)")};
    const QString duplicate = data("ids/duplicate-id.ids");
    QTest::newRow("duplicate and unknown ids")
        << QStringList{QStringLiteral("--config"), kFieldConfig, QStringLiteral("--ids"), duplicate}
        << QStringList{duplicate + QStringLiteral(":2: 10.10.0.122: Master 10.10.0.122 has ID 4, which master 10.10.0.104 has too"),
                       duplicate + QStringLiteral(":6: 10.10.0.250: An ID is given for 10.10.0.250")};
    const QString incomplete = data("journals/incomplete");
    QTest::newRow("rotated and missing journals")
        << QStringList{QStringLiteral("--config"), kFieldConfig, QStringLiteral("--journal-dir"), incomplete}
        << QStringList{incomplete + QStringLiteral("/10.10.0.203.log: 10.10.0.203: The journal of master 10.10.0.203 has no"),
                       incomplete + QStringLiteral("/10.10.0.104.log: 10.10.0.104: No journal for master 10.10.0.104")};
    const QString aws = data("config/aws-loadbalancer.yaml");
    QTest::newRow("AWS template: master_http_loadbalancer, no master_list")
        << QStringList{QStringLiteral("--config"), aws, QStringLiteral("--ids"), kFieldIds}
        << QStringList{aws + QStringLiteral(":12: master_list: master_list is missing."),
                       aws + QStringLiteral(":12: master_discovery: master_discovery is \"master_http_loadbalancer\", "
                                            "but the static backend needs master_discovery: static and fixed master "
                                            "addresses, every master listed in master_list")};
    const QString sharedFs = data("config/shared-fs-unsafe-dir.yaml");
    QTest::newRow("shared_filesystem directory with shell characters")
        << QStringList{QStringLiteral("--config"), sharedFs, QStringLiteral("--ids"), kFieldIds}
        << QStringList{sharedFs + QStringLiteral(":5: exhibitor_fs_config_dir: exhibitor_fs_config_dir "
                                                 "\"/mnt/share;reboot\" has characters other than")};
    const QString missingConfig = data("config/no-such-config.yaml");
    QTest::newRow("unreadable config")
        << QStringList{QStringLiteral("--config"), missingConfig, QStringLiteral("--ids"), kFieldIds}
        << QStringList{missingConfig + QStringLiteral(": Cannot read the file")};
    const QString missingIds = data("ids/no-such.ids");
    QTest::newRow("unreadable ids file")
        << QStringList{QStringLiteral("--config"), kFieldConfig, QStringLiteral("--ids"), missingIds}
        << QStringList{missingIds + QStringLiteral(": Cannot read the file"),
                       missingIds + QStringLiteral(": 10.10.0.104: No current ID"),
                       missingIds + QStringLiteral(": 10.10.0.122: No current ID"),
                       missingIds + QStringLiteral(": 10.10.0.169: No current ID"),
                       missingIds + QStringLiteral(": 10.10.0.193: No current ID"),
                       missingIds + QStringLiteral(": 10.10.0.203: No current ID")};
}

void TestPlanCommand::invalidInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, lines);

    for (const auto &format : {QStringLiteral("text"), QStringLiteral("json")}) {
        const auto result = run(QStringList{QStringLiteral("plan")} + arguments
                                + QStringList{QStringLiteral("--format"), format});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QString());
        QVERIFY(result.err.endsWith(QLatin1Char('\n')));
        const QStringList errLines = result.err.chopped(1).split(QLatin1Char('\n'));
        QCOMPARE(errLines.size(), lines.size());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QVERIFY2(errLines.at(i).startsWith(lines.at(i)), qPrintable(errLines.at(i) + QStringLiteral("\n  expected: ") + lines.at(i)));
    }
}

void TestPlanCommand::hostileInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");    // named at the start of a stderr line
    QTest::addColumn<QString>("message"); // in that line

    const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
    QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), {fifo}) == 0);
    // 3.6 MB of ids JSON: one object of 170000 masters.
    const QString bigJson = m_dir.filePath(QStringLiteral("big-ids.json"));
    {
        QFile file(bigJson);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"current_ids\": {\n");
        for (int i = 0; i < 170000; ++i)
            file.write("    \"10." + QByteArray::number(i / 65536) + '.' + QByteArray::number(i / 256 % 256) + '.'
                       + QByteArray::number(i % 256) + "\": 1,\n");
        file.write("    \"10.255.0.0\": 1}}\n");
        QVERIFY(file.flush());
        QVERIFY(file.size() > 3500 * 1000);
    }
    // A journal of 65 MiB (sparse: nothing is written), above the 64 MiB cap.
    const QString journals = m_dir.filePath(QStringLiteral("journals"));
    QVERIFY(QDir().mkpath(journals));
    for (const char *master : {"10.10.0.104", "10.10.0.122", "10.10.0.169", "10.10.0.193", "10.10.0.203"})
        QVERIFY(QFile::copy(data("journals/field-example/") + QLatin1String(master) + QStringLiteral(".log"),
                            journals + QLatin1Char('/') + QLatin1String(master) + QStringLiteral(".log")));
    const QString bigJournal = journals + QStringLiteral("/10.10.0.122.log");
    {
        QFile file(bigJournal);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(65 * 1024 * 1024));
    }

    const QString ids = QStringLiteral("--ids");
    const QString config = QStringLiteral("--config");
    const QString bomb = data("config/alias-bomb.yaml");
    QTest::newRow("alias bomb") << QStringList{config, bomb, ids, data("ids/sort-traps.ids")} << bomb
                                << QStringLiteral("expands to more than 100000 values");
    QTest::newRow("config /dev/zero") << QStringList{config, QStringLiteral("/dev/zero"), ids, kFieldIds}
                                      << QStringLiteral("/dev/zero") << QStringLiteral("This is a device, not a file");
    QTest::newRow("config FIFO") << QStringList{config, fifo, ids, kFieldIds} << fifo
                                 << QStringLiteral("This is a FIFO (named pipe), not a file");
    QTest::newRow("config directory") << QStringList{config, m_dir.path(), ids, kFieldIds} << m_dir.path()
                                      << QStringLiteral("This is a directory, not a file");
    QTest::newRow("ids /dev/zero") << QStringList{config, kFieldConfig, ids, QStringLiteral("/dev/zero")}
                                   << QStringLiteral("/dev/zero") << QStringLiteral("This is a device, not a file");
    QTest::newRow("ids FIFO") << QStringList{config, kFieldConfig, ids, fifo} << fifo
                              << QStringLiteral("This is a FIFO (named pipe), not a file");
    QTest::newRow("3.6 MB ids JSON") << QStringList{config, kFieldConfig, ids, bigJson} << bigJson
                                     << QStringLiteral(" MB, more than the 1 MiB");
    QTest::newRow("65 MiB journal")
        << QStringList{config, kFieldConfig, QStringLiteral("--journal-dir"), journals} << bigJournal
        << QStringLiteral("The file is 65 MiB, more than the 64 MiB");
}

// Input that used to hang `plan` (an alias bomb, /dev/zero, a FIFO) or eat memory and minutes
// (a 3.6 MB ids JSON): each ends within seconds, exit 2, with a line naming the file.
void TestPlanCommand::hostileInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(QString, message);

    const auto result = run(QStringList{QStringLiteral("plan")} + arguments, 10000);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    const QStringList lines = result.err.split(QLatin1Char('\n'));
    const bool named = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
        return line.startsWith(file + QLatin1Char(':')) && line.contains(message);
    });
    QVERIFY2(named, qPrintable(result.err.left(2000)));
}

void TestPlanCommand::multiDocumentConfigWarned()
{
    const QString config = data("config/two-documents.yaml");
    const auto result = run({QStringLiteral("plan"), QStringLiteral("--config"), config, QStringLiteral("--ids"),
                             data("ids/sort-traps.ids"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.startsWith(config + QStringLiteral(":11: warning: Another YAML document starts here")),
             qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    // The first document is the plan's: its cluster, not the second document's.
    QVERIFY(result.out.contains(QLatin1String("sort-traps")));
}

// A config value with escape sequences reaches the terminal as visible text, not as commands.
void TestPlanCommand::controlCharactersEscaped()
{
    const QString config = data("config/control-chars.yaml");
    const auto result = run({QStringLiteral("plan"), QStringLiteral("--config"), config, QStringLiteral("--ids"),
                             data("ids/sort-traps.ids")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(config + QStringLiteral(":8: master_list: \"10.0.0.1\\x1b]0;pwned\\x07\\x1b[2J\"")),
             qPrintable(result.err));
    QVERIFY(!result.err.contains(QChar(0x1b)));
    QVERIFY(!result.err.contains(QChar(0x07)));
}

void TestPlanCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("no command") << QStringList() << QStringLiteral("no command given");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("migrat")} << QStringLiteral("unknown command \"migrat\"");
    QTest::newRow("option before command") << QStringList{QStringLiteral("--config"), kFieldConfig}
                                           << QStringLiteral("unknown option \"--config\"");
    QTest::newRow("missing --config") << QStringList{QStringLiteral("plan"), QStringLiteral("--ids"), kFieldIds}
                                      << QStringLiteral("--config FILE is required");
    QTest::newRow("no ids") << QStringList{QStringLiteral("plan"), QStringLiteral("--config"), kFieldConfig}
                            << QStringLiteral("exactly one of --ids FILE and --journal-dir DIR");
    QTest::newRow("both ids sources")
        << QStringList{QStringLiteral("plan"), QStringLiteral("--config"), kFieldConfig, QStringLiteral("--ids"), kFieldIds,
                       QStringLiteral("--journal-dir"), data("journals/field-example")}
        << QStringLiteral("exactly one of --ids FILE and --journal-dir DIR");
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("plan"), QStringLiteral("--config"), kFieldConfig, QStringLiteral("--ids"), kFieldIds,
                       QStringLiteral("--format"), QStringLiteral("yaml")}
        << QStringLiteral("unknown format \"yaml\"");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("plan"), QStringLiteral("--config"), kFieldConfig, QStringLiteral("--force")}
        << QStringLiteral("Unknown option 'force'");
    QTest::newRow("missing value") << QStringList{QStringLiteral("plan"), QStringLiteral("--config")}
                                   << QStringLiteral("Missing value after '--config'");
    QTest::newRow("extra argument")
        << QStringList{QStringLiteral("plan"), QStringLiteral("--config"), kFieldConfig, QStringLiteral("--ids"), kFieldIds,
                       QStringLiteral("now")}
        << QStringLiteral("unexpected argument \"now\"");
}

void TestPlanCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("--help")), qPrintable(result.err));
}

void TestPlanCommand::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("fragments");

    const QStringList topLevel{QStringLiteral("Usage: exhibitor-migrate <command> [options]"), QStringLiteral("\n  plan "),
                               QStringLiteral("--version"), QStringLiteral("Exit status")};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << topLevel;
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << topLevel;
    QTest::newRow("help") << QStringList{QStringLiteral("help")} << topLevel;

    const QStringList plan{QStringLiteral("Usage: exhibitor-migrate plan --config FILE (--ids FILE | --journal-dir DIR)"),
                           QStringLiteral("--journal-dir <DIR>"), QStringLiteral("--format <FORMAT>"),
                           QStringLiteral("Exit status: 0")};
    QTest::newRow("plan --help") << QStringList{QStringLiteral("plan"), QStringLiteral("--help")} << plan;
    QTest::newRow("plan -h with other options")
        << QStringList{QStringLiteral("plan"), QStringLiteral("--config"), kFieldConfig, QStringLiteral("-h")} << plan;
    QTest::newRow("--lang en after the command")
        << QStringList{QStringLiteral("plan"), QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")} << plan;
    QTest::newRow("--lang=en") << QStringList{QStringLiteral("--lang=en"), QStringLiteral("--help")} << topLevel;
}

void TestPlanCommand::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, fragments);
    const auto result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    for (const auto &fragment : fragments)
        QVERIFY2(result.out.contains(fragment), qPrintable(fragment));
}

// --lang overrides the locale (C here), before or after the command.
void TestPlanCommand::languageOption()
{
    auto result = run({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("使い方: exhibitor-migrate <command> [options]")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("--lang <code>")), qPrintable(result.out));

    result = run({QStringLiteral("plan"), QStringLiteral("--ids"), kFieldIds, QStringLiteral("--lang"), QStringLiteral("ja")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("--config FILE は必須です。")), qPrintable(result.err));

    result = run({QStringLiteral("--help"), QStringLiteral("--lang")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(QStringLiteral("--lang")), qPrintable(result.err));
}

void TestPlanCommand::version()
{
    for (const auto &option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const auto result = run({option});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("exhibitor-migrate " EMW_VERSION "\n"));
    }
}

// A plan that could not be written (a full disk: /dev/full) is a failure, exit 1, not a success
// whose output a script would take as the plan.
void TestPlanCommand::outputLost()
{
    if (!QFileInfo(QStringLiteral("/dev/full")).isWritable())
        QSKIP("no /dev/full here");
    for (const auto &format : { QStringLiteral("text"), QStringLiteral("json") }) {
        QProcess process;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
        process.setProcessEnvironment(environment);
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
        process.start(kBinary,
                      { QStringLiteral("plan"), QStringLiteral("--config"), kFieldConfig,
                        QStringLiteral("--ids"), kFieldIds, QStringLiteral("--format"), format });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.startsWith(QStringLiteral("exhibitor-migrate: unexpected error: stdout: ")),
                 qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
    }
}

QTEST_GUILESS_MAIN(TestPlanCommand)
#include "TestPlanCommand.moc"
