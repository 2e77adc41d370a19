#include "migration/MigrationReport.h"
#include "migration/ReportHtml.h"
#include "migration/WriteProbeLedger.h"

#include <QJsonArray>
#include <QTest>

// The write probe's bookkeeping without a network: per-phase writes, failures and the longest
// time without an acknowledged write, the live rate, the samples and the lost writes by name.
class TestWriteProbeLedger : public QObject
{
    Q_OBJECT

private slots:
    void steadyWritesShowOneInterval();
    void outageInPhaseBIsItsGap();
    void gapBelongsToThePhaseItBegan();
    void failingAtTheEndKeepsTheGapOpen();
    void firstAcknowledgementCountsFromFirstWrite();
    void liveRateAndTotals();
    void samplesAndReportJson();
    void lostWritesAreNamed();
    void phasesWithoutWritesAreLeftOut();
    void reportHtmlHasTheTable();

private:
    static WriteProbePhaseFigures of(const QList<WriteProbePhaseFigures> &figures, Phase phase);
    // One write issued at `at`, answered `latency` ms later.
    static void write(WriteProbeLedger &ledger, qint64 at, bool ok, qint64 latency = 20);
};

WriteProbePhaseFigures TestWriteProbeLedger::of(const QList<WriteProbePhaseFigures> &figures, Phase phase)
{
    for (const WriteProbePhaseFigures &entry : figures) {
        if (entry.phase == phase)
            return entry;
    }
    return WriteProbePhaseFigures{phase, -1, -1, -1};
}

void TestWriteProbeLedger::write(WriteProbeLedger &ledger, qint64 at, bool ok, qint64 latency)
{
    const qint64 sequence = ledger.issue(at);
    if (ok)
        ledger.acknowledge(sequence, at + latency, QStringLiteral("w-%1").arg(sequence, 10, 10, QLatin1Char('0')));
    else
        ledger.fail(sequence, at + latency);
}

void TestWriteProbeLedger::steadyWritesShowOneInterval()
{
    WriteProbeLedger ledger;
    ledger.start(QDateTime::currentDateTimeUtc(), Phase::Preflight);
    for (qint64 t = 0; t < 2000; t += 200)
        write(ledger, t, true);
    const auto figures = ledger.phaseFigures(2000);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().phase, Phase::Preflight);
    QCOMPARE(figures.first().writes, 10);
    QCOMPARE(figures.first().failed, 0);
    // From the first write to its answer (20 ms), then one interval between answers.
    QCOMPARE(figures.first().longestGapMs, 200);
}

void TestWriteProbeLedger::outageInPhaseBIsItsGap()
{
    WriteProbeLedger ledger;
    ledger.start(QDateTime::currentDateTimeUtc(), Phase::Preflight);
    write(ledger, 0, true);
    ledger.setPhase(Phase::PhaseA, 100);
    for (qint64 t = 200; t <= 1000; t += 200)
        write(ledger, t, true);
    ledger.setPhase(Phase::PhaseB, 1100);
    write(ledger, 1200, true); // answered at 1220
    // Quorum lost: four writes fail, then a write waits for the new leader and is answered late.
    for (qint64 t = 1400; t <= 2000; t += 200)
        write(ledger, t, false, 5);
    write(ledger, 2200, true, 1500); // answered at 3700
    write(ledger, 3800, true);       // 3820
    ledger.setPhase(Phase::Verify, 3900);
    write(ledger, 4000, true); // 4020: this gap began in Phase B, at 3820
    write(ledger, 4200, true); // 4220

    const auto figures = ledger.phaseFigures(4300);
    QCOMPARE(figures.size(), 4);
    QCOMPARE(figures.at(0).phase, Phase::Preflight);
    QCOMPARE(figures.at(1).phase, Phase::PhaseA);
    QCOMPARE(figures.at(2).phase, Phase::PhaseB);
    QCOMPARE(figures.at(3).phase, Phase::Verify);
    QCOMPARE(of(figures, Phase::PhaseA).writes, 5);
    QCOMPARE(of(figures, Phase::PhaseA).failed, 0);
    QCOMPARE(of(figures, Phase::PhaseA).longestGapMs, 200);
    QCOMPARE(of(figures, Phase::PhaseB).writes, 3);
    QCOMPARE(of(figures, Phase::PhaseB).failed, 4);
    QCOMPARE(of(figures, Phase::PhaseB).longestGapMs, 3700 - 1220);
    QCOMPARE(of(figures, Phase::Verify).writes, 2);
    QCOMPARE(of(figures, Phase::Verify).longestGapMs, 4220 - 4020);

    const LiveClientFigures live = ledger.live(4300);
    QCOMPARE(live.writes, 11);
    QCOMPARE(live.failed, 4);
    QCOMPARE(live.longestGapMs, 2480);
}

