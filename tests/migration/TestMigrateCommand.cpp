// exhibitor-migrate migrate, rollback, status and verify as an operator runs them: the built
// binary, its exit status, stderr progress and JSON events; against the simulated cluster.
#include "MigrateCli.h"
#include "SimCluster.h"

#include "migration/MigrationTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using MigrateCli::Result;
using MigrateCli::run;

} // namespace

class TestMigrateCommand : public QObject
{
    Q_OBJECT

private slots:
    void usageErrors_data();
    void usageErrors();
    void help();
    void migrateStatusVerifyRollback();
};

void TestMigrateCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    const QString config = QStringLiteral(EMW_TEST_DATA_DIR "/config/sort-traps.yaml");
    QTest::newRow("no config") << QStringList{QStringLiteral("migrate")} << QStringLiteral("--config FILE is required");
    QTest::newRow("format") << QStringList{QStringLiteral("verify"), QStringLiteral("--config"), config,
                                           QStringLiteral("--format"), QStringLiteral("xml")}
                            << QStringLiteral("unknown format");
    QTest::newRow("sudo") << QStringList{QStringLiteral("status"), QStringLiteral("--config"), config,
                                         QStringLiteral("--sudo"), QStringLiteral("maybe")}
                          << QStringLiteral("unknown sudo mode");
    QTest::newRow("gate timeout") << QStringList{QStringLiteral("migrate"), QStringLiteral("--config"), config,
                                                 QStringLiteral("--gate-timeout"), QStringLiteral("soon")}
                                  << QStringLiteral("--gate-timeout");
    for (const char *seconds : {"0", "9", "1801", "99999999999"}) {
        QTest::addRow("gate timeout %s", seconds)
            << QStringList{QStringLiteral("migrate"), QStringLiteral("--config"), config,
                           QStringLiteral("--gate-timeout"), QString::fromLatin1(seconds)}
            << QStringLiteral("--gate-timeout takes a number of seconds from 10 to 1800; \"%1\" is not one")
                   .arg(QLatin1String(seconds));
    }
    // A prefix of the fingerprint, a fingerprint one character short, and one that no 32 bytes make.
    for (const char *fingerprint : {"SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5S",
                                    "SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY",
                                    "SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY9"}) {
        QTest::addRow("host key %d chars", int(qstrlen(fingerprint)))
            << QStringList{QStringLiteral("status"), QStringLiteral("--config"), config,
                           QStringLiteral("--accept-host-key"), QString::fromLatin1(fingerprint)}
            << QStringLiteral("--accept-host-key takes the whole fingerprint");
    }
    QTest::newRow("digest exclude not a znode path")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--config"), config, QStringLiteral("--digest-exclude"),
                       QStringLiteral("dcos/jobs")}
        << QStringLiteral("--digest-exclude takes a znode path");
    // A rollback without a journal or --ids takes the run over from the cluster (it connects):
    // TestClusterTakeover.
    QTest::newRow("config already static")
        << QStringList{QStringLiteral("migrate"), QStringLiteral("--config"),
                       QStringLiteral(EMW_TEST_DATA_DIR "/config/already-static.yaml"), QStringLiteral("--ids"),
                       QStringLiteral(EMW_TEST_DATA_DIR "/ids/sort-traps.ids")}
        << QStringLiteral("from before the migration");
}

void TestMigrateCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(says), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestMigrateCommand::help()
{
    for (const QString &command : {QStringLiteral("migrate"), QStringLiteral("rollback"), QStringLiteral("status"),
                                   QStringLiteral("verify")}) {
        const Result result = run({command, QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("Usage: exhibitor-migrate ") + command), qPrintable(result.out));
        QVERIFY(result.out.contains(QLatin1String("--config")));
    }
    const Result top = run({QStringLiteral("--help")});
    for (const char *command : {"\n  migrate ", "\n  rollback ", "\n  status ", "\n  verify "})
        QVERIFY2(top.out.contains(QLatin1String(command)), qPrintable(top.out));
}

