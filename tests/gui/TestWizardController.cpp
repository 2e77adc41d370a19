// The wizard's state and requests without any widget: what every page relies on.
#include "GuiTestSupport.h"
#include "WizardController.h"
#include "remote/BlockingWorkPool.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace GuiTestSupport;

class TestWizardController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void demoGivesBothPhases();
    void busyWhileReading();
    void badConfigNamesTheLine();
    void unreadableConfigIsAnError();
    void configWithoutIdsNeedsIds();
    void editingAnIdRecomputesThePlan();
    void invalidEditIsReportedByThePlan();
    void canonicalIdsSkipPhaseB();
    void idsFileWithABadLineIsNotTaken();
    void latestRequestWins();
    void planIsBuiltOffTheGuiThread();
    void twoQuickEditsEndWithTheLastPlan();
    void aliasBombEndsWithAnErrorNamingTheFile();
    void recentConfigsRemembersValidFiles();

private:
    static const QString kPhaseA;
    static const QString kPhaseB;
    QTemporaryDir m_dir;
};

const QString TestWizardController::kPhaseA =
    QStringLiteral("5:127.0.1.104,4:127.0.1.122,3:127.0.1.169,1:127.0.1.193,2:127.0.1.203");
const QString TestWizardController::kPhaseB =
    QStringLiteral("1:127.0.1.104,2:127.0.1.122,3:127.0.1.169,4:127.0.1.193,5:127.0.1.203");

namespace {
// Starts a request and waits for it to come back on the event loop.
template<typename Request>
bool finishes(WizardController &controller, Request request)
{
    QSignalSpy idle(&controller, &WizardController::busyChanged);
    request();
    return controller.isBusy() && idle.wait(5000) && !controller.isBusy();
}
} // namespace

void TestWizardController::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestWizardController::init()
{
    isolateSettings();
}

void TestWizardController::demoGivesBothPhases()
{
    WizardController controller;
    QSignalSpy imported(&controller, &WizardController::importFinished);
    QVERIFY(finishes(controller, [&] { controller.loadDemo(); }));

    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.at(0).at(0).toBool(), true);
    QVERIFY(controller.errorText().isEmpty());
    QVERIFY(controller.hasValidConfig());
    QVERIFY(controller.isDemo());
    QVERIFY(controller.planIsValid());
    QCOMPARE(controller.plan().phaseA().toString(), kPhaseA);
    QCOMPARE(controller.plan().phaseB().toString(), kPhaseB);
    QVERIFY(controller.plan().phaseBNeeded());
    QVERIFY(!controller.plan().phaseBReason().isEmpty());
    QVERIFY(controller.plan().configYamlDiff().contains(QStringLiteral("+exhibitor_storage_backend: static")));
    // The demo is not a file on disk: nothing to remember.
    QVERIFY(controller.recentConfigs().isEmpty());
}

void TestWizardController::busyWhileReading()
{
    WizardController controller;
    QSignalSpy busy(&controller, &WizardController::busyChanged);
    controller.loadDemo();
    QVERIFY(controller.isBusy());
    QTRY_COMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
}

void TestWizardController::badConfigNamesTheLine()
{
    int badLine = 0;
    const QString path = writeFile(m_dir, QStringLiteral("bad.yaml"), badConfig(&badLine));

    WizardController controller;
    QSignalSpy imported(&controller, &WizardController::importFinished);
    QSignalSpy errorChanged(&controller, &WizardController::errorTextChanged);
    QVERIFY(finishes(controller, [&] { controller.loadConfigFile(path); }));

    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.at(0).at(0).toBool(), false);
    QVERIFY(!controller.hasValidConfig());
    QVERIFY(!controller.planIsValid());
    QCOMPARE(errorChanged.count(), 1);
    const QString where = QStringLiteral("%1:%2:").arg(path).arg(badLine);
    QVERIFY2(controller.errorText().contains(where), qPrintable(controller.errorText()));
    QVERIFY(controller.errorText().contains(QStringLiteral("127.0.1.300")));
    QVERIFY(controller.recentConfigs().isEmpty());
}

