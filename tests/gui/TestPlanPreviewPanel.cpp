// The plan's preview on the Discovery page, fed by a WizardController with no cluster: what the
// operator sees of config.yaml before anything runs.
#include "GuiTestSupport.h"
#include "PlanPreviewPanel.h"
#include "WizardController.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace GuiTestSupport;
using namespace Qt::Literals::StringLiterals;

class TestPlanPreviewPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }
    void configDiffHidesSecrets();
    void showsThatThePlanIsBeingComputed();
};

// The demo's config.yaml with secrets next to the backend's keys, so the diff's context shows
// them: their keys are shown, their values never.
void TestPlanPreviewPanel::configDiffHidesSecrets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray config = demoConfig();
    const QByteArray backend = "exhibitor_storage_backend: zookeeper\n";
    QVERIFY(config.contains(backend));
    config.replace(backend, "exhibitor_admin_password: ADMIN-SECRET-1\nzk_super_credentials: super:ZK-SECRET-2\n"
                            "ca_certificate_key: |\n  -----BEGIN PRIVATE KEY-----\n  CA-SECRET-3\n"
                            "  -----END PRIVATE KEY-----\n" + backend);
    config.replace("exhibitor_zk_path: /exhibitor-demo\n",
                   "exhibitor_zk_path: /exhibitor-demo\ncustomer_key: CUSTOMER-SECRET-4\n");
    const QString path = writeFile(dir, u"config.yaml"_s, config);

    WizardController controller;
    PlanPreviewPanel panel(&controller);
    QSignalSpy imported(&controller, &WizardController::importFinished);
    controller.loadConfigFile(path);
    QVERIFY(imported.wait(5000));
    QVERIFY2(imported.at(0).at(0).toBool(), qPrintable(controller.errorText()));

    const QString diff = panel.findChild<QPlainTextEdit *>(u"configDiff"_s)->toPlainText();
    QVERIFY2(diff.contains(u"+exhibitor_storage_backend: static\n"_s), qPrintable(diff));
    QVERIFY2(!diff.contains(u"SECRET-"_s), qPrintable(diff));
    QVERIFY(!diff.contains(u"BEGIN PRIVATE KEY"_s));
    QVERIFY(diff.contains(u"\n zk_super_credentials: <redacted>\n"_s));
    QVERIFY(diff.contains(u"\n ca_certificate_key: <redacted>\n"_s));
    QVERIFY(diff.contains(u"\n customer_key: <redacted>\n"_s));
    // The engine's own plan keeps them: the config.yaml written for DC/OS needs them.
    QVERIFY(controller.plan().configYamlAfter().contains("CA-SECRET-3"));
}

// Between an ID change and its plan (built off the GUI thread) the panel says the plan is being
// computed instead of the previous plan's verdict, then shows the new plan.
void TestPlanPreviewPanel::showsThatThePlanIsBeingComputed()
{
    WizardController controller;
    PlanPreviewPanel panel(&controller);
    QSignalSpy imported(&controller, &WizardController::importFinished);
    controller.loadDemo();
    QVERIFY(imported.wait(5000));
    auto *reason = panel.findChild<QLabel *>(u"phaseBReason"_s);
    auto *phaseA = panel.findChild<QLineEdit *>(u"phaseAEnsemble"_s);
    QCOMPARE(reason->text(), controller.plan().phaseBReason());

    QSemaphore release;
    controller.setBeforePlanBuild([&](quint64) { release.tryAcquire(1, 5000); });
    const QStringList masters = controller.plan().masters();
    for (int i = 0; i < masters.size(); ++i)
        controller.setCurrentId(masters.at(i), i + 1); // DC/OS's own numbering: no Phase B
    QTRY_COMPARE(reason->text(), u"Computing the plan for these IDs…"_s);
    QVERIFY(panel.findChild<QLabel *>(u"restartOrder"_s)->text().isEmpty());

    release.release(masters.size());
    QVERIFY(planSettles(controller));
    QVERIFY(reason->text().startsWith(u"Phase B is skipped"_s));
    QCOMPARE(phaseA->text(), controller.plan().phaseB().toString());
    controller.setBeforePlanBuild({});
}

QTEST_MAIN(TestPlanPreviewPanel)
#include "TestPlanPreviewPanel.moc"