void TestMigrateCommand::migrateStatusVerifyRollback()
{
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    SimCluster sim(QStringLiteral("migration-traps"));
    QString error;
    QVERIFY2(sim.up(&error), qPrintable(error));
    const QMap<QString, QByteArray> before = sim.envFiles();
    QTemporaryDir dir;
    const SshTarget target = sim.targets().first();
    const QStringList common{QStringLiteral("--config"), sim.configYaml(), QStringLiteral("--user"), target.user,
                             QStringLiteral("--port"), QString::number(target.port), QStringLiteral("--identity"),
                             target.keyFile, QStringLiteral("--known-hosts"), target.knownHostsPath,
                             QStringLiteral("--journal"), dir.filePath(QStringLiteral("journal.json"))};

    // No --ids: discovered on the masters. JSON events on stdout, one per line.
    const Result migrate = run(QStringList{QStringLiteral("migrate")} + common +
                               QStringList{QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json"),
                                           QStringLiteral("--gate-timeout"), QStringLiteral("30"),
                                           QStringLiteral("--report"), dir.filePath(QStringLiteral("report")),
                                           QStringLiteral("--config-out"), dir.filePath(QStringLiteral("static.yaml"))});
    QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err + migrate.out.right(3000)));
    QJsonObject last;
    int operations = 0;
    for (const QString &line : migrate.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonDocument event = QJsonDocument::fromJson(line.toUtf8());
        QVERIFY2(event.isObject(), qPrintable(line));
        last = event.object();
        operations += last.value(QStringLiteral("event")).toString() == QLatin1String("operationFinished");
    }
    QCOMPARE(last.value(QStringLiteral("event")).toString(), QStringLiteral("finished"));
    QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
    QVERIFY(operations >= 10);
    // The run's write probe in the end summary: it wrote in Phase A and B.
    const QJsonObject probe = last.value(QStringLiteral("writeProbe")).toObject();
    QVERIFY2(probe.value(QStringLiteral("writes")).toInteger() > 0, QJsonDocument(last).toJson().constData());
    QStringList probePhases;
    for (const QJsonValue &phase : probe.value(QStringLiteral("phases")).toArray())
        probePhases << phase[QStringLiteral("phase")].toString();
    QVERIFY2(probePhases.contains(QLatin1String("phaseA")) && probePhases.contains(QLatin1String("phaseB")),
             qPrintable(probePhases.join(QLatin1Char(','))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("report/report.html"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("static.yaml"))));

    const Result status = run(QStringList{QStringLiteral("status")} + common);
    QCOMPARE(status.exitCode, 0);
    // status has no --yes or --pause-each: nothing asks the parser about them.
    QVERIFY2(!status.err.contains(QLatin1String("option not defined")), qPrintable(status.err));
    QVERIFY2(status.out.contains(QLatin1String("completed")), qPrintable(status.out));
    for (const QString &master : sim.masters())
        QVERIFY2(status.out.contains(master + QStringLiteral(": backend STATIC")), qPrintable(status.out));

    const Result verify = run(QStringList{QStringLiteral("verify")} + common);
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    QVERIFY(!verify.out.contains(QLatin1String("FAIL")));

    // Rollback asks before it restores: "n" stops it, "y" goes.
    const Result declined = run(QStringList{QStringLiteral("rollback")} + common, "n\n");
    QCOMPARE(declined.exitCode, 1);
    QVERIFY(declined.err.contains(QLatin1String("[y/N]")));
    const Result rollback = run(QStringList{QStringLiteral("rollback")} + common, "y\n");
    QVERIFY2(rollback.exitCode == 0, qPrintable(rollback.err.right(3000)));
    // The rollback's probe wrote through its restarts, and its figures close the run's output.
    QVERIFY2(rollback.err.contains(QLatin1String("Write probe: ")), qPrintable(rollback.err.right(3000)));
    QVERIFY2(rollback.err.contains(phaseTitle(Phase::Rollback) + QStringLiteral(": ")), qPrintable(rollback.err.right(3000)));
    for (const QString &master : sim.masters())
        QCOMPARE(sim.envFile(master), before.value(master));
}

QTEST_GUILESS_MAIN(TestMigrateCommand)
#include "TestMigrateCommand.moc"