void TestWizardController::unreadableConfigIsAnError()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.yaml"));
    WizardController controller;
    QVERIFY(finishes(controller, [&] { controller.loadConfigFile(path); }));
    QVERIFY(!controller.hasValidConfig());
    QVERIFY(controller.errorText().startsWith(path));
}

void TestWizardController::configWithoutIdsNeedsIds()
{
    const QString path = writeFile(m_dir, QStringLiteral("config.yaml"), demoConfig());
    WizardController controller;
    QVERIFY(finishes(controller, [&] { controller.loadConfigFile(path); }));

    QVERIFY(controller.hasValidConfig());
    QVERIFY(controller.errorText().isEmpty());
    QVERIFY(controller.currentIds().isEmpty());
    // Without IDs there is no Phase A yet, one problem per master, but Phase B is known.
    QVERIFY(!controller.planIsValid());
    QCOMPARE(controller.plan().issues().size(), 5);
    QVERIFY(controller.plan().phaseA().isEmpty());
    QCOMPARE(controller.plan().phaseB().toString(), kPhaseB);
}

void TestWizardController::editingAnIdRecomputesThePlan()
{
    WizardController controller;
    QVERIFY(finishes(controller, [&] { controller.loadDemo(); }));
    QSignalSpy planChanged(&controller, &WizardController::planChanged);

    // Swap the IDs of .193 and .203: edits happen one at a time, so a duplicate shows up between.
    controller.setCurrentId(QStringLiteral("127.0.1.193"), 2);
    QVERIFY(planSettles(controller));
    QCOMPARE(planChanged.count(), 1);
    QVERIFY(!controller.planIsValid());
    controller.setCurrentId(QStringLiteral("127.0.1.203"), 1);
    QVERIFY(planSettles(controller));
    QCOMPARE(planChanged.count(), 2);
    QVERIFY(controller.planIsValid());
    QCOMPARE(controller.plan().phaseA().toString(),
             QStringLiteral("5:127.0.1.104,4:127.0.1.122,3:127.0.1.169,2:127.0.1.193,1:127.0.1.203"));
    QCOMPARE(controller.plan().phaseB().toString(), kPhaseB);

    // The same ID again is not a change.
    controller.setCurrentId(QStringLiteral("127.0.1.203"), 1);
    QVERIFY(!controller.isBusy());
    QCOMPARE(planChanged.count(), 2);
    // A host that is not a master is ignored.
    controller.setCurrentId(QStringLiteral("10.9.9.9"), 7);
    QCOMPARE(planChanged.count(), 2);
}

void TestWizardController::invalidEditIsReportedByThePlan()
{
    WizardController controller;
    QVERIFY(finishes(controller, [&] { controller.loadDemo(); }));

    controller.setCurrentId(QStringLiteral("127.0.1.104"), 0);
    QVERIFY(!controller.currentIds().contains(QStringLiteral("127.0.1.104")));
    QVERIFY(planSettles(controller));
    QVERIFY(!controller.planIsValid());
    QCOMPARE(controller.plan().issues().size(), 1);
    QCOMPARE(controller.plan().issues().constFirst().key, QStringLiteral("127.0.1.104"));

    controller.setCurrentId(QStringLiteral("127.0.1.104"), 5);
    QVERIFY(planSettles(controller));
    QVERIFY(controller.planIsValid());
    QCOMPARE(controller.plan().phaseA().toString(), kPhaseA);
}

