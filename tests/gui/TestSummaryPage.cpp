// The Summary page on a real report.json/report.html written by MigrationReport: the result,
// the timings per phase and the quorum-loss window as the operator sees them; Save new
// config.yaml and Export report through their file dialogs.
#include "GuiTestSupport.h"
#include "InlineMessage.h"
#include "RunEstimateTracker.h"
#include "SummaryPage.h"
#include "TimelineView.h"
#include "WizardController.h"
#include "migration/MigrationReport.h"
#include "migration/PrivateFile.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace GuiTestSupport;

namespace {
const QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
}

class TestSummaryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsResultTimingsAndQuorumWindow();
    void failedRunWithoutQuorumLoss();
    void timelineAndEstimateBesideActual();
    void exportsHtmlAndPdf();
    void savesTheNewConfigAs();
    void missingReportIsShownInline();
    void showsTheWriteProbePerPhase();

private:
    QString writeReport(const QString &name, RunOutcome outcome, bool lostQuorum);
    void chooseInDialog(const char *name, const QString &path);
    QByteArray read(const QString &path) const;
    template<typename T> T *find(const char *name) const
    {
        auto *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    QTemporaryDir m_dir;
    QString m_dialogSuggested;
    WizardController *m_controller = nullptr;
    SummaryPage *m_page = nullptr;
};

QByteArray TestSummaryPage::read(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSummaryPage::initTestCase()
{
    isolateSettings();
    QVERIFY(m_dir.isValid());
}

void TestSummaryPage::init()
{
    m_controller = new WizardController;
    m_page = new SummaryPage(m_controller);
    m_page->show();
}

void TestSummaryPage::cleanup()
{
    delete m_page;
    delete m_controller;
}

QString TestSummaryPage::writeReport(const QString &name, RunOutcome outcome, bool lostQuorum)
{
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2024-05-02T10:00:00.000Z"), Qt::ISODateWithMs);
    MigrationReport report;
    report.runId = name;
    report.kind = QStringLiteral("migrate");
    report.outcome = outcome;
    report.outcomeMessage = outcome == RunOutcome::Succeeded
        ? QStringLiteral("Every master runs the static backend.")
        : QStringLiteral("127.0.65.12 did not rejoin.");
    report.clusterName = QStringLiteral("gui-demo");
    report.configFile = writeFile(m_dir, name + QStringLiteral("-config.yaml"), demoConfig());
    report.configOut = writeFile(m_dir, name + QStringLiteral("-config.static.yaml"),
                                 "customer_key: CUSTOMER-SECRET\nexhibitor_storage_backend: static\n");
    report.masters = { QStringLiteral("127.0.65.11"), QStringLiteral("127.0.65.12") };
    report.started = t0;
    report.finished = t0.addMSecs(95500);

    auto op = [&](int index, Phase phase, qint64 fromMs, qint64 toMs) {
        MigrationReport::OperationRecord record;
        record.index = index;
        record.id = QStringLiteral("op.%1").arg(index);
        record.phase = phase;
        record.started = t0.addMSecs(fromMs);
        record.finished = t0.addMSecs(toMs);
        record.ok = true;
        report.operations << record;
    };
    op(0, Phase::Preflight, 0, 2000);
    op(1, Phase::Backup, 2000, 3500);
    op(2, Phase::PhaseA, 3500, 10000);
    op(3, Phase::PhaseA, 10000, 15800); // Phase A: 12.3 s over two operations
    op(4, Phase::Verify, 15800, 18000);
    // Phase A's two restarts, step by step, as RestartOperation records them.
    for (const auto &[master, fromMs] : { std::pair { QStringLiteral("127.0.65.12"), 4000 },
                                          std::pair { QStringLiteral("127.0.65.11"), 10000 } }) {
        MigrationReport::RestartTiming restart;
        restart.phase = Phase::PhaseA;
        restart.master = master;
        restart.started = t0.addMSecs(fromMs);
        restart.unitStopped = t0.addMSecs(fromMs + 500);
        restart.restUp = t0.addMSecs(fromMs + 3000);
        restart.zooKeeperUp = t0.addMSecs(fromMs + 4000);
        restart.serving = t0.addMSecs(fromMs + 5000);
        restart.caughtUp = t0.addMSecs(fromMs + 5500);
        report.restarts << restart;
    }
    if (lostQuorum)
        report.quorumWindows << MigrationReport::QuorumWindow { Phase::PhaseA, QStringLiteral("127.0.65.12"),
                                                                t0.addMSecs(12000), t0.addMSecs(13400) };
    const QString dir = m_dir.filePath(name);
    QString error;
    if (!report.write(dir, &error))
        qFatal("cannot write the report: %s", qPrintable(error));
    return dir;
}

// What an operator does in the dialog: picks the file and clicks Save.
void TestSummaryPage::chooseInDialog(const char *name, const QString &path)
{
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<QFileDialog *>(QLatin1String(name))) && dialog->isVisible());
    m_dialogSuggested = dialog->selectedFiles().value(0);
    dialog->selectFile(path);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    QVERIFY(save && save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<QFileDialog *>(QLatin1String(name)));
}

