// EnsembleDiagramView, offscreen: what a screen reader gets (every node with its role, each
// numbering's quorum, kept up to date as the model changes) and size hints that fit a 1280×800
// window, three diagrams side by side included.
#include "EnsembleDiagramModel.h"
#include "EnsembleDiagramView.h"
#include "GuiTestSupport.h"
#include "config/ClusterConfig.h"
#include "config/MigrationPlan.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Model = EnsembleDiagramModel;

namespace {

const QStringList kMasters{ u"127.0.1.104"_s, u"127.0.1.122"_s, u"127.0.1.169"_s, u"127.0.1.193"_s,
                            u"127.0.1.203"_s };

MigrationPlan demoPlan()
{
    const ClusterConfig config = ClusterConfig::fromYaml(GuiTestSupport::demoConfig(), u"config.yaml"_s);
    const QMap<QString, int> ids{ { kMasters.at(0), 5 }, { kMasters.at(1), 4 }, { kMasters.at(2), 3 },
                                  { kMasters.at(3), 1 }, { kMasters.at(4), 2 } };
    return MigrationPlan::build(config, ids, u"test"_s);
}

LiveClusterState live(const QString &leader, const QString &down)
{
    LiveClusterState state;
    for (const QString &master : kMasters) {
        LiveMasterState m;
        m.master = master;
        m.reachable = master != down;
        m.mode = !m.reachable ? QString() : master == leader ? u"leader"_s : u"follower"_s;
        state.masters << m;
    }
    state.leader = leader;
    return state;
}

QString accessibleDescription(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Description) : QString();
}

} // namespace

class TestEnsembleDiagramView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accessibleTextListsEveryNode();
    void emptyModelSaysSo();
    void sizeHintsFit1280x800();
    void scalesToItsSpace();
};

void TestEnsembleDiagramView::accessibleTextListsEveryNode()
{
    Model model;
    model.startRun(demoPlan(), OperationListBuilder::Kind::Migrate);
    model.applyClusterState(live(u"127.0.1.193"_s, u"127.0.1.122"_s));
    EnsembleDiagramView view(&model);
    view.setTitle(u"Now"_s);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QVERIFY(view.focusPolicy() & Qt::TabFocus); // a keyboard reaches it, and a screen reader with it
    QCOMPARE(accessibleDescription(&view), view.accessibleDescription());
    QCOMPARE(view.accessibleName(), u"Ensemble diagram: Now"_s);
    QCOMPARE(view.nodeCount(), 5);
    const QStringList lines = view.accessibleDescription().split(u'\n');
    QCOMPARE(lines.first(), u"Old numbering (IDs as now): 4 of 5 serving, leader 127.0.1.193: quorum"_s);
    for (int i = 0; i < view.nodeCount(); ++i) {
        QVERIFY(lines.contains(view.nodeText(i)));
        QVERIFY2(view.nodeText(i).startsWith(kMasters.at(i) + u": "_s), qPrintable(view.nodeText(i)));
    }
    QCOMPARE(view.nodeText(3), u"127.0.1.193: ID 1 → 4, leader, old numbering, dynamic store (zookeeper)"_s);
    QCOMPARE(view.nodeText(1), u"127.0.1.122: ID 4 → 2, down, old numbering, dynamic store (zookeeper)"_s);
    QCOMPARE(view.nodeText(0), u"127.0.1.104: ID 5 → 1, follower, old numbering, dynamic store (zookeeper)"_s);
    QVERIFY(view.nodeText(5).isEmpty());

    // The model moves on (the leader restarts), the description follows.
    OperationInfo info;
    info.id = u"phaseB.restart.4"_s;
    info.phase = Phase::PhaseB;
    info.master = u"127.0.1.193"_s;
    model.operationStarted(info);
    QVERIFY2(accessibleDescription(&view).contains(u"127.0.1.193: ID 1 → 4, restarting"_s),
             qPrintable(accessibleDescription(&view)));
    model.masterSettling(info.master);
    model.applyClusterState(live(u"127.0.1.169"_s, QString()));
    QVERIFY(accessibleDescription(&view).contains(u"127.0.1.193: ID 1 → 4, follower, new numbering, static"_s));
    QVERIFY(accessibleDescription(&view).contains(u"127.0.1.169: ID 3, leader, old numbering"_s));
    QVERIFY(accessibleDescription(&view).contains(u"New numbering (DC/OS's IDs): 1 of 5 serving: no quorum"_s));
}

void TestEnsembleDiagramView::emptyModelSaysSo()
{
    Model model;
    EnsembleDiagramView view(&model);
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.nodeCount(), 0);
    QCOMPARE(view.accessibleDescription(), u"No masters to show yet."_s);
    QVERIFY(view.sizeHint().height() > 0);
}

void TestEnsembleDiagramView::sizeHintsFit1280x800()
{
    Model model;
    model.startRun(demoPlan(), OperationListBuilder::Kind::Migrate);
    model.applyClusterState(live(u"127.0.1.193"_s, QString()));
    EnsembleDiagramView view(&model);
    view.setTitle(u"During the run"_s);

    const QSize hint = view.sizeHint();
    QVERIFY2(hint.width() <= 1000 && hint.height() <= 400,
             qPrintable(u"%1x%2"_s.arg(hint.width()).arg(hint.height())));
    const QSize minimum = view.minimumSizeHint();
    QVERIFY2(minimum.width() <= 300 && minimum.height() <= 300,
             qPrintable(u"%1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    // Narrower: the cards wrap into more rows, never wider than given.
    QVERIFY(view.heightForWidth(400) > view.heightForWidth(1200));
    QVERIFY(view.heightForWidth(1200) >= hint.height() - 1 || hint.width() < 1200);

    // Discovery's three side by side in a 1280×800 window: each fits in half its height.
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    QList<EnsembleDiagramView *> views;
    for (int i = 0; i < 3; ++i) {
        views << new EnsembleDiagramView(&model, &window);
        views.last()->setTitle(u"After Phase A"_s);
        layout->addWidget(views.last(), 1);
    }
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (EnsembleDiagramView *each : views) {
        QVERIFY(each->width() >= 380);
        QVERIFY2(each->heightForWidth(each->width()) <= 400,
                 qPrintable(u"%1 at %2"_s.arg(each->heightForWidth(each->width())).arg(each->width())));
    }
}

void TestEnsembleDiagramView::scalesToItsSpace()
{
    Model model;
    model.startRun(demoPlan(), OperationListBuilder::Kind::Migrate);
    EnsembleDiagramView view(&model);
    const QSize natural = view.sizeHint();
    // At a projector's size the picture grows; painting must work at both sizes.
    view.resize(natural);
    QVERIFY(!view.grab().isNull());
    view.resize(natural * 2);
    QVERIFY(!view.grab().isNull());
    // A crowded page gives it less than its height: it shrinks to fit rather than clip.
    view.resize(natural.width(), natural.height() * 7 / 10);
    QVERIFY(!view.grab().isNull());
    QCOMPARE(view.heightForWidth(natural.width() * 2), view.heightForWidth(natural.width()));
}

QTEST_MAIN(TestEnsembleDiagramView)
#include "TestEnsembleDiagramView.moc"
