// MigrationReport and ReportHtml: JSON content, escaping, quorum windows; Redaction of env files.
#include "migration/MigrationReport.h"
#include "config/Redaction.h"
#include "migration/ReportHtml.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMigrationReport : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(int ms) { return QDateTime::fromMSecsSinceEpoch(1700000000000 + ms, Qt::UTC); }

    static MigrationReport sample()
    {
        MigrationReport report;
        report.runId = QStringLiteral("run-1");
        report.kind = QStringLiteral("migrate");
        report.outcome = RunOutcome::Succeeded;
        report.started = at(0);
        report.finished = at(60000);
        report.masters = {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")};
        report.phaseA = QStringLiteral("2:10.0.0.1,1:10.0.0.2");
        report.phaseB = QStringLiteral("1:10.0.0.1,2:10.0.0.2");
        report.phaseBNeeded = true;
        report.operations << MigrationReport::OperationRecord{3, QStringLiteral("phaseA.restart.0"), Phase::PhaseA,
                                                              QStringLiteral("10.0.0.1"), QStringLiteral("Restart"),
                                                              at(1000), at(4500), true, false, QStringLiteral("settled")};
        report.checks << CheckResult{QStringLiteral("quorum"), QString(), true, false, QStringLiteral("quorum"),
                                     QStringLiteral("one leader"), at(500)};
        report.checks << CheckResult{QStringLiteral("disk"), QStringLiteral("10.0.0.2"), false, false,
                                     QStringLiteral("disk <space>"), QStringLiteral("1 KiB free"), at(600)};
        report.log << LogLine{QStringLiteral("10.0.0.1"), LogStream::Command, QStringLiteral("$ sudo systemctl restart x"), at(1001)};
        report.log << LogLine{QStringLiteral("10.0.0.1"), LogStream::Stdout, QStringLiteral("<script>alert(1)</script>"), at(1002)};
        report.envFiles[QStringLiteral("10.0.0.1")] = MigrationReport::EnvFiles{
            "EXHIBITOR_BACKEND=ZK\n", "EXHIBITOR_BACKEND=STATIC\n", QStringLiteral("s1"), QStringLiteral("s2"),
            QStringLiteral("s1")};
        report.quorumWindows << MigrationReport::QuorumWindow{Phase::PhaseB, QStringLiteral("10.0.0.2"), at(30000), at(31200)};
        report.quorumWindows << MigrationReport::QuorumWindow{Phase::PhaseB, QStringLiteral("10.0.0.1"), at(40000), at(40400)};
        return report;
    }

private slots:
    void json()
    {
        const QJsonObject json = sample().toJson();
        QCOMPARE(json.value(u"outcome"_s).toString(), QStringLiteral("succeeded"));
        QCOMPARE(json.value(u"durationMs"_s).toDouble(), 60000.0);
        QCOMPARE(json.value(u"operations"_s).toArray().first().toObject().value(u"durationMs"_s).toDouble(), 3500.0);
        QCOMPARE(json.value(u"operations"_s).toArray().first().toObject().value(u"phase"_s).toString(), QStringLiteral("phaseA"));
        QCOMPARE(json.value(u"checks"_s).toArray().size(), 2);
        QCOMPARE(json.value(u"checks"_s).toArray().at(1).toObject().value(u"master"_s).toString(), QStringLiteral("10.0.0.2"));
        QCOMPARE(json.value(u"longestQuorumLossMs"_s).toObject().value(u"phaseB"_s).toDouble(), 1200.0);
        QCOMPARE(json.value(u"longestQuorumLossMs"_s).toObject().value(u"phaseA"_s).toDouble(), 0.0);
        QCOMPARE(json.value(u"quorumLossWindows"_s).toArray().size(), 2);
        QCOMPARE(json.value(u"envFiles"_s).toObject().value(u"10.0.0.1"_s).toObject().value(u"after"_s).toString(),
                 QStringLiteral("EXHIBITOR_BACKEND=STATIC\n"));
        QCOMPARE(json.value(u"log"_s).toArray().first().toObject().value(u"stream"_s).toString(), QStringLiteral("command"));
    }

    void htmlEscapesEverything()
    {
        const QString html = ReportHtml::render(sample());
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QLatin1String("disk &lt;space&gt;")));
        QVERIFY(html.contains(QLatin1String("EXHIBITOR_BACKEND=STATIC")));
        QVERIFY(html.contains(QLatin1String("1200")));
        QVERIFY(html.contains(QLatin1String("class=\"fail\"")));
        QVERIFY(html.contains(QLatin1String("$ sudo systemctl restart x")));
    }

    void restartBreakdown()
    {
        MigrationReport report = sample();
        MigrationReport::RestartTiming restart;
        restart.phase = Phase::PhaseB;
        restart.master = QStringLiteral("10.0.0.2");
        restart.started = at(30000);
        restart.unitStopped = at(30400);
        restart.restUp = at(32600);
        restart.zooKeeperUp = at(33900);
        restart.serving = at(34500);
        restart.caughtUp = at(34700);
        report.restarts << restart;
        MigrationReport::RestartTiming stuck = restart;
        stuck.master = QStringLiteral("10.0.0.1");
        stuck.restUp = stuck.zooKeeperUp = stuck.serving = stuck.caughtUp = QDateTime();
        report.restarts << stuck;

        const QJsonArray restarts = report.toJson().value(u"restarts"_s).toArray();
        QCOMPARE(restarts.size(), 2);
        const QJsonObject first = restarts.at(0).toObject();
        QCOMPARE(first.value(u"phase"_s).toString(), QStringLiteral("phaseB"));
        QCOMPARE(first.value(u"unitStoppedMs"_s).toDouble(), 400.0);
        QCOMPARE(first.value(u"restUpMs"_s).toDouble(), 2600.0);
        QCOMPARE(first.value(u"zooKeeperUpMs"_s).toDouble(), 3900.0);
        QCOMPARE(first.value(u"servingMs"_s).toDouble(), 4500.0);
        QCOMPARE(first.value(u"caughtUpMs"_s).toDouble(), 4700.0);
        QCOMPARE(restarts.at(1).toObject().value(u"restUpMs"_s).toDouble(), -1.0);

        const QString html = ReportHtml::render(report);
        QVERIFY(html.contains(QLatin1String("Restarts, step by step")));
        QVERIFY(html.contains(QLatin1String("<td>2600</td><td>3900</td><td>4500</td><td>4700</td>")));
        // The restart that never caught up is marked as failed.
        QVERIFY(html.contains(QLatin1String("<tr class=\"fail\"><td>Phase B: canonical IDs</td><td>10.0.0.1</td>")));
    }

    void timelinePerMaster()
    {
        const auto timeline = sample().timeline(QStringLiteral("10.0.0.1"));
        QCOMPARE(timeline.size(), 4); // started, command, output, finished
        QCOMPARE(timeline.first().time, at(1000));
        QCOMPARE(timeline.last().time, at(4500));
        QVERIFY(sample().timeline(QStringLiteral("10.0.0.9")).isEmpty());
    }

    void htmlHasTheTimelineAsSvg()
    {
        MigrationReport report = sample();
        QVERIFY(!ReportHtml::render(MigrationReport()).contains(u"<svg"_s)); // nothing to draw
        MigrationReport::RestartTiming restart;
        restart.phase = Phase::PhaseA;
        restart.master = QStringLiteral("10.0.0.1");
        restart.started = at(1000);
        restart.unitStopped = at(1400);
        restart.zooKeeperUp = at(3000);
        restart.serving = at(4000);
        restart.caughtUp = at(4500);
        report.restarts << restart;
        restart.phase = Phase::PhaseB;
        restart.master = QStringLiteral("10.0.0.2");
        restart.started = at(30000);
        restart.unitStopped = at(30400);
        restart.zooKeeperUp = at(31000);
        restart.serving = at(31200);
        restart.caughtUp = at(31300);
        report.restarts << restart;
        const QString html = ReportHtml::render(report);
        const qsizetype svg = html.indexOf(u"<div class=\"timeline\">\n<svg "_s);
        QVERIFY(svg > 0);
        QVERIFY(svg < html.indexOf(u"<h2>Checks</h2>"_s)); // right after the summary
        QCOMPARE(html.count(u"<svg "_s), 1);
        QCOMPARE(html.count(u"<g class=\"restart\""_s), 2); // one bar per restart
        QCOMPARE(html.count(u"<g class=\"quorum-loss\">"_s), 2);
        QVERIFY(html.contains(u"10.0.0.1: 1 restart(s): Phase A restart, 3.5 s"_s));
    }

    void readsItsJsonBack()
    {
        MigrationReport report = sample();
        MigrationReport::RestartTiming restart;
        restart.phase = Phase::PhaseB;
        restart.master = QStringLiteral("10.0.0.2");
        restart.started = at(30000);
        restart.unitStopped = at(30400);
        restart.restUp = at(32600);
        restart.zooKeeperUp = at(33900);
        report.restarts << restart;
        const MigrationReport back = MigrationReport::fromJson(report.toJson());
        QCOMPARE(back.runId, report.runId);
        QCOMPARE(back.outcome, RunOutcome::Succeeded);
        QCOMPARE(back.started, report.started);
        QCOMPARE(back.masters, report.masters);
        QCOMPARE(back.phaseBNeeded, true);
        QCOMPARE(back.operations.size(), 1);
        QCOMPARE(back.operations.first().phase, Phase::PhaseA);
        QCOMPARE(back.operations.first().finished, at(4500));
        QCOMPARE(back.quorumWindows.size(), 2);
        QCOMPARE(back.quorumWindows.first().afterRestartOf, QStringLiteral("10.0.0.2"));
        QCOMPARE(back.longestQuorumLossMs(Phase::PhaseB), 1200);
        QCOMPARE(back.restarts.size(), 1);
        QCOMPARE(back.restarts.first().restUp, at(32600));
        QCOMPARE(back.restarts.first().zooKeeperUp, at(33900));
        QVERIFY(!back.restarts.first().serving.isValid());
        QVERIFY(!back.restarts.first().caughtUp.isValid());
    }

    void writesBothFiles()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(sample().write(dir.filePath(QStringLiteral("r")), &error), qPrintable(error));
        QFile json(dir.filePath(QStringLiteral("r/report.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(u"runId"_s).toString(), QStringLiteral("run-1"));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("r/report.html"))));
        // The operator's alone (the run's log, the masters' env files): 0600 in a 0700 directory.
        const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const char *name : {"r", "r/report.json", "r/report.html"})
            QCOMPARE(QFileInfo(dir.filePath(QString::fromLatin1(name))).permissions() & groupOrOther,
                     QFileDevice::Permissions());
        // A link planted where the report goes is refused, not followed.
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("r")), dir.filePath(QStringLiteral("linked"))));
        QVERIFY(!sample().write(dir.filePath(QStringLiteral("linked")), &error));
        QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
    }

    void redactsSecrets()
    {
        const QByteArray env = "EXHIBITOR_BACKEND=AWS_S3\nAWS_REGION=us-west-2\nAWS_SECRET_ACCESS_KEY=abc/def\r\n"
                               "export AZURE_ACCOUNT_KEY=\"k\"\n# comment=secret\nEXHIBITOR_TLS_ENABLED=false";
        const QByteArray redacted = Redaction::envFile(env);
        QVERIFY(!redacted.contains("abc/def"));
        QVERIFY(!redacted.contains("\"k\""));
        QVERIFY(redacted.contains("AWS_SECRET_ACCESS_KEY=<redacted>\r\n"));
        QVERIFY(redacted.contains("AWS_REGION=us-west-2\n"));
        QVERIFY(redacted.contains("# comment=secret\n"));
        QVERIFY(redacted.endsWith("EXHIBITOR_TLS_ENABLED=false"));
        QVERIFY(!Redaction::isSecretKey(QStringLiteral("EXHIBITOR_STATICENSEMBLE")));
        QVERIFY(!Redaction::isSecretKey(QStringLiteral("ZK_CONFIG_CONNECT")));
    }
};

QTEST_GUILESS_MAIN(TestMigrationReport)
#include "TestMigrationReport.moc"
