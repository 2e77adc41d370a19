// DiscoveryController on the simulated cluster (tests/gui/topologies/disc-renumber.yaml): every
// master's ID discovered and handed to the plan, the leader and env files exposed, a disagreement
// kept out of the plan until the operator chooses one of its sources' IDs, cancel.
#include "DiscoveryController.h"
#include "DiscoveryTestSupport.h"
#include "GuiTestSupport.h"
#include "config/Ensemble.h"
#include "discovery/Discovery.h"

#include <QScopeGuard>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestDiscoveryController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void discoversEveryMasterAndThePlanFollows();
    void disagreementNeedsTheOperatorsChoice();
    void cancelStopsTheRun();

private:
    bool discover(WizardController *wizard);

    std::unique_ptr<SimCluster> m_sim;
    const QMap<QString, int> m_ids { { u"127.0.62.11"_s, 3 },
                                     { u"127.0.62.12"_s, 1 },
                                     { u"127.0.62.13"_s, 2 } };
};

void TestDiscoveryController::initTestCase()
{
    GuiTestSupport::isolateSettings();
    QString why;
    if (!SimCluster::available(&why))
        QSKIP(qPrintable(why));
    m_sim = std::make_unique<SimCluster>(DiscoveryTestSupport::topology(u"disc-renumber"_s));
    QString error;
    QVERIFY2(m_sim->up(&error), qPrintable(error));
}

void TestDiscoveryController::cleanupTestCase()
{
    m_sim.reset();
}

bool TestDiscoveryController::discover(WizardController *wizard)
{
    QSignalSpy finished(wizard->discovery(), &DiscoveryController::finished);
    wizard->discovery()->start();
    // Then the plan for the discovered IDs, built off the GUI thread.
    return finished.wait(90000) && GuiTestSupport::planSettles(*wizard);
}

void TestDiscoveryController::discoversEveryMasterAndThePlanFollows()
{
    WizardController wizard;
    QVERIFY(DiscoveryTestSupport::pointWizardAt(&wizard, *m_sim));
    DiscoveryController *discovery = wizard.discovery();
    QVERIFY(!discovery->isComplete());

    QSignalSpy running(discovery, &DiscoveryController::runningChanged);
    QVERIFY(discover(&wizard));
    QCOMPARE(running.first().first().toBool(), true);
    QCOMPARE(running.last().first().toBool(), false);
    QCOMPARE(discovery->finishedCount(), 3);
    QCOMPARE(discovery->masterCount(), 3);
    QVERIFY2(discovery->problems().isEmpty(), qPrintable(discovery->problems().join(u'\n')));

    // Every master's ID, as Exhibitor handed them out, is what the plan now uses.
    QCOMPARE(discovery->discovery()->currentIds(), m_ids);
    QCOMPARE(wizard.currentIds(), m_ids);
    QCOMPARE(wizard.idsSource(), u"discovery"_s);
    QVERIFY(wizard.planIsValid());
    QCOMPARE(wizard.plan().phaseA().toString(), Ensemble::withIds(m_sim->masters(), m_ids).toString());
    QCOMPARE(wizard.plan().phaseB().toString(), u"1:127.0.62.11,2:127.0.62.12,3:127.0.62.13"_s);
    QVERIFY(wizard.plan().phaseBNeeded());
    QVERIFY(discovery->isComplete());

    QVERIFY(m_sim->masters().contains(discovery->leader()));
    const auto envFiles = discovery->envFiles();
    QCOMPARE(envFiles.keys(), m_sim->masters());
    for (const QString &master : m_sim->masters()) {
        QCOMPARE(envFiles.value(master), m_sim->envFile(master));
        const QByteArray phaseA = discovery->staticEnvFor(master, Phase::PhaseA);
        QVERIFY(phaseA.contains("EXHIBITOR_BACKEND=STATIC\n"));
        QVERIFY(
            phaseA.contains("EXHIBITOR_STATICENSEMBLE=" + wizard.plan().phaseA().toString().toUtf8() + '\n'));
        const QString diff = discovery->envDiffFor(master, Phase::PhaseB);
        QVERIFY2(diff.contains(u"-EXHIBITOR_BACKEND=ZK\n"_s), qPrintable(diff));
        QVERIFY(diff.contains(u"+EXHIBITOR_STATICENSEMBLE=1:127.0.62.11,2:127.0.62.12,3:127.0.62.13\n"_s));
    }
}

void TestDiscoveryController::disagreementNeedsTheOperatorsChoice()
{
    const QString master = u"127.0.62.12"_s;
    QVERIFY(DiscoveryTestSupport::writeMyid(*m_sim, master, 9));
    auto restore = qScopeGuard([&] { DiscoveryTestSupport::writeMyid(*m_sim, master, 1); });

    WizardController wizard;
    QVERIFY(DiscoveryTestSupport::pointWizardAt(&wizard, *m_sim));
    DiscoveryController *discovery = wizard.discovery();
    QVERIFY(discover(&wizard));

    QCOMPARE(discovery->disagreeingMasters(), QStringList { master });
    QCOMPARE(discovery->candidateIds(master), (QList<int> { 1, 9 }));
    // The plan never picks: the master has no ID, so the plan is not valid and Next must wait.
    QVERIFY(!wizard.currentIds().contains(master));
    QVERIFY(!wizard.planIsValid());
    QVERIFY(!discovery->isComplete());
    const QString problems = discovery->problems().join(u'\n');
    QVERIFY2(problems.contains(master) && problems.contains(u"9"_s), qPrintable(problems));

    // Only an ID one of its sources found can be chosen.
    discovery->chooseId(master, 5);
    QVERIFY(!discovery->isComplete());
    QVERIFY(!wizard.currentIds().contains(master));

    discovery->chooseId(master, 1);
    QCOMPARE(wizard.currentIds(), m_ids);
    QVERIFY(GuiTestSupport::planSettles(wizard));
    QVERIFY(wizard.planIsValid());
    QVERIFY(discovery->isComplete());

    // Undoing the choice takes the ID out of the plan again.
    discovery->chooseId(master, 0);
    QVERIFY(!wizard.currentIds().contains(master));
    QVERIFY(!discovery->isComplete());
}

void TestDiscoveryController::cancelStopsTheRun()
{
    WizardController wizard;
    QVERIFY(DiscoveryTestSupport::pointWizardAt(&wizard, *m_sim));
    DiscoveryController *discovery = wizard.discovery();
    QSignalSpy finished(discovery, &DiscoveryController::finished);
    discovery->start();
    QVERIFY(discovery->isRunning());
    discovery->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(!discovery->isRunning());
    QVERIFY(discovery->hasResults());
    QVERIFY(!discovery->isComplete());
    QVERIFY(!discovery->problems().isEmpty());
}

QTEST_MAIN(TestDiscoveryController)
#include "TestDiscoveryController.moc"
