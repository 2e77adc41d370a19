// The plan's preview on the Discovery page, fed by a WizardController with no cluster: what the
// operator sees of config.yaml before anything runs.
#include "GuiTestSupport.h"
#include "PlanPreviewPanel.h"
#include "WizardController.h"

#include <QPlainTextEdit>
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

QTEST_MAIN(TestPlanPreviewPanel)
#include "TestPlanPreviewPanel.moc"
