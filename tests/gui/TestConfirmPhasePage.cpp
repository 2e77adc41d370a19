// The confirmation pages' estimate (RunEstimateTracker, RunEstimate) on the demo cluster's plan:
// restarts, expected duration, Phase B's quorum change and the clients that reconnect, refined
// when the runner reports a measured restart, and kept for the Summary once the operator commits.
#include "ConfirmPhasePage.h"
#include "GuiTestSupport.h"
#include "RunController.h"
#include "RunEstimateTracker.h"
#include "WizardController.h"
#include "migration/MigrationRunner.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestConfirmPhasePage : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(1700000000000 + ms, Qt::UTC); }

    QString estimateOf(ConfirmPhasePage &page) const
    {
        auto *label = page.findChild<QLabel *>(u"confirmEstimate_"_s + phaseKey(page.phase()));
        return label ? label->text() : u"<no estimate label>"_s;
    }

    // What the runner says while an operation runs, at the fake clock's times.
    void runOperation(const OperationInfo &info, qint64 from, qint64 to)
    {
        MigrationRunner *runner = m_controller->run()->runner();
        m_now = at(from);
        Q_EMIT runner->operationStarted(info);
        m_now = at(to);
        Q_EMIT runner->operationFinished(info, true, false, QString());
    }

    WizardController *m_controller = nullptr;
    QDateTime m_now;

private slots:
    void initTestCase() { GuiTestSupport::isolateSettings(); }

    void init()
    {
        m_controller = new WizardController;
        QSignalSpy imported(m_controller, &WizardController::importFinished);
        m_controller->loadDemo();
        QVERIFY(imported.wait(10000));
        QVERIFY(m_controller->planIsValid());
        QVERIFY(m_controller->plan().phaseBNeeded()); // the demo's IDs are not DC/OS's numbering
        RunEstimateTracker::of(m_controller)->setClock([this] { return m_now; });
    }

    void cleanup() { delete m_controller; }

    void phaseAShowsRestartsDurationAndClients()
    {
        ConfirmPhasePage page(Phase::PhaseA, m_controller);
        page.initializePage();
        const QString text = estimateOf(page);
        QVERIFY2(text.startsWith(u"Estimate:\n4 restart(s), one at a time, followers first; the leader is left to "
                                 u"Phase B.\nExpected duration: about 54 s (each restart about 13 s)."_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"Quorum: held throughout"_s));
        QVERIFY(text.contains(u"Clients: those connected to 127.0.1.104, 127.0.1.122, 127.0.1.169, 127.0.1.193 "
                              u"reconnect to another master once"_s));
        QVERIFY(text.contains(u"Based on DC/OS's usual timing"_s));
        auto *label = page.findChild<QLabel *>(u"confirmEstimate_phaseA"_s);
        QCOMPARE(label->accessibleName(), u"Estimate for %1"_s.arg(phaseTitle(Phase::PhaseA)));
    }

    void phaseBIsRefinedByMeasuredRestarts()
    {
        ConfirmPhasePage page(Phase::PhaseB, m_controller);
        page.initializePage();
        QVERIFY(estimateOf(page).contains(u"Quorum change: at the restart of 127.0.1.169 the new numbering gets its "
                                          u"majority (127.0.1.104, 127.0.1.122, 127.0.1.169); expected about 12 s "
                                          u"without quorum."_s));
        QVERIFY(estimateOf(page).contains(u"Warning: the expected change is not shorter than 10 s"_s));

        // Phase A's restarts as the runner reports them: 5 s each. The open page follows.
        runOperation({0, u"preflight"_s, Phase::Preflight, {}, u"Preflight"_s}, 0, 7400);
        runOperation({3, u"phaseA.restart.0"_s, Phase::PhaseA, u"127.0.1.104"_s, u"Restart"_s}, 10000, 15000);
        runOperation({4, u"phaseA.restart.1"_s, Phase::PhaseA, u"127.0.1.122"_s, u"Restart"_s}, 15000, 20000);
        QCOMPARE(RunEstimateTracker::of(m_controller)->measuredRestarts().size(), 2);
        QCOMPARE(RunEstimateTracker::of(m_controller)->preflightMs(), 7400);
        const QString text = estimateOf(page);
        QVERIFY2(text.contains(u"Based on 2 restart(s) measured in this run"_s), qPrintable(text));
        QVERIFY2(text.contains(u"expected about 5 s without quorum"_s), qPrintable(text));
        QVERIFY(!text.contains(u"Warning"_s));

        ConfirmPhasePage verify(Phase::Verify, m_controller);
        verify.initializePage();
        QVERIFY2(estimateOf(verify).contains(u"Expected duration: about 7 s.\nBased on how long preflight took"_s),
                 qPrintable(estimateOf(verify)));
    }

    void committedEstimateIsKeptForTheSummary()
    {
        ConfirmPhasePage backup(Phase::Backup, m_controller);
        ConfirmPhasePage phaseA(Phase::PhaseA, m_controller);
        backup.initializePage();
        phaseA.initializePage();
        RunEstimateTracker *tracker = RunEstimateTracker::of(m_controller);
        QVERIFY(!tracker->committed(Phase::PhaseA));
        QVERIFY(backup.validatePage());
        QVERIFY(phaseA.validatePage());
        QCOMPARE(tracker->committed(Phase::Backup)->restarts, 0);
        QCOMPARE(tracker->committed(Phase::PhaseA)->restarts, 4);
        QVERIFY(!tracker->committed(Phase::PhaseB));
        // The same tracker for every page of this wizard.
        QCOMPARE(RunEstimateTracker::of(m_controller), tracker);
    }
};

QTEST_MAIN(TestConfirmPhasePage)
#include "TestConfirmPhasePage.moc"
