// TimelineModel: a report's restarts as bars with their steps, the phases as bands, the times
// without quorum, the write probe's strip, the words a screen reader gets, and the SVG.
#include "migration/MigrationReport.h"
#include "migration/TimelineModel.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTimelineModel : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(1700000000000 + ms, Qt::UTC); }

    static MigrationReport::RestartTiming restart(Phase phase, const QString &master, qint64 start)
    {
        MigrationReport::RestartTiming timing;
        timing.phase = phase;
        timing.master = master;
        timing.started = at(start);
        timing.unitStopped = at(start + 400);
        timing.restUp = at(start + 2600);
        timing.zooKeeperUp = at(start + 3900);
        timing.serving = at(start + 4500);
        timing.caughtUp = at(start + 4700);
        return timing;
    }

    static MigrationReport::OperationRecord op(int index, const QString &id, Phase phase, const QString &master,
                                               qint64 from, qint64 to, bool ok = true, bool skipped = false)
    {
        return MigrationReport::OperationRecord{index, id, phase, master, id, at(from), at(to), ok, skipped, {}};
    }

    // Three masters: preflight, backup, a long wait for the operator, Phase A (two restarts, the
    // leader left alone), Phase B (three restarts, one quorum change), verify.
    static MigrationReport sample()
    {
        MigrationReport report;
        report.masters = {u"10.0.0.1"_s, u"10.0.0.2"_s, u"10.0.0.3"_s};
        report.started = at(0);
        report.finished = at(700000);
        report.operations << op(0, u"preflight"_s, Phase::Preflight, {}, 0, 8000);
        report.operations << op(1, u"backup"_s, Phase::Backup, {}, 9000, 10000);
        // ten minutes on the confirmation page
        report.operations << op(2, u"phaseA.write"_s, Phase::PhaseA, {}, 610000, 611000);
        report.operations << op(3, u"phaseA.restart.0"_s, Phase::PhaseA, u"10.0.0.2"_s, 611000, 615700);
        report.operations << op(4, u"phaseA.restart.1"_s, Phase::PhaseA, u"10.0.0.3"_s, 616000, 620700);
        report.operations << op(5, u"phaseA.restart.2"_s, Phase::PhaseA, u"10.0.0.1"_s, 621000, 621000, true, true);
        report.operations << op(6, u"phaseB.write"_s, Phase::PhaseB, {}, 622000, 623000);
        report.operations << op(7, u"phaseB.restart.0"_s, Phase::PhaseB, u"10.0.0.2"_s, 623000, 627700);
        report.operations << op(8, u"phaseB.restart.1"_s, Phase::PhaseB, u"10.0.0.1"_s, 628000, 632700);
        report.operations << op(9, u"phaseB.restart.2"_s, Phase::PhaseB, u"10.0.0.3"_s, 633000, 640000, false);
        report.restarts << restart(Phase::PhaseA, u"10.0.0.2"_s, 611000) << restart(Phase::PhaseA, u"10.0.0.3"_s, 616000)
                        << restart(Phase::PhaseB, u"10.0.0.2"_s, 623000) << restart(Phase::PhaseB, u"10.0.0.1"_s, 628000);
        MigrationReport::RestartTiming stuck = restart(Phase::PhaseB, u"10.0.0.3"_s, 633000);
        stuck.serving = stuck.caughtUp = QDateTime();
        report.restarts << stuck;
        report.quorumWindows << MigrationReport::QuorumWindow{Phase::PhaseB, u"10.0.0.1"_s, at(628000), at(632500)};
        return report;
    }

    static int count(const QList<TimelineModel::Shape> &shapes, TimelineModel::Shape::Kind kind)
    {
        return int(std::count_if(shapes.cbegin(), shapes.cend(),
                                 [kind](const TimelineModel::Shape &shape) { return shape.kind == kind; }));
    }