void TestWizardController::canonicalIdsSkipPhaseB()
{
    const QString ids = writeFile(m_dir, QStringLiteral("canonical-ids.txt"),
                                  "127.0.1.104 1\n127.0.1.122 2\n127.0.1.169 3\n127.0.1.193 4\n127.0.1.203 5\n");
    WizardController controller;
    QVERIFY(finishes(controller, [&] { controller.loadDemo(); }));
    QSignalSpy loaded(&controller, &WizardController::idsLoadFinished);
    QVERIFY(finishes(controller, [&] { controller.loadIdsFile(ids); }));

    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).toBool(), true);
    QCOMPARE(controller.idsSource(), ids);
    QVERIFY(controller.planIsValid());
    QCOMPARE(controller.plan().phaseA().toString(), kPhaseB);
    QVERIFY(!controller.plan().phaseBNeeded());
    QVERIFY(!controller.plan().phaseBReason().isEmpty());

    // Typing the canonical IDs into the table has the same effect.
    WizardController typed;
    QVERIFY(finishes(typed, [&] { typed.loadDemo(); }));
    const QStringList masters = typed.plan().masters();
    for (int i = 0; i < masters.size(); ++i)
        typed.setCurrentId(masters.at(i), i + 1);
    QVERIFY(planSettles(typed));
    QVERIFY(typed.planIsValid());
    QVERIFY(!typed.plan().phaseBNeeded());
}

void TestWizardController::idsFileWithABadLineIsNotTaken()
{
    const QString ids = writeFile(m_dir, QStringLiteral("bad-ids.txt"), "127.0.1.104 1\n127.0.1.122 two\n");
    WizardController controller;
    QVERIFY(finishes(controller, [&] { controller.loadDemo(); }));
    const auto before = controller.currentIds();
    QSignalSpy loaded(&controller, &WizardController::idsLoadFinished);
    QVERIFY(finishes(controller, [&] { controller.loadIdsFile(ids); }));

    QCOMPARE(loaded.at(0).at(0).toBool(), false);
    QVERIFY2(controller.errorText().startsWith(ids + QStringLiteral(":2:")), qPrintable(controller.errorText()));
    QCOMPARE(controller.currentIds(), before);
    QVERIFY(controller.planIsValid());
}

void TestWizardController::latestRequestWins()
{
    int badLine = 0;
    const QString bad = writeFile(m_dir, QStringLiteral("superseded.yaml"), badConfig(&badLine));
    WizardController controller;
    QSignalSpy imported(&controller, &WizardController::importFinished);
    QSignalSpy busy(&controller, &WizardController::busyChanged);
    controller.loadConfigFile(bad);
    controller.loadDemo();
    QTRY_VERIFY(!controller.isBusy());

    // Whichever finishes first, only the demo's result counts and busy goes up and down once.
    QCOMPARE(busy.count(), 2);
    QCOMPARE(imported.count(), 1);
    QVERIFY(controller.isDemo());
    QVERIFY(controller.errorText().isEmpty());
    QVERIFY(controller.planIsValid());
}

// A plan build that takes long (held on its worker here) leaves the event loop running: timers
// fire, the controller says it is busy and offers no plan to go on with, and the plan for the
// edit arrives once the build is done.
void TestWizardController::planIsBuiltOffTheGuiThread()
{
    WizardController controller;
    QVERIFY(finishes(controller, [&] { controller.loadDemo(); }));
    QSemaphore entered;
    QSemaphore release;
    controller.setBeforePlanBuild([&](quint64) {
        entered.release();
        // Bounded, so that a build on the GUI thread fails the test instead of hanging it.
        release.tryAcquire(1, 5000);
    });
    QSignalSpy planChanged(&controller, &WizardController::planChanged);
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(10);
    QElapsedTimer clock;
    clock.start();

    controller.setCurrentId(QStringLiteral("127.0.1.193"), 2); // a duplicate of .203's ID
    QVERIFY2(clock.elapsed() < 1000, "the edit waited for the plan");
    QVERIFY(controller.isBusy());
    QVERIFY(controller.planIsBuilding());
    QVERIFY(!controller.planIsValid());
    QVERIFY(entered.tryAcquire(1, 5000));
    QTRY_VERIFY(ticks >= 5); // the event loop runs while the build is held
    QCOMPARE(planChanged.count(), 0);

    release.release();
    QVERIFY(planSettles(controller));
    QCOMPARE(planChanged.count(), 1);
    QVERIFY(!controller.planIsBuilding());
    QVERIFY(!controller.planIsValid());
    QVERIFY2(controller.plan().issues().constFirst().toString().contains(QStringLiteral("127.0.1.")),
             qPrintable(controller.plan().issues().constFirst().toString()));
    controller.setBeforePlanBuild({});
}