void TestWriteProbeLedger::gapBelongsToThePhaseItBegan()
{
    WriteProbeLedger ledger;
    ledger.start(QDateTime::currentDateTimeUtc(), Phase::PhaseA);
    write(ledger, 0, true);        // 20
    write(ledger, 200, false, 10); // writes stop succeeding in Phase A...
    ledger.setPhase(Phase::PhaseB, 300);
    write(ledger, 400, false, 10);
    write(ledger, 600, true, 900); // ...and succeed again at 1500, in Phase B
    const auto figures = ledger.phaseFigures(1600);
    QCOMPARE(of(figures, Phase::PhaseA).longestGapMs, 1480);
    QCOMPARE(of(figures, Phase::PhaseA).failed, 1);
    QCOMPARE(of(figures, Phase::PhaseB).longestGapMs, 0);
    QCOMPARE(of(figures, Phase::PhaseB).failed, 1);
    QCOMPARE(of(figures, Phase::PhaseB).writes, 1);
}

void TestWriteProbeLedger::failingAtTheEndKeepsTheGapOpen()
{
    WriteProbeLedger ledger;
    ledger.start(QDateTime::currentDateTimeUtc(), Phase::PhaseB);
    write(ledger, 0, true); // 20
    write(ledger, 200, false);
    write(ledger, 400, false);
    // Live: the gap grows while writes fail.
    QCOMPARE(ledger.live(1000).longestGapMs, 980);
    QCOMPARE(ledger.live(3000).longestGapMs, 2980);
    ledger.stop(5000);
    // After stop the gap ends where the probe stopped.
    QCOMPARE(ledger.phaseFigures(9000).first().longestGapMs, 4980);
    // A write in flight after the last acknowledgement keeps it open too.
    WriteProbeLedger pending;
    pending.start(QDateTime::currentDateTimeUtc(), Phase::PhaseA);
    write(pending, 0, true);
    pending.issue(200);
    QCOMPARE(pending.inFlight(), 1);
    QCOMPARE(pending.phaseFigures(2000).first().longestGapMs, 1980);
}

void TestWriteProbeLedger::firstAcknowledgementCountsFromFirstWrite()
{
    WriteProbeLedger ledger;
    ledger.start(QDateTime::currentDateTimeUtc(), Phase::Preflight);
    write(ledger, 0, false);
    write(ledger, 200, false);
    write(ledger, 400, true, 100); // 500
    QCOMPARE(ledger.phaseFigures(600).first().longestGapMs, 500);
    WriteProbeLedger none;
    none.start(QDateTime::currentDateTimeUtc(), Phase::Preflight);
    QVERIFY(none.phaseFigures(1000).isEmpty());
    QCOMPARE(none.live(1000).writes, 0);
}

void TestWriteProbeLedger::liveRateAndTotals()
{
    WriteProbeLedger ledger;
    ledger.start(QDateTime::currentDateTimeUtc(), Phase::PhaseA);
    for (qint64 t = 0; t < 10000; t += 200)
        write(ledger, t, true);
    LiveClientFigures live = ledger.live(10000);
    QVERIFY(live.running);
    QCOMPARE(live.writesPerSecond, 5.0);
    QCOMPARE(live.writes, 50);
    // Nothing acknowledged in the last two seconds: the rate drops to 0.
    for (qint64 t = 10000; t < 13000; t += 200)
        write(ledger, t, false);
    live = ledger.live(13000);
    QCOMPARE(live.writesPerSecond, 0.0);
    QCOMPARE(live.failed, 15);
    ledger.stop(13000);
    QVERIFY(!ledger.live(13000).running);
}