void TestSummaryPage::showsResultTimingsAndQuorumWindow()
{
    QSignalSpy shown(m_page, &SummaryPage::reportShown);
    m_page->showReport(writeReport(QStringLiteral("ok"), RunOutcome::Succeeded, true));
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.first().first().toBool(), true);

    const QString result = find<QLabel>("summaryResult")->text();
    QVERIFY2(result.contains(QLatin1String("The migration succeeded.")), qPrintable(result));
    QVERIFY(result.contains(QLatin1String("Every master runs the static backend.")));

    auto *timings = find<QTableWidget>("summaryTimings");
    QMap<QString, QString> rows;
    for (int row = 0; row < timings->rowCount(); ++row)
        rows.insert(timings->item(row, 0)->text(), timings->item(row, 1)->text());
    QCOMPARE(rows.value(phaseTitle(Phase::PhaseA)), QLocale().toString(12.3, 'f', 1) + QStringLiteral(" s"));
    QCOMPARE(rows.value(phaseTitle(Phase::Preflight)),
             QLocale().toString(2.0, 'f', 1) + QStringLiteral(" s"));
    QVERIFY(!rows.contains(phaseTitle(Phase::PhaseB))); // not run, not shown
    QCOMPARE(rows.value(QStringLiteral("Total")), QStringLiteral("1 min 35 s"));

    const QString quorum = find<QLabel>("summaryQuorum")->text();
    QVERIFY2(quorum.contains(phaseTitle(Phase::PhaseA)) && quorum.contains(QLocale().toString(1.4, 'f', 1)),
             qPrintable(quorum));

    // scripts/screenshot's directory, when set: the page for the docs and reviews.
    if (const QString dir = qEnvironmentVariable("EMW_SCREENSHOT_DIR"); !dir.isEmpty()) {
        m_page->resize(900, 600);
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/summary.png")));
    }
    QVERIFY(find<QPushButton>("saveConfigButton")->isEnabled());
    QVERIFY(find<QPushButton>("exportReportButton")->isEnabled());
    QVERIFY(find<QPushButton>("openReportButton")->isEnabled());
}

void TestSummaryPage::failedRunWithoutQuorumLoss()
{
    QSignalSpy shown(m_page, &SummaryPage::reportShown);
    m_page->showReport(writeReport(QStringLiteral("failed"), RunOutcome::Failed, false));
    QTRY_COMPARE(shown.count(), 1);
    const QString result = find<QLabel>("summaryResult")->text();
    QVERIFY2(result.contains(QLatin1String("The migration failed."))
                 && result.contains(QLatin1String("127.0.65.12 did not rejoin.")),
             qPrintable(result));
    QCOMPARE(find<QLabel>("summaryQuorum")->text(), QStringLiteral("The ensemble never lost its quorum."));
}