// The first edit's build comes back after the second's: the plan stays the second's.
void TestWizardController::twoQuickEditsEndWithTheLastPlan()
{
    WizardController controller;
    QVERIFY(finishes(controller, [&] { controller.loadDemo(); }));
    QSemaphore releaseFirst;
    std::atomic<quint64> firstBuild{0};
    controller.setBeforePlanBuild([&](quint64 build) {
        quint64 none = 0;
        if (firstBuild.compare_exchange_strong(none, build))
            releaseFirst.tryAcquire(1, 5000);
    });
    QSignalSpy planChanged(&controller, &WizardController::planChanged);
    QSignalSpy busy(&controller, &WizardController::busyChanged);

    // Swap .193's and .203's IDs: after the first edit alone two masters would share ID 2.
    controller.setCurrentId(QStringLiteral("127.0.1.193"), 2);
    QTRY_VERIFY(firstBuild.load() != 0); // held on its worker
    controller.setCurrentId(QStringLiteral("127.0.1.203"), 1);
    QTRY_COMPARE(planChanged.count(), 1);
    QVERIFY(!controller.isBusy());
    const QString swapped = QStringLiteral("5:127.0.1.104,4:127.0.1.122,3:127.0.1.169,2:127.0.1.193,1:127.0.1.203");
    QVERIFY(controller.planIsValid());
    QCOMPARE(controller.plan().phaseA().toString(), swapped);

    // Now the first build finishes; its result reaches the controller and is dropped.
    releaseFirst.release();
    QVERIFY(BlockingWorkPool::instance()->waitForDone(5000));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(planChanged.count(), 1);
    QVERIFY(controller.planIsValid());
    QCOMPARE(controller.plan().phaseA().toString(), swapped);
    // Busy went up once and down once for both edits.
    QCOMPARE(busy.count(), 2);
    controller.setBeforePlanBuild({});
}

// The YAML alias bomb that hung `plan` (tests/data/config/alias-bomb.yaml, as in
// TestPlanCommand::hostileInput) ends within seconds in the wizard too, with an error naming the
// file, and the event loop never stops for long meanwhile.
void TestWizardController::aliasBombEndsWithAnErrorNamingTheFile()
{
    const QString bomb = QStringLiteral(EMW_TEST_DATA_DIR "/config/alias-bomb.yaml");
    WizardController controller;
    QSignalSpy imported(&controller, &WizardController::importFinished);
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        longestGap = qMax(longestGap, sinceTick.restart());
    });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    timer.start(10);

    controller.loadConfigFile(bomb);
    QVERIFY(imported.wait(10000));
    timer.stop();
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(longestGap < 1000, qPrintable(QStringLiteral("the event loop stood still %1 ms").arg(longestGap)));
    QCOMPARE(imported.at(0).at(0).toBool(), false);
    QVERIFY(!controller.isBusy());
    QVERIFY(!controller.hasValidConfig());
    QVERIFY(!controller.planIsValid());
    QVERIFY2(controller.errorText().startsWith(bomb + QLatin1Char(':')), qPrintable(controller.errorText()));
    QVERIFY2(controller.errorText().contains(QStringLiteral("expands to more than 100000 values")),
             qPrintable(controller.errorText()));
}

void TestWizardController::recentConfigsRemembersValidFiles()
{
    const QString path = writeFile(m_dir, QStringLiteral("recent.yaml"), demoConfig());
    {
        WizardController controller;
        QSignalSpy changed(&controller, &WizardController::recentConfigsChanged);
        QVERIFY(finishes(controller, [&] { controller.loadConfigFile(path); }));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(controller.recentConfigs(), QStringList{path});
    }
    // A new controller (the next start of the wizard) reads it back.
    WizardController controller;
    QCOMPARE(controller.recentConfigs(), QStringList{path});
    controller.clearRecentConfigs();
    QVERIFY(controller.recentConfigs().isEmpty());
    QVERIFY(WizardController().recentConfigs().isEmpty());
}

QTEST_GUILESS_MAIN(TestWizardController)
#include "TestWizardController.moc"
