// Discovery's three ensemble diagrams (Now, After Phase A, After Phase B) fed by a
// WizardController with no cluster: the demo's config.yaml and IDs, then what discovery saw, then
// IDs that already are canonical (Phase B skipped). Read as a screen reader would.
#include "DiscoveryController.h"
#include "EnsembleDiagramView.h"
#include "EnsemblePreviewPanel.h"
#include "GuiTestSupport.h"
#include "WizardController.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/MasterDiscovery.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList lines(const EnsemblePreviewPanel &panel, const QString &view)
{
    auto *diagram = panel.findChild<EnsembleDiagramView *>(view);
    return diagram ? diagram->accessibleDescription().split(u'\n') : QStringList();
}

bool loadDemo(WizardController &controller)
{
    QSignalSpy imported(&controller, &WizardController::importFinished);
    controller.loadDemo();
    return imported.wait(5000) && imported.first().first().toBool();
}

} // namespace

class TestEnsemblePreviewPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { GuiTestSupport::isolateSettings(); }
    void demoNowAndAfterEachPhase();
    void discoveredLeaderWaitsForPhaseB();
    void canonicalIdsSkipPhaseB();
};

void TestEnsemblePreviewPanel::demoNowAndAfterEachPhase()
{
    WizardController controller;
    EnsemblePreviewPanel panel(&controller);
    QCOMPARE(lines(panel, u"ensembleNow"_s), QStringList{ u"No masters to show yet."_s });
    QVERIFY(loadDemo(controller));

    const QStringList now = lines(panel, u"ensembleNow"_s);
    QVERIFY2(now.contains(u"127.0.1.104: ID 5 → 1, role unknown, old numbering, dynamic store (zookeeper)"_s),
             qPrintable(now.join(u'\n')));
    QVERIFY(now.contains(u"127.0.1.169: ID 3, role unknown, old numbering, dynamic store (zookeeper)"_s));
    const QStringList afterA = lines(panel, u"ensembleAfterPhaseA"_s);
    QVERIFY2(afterA.contains(u"127.0.1.193: ID 1 → 4, serving, old numbering, static"_s), qPrintable(afterA.join(u'\n')));
    const QStringList afterB = lines(panel, u"ensembleAfterPhaseB"_s);
    QVERIFY(afterB.contains(u"New numbering (DC/OS's IDs): 5 of 5 masters expected to serve: quorum"_s));
    QVERIFY(afterB.contains(u"127.0.1.193: ID 1 → 4, serving, new numbering, static"_s));
    QCOMPARE(panel.phaseBView()->title(), u"After Phase B"_s);
    QCOMPARE(panel.afterPhaseB()->count(), 5);
}

void TestEnsemblePreviewPanel::discoveredLeaderWaitsForPhaseB()
{
    WizardController controller;
    EnsemblePreviewPanel panel(&controller);
    QVERIFY(loadDemo(controller));
    QList<MasterDiscovery> results;
    for (const QString &master : controller.plan().masters()) {
        MasterDiscovery result(master);
        result.setZooKeeperState(master == u"127.0.1.122"_s ? u"leader"_s : u"follower"_s, 0x200000001);
        results << result;
    }
    controller.discovery()->model()->setResults(results);
    Q_EMIT controller.discovery()->stateChanged();

    QVERIFY(lines(panel, u"ensembleNow"_s).contains(u"127.0.1.122: ID 4 → 2, leader, old numbering, dynamic store (zookeeper)"_s));
    // The engine leaves the leader's Phase A restart to Phase B: after Phase A it still runs the
    // dynamic store, which the picture says, and why.
    const QStringList afterA = lines(panel, u"ensembleAfterPhaseA"_s);
    QVERIFY2(afterA.first().startsWith(u"127.0.1.122 (the leader) restarts only in Phase B"_s),
             qPrintable(afterA.join(u'\n')));
    QVERIFY(afterA.contains(
        u"127.0.1.122: ID 4 → 2, serving, old numbering, dynamic store (zookeeper) (restarts in Phase B)"_s));
    QVERIFY(afterA.contains(u"127.0.1.104: ID 5 → 1, serving, old numbering, static"_s));
}

void TestEnsemblePreviewPanel::canonicalIdsSkipPhaseB()
{
    WizardController controller;
    EnsemblePreviewPanel panel(&controller);
    QVERIFY(loadDemo(controller));
    const QStringList masters = controller.plan().masters();
    for (int i = 0; i < masters.size(); ++i)
        controller.setCurrentId(masters.at(i), i + 1);
    QVERIFY(GuiTestSupport::planSettles(controller));
    QVERIFY(controller.planIsValid());
    QVERIFY(!controller.plan().phaseBNeeded());

    QCOMPARE(panel.phaseBView()->title(), u"After Phase B (skipped)"_s);
    QVERIFY(panel.afterPhaseB()->isSkipped());
    const QStringList afterB = lines(panel, u"ensembleAfterPhaseB"_s);
    QVERIFY2(afterB.first().startsWith(u"Phase B is skipped"_s), qPrintable(afterB.join(u'\n')));
    QVERIFY(afterB.contains(u"127.0.1.104: ID 1, serving, static"_s));
    QVERIFY(lines(panel, u"ensembleNow"_s).contains(u"127.0.1.104: ID 1, role unknown, dynamic store (zookeeper)"_s));
}

QTEST_MAIN(TestEnsemblePreviewPanel)
#include "TestEnsemblePreviewPanel.moc"