void TestSummaryPage::timelineAndEstimateBesideActual()
{
    // The operator went through the confirmation pages of the demo cluster's plan.
    QSignalSpy imported(m_controller, &WizardController::importFinished);
    m_controller->loadDemo();
    QVERIFY(imported.wait(10000));
    RunEstimateTracker::of(m_controller)->commit(Phase::Backup);
    RunEstimateTracker::of(m_controller)->commit(Phase::PhaseA);

    QSignalSpy shown(m_page, &SummaryPage::reportShown);
    m_page->showReport(writeReport(QStringLiteral("timeline"), RunOutcome::Succeeded, true));
    QTRY_COMPARE(shown.count(), 1);

    auto *timeline = find<TimelineView>("timelineView");
    QVERIFY(timeline->isVisible());
    const QString description = timeline->accessibleDescription();
    QVERIFY2(description.startsWith(QStringLiteral("127.0.65.11: 1 restart(s): Phase A restart, 5.5 s: unit stopped "
                                                   "after 0.5 s, Exhibitor's REST up after 3.0 s")),
             qPrintable(description));
    QVERIFY(description.contains(QStringLiteral("127.0.65.12: 1 restart(s)")));
    QVERIFY(description.endsWith(QStringLiteral("No quorum 1 time(s): Phase A, 1.4 s at the restart of 127.0.65.12.")));

    auto *timings = find<QTableWidget>("summaryTimings");
    QCOMPARE(timings->horizontalHeaderItem(4)->text(), QStringLiteral("Estimated before"));
    QVERIFY(!timings->isColumnHidden(4));
    QMap<QString, QStringList> rows;
    for (int row = 0; row < timings->rowCount(); ++row) {
        QStringList cells;
        for (int column = 1; column < timings->columnCount(); ++column)
            cells << (timings->item(row, column) ? timings->item(row, column)->text() : QString());
        rows.insert(timings->item(row, 0)->text(), cells);
    }
    const QStringList phaseA = rows.value(phaseTitle(Phase::PhaseA));
    QCOMPARE(phaseA.value(1), QStringLiteral("2")); // restarts
    QCOMPARE(phaseA.value(2), QLocale().toString(1.4, 'f', 1) + QStringLiteral(" s")); // without quorum
    QCOMPARE(phaseA.value(3), QStringLiteral("4 restart(s), about 54 s")); // what its confirmation page said
    QCOMPARE(rows.value(phaseTitle(Phase::Backup)).value(3), QStringLiteral("0 restart(s), about 2 s"));
    QCOMPARE(rows.value(phaseTitle(Phase::Preflight)).value(3), QString()); // no confirmation page
    QCOMPARE(rows.value(phaseTitle(Phase::Verify)).value(2), QStringLiteral("none"));

    // A run read back from disk without the confirmation pages: no estimate column.
    delete m_page;
    delete m_controller;
    m_controller = new WizardController;
    m_page = new SummaryPage(m_controller);
    m_page->show();
    QSignalSpy again(m_page, &SummaryPage::reportShown);
    m_page->showReport(m_dir.filePath(QStringLiteral("timeline")));
    QTRY_COMPARE(again.count(), 1);
    QVERIFY(find<QTableWidget>("summaryTimings")->isColumnHidden(4));
    QVERIFY(find<TimelineView>("timelineView")->isVisible());
}

void TestSummaryPage::exportsHtmlAndPdf()
{
    QSignalSpy shown(m_page, &SummaryPage::reportShown);
    const QString dir = writeReport(QStringLiteral("export"), RunOutcome::Succeeded, true);
    m_page->showReport(dir);
    QTRY_COMPARE(shown.count(), 1);
    QSignalSpy written(m_page, &SummaryPage::fileWritten);

    for (const QString &name : { QStringLiteral("exported.html"), QStringLiteral("exported.pdf") }) {
        written.clear();
        QTest::mouseClick(find<QPushButton>("exportReportButton"), Qt::LeftButton);
        const QString target = m_dir.filePath(name);
        chooseInDialog("exportReportDialog", target);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 30000);
        QCOMPARE(written.first().at(0).toBool(), true);
        QCOMPARE(written.first().at(1).toString(), target);
        QVERIFY(find<InlineMessage>("summaryMessage")->text().contains(target));
        if (name.endsWith(QLatin1String(".pdf")))
            QVERIFY(read(target).startsWith("%PDF"));
        else
            QCOMPARE(read(target), read(dir + QStringLiteral("/report.html")));
        QCOMPARE(QFileInfo(target).permissions() & kGroupOrOther, QFileDevice::Permissions());
    }
}

