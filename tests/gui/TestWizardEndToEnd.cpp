// The real wizard, offscreen, through a whole migration and then a rollback on a simulated
// three-master cluster (tests/gui/topologies/gui-e2e.yaml, 127.0.66.x, IDs that need Phase B),
// driven by WizardDriver as an operator would: Import, Connection (host key accepted once),
// Discovery, Preflight, Backup, Phase A, Phase B, Verify, Summary, Roll back, Summary.
//
// An event-loop heartbeat runs through the migration; its longest gap is printed (and written to
// $EMW_STALL_REPORT), not asserted: speed goals are bench/gui-stall's. With EMW_SCREENSHOT_DIR
// set, every page is saved there as PNG (scripts/screenshot), in the language EMW_TEST_LANG names.
#include "DiscoveryTestSupport.h"
#include "EnsembleDiagramModel.h"
#include "EnsembleDiagramView.h"
#include "GuiTestSupport.h"
#include "MigrationTestSupport.h"
#include "MigrationWizard.h"
#include "RunController.h"
#include "WizardDriver.h"
#include "WizardPageId.h"
#include "config/Ensemble.h"
#include "i18n/Localization.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestWizardEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        GuiTestSupport::isolateSettings();
        const QString language = qEnvironmentVariable("EMW_TEST_LANG");
        if (!language.isEmpty())
            QCOMPARE(Localization::install(*qApp, language), language);
        QString why;
        if (!SimCluster::available(&why))
            QSKIP(qPrintable(why));
    }

    void migrateThenRollBack_data()
    {
        QTest::addColumn<QString>("topology");
        QTest::newRow("zookeeper-3.4") << u"gui-e2e"_s;
        QTest::newRow("zookeeper-3.8") << u"gui-e2e-zk38"_s;
    }

    void migrateThenRollBack()
    {
        QFETCH(QString, topology);
        SimCluster sim(DiscoveryTestSupport::topology(topology));
        QString error;
        QVERIFY2(sim.up(&error), qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        WizardDriverCluster cluster;
        cluster.configYaml = sim.configYaml();
        cluster.masters = sim.masters();
        cluster.ids = simIds(sim);
        cluster.target = sim.targets().constFirst();
        cluster.envFile = [&sim](const QString &master) { return sim.envFile(master); };
        const QMap<QString, QByteArray> before = sim.envFiles();

        MigrationWizard wizard;
        WizardDriver driver(&wizard, cluster, dir.path());
        driver.setScreenshotDir(qEnvironmentVariable("EMW_SCREENSHOT_DIR"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // Under Xvfb (scripts/screenshot) no window manager activates the window: Qt is told.
        wizard.activateWindow();
        QApplication::setActiveWindow(&wizard);
        QTRY_VERIFY(wizard.isActiveWindow());

        // The run pages' ensemble diagram, as the run's signals move it: a master restarting, the
        // two numberings side by side during Phase B, and the picture when the run waits for
        // Verify (before the end of the run can fill anything in).
        RunController *run = wizard.controller()->run();
        EnsembleDiagramModel *ensemble = run->ensemble();
        bool sawRestarting = false;
        bool sawBothNumberings = false;
        QList<EnsembleDiagramModel::Node> beforeVerify;
        QObject watcher; // goes before the variables above: the wizard outlives them
        connect(ensemble, &EnsembleDiagramModel::changed, &watcher, [&] {
            for (const auto &node : ensemble->nodes())
                sawRestarting = sawRestarting || node.role == EnsembleDiagramModel::Role::Restarting;
            sawBothNumberings = sawBothNumberings || ensemble->numberings().size() == 2;
        });
        connect(run, &RunController::changed, &watcher, [&] {
            if (run->awaitingPhase() == Phase::Verify && beforeVerify.isEmpty())
                beforeVerify = ensemble->nodes();
        });

        EventLoopHeartbeat heartbeat;
        driver.setHeartbeat(&heartbeat);
        heartbeat.start();
        QVERIFY2(driver.migrate(), qPrintable(driver.error()));
        heartbeat.stop();
        const QString stall = u"longest event-loop stall during the migration: %1 ms, on %2 (%3 ticks of 5 ms)"_s
                                  .arg(heartbeat.longestGapMsExact(), 0, 'f', 1)
                                  .arg(heartbeat.longestGapLabel())
                                  .arg(heartbeat.ticks());
        qInfo("%s", qPrintable(stall));
        if (const QString report = qEnvironmentVariable("EMW_STALL_REPORT"); !report.isEmpty()) {
            QFile file(report);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(stall.toUtf8() + '\n');
        }

        const QList<int> migration {
            WizardPageId::Import,        WizardPageId::Connect,   WizardPageId::Discover,
            WizardPageId::Preflight,     WizardPageId::ConfirmBackup, WizardPageId::RunBackup,
            WizardPageId::ConfirmPhaseA, WizardPageId::RunPhaseA, WizardPageId::ConfirmPhaseB,
            WizardPageId::RunPhaseB,     WizardPageId::ConfirmVerify, WizardPageId::RunVerify,
            WizardPageId::Summary,
        };
        QCOMPARE(driver.pageOrder(), migration);
        for (const Phase phase : { Phase::Backup, Phase::PhaseA, Phase::PhaseB, Phase::Verify })
            QVERIFY2(driver.linesWhileRunning().value(phase) > 0, qPrintable(phaseKey(phase)));
        for (const QString &master : sim.masters()) {
            QVERIFY(sim.envFile(master).contains("EXHIBITOR_BACKEND=STATIC\n"));
            QCOMPARE(sim.origFile(master), before.value(master));
        }

        // After Phase B every master runs static on DC/OS's numbering; at the end one leads, and
        // the run page and the Summary say so to a screen reader.
        QVERIFY(sawRestarting);
        QVERIFY(sawBothNumberings);
        const Ensemble canonical = Ensemble::canonical(sim.masters());
        QCOMPARE(beforeVerify.size(), sim.masters().size());
        for (const auto &node : std::as_const(beforeVerify)) {
            QCOMPARE(node.backend, EnsembleDiagramModel::Backend::Static);
            QCOMPARE(node.numbering, EnsembleDiagramModel::Numbering::New);
            QCOMPARE(node.id(), canonical.idOf(node.master));
        }
        const QString leader = ensemble->leader();
        QVERIFY(!leader.isEmpty());
        auto *runDiagram = wizard.page(WizardPageId::RunVerify)->findChild<EnsembleDiagramView *>(u"runEnsemble_verify"_s);
        auto *summaryDiagram = wizard.currentPage()->findChild<EnsembleDiagramView *>(u"summaryEnsemble"_s);
        QVERIFY(runDiagram && summaryDiagram);
        const int leaderIndex = ensemble->indexOf(leader);
        QCOMPARE(ensemble->node(leaderIndex).role, EnsembleDiagramModel::Role::Leader);
        QVERIFY2(runDiagram->nodeText(leaderIndex).contains(EnsembleDiagramModel::roleText(ensemble->node(leaderIndex))),
                 qPrintable(runDiagram->nodeText(leaderIndex)));
        for (int i = 0; i < runDiagram->nodeCount(); ++i)
            QVERIFY(summaryDiagram->accessibleDescription().split(u'\n').contains(runDiagram->nodeText(i)));

        QVERIFY2(driver.rollBack(), qPrintable(driver.error()));
        QCOMPARE(driver.pageOrder().mid(migration.size()),
                 (QList<int> { WizardPageId::ConfirmRollback, WizardPageId::RunRollback, WizardPageId::Summary }));
        // Byte for byte what the masters had before, read from the sim, not through the app.
        for (const QString &master : sim.masters())
            QCOMPARE(sim.envFile(master), before.value(master));
        // The rollback's picture: every master back on the dynamic store and its old ID, one leader.
        for (const auto &node : ensemble->nodes()) {
            QCOMPARE(node.backend, EnsembleDiagramModel::Backend::Dynamic);
            QCOMPARE(node.numbering, EnsembleDiagramModel::Numbering::Old);
        }
        QVERIFY(!ensemble->leader().isEmpty());

        if (!qEnvironmentVariableIsEmpty("EMW_SCREENSHOT_DIR"))
            QVERIFY2(driver.resumePageScreenshot(), qPrintable(driver.error()));
    }
};

QTEST_MAIN(TestWizardEndToEnd)
#include "TestWizardEndToEnd.moc"