void TestWriteProbeLedger::samplesAndReportJson()
{
    const QDateTime started = QDateTime(QDate(2026, 12, 7), QTime(7, 0), Qt::UTC);
    WriteProbeLedger ledger;
    ledger.start(started, Phase::PhaseA);
    write(ledger, 0, true);
    ledger.setPhase(Phase::PhaseB, 100);
    write(ledger, 200, false);
    ledger.issue(400); // in flight: no sample
    const auto samples = ledger.samples();
    QCOMPARE(samples.size(), 2);
    QCOMPARE(samples.at(0).time, started);
    QVERIFY(samples.at(0).ok);
    QCOMPARE(samples.at(0).phase, Phase::PhaseA);
    QCOMPARE(samples.at(1).time, started.addMSecs(200));
    QVERIFY(!samples.at(1).ok);
    QCOMPARE(samples.at(1).phase, Phase::PhaseB);

    WriteProbeReport report;
    report.ran = true;
    report.writes = 1;
    report.failed = 1;
    report.lost = 0;
    report.verified = true;
    report.phases = ledger.phaseFigures(500);
    report.samples = samples;
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("writes")).toInteger(), 1);
    QCOMPARE(json.value(QStringLiteral("lost")).toInteger(), 0);
    const QJsonArray phases = json.value(QStringLiteral("phases")).toArray();
    QCOMPARE(phases.size(), 2);
    QCOMPARE(phases.at(1).toObject().value(QStringLiteral("phase")).toString(), QStringLiteral("phaseB"));
    QCOMPARE(phases.at(1).toObject().value(QStringLiteral("failed")).toInteger(), 1);
    const QJsonArray samplesJson = json.value(QStringLiteral("samples")).toArray();
    QCOMPARE(samplesJson.size(), 2);
    QCOMPARE(samplesJson.at(1).toObject().value(QStringLiteral("time")).toString(),
             QStringLiteral("2026-12-07T07:00:00.200Z"));
    QCOMPARE(samplesJson.at(1).toObject().value(QStringLiteral("ok")).toBool(), false);

    const WriteProbeReport back = WriteProbeReport::fromJson(json);
    QCOMPARE(back.phases.size(), 2);
    QCOMPARE(back.phases.at(1).phase, Phase::PhaseB);
    QCOMPARE(back.phases.at(1).failed, 1);
    QCOMPARE(back.samples.size(), 2);
    QCOMPARE(back.samples.at(1).time, started.addMSecs(200));
    QCOMPARE(back.samples.at(1).phase, Phase::PhaseB);
    QVERIFY(!back.samples.at(1).ok);
    QCOMPARE(back.lost, 0);

    WriteProbeReport notRun;
    notRun.error = QStringLiteral("no session");
    QCOMPARE(notRun.toJson().value(QStringLiteral("ran")).toBool(), false);
    QVERIFY(!notRun.toJson().contains(QStringLiteral("phases")));
}

void TestWriteProbeLedger::lostWritesAreNamed()
{
    WriteProbeLedger ledger;
    ledger.start(QDateTime(QDate(2026, 12, 7), QTime(7, 0), Qt::UTC), Phase::PhaseB);
    write(ledger, 0, true);
    write(ledger, 200, false); // failed: not expected to be there
    write(ledger, 400, true);
    const QSet<QString> present{QStringLiteral("w-0000000000"), QStringLiteral("w-0000000001")};
    const QStringList lost = ledger.lost(present);
    QCOMPARE(lost.size(), 1);
    QVERIFY2(lost.first().startsWith(QLatin1String("w-0000000002 (#2, acknowledged 07:00:00.420")), qPrintable(lost.first()));
    QVERIFY(ledger.lost(present + QSet<QString>{QStringLiteral("w-0000000002")}).isEmpty());
}

void TestWriteProbeLedger::phasesWithoutWritesAreLeftOut()
{
    WriteProbeLedger ledger;
    ledger.start(QDateTime::currentDateTimeUtc(), Phase::Preflight);
    ledger.setPhase(Phase::Backup, 10); // the probe started as preflight ended
    write(ledger, 100, true);
    write(ledger, 300, true);
    ledger.setPhase(Phase::Verify, 400); // Verify stops it before its next write
    ledger.stop(400);
    const auto figures = ledger.phaseFigures(500);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().phase, Phase::Backup);
    QCOMPARE(figures.first().writes, 2);
}

void TestWriteProbeLedger::reportHtmlHasTheTable()
{
    MigrationReport report;
    report.runId = QStringLiteral("r1");
    report.writeProbe.ran = true;
    report.writeProbe.path = QStringLiteral("/emw-migration/probe-r1");
    report.writeProbe.intervalMs = 200;
    report.writeProbe.writes = 103;
    report.writeProbe.failed = 43;
    report.writeProbe.verified = true;
    report.writeProbe.lost = 1;
    report.writeProbe.lostWrites = {QStringLiteral("w-0000000012 (#12, acknowledged 07:00:02.420, <Phase B>)")};
    report.writeProbe.phases = {{Phase::PhaseA, 55, 0, 335}, {Phase::PhaseB, 48, 43, 8806}};
    const QString html = ReportHtml::render(report);
    QVERIFY(html.contains(QLatin1String("<h2>Write probe</h2>")));
    QVERIFY2(html.contains(QStringLiteral("<tr><td>%1</td><td>55</td><td>0</td><td>0.3 s</td></tr>").arg(phaseTitle(Phase::PhaseA))),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<tr class=\"warn\"><td>%1</td><td>48</td><td>43</td><td>8.8 s</td></tr>")
                              .arg(phaseTitle(Phase::PhaseB))));
    QVERIFY(html.contains(QLatin1String("1 acknowledged write(s) missing at Verify.")));
    // Names are escaped like everything else in the report.
    QVERIFY(html.contains(QLatin1String("<li>w-0000000012 (#12, acknowledged 07:00:02.420, &lt;Phase B&gt;)</li>")));

    MigrationReport none;
    QVERIFY(ReportHtml::render(none).contains(QLatin1String("The write probe did not run in this run.")));
}

QTEST_GUILESS_MAIN(TestWriteProbeLedger)
#include "TestWriteProbeLedger.moc"