void TestSummaryPage::savesTheNewConfigAs()
{
    QSignalSpy shown(m_page, &SummaryPage::reportShown);
    m_page->showReport(writeReport(QStringLiteral("save"), RunOutcome::Succeeded, false));
    QTRY_COMPARE(shown.count(), 1);
    QSignalSpy written(m_page, &SummaryPage::fileWritten);

    QTest::mouseClick(find<QPushButton>("saveConfigButton"), Qt::LeftButton);
    const QString target = m_dir.filePath(QStringLiteral("for-dcos.yaml"));
    chooseInDialog("saveConfigDialog", target);
    // Suggested: the static config.yaml the run wrote, not the original.
    QCOMPARE(m_dialogSuggested, m_dir.filePath(QStringLiteral("save-config.static.yaml")));
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(written.first().at(0).toBool(), true);
    // DC/OS needs its secrets: they are kept, in a file only the operator can read.
    QCOMPARE(read(m_dir.filePath(QStringLiteral("for-dcos.yaml"))),
             QByteArray("customer_key: CUSTOMER-SECRET\nexhibitor_storage_backend: static\n"));
    QCOMPARE(QFileInfo(target).permissions() & kGroupOrOther, QFileDevice::Permissions());
    QCOMPARE(read(m_dir.filePath(QStringLiteral("save-config.yaml"))),
             demoConfig()); // the original untouched
}

void TestSummaryPage::missingReportIsShownInline()
{
    QSignalSpy shown(m_page, &SummaryPage::reportShown);
    m_page->showReport(m_dir.filePath(QStringLiteral("nothing-here")));
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.first().first().toBool(), false);
    QVERIFY(find<InlineMessage>("summaryMessage")->text().contains(QLatin1String("nothing-here")));
    QVERIFY(!find<QPushButton>("exportReportButton")->isEnabled());
    QVERIFY(!find<QPushButton>("saveConfigButton")->isEnabled());
}

// The write probe's figures from report.json: totals, whether Verify found every acknowledged
// write, and one line per phase with its longest time without an acknowledged write.
void TestSummaryPage::showsTheWriteProbePerPhase()
{
    const QString dir = writeReport(QStringLiteral("probe"), RunOutcome::Succeeded, false);
    QFile file(dir + QStringLiteral("/report.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    WriteProbeReport probe;
    probe.ran = true;
    probe.writes = 103;
    probe.failed = 43;
    probe.verified = true;
    probe.lost = 0;
    probe.phases = {{Phase::PhaseA, 55, 0, 335}, {Phase::PhaseB, 48, 43, 8806}};
    json.insert(QStringLiteral("writeProbe"), probe.toJson());
    QVERIFY(PrivateFile::write(file.fileName(), QJsonDocument(json).toJson(), nullptr));

    QSignalSpy shown(m_page, &SummaryPage::reportShown);
    m_page->showReport(dir);
    QTRY_COMPARE(shown.count(), 1);
    const QString text = find<QLabel>("summaryData")->text();
    QVERIFY2(text.contains(QLatin1String("Write probe: 103 write(s) acknowledged, 43 failed. Verify found every "
                                         "acknowledged write.")),
             qPrintable(text));
    QVERIFY2(text.contains(phaseTitle(Phase::PhaseA) + QStringLiteral(": 55 write(s), 0 failed, longest time without an "
                                                                     "acknowledged write ")
                           + QLocale().toString(0.3, 'f', 1) + QStringLiteral(" s")),
             qPrintable(text));
    QVERIFY2(text.contains(phaseTitle(Phase::PhaseB) + QStringLiteral(": 48 write(s), 43 failed, longest time without an "
                                                                     "acknowledged write ")
                           + QLocale().toString(8.8, 'f', 1) + QStringLiteral(" s")),
             qPrintable(text));

    // A write missing at Verify is said so.
    probe.lost = 2;
    json.insert(QStringLiteral("writeProbe"), probe.toJson());
    QVERIFY(PrivateFile::write(file.fileName(), QJsonDocument(json).toJson(), nullptr));
    m_page->showReport(dir);
    QTRY_COMPARE(shown.count(), 2);
    QVERIFY2(find<QLabel>("summaryData")->text().contains(QLatin1String("2 acknowledged write(s) missing at Verify")),
             qPrintable(find<QLabel>("summaryData")->text()));
}

QTEST_MAIN(TestSummaryPage)
#include "TestSummaryPage.moc"