private slots:
    // Wide glyphs (Japanese) wrap the legend onto more rows; none overlaps the next and the
    // height the view asks for covers every row.
    void legendWrapsByTheFontsOwnWidths()
    {
        const TimelineModel model = TimelineModel::fromReport(sample());
        TimelineModel::Geometry narrowText;
        narrowText.width = 700;
        TimelineModel::Geometry wideText = narrowText;
        wideText.textWidth = [](const QString &text) { return 14.0 * double(text.size()); };
        const double bottomNarrow = model.height(narrowText);
        const double bottomWide = model.height(wideText);
        QVERIFY2(bottomWide > bottomNarrow, qPrintable(u"%1 vs %2"_s.arg(bottomWide).arg(bottomNarrow)));
        QList<QRectF> labels;
        for (const TimelineModel::Shape &shape : model.layout(wideText)) {
            if (shape.kind != TimelineModel::Shape::Kind::Legend)
                continue;
            const QRectF label(shape.rect.left(), shape.rect.top(), 16 + wideText.measure(shape.text), shape.rect.height());
            for (const QRectF &other : labels)
                QVERIFY2(!label.intersects(other), qPrintable(shape.text));
            QVERIFY(label.bottom() <= bottomWide);
            labels << label;
        }
        QCOMPARE(labels.size(), 6);
    }

    void restartsAreBarsWithTheirSteps()
    {
        const TimelineModel model = TimelineModel::fromReport(sample());
        QCOMPARE(model.lanes().size(), 3);
        QCOMPARE(model.restartCount(), 5);
        const TimelineModel::Lane leader = model.lanes().at(0);
        QCOMPARE(leader.master, u"10.0.0.1"_s);
        QCOMPARE(leader.restarts.size(), 1); // Phase A left it alone
        QCOMPARE(leader.restarts.first().phase, Phase::PhaseB);

        const TimelineModel::Restart first = model.lanes().at(1).restarts.first();
        QCOMPARE(first.phase, Phase::PhaseA);
        QVERIFY(first.settled);
        QCOMPARE(first.durationMs(), 4700);
        QCOMPARE(first.segments.size(), 5);
        const QList<TimelineModel::Step> steps{TimelineModel::Step::Stopping, TimelineModel::Step::StartingExhibitor,
                                               TimelineModel::Step::StartingZooKeeper, TimelineModel::Step::Joining,
                                               TimelineModel::Step::CatchingUp};
        const QList<qint64> durations{400, 2200, 1300, 600, 200};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(first.segments.at(i).step, steps.at(i));
            QCOMPARE(first.segments.at(i).durationMs(), durations.at(i));
        }

        // The restart that never served ends where its operation failed, marked as not settled.
        const TimelineModel::Restart stuck = model.lanes().at(2).restarts.last();
        QVERIFY(!stuck.settled);
        QCOMPARE(stuck.segments.last().step, TimelineModel::Step::NotSettled);
        QCOMPARE(stuck.finished, at(640000));
    }

    void restartWithoutRestStartSkipsThatStep()
    {
        MigrationReport report = sample();
        report.restarts[0].restUp = QDateTime(); // waited for Exhibitor's own check
        const TimelineModel model = TimelineModel::fromReport(report);
        const TimelineModel::Restart first = model.lanes().at(1).restarts.first();
        QCOMPARE(first.segments.size(), 4);
        QCOMPARE(first.segments.at(1).step, TimelineModel::Step::StartingZooKeeper);
        QCOMPARE(first.segments.at(1).durationMs(), 3500);
    }

    void phasesAreBandsAndSkippedOperationsDoNotCount()
    {
        const TimelineModel model = TimelineModel::fromReport(sample());
        QList<Phase> phases;
        for (const auto &band : model.phases())
            phases << band.phase;
        QCOMPARE(phases, (QList<Phase>{Phase::Preflight, Phase::Backup, Phase::PhaseA, Phase::PhaseB}));
        QCOMPARE(model.phases().at(2).from, at(610000));
        QCOMPARE(model.phases().at(2).to, at(620700)); // not the skipped leader restart at 621000
        QCOMPARE(model.phases().at(3).to, at(640000));
    }

    void quorumLossIsShadedAndSaid()
    {
        const TimelineModel model = TimelineModel::fromReport(sample());
        QCOMPARE(model.quorumLosses().size(), 1);
        QCOMPARE(model.quorumLosses().first().durationMs(), 4500);
        const auto shapes = model.layout(TimelineModel::Geometry());
        QCOMPARE(count(shapes, TimelineModel::Shape::Kind::QuorumLoss), 1);
        QCOMPARE(model.quorumText(), u"No quorum 1 time(s): Phase B, 4.5 s at the restart of 10.0.0.1."_s);

        MigrationReport calm = sample();
        calm.quorumWindows.clear();
        QCOMPARE(TimelineModel::fromReport(calm).quorumText(), u"The ensemble never lost its quorum."_s);
    }

    void longWaitsBecomeShortBreaks()
    {
        const TimelineModel model = TimelineModel::fromReport(sample());
        const auto shapes = model.layout(TimelineModel::Geometry());
        QCOMPARE(count(shapes, TimelineModel::Shape::Kind::Gap), 1);
        const auto gap = *std::find_if(shapes.cbegin(), shapes.cend(), [](const auto &shape) {
            return shape.kind == TimelineModel::Shape::Kind::Gap;
        });
        QVERIFY2(gap.tooltip.startsWith(u"10 min 0 s without a running step"_s), qPrintable(gap.tooltip));
        // The ten minutes take less room than Phase A's two restarts.
        const double waited = model.fraction(at(610000)) - model.fraction(at(10000));
        const double phaseA = model.fraction(at(620700)) - model.fraction(at(611000));
        QVERIFY2(waited < phaseA, qPrintable(u"%1 %2"_s.arg(waited).arg(phaseA)));
        QCOMPARE(model.fraction(model.first()), 0.0);
        QCOMPARE(model.fraction(model.last()), 1.0);
        QVERIFY(model.fraction(at(615000)) < model.fraction(at(616000)));
    }

    void layoutHasABarPerRestartAndLetters()
    {
        const auto shapes = TimelineModel::fromReport(sample()).layout(TimelineModel::Geometry());
        QCOMPARE(count(shapes, TimelineModel::Shape::Kind::RestartBox), 5);
        QCOMPARE(count(shapes, TimelineModel::Shape::Kind::LaneLabel), 3);
        QCOMPARE(count(shapes, TimelineModel::Shape::Kind::Legend), 6);
        // No write probe: no strip.
        QCOMPARE(count(shapes, TimelineModel::Shape::Kind::ProbeLabel), 0);
        QCOMPARE(count(shapes, TimelineModel::Shape::Kind::ProbeOk), 0);
        bool unsettledBox = false;
        for (const auto &shape : shapes) {
            if (shape.kind == TimelineModel::Shape::Kind::RestartBox && !shape.settled) {
                unsettledBox = true;
                QCOMPARE(shape.master, u"10.0.0.3"_s);
                QVERIFY(shape.tooltip.contains(u"did not settle"_s));
            }
        }
        QVERIFY(unsettledBox);
    }

    void summaryDescribesEachMaster()
    {
        const QString summary = TimelineModel::fromReport(sample()).summary();
        QVERIFY2(summary.contains(u"10.0.0.2: 2 restart(s): Phase A restart, 4.7 s: unit stopped after 0.4 s, "
                                  u"Exhibitor's REST up after 2.6 s, ZooKeeper up after 3.9 s, serving after 4.5 s, "
                                  u"caught up after 4.7 s; Phase B restart"_s),
                 qPrintable(summary));
        QVERIFY(summary.contains(u"10.0.0.1: 1 restart(s): Phase B restart"_s));
        QVERIFY(summary.contains(u"10.0.0.3: 2 restart(s)"_s));
        QVERIFY(summary.contains(u"Phase B restart, did not settle within 7.0 s"_s));
        QVERIFY(summary.contains(u"No quorum 1 time(s)"_s));
        QVERIFY(!summary.contains(u"Write probe"_s));
        QCOMPARE(TimelineModel::fromReport(MigrationReport()).summary(),
                 u"Nothing to show: the run recorded no phases or restarts."_s);
    }

    void probeStripOnlyWithSamples()
    {
        MigrationReport report = sample();
        report.writeProbe.ran = true;
        for (int i = 0; i < 10; ++i)
            report.writeProbe.samples << WriteProbeSample{at(628000 + i * 500), i < 3 || i > 8, Phase::PhaseB};
        // As the Summary gets it: report.json read back.
        const TimelineModel model = TimelineModel::fromReport(MigrationReport::fromJson(report.toJson()));
        QCOMPARE(model.probeSamples().size(), 10);
        const auto shapes = model.layout(TimelineModel::Geometry());
        QCOMPARE(count(shapes, TimelineModel::Shape::Kind::ProbeLabel), 1);
        QCOMPARE(count(shapes, TimelineModel::Shape::Kind::ProbeOk), 4);
        QCOMPARE(count(shapes, TimelineModel::Shape::Kind::ProbeFailed), 6);
        QVERIFY(model.summary().endsWith(u"Write probe: 10 write(s), 6 failed."_s));
        // Many writes in one pixel column are one tick, a failed one if any failed.
        for (int i = 0; i < 1000; ++i)
            report.writeProbe.samples << WriteProbeSample{at(611000 + i), i != 500, Phase::PhaseA};
        const auto dense = TimelineModel::fromReport(report).layout(TimelineModel::Geometry());
        QVERIFY(count(dense, TimelineModel::Shape::Kind::ProbeOk) + count(dense, TimelineModel::Shape::Kind::ProbeFailed) < 40);
        QCOMPARE(count(dense, TimelineModel::Shape::Kind::ProbeFailed), 7);
        QVERIFY(model.height(TimelineModel::Geometry()) >
                TimelineModel::fromReport(sample()).height(TimelineModel::Geometry()));
    }

    void svgHasOneGroupPerRestartAndEscapes()
    {
        MigrationReport report = sample();
        report.masters[0] = u"<b>&host"_s;
        report.restarts[3].master = u"<b>&host"_s;
        report.quorumWindows[0].afterRestartOf = u"<b>&host"_s;
        const QString svg = TimelineModel::fromReport(report).toSvg();
        QVERIFY(svg.startsWith(u"<svg xmlns=\"http://www.w3.org/2000/svg\""_s));
        QCOMPARE(svg.count(u"<g class=\"restart\""_s), 5);
        QCOMPARE(svg.count(u"data-settled=\"false\""_s), 1);
        QCOMPARE(svg.count(u"<g class=\"quorum-loss\">"_s), 1);
        QVERIFY(svg.contains(u"<desc id=\"emw-tl-desc\">"_s));
        QVERIFY(!svg.contains(u"<b>"_s));
        QVERIFY(svg.contains(u"&lt;b&gt;&amp;host"_s));
        QVERIFY(!svg.contains(u"<script"_s));
        QVERIFY(svg.trimmed().endsWith(u"</svg>"_s));
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "TestTimelineModel.moc"
