// The Summary page's support bundle after a failed run: offered only then, made off the GUI
// thread, and the page says where it went and how many known failures it found.
#include "GuiTestSupport.h"
#include "InlineMessage.h"
#include "SummaryPage.h"
#include "SupportBundlePanel.h"
#include "WizardController.h"
#include "migration/MigrationReport.h"

#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace GuiTestSupport;

class TestSupportBundlePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void offeredOnlyAfterAFailedRun();
    void createsTheBundleAndSaysWhere();

private:
    QString writeReport(const QString &name, RunOutcome outcome);
    bool show(const QString &dir);

    QTemporaryDir m_dir;
    WizardController *m_controller = nullptr;
    SummaryPage *m_page = nullptr;
};

void TestSupportBundlePanel::initTestCase()
{
    isolateSettings();
    QVERIFY(m_dir.isValid());
}

void TestSupportBundlePanel::init()
{
    m_controller = new WizardController;
    m_page = new SummaryPage(m_controller);
    m_page->show();
}

void TestSupportBundlePanel::cleanup()
{
    delete m_page;
    delete m_controller;
}

QString TestSupportBundlePanel::writeReport(const QString &name, RunOutcome outcome)
{
    MigrationReport report;
    report.runId = name;
    report.kind = QStringLiteral("migrate");
    report.outcome = outcome;
    // What a master said when the env file could not be written: a known failure.
    report.outcomeMessage = outcome == RunOutcome::Succeeded
                                ? QStringLiteral("Every master runs the static backend.")
                                : QStringLiteral("127.0.65.12: writing /opt/mesosphere/etc/exhibitor failed: "
                                                 "No space left on device");
    report.clusterName = QStringLiteral("gui-demo");
    report.masters = {QStringLiteral("127.0.65.11"), QStringLiteral("127.0.65.12")};
    report.started = QDateTime::currentDateTimeUtc();
    report.finished = report.started.addSecs(30);
    const QString dir = m_dir.filePath(name);
    QString error;
    if (!report.write(dir, &error))
        qFatal("cannot write the report: %s", qPrintable(error));
    return dir;
}

bool TestSupportBundlePanel::show(const QString &dir)
{
    QSignalSpy shown(m_page, &SummaryPage::reportShown);
    m_page->showReport(dir);
    return shown.wait(10000) && shown.first().first().toBool();
}

void TestSupportBundlePanel::offeredOnlyAfterAFailedRun()
{
    auto *panel = m_page->findChild<SupportBundlePanel *>();
    QVERIFY(panel);
    QVERIFY(show(writeReport(QStringLiteral("ok"), RunOutcome::Succeeded)));
    QVERIFY(!panel->isVisible());
    QVERIFY(show(writeReport(QStringLiteral("failed"), RunOutcome::Failed)));
    QVERIFY(panel->isVisible());
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("createSupportBundle"))->isVisible());
    QVERIFY(show(writeReport(QStringLiteral("cancelled"), RunOutcome::Cancelled)));
    QVERIFY(!panel->isVisible());
}

void TestSupportBundlePanel::createsTheBundleAndSaysWhere()
{
    const QString report = writeReport(QStringLiteral("failed"), RunOutcome::Failed);
    QVERIFY(show(report));
    auto *panel = m_page->findChild<SupportBundlePanel *>();
    const QString out = m_dir.filePath(QStringLiteral("bundle"));
    panel->setOutputDir(out);
    auto *create = m_page->findChild<QPushButton *>(QStringLiteral("createSupportBundle"));
    auto *open = m_page->findChild<QPushButton *>(QStringLiteral("openSupportBundle"));
    QVERIFY(!open->isEnabled());

    QSignalSpy finished(panel, &SupportBundlePanel::bundleFinished);
    QTest::mouseClick(create, Qt::LeftButton);
    // The click returns at once; the bundle is made in a thread of its own.
    QVERIFY(panel->isBusy() || finished.count() == 1);
    QVERIFY(!create->isEnabled() || finished.count() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toString(), out);
    QCOMPARE(finished.first().at(2).toInt(), 1); // "No space left on device" in the run's report

    const QString message = m_page->findChild<InlineMessage *>(QStringLiteral("supportBundleMessage"))->text();
    QVERIFY2(message.contains(out), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("1 known failure")), qPrintable(message));
    QVERIFY(open->isEnabled());
    QVERIFY(create->isEnabled());
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/run/report.json")));
    QFile findings(out + QStringLiteral("/findings.txt"));
    QVERIFY(findings.open(QIODevice::ReadOnly));
    const QByteArray text = findings.readAll();
    QVERIFY2(text.contains("A disk of the master is full") && text.contains("run/report.json"), text.constData());
}

QTEST_MAIN(TestSupportBundlePanel)
#include "TestSupportBundlePanel.moc"
