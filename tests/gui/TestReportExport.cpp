// ReportExport: a report MigrationReport wrote, copied as HTML and laid out as PDF, off the GUI
// thread.
#include "ReportExport.h"
#include "migration/MigrationReport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestReportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatFollowsTheExtension();
    void htmlIsACopy();
    void pdfIsAPdf();
    void pdfShowsTheTimelineAsAPicture();
    void asyncExportReportsBack();
    void missingReportIsAnError();

private:
    QByteArray read(const QString &path) const;
    QTemporaryDir m_dir;
    QString m_html;
};

QByteArray TestReportExport::read(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestReportExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    MigrationReport report;
    report.runId = QStringLiteral("20240101-000000-abcd");
    report.kind = QStringLiteral("migrate");
    report.outcome = RunOutcome::Succeeded;
    report.clusterName = QStringLiteral("exhibitor-demo");
    report.masters = { QStringLiteral("127.0.65.11"), QStringLiteral("127.0.65.12") };
    report.started = QDateTime::currentDateTimeUtc().addSecs(-60);
    report.finished = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 200; ++i) // enough log for several PDF pages
        report.log << LogLine { QStringLiteral("127.0.65.11"), LogStream::Stdout,
                                QStringLiteral("line %1").arg(i), report.started.addMSecs(i) };
    QString error;
    QVERIFY2(report.write(m_dir.filePath(QStringLiteral("run")), &error), qPrintable(error));
    m_html = m_dir.filePath(QStringLiteral("run/report.html"));
    QVERIFY(read(m_html).contains("exhibitor-demo"));
}

void TestReportExport::formatFollowsTheExtension()
{
    QCOMPARE(ReportExport::formatFor(QStringLiteral("/tmp/x.PDF")), ReportExport::Format::Pdf);
    QCOMPARE(ReportExport::formatFor(QStringLiteral("/tmp/x.html")), ReportExport::Format::Html);
    QCOMPARE(ReportExport::formatFor(QStringLiteral("/tmp/x")), ReportExport::Format::Html);
}

void TestReportExport::htmlIsACopy()
{
    const QString target = m_dir.filePath(QStringLiteral("copy.html"));
    const auto result = ReportExport::write(m_html, target, ReportExport::Format::Html);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(read(target), read(m_html));
}

void TestReportExport::pdfIsAPdf()
{
    const QString target = m_dir.filePath(QStringLiteral("report.pdf"));
    const auto result = ReportExport::write(m_html, target, ReportExport::Format::Pdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QByteArray pdf = read(target);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 1000);
}

// QTextDocument draws no SVG: the PDF gets the timeline as a picture, the HTML keeps its SVG.
void TestReportExport::pdfShowsTheTimelineAsAPicture()
{
    const QByteArray plain = read(m_dir.filePath(QStringLiteral("report.pdf")));
    QVERIFY(!plain.isEmpty()); // pdfIsAPdf, without restarts: no timeline, no picture
    QVERIFY(!plain.contains("/Subtype /Image"));

    MigrationReport report;
    report.runId = QStringLiteral("with-restarts");
    report.masters = { QStringLiteral("127.0.65.11"), QStringLiteral("127.0.65.12") };
    report.started = QDateTime::currentDateTimeUtc().addSecs(-60);
    report.finished = report.started.addSecs(30);
    for (int i = 0; i < 2; ++i) {
        MigrationReport::RestartTiming restart;
        restart.phase = Phase::PhaseA;
        restart.master = report.masters.at(i);
        restart.started = report.started.addSecs(5 * i);
        restart.unitStopped = restart.started.addMSecs(500);
        restart.zooKeeperUp = restart.started.addMSecs(2500);
        restart.serving = restart.started.addMSecs(3500);
        restart.caughtUp = restart.started.addMSecs(4000);
        report.restarts << restart;
    }
    QString error;
    QVERIFY2(report.write(m_dir.filePath(QStringLiteral("timeline")), &error), qPrintable(error));
    const QString html = m_dir.filePath(QStringLiteral("timeline/report.html"));
    QVERIFY(read(html).contains("<g class=\"restart\""));

    const QString target = m_dir.filePath(QStringLiteral("timeline.pdf"));
    const auto result = ReportExport::write(html, target, ReportExport::Format::Pdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QByteArray pdf = read(target);
    QVERIFY(pdf.startsWith("%PDF"));
    QCOMPARE(pdf.count("/Subtype /Image"), 1);

    // Without report.json beside it the SVG is left out; the words below it stay.
    QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("timeline/report.json"))));
    const auto without = ReportExport::write(html, target, ReportExport::Format::Pdf);
    QVERIFY2(without.ok, qPrintable(without.error));
    QVERIFY(!read(target).contains("/Subtype /Image"));
}

void TestReportExport::asyncExportReportsBack()
{
    const QString target = m_dir.filePath(QStringLiteral("async.pdf"));
    bool called = false;
    ReportExport::Result got;
    QObject context;
    ReportExport::exportReport(&context, m_html, target, ReportExport::Format::Pdf,
                               [&](const ReportExport::Result &result) {
                                   called = true;
                                   got = result;
                               });
    QVERIFY(!called); // never synchronously
    QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
    QVERIFY2(got.ok, qPrintable(got.error));
    QVERIFY(read(target).startsWith("%PDF"));
}

void TestReportExport::missingReportIsAnError()
{
    const QString target = m_dir.filePath(QStringLiteral("none.html"));
    const auto result = ReportExport::write(m_dir.filePath(QStringLiteral("missing/report.html")), target,
                                            ReportExport::Format::Html);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QLatin1String("missing/report.html")));
    QVERIFY(!QFile::exists(target));
}

QTEST_MAIN(TestReportExport)
#include "TestReportExport.moc"
