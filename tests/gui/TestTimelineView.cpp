// TimelineView: what a user gets from the painted timeline without seeing colours: the accessible
// description, the tool tip of the step under the pointer, room for every master and the probe.
#include "TimelineView.h"
#include "migration/MigrationReport.h"

#include <QApplication>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

class TestTimelineView : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(1700000000000 + ms, Qt::UTC); }

    static MigrationReport report(int masters)
    {
        MigrationReport report;
        for (int i = 0; i < masters; ++i) {
            const QString master = u"127.0.70.%1"_s.arg(11 + i);
            report.masters << master;
            MigrationReport::RestartTiming timing;
            timing.phase = Phase::PhaseA;
            timing.master = master;
            timing.started = at(i * 6000);
            timing.unitStopped = at(i * 6000 + 500);
            timing.restUp = at(i * 6000 + 3000);
            timing.zooKeeperUp = at(i * 6000 + 4000);
            timing.serving = at(i * 6000 + 5000);
            timing.caughtUp = at(i * 6000 + 5500);
            report.restarts << timing;
            report.operations << MigrationReport::OperationRecord{i, u"phaseA.restart.%1"_s.arg(i), Phase::PhaseA, master,
                                                                  {}, at(i * 6000), at(i * 6000 + 5500), true, false, {}};
        }
        report.quorumWindows << MigrationReport::QuorumWindow{Phase::PhaseA, u"127.0.70.11"_s, at(4000), at(4800)};
        return report;
    }

private slots:
    void describesRestartsAndQuorumInWords()
    {
        TimelineView view;
        QVERIFY(view.isHidden()); // nothing to show yet
        QCOMPARE(view.accessibleName(), u"Timeline of the run"_s);
        view.setModel(TimelineModel::fromReport(report(3)));
        QVERIFY(!view.isHidden());
        const QString description = view.accessibleDescription();
        QVERIFY2(description.startsWith(u"127.0.70.11: 1 restart(s): Phase A restart, 5.5 s: unit stopped after 0.5 s, "
                                        u"Exhibitor's REST up after 3.0 s, ZooKeeper up after 4.0 s, serving after "
                                        u"5.0 s, caught up after 5.5 s."_s),
                 qPrintable(description));
        QVERIFY(description.contains(u"127.0.70.13: 1 restart(s)"_s));
        QVERIFY(description.endsWith(u"No quorum 1 time(s): Phase A, 0.8 s at the restart of 127.0.70.11."_s));
    }

    void heightFollowsMastersAndProbe()
    {
        TimelineView view;
        view.setModel(TimelineModel::fromReport(report(3)));
        const int three = view.heightForWidth(800);
        view.setModel(TimelineModel::fromReport(report(5)));
        const int five = view.heightForWidth(800);
        QVERIFY2(five > three, qPrintable(u"%1 %2"_s.arg(three).arg(five)));
        TimelineModel withProbe = TimelineModel::fromReport(report(5));
        withProbe.setProbeSamples({{at(1000), true}, {at(4200), false}});
        view.setModel(withProbe);
        QVERIFY(view.heightForWidth(800) > five);
        QVERIFY(view.accessibleDescription().endsWith(u"Write probe: 2 write(s), 1 failed."_s));
        const QImage picture = TimelineView::render(withProbe, view.font(), 600, 2.0);
        QCOMPARE(picture.width(), 1200);
        QVERIFY(picture.height() >= 2 * view.heightForWidth(600) - 2);
    }

    void toolTipNamesTheStepUnderThePointer()
    {
        TimelineView view;
        view.setModel(TimelineModel::fromReport(report(3)));
        view.resize(800, view.heightForWidth(800));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The middle of the first master's "starting Exhibitor" step, found through the layout.
        const auto shapes = view.model().layout(TimelineView::geometryFor(view.model(), view.font(), view.width()));
        QPoint inside;
        for (const auto &shape : shapes) {
            if (shape.kind == TimelineModel::Shape::Kind::Segment && shape.master == u"127.0.70.12"_s &&
                shape.step == TimelineModel::Step::StartingExhibitor)
                inside = shape.rect.center().toPoint();
        }
        QVERIFY(!inside.isNull());
        QHelpEvent help(QEvent::ToolTip, inside, view.mapToGlobal(inside));
        QApplication::sendEvent(&view, &help);
        QTRY_COMPARE(QToolTip::text(),
                     u"127.0.70.12: starting Exhibitor (until its REST takes the start request), 2.5 s"_s);
    }
};

QTEST_MAIN(TestTimelineView)
#include "TestTimelineView.moc"
