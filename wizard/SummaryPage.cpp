#include "SummaryPage.h"

#include "EnsembleDiagramView.h"
#include "InlineMessage.h"
#include "OffGuiThread.h"
#include "ReportExport.h"
#include "RunController.h"
#include "SupportBundlePanel.h"
#include "RunEstimateTracker.h"
#include "TimelineView.h"
#include "WizardController.h"
#include "migration/MigrationReport.h"
#include "migration/MigrationTypes.h"
#include "migration/PrivateFile.h"
#include "migration/WriteProbeLedger.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
struct ReportRead
{
    QJsonObject report;
    QString error;
    MigrationReport parsed; // what the timeline and the estimate comparison need
    TimelineModel timeline;
};

struct CopyResult
{
    bool ok = false;
    QString error;
};

const Phase kPhases[] = { Phase::Preflight, Phase::Inspect, Phase::Backup, Phase::PhaseA,
                          Phase::PhaseB,    Phase::Verify,  Phase::Finish, Phase::Rollback };

QString durationText(qint64 ms)
{
    if (ms < 60000)
        return SummaryPage::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    return SummaryPage::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Each phase from its first operation's start to its last one's end: what the operator waited.
QList<QPair<Phase, qint64>> phaseTimings(const QJsonArray &operations)
{
    QList<QPair<Phase, qint64>> timings;
    for (const Phase phase : kPhases) {
        QDateTime first;
        QDateTime last;
        for (const QJsonValue &value : operations) {
            const QJsonObject op = value.toObject();
            if (op.value(QStringLiteral("phase")).toString() != phaseKey(phase))
                continue;
            const QDateTime started = timeOf(op.value(QStringLiteral("started")));
            const QDateTime finished = timeOf(op.value(QStringLiteral("finished")));
            if (started.isValid() && (!first.isValid() || started < first))
                first = started;
            if (finished.isValid() && (!last.isValid() || finished > last))
                last = finished;
        }
        if (first.isValid() && last.isValid())
            timings.append({ phase, first.msecsTo(last) });
    }
    return timings;
}

QString resultText(const QJsonObject &report)
{
    const QString kind = report.value(QStringLiteral("kind")).toString();
    const QString outcome = report.value(QStringLiteral("outcome")).toString();
    const bool rollback = kind == QLatin1String("rollback");
    if (outcome == outcomeKey(RunOutcome::Succeeded))
        return rollback ? SummaryPage::tr("The rollback succeeded.")
                        : SummaryPage::tr("The migration succeeded.");
    if (outcome == outcomeKey(RunOutcome::Cancelled))
        return rollback ? SummaryPage::tr("The rollback was cancelled.")
                        : SummaryPage::tr("The migration was cancelled.");
    return rollback ? SummaryPage::tr("The rollback failed.") : SummaryPage::tr("The migration failed.");
}

// The run's write probe: how many writes ZooKeeper acknowledged and whether Verify found them
// all, then per phase the writes, failures and the longest time without an acknowledged write.
QString probeText(const QJsonObject &report)
{
    const WriteProbeReport probe = WriteProbeReport::fromJson(report.value(QStringLiteral("writeProbe")).toObject());
    if (!probe.ran)
        return QString();
    const auto seconds = [](qint64 ms) { return QLocale().toString(double(ms) / 1000.0, 'f', 1); };
    // Whole sentences: the figures first, then Verify's verdict, each translatable as one piece.
    QString text = SummaryPage::tr("Write probe: %n write(s) acknowledged, %1 failed.", nullptr, int(probe.writes))
                       .arg(probe.failed)
        + QLatin1Char(' ');
    text += !probe.verified ? SummaryPage::tr("Verify did not check them.")
            : probe.lost == 0
                ? SummaryPage::tr("Verify found every acknowledged write.")
                : SummaryPage::tr("%n acknowledged write(s) missing at Verify (named in the report).", nullptr,
                                  int(probe.lost));
    for (const WriteProbePhaseFigures &phase : probe.phases) {
        text += QLatin1Char('\n')
            + SummaryPage::tr("%1: %n write(s), %2 failed, longest time without an acknowledged write %3 s", nullptr,
                              int(phase.writes))
                  .arg(phaseTitle(phase.phase))
                  .arg(phase.failed)
                  .arg(seconds(phase.longestGapMs));
    }
    return text;
}

// Verify's data check: what other clients did while the run went on, and what went back in time;
// then the write probe's figures.
QString dataText(const QJsonObject &report)
{
    const QJsonObject data = report.value(QStringLiteral("data")).toObject();
    const QString probe = probeText(report);
    if (data.isEmpty())
        return probe;
    const int problems = int(data.value(QStringLiteral("problems")).toArray().size());
    QString text = SummaryPage::tr("Data: %n znode(s) unchanged since the snapshot; other clients meanwhile "
                                   "added %1, changed %2, removed %3.",
                                   nullptr, data.value(QStringLiteral("unchanged")).toInt())
                       .arg(data.value(QStringLiteral("added")).toInt())
                       .arg(data.value(QStringLiteral("changed")).toInt())
                       .arg(data.value(QStringLiteral("removed")).toInt());
    if (problems > 0)
        text += QLatin1Char(' ')
            + SummaryPage::tr("%n znode(s) went back in time or vanished (named in the report).", nullptr, problems);
    if (!probe.isEmpty())
        text += QLatin1Char('\n') + probe;
    return text;
}
} // namespace

SummaryPage::SummaryPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_result(new QLabel(this))
    , m_timingsLabel(new QLabel(tr("&Timings:"), this))
    , m_timings(new QTableWidget(0, 5, this))
    , m_timelineLabel(new QLabel(tr("Timeline:"), this))
    , m_timeline(new TimelineView(this))
    , m_quorum(new QLabel(this))
    , m_data(new QLabel(this))
    , m_saveConfig(new QPushButton(tr("&Save new config.yaml…"), this))
    , m_export(new QPushButton(tr("E&xport report…"), this))
    , m_open(new QPushButton(tr("&Open report"), this))
    , m_message(new InlineMessage(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("How the run ended. The report has every command, check and log line."));
    setFinalPage(true);

    m_result->setObjectName(QStringLiteral("summaryResult"));
    m_result->setAccessibleName(tr("Result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);

    m_timingsLabel->setBuddy(m_timings);
    m_timings->setObjectName(QStringLiteral("summaryTimings"));
    m_timings->setAccessibleName(tr("Timings per phase"));
    // Beside each phase's actual figures, the estimate its confirmation page showed.
    m_timings->setHorizontalHeaderLabels(
        { tr("Phase"), tr("Duration"), tr("Restarts"), tr("Without quorum"), tr("Estimated before") });
    m_timings->verticalHeader()->hide();
    m_timings->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_timelineLabel->setBuddy(m_timeline);
    m_timeline->setFocusPolicy(Qt::TabFocus);
    m_timings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timings->setTabKeyNavigation(false);

    m_quorum->setObjectName(QStringLiteral("summaryQuorum"));
    m_quorum->setAccessibleName(tr("Time without quorum"));
    m_quorum->setWordWrap(true);
    m_quorum->setTextFormat(Qt::PlainText);
    m_data->setObjectName(QStringLiteral("summaryData"));
    m_data->setAccessibleName(tr("Data on the live cluster"));
    m_data->setWordWrap(true);
    m_data->setTextFormat(Qt::PlainText);

    m_saveConfig->setObjectName(QStringLiteral("saveConfigButton"));
    m_saveConfig->setAccessibleName(tr("Save the new config.yaml"));
    m_saveConfig->setToolTip(
        tr("The config.yaml with the static Exhibitor backend, for DC/OS upgrades and new "
           "nodes from now on. The original stays as it is."));
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setAccessibleName(tr("Export the report as HTML or PDF"));
    m_open->setObjectName(QStringLiteral("openReportButton"));
    m_open->setAccessibleName(tr("Open the report"));
    m_message->setObjectName(QStringLiteral("summaryMessage"));

    // The ensemble as the run left it: the run pages' live picture, at its end.
    auto *ensemble = new EnsembleDiagramView(controller->run()->ensemble(), this);
    ensemble->setObjectName(QStringLiteral("summaryEnsemble"));
    ensemble->setTitle(tr("The ensemble at the end of the run"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveConfig);
    buttons->addWidget(m_export);
    buttons->addWidget(m_open);
    buttons->addStretch(1);

    m_supportBundle = new SupportBundlePanel(controller, this);
    // Everything but the wizard's own buttons scrolls: the final ensemble, the timeline with its
    // legend and the timings keep their full height in any window and any language.
    auto *content = new QWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("summaryScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_result);
    layout->addWidget(m_quorum);
    layout->addWidget(m_data);
    layout->addWidget(ensemble);
    layout->addWidget(m_timelineLabel);
    layout->addWidget(m_timeline);
    layout->addWidget(m_timingsLabel);
    m_timings->setMinimumHeight(m_timings->verticalHeader()->defaultSectionSize() * 8);
    layout->addWidget(m_timings, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_supportBundle);
    scroll->setWidget(content);

    setTabOrder(m_timeline, m_timings);
    setTabOrder(m_timings, m_saveConfig);
    setTabOrder(m_saveConfig, m_export);
    setTabOrder(m_export, m_open);

    connect(m_saveConfig, &QPushButton::clicked, this, &SummaryPage::chooseConfigTarget);
    connect(m_export, &QPushButton::clicked, this, &SummaryPage::chooseExportTarget);
    connect(m_open, &QPushButton::clicked, this, &SummaryPage::openReport);
    applyReport(QString(), QJsonObject(), QString());
}

void SummaryPage::initializePage()
{
    const RunController *run = m_controller->run();
    if (run->hasFinished() && !run->reportDir().isEmpty()) {
        showReport(run->reportDir());
    } else {
        applyReport(QString(), QJsonObject(), QString());
        if (run->hasFinished())
            m_result->setText(run->outcomeMessage());
    }
}

void SummaryPage::showReport(const QString &dir)
{
    m_result->setText(tr("Reading the report…"));
    runOffGuiThread(
        this,
        [dir] {
            ReportRead read;
            QFile file(QDir(dir).filePath(QStringLiteral("report.json")));
            if (!file.open(QIODevice::ReadOnly)) {
                read.error = tr("Cannot read the report %1: %2").arg(file.fileName(), file.errorString());
                return read;
            }
            QJsonParseError parseError;
            read.report = QJsonDocument::fromJson(file.readAll(), &parseError).object();
            if (parseError.error != QJsonParseError::NoError) {
                read.error = tr("The report %1 is not valid JSON: %2")
                                 .arg(file.fileName(), parseError.errorString());
                return read;
            }
            read.parsed = MigrationReport::fromJson(read.report);
            read.timeline = TimelineModel::fromReport(read.parsed);
            return read;
        },
        [this, dir](const ReportRead &read) {
            m_timeline->setModel(read.timeline);
            m_timelineLabel->setVisible(!read.timeline.isEmpty());
            m_parsed = read.parsed;
            applyReport(read.error.isEmpty() ? dir : QString(), read.report, read.error);
            Q_EMIT reportShown(read.error.isEmpty());
        });
}

void SummaryPage::applyReport(const QString &dir, const QJsonObject &report, const QString &error)
{
    m_reportDir = dir;
    m_supportBundle->setRun(dir, report.value(QStringLiteral("outcome")).toString()
                                    == outcomeKey(RunOutcome::Failed));
    m_configFile = report.value(QStringLiteral("configFile")).toString();
    m_configOut = report.value(QStringLiteral("configOut")).toString();
    m_timings->setRowCount(0);
    m_message->clear();
    m_data->setText(dataText(report));
    if (!error.isEmpty() || report.isEmpty()) {
        m_parsed = MigrationReport();
        m_timeline->setModel(TimelineModel());
        m_timelineLabel->hide();
    }

    if (!error.isEmpty()) {
        m_result->setText(tr("No report to show."));
        m_quorum->clear();
        m_message->setMessage(InlineMessage::Kind::Error, error);
    } else if (report.isEmpty()) {
        m_result->setText(tr("No run has finished yet."));
        m_quorum->clear();
    } else {
        const QString message = report.value(QStringLiteral("outcomeMessage")).toString();
        m_result->setText(message.isEmpty() ? resultText(report)
                                            : resultText(report) + QLatin1Char('\n') + message);

        const auto timings = phaseTimings(report.value(QStringLiteral("operations")).toArray());
        const RunEstimateTracker *estimates = RunEstimateTracker::of(m_controller);
        bool estimated = false;
        for (const auto &[phase, ms] : timings) {
            const int row = m_timings->rowCount();
            m_timings->insertRow(row);
            m_timings->setItem(row, 0, new QTableWidgetItem(phaseTitle(phase)));
            m_timings->setItem(row, 1, new QTableWidgetItem(durationText(ms)));
            const RunEstimate::PhaseFigures actual = RunEstimate::actual(m_parsed, phase);
            m_timings->setItem(row, 2, new QTableWidgetItem(QString::number(actual.restarts)));
            m_timings->setItem(row, 3, new QTableWidgetItem(actual.quorumLossMs > 0 ? durationText(actual.quorumLossMs)
                                                                                    : tr("none")));
            const auto before = estimates->committed(phase);
            estimated = estimated || before.has_value();
            m_timings->setItem(row, 4, new QTableWidgetItem(before ? RunEstimate::figuresText(*before, true)
                                                                   : QString()));
        }
        // Only when the run went through the confirmation pages (not a resume found on disk).
        m_timings->setColumnHidden(4, !estimated);
        const int row = m_timings->rowCount();
        m_timings->insertRow(row);
        auto *total = new QTableWidgetItem(tr("Total"));
        QFont bold = total->font();
        bold.setBold(true);
        total->setFont(bold);
        m_timings->setItem(row, 0, total);
        m_timings->setItem(row, 1,
                           new QTableWidgetItem(
                               durationText(qint64(report.value(QStringLiteral("durationMs")).toDouble()))));

        // The figure the procedure is judged by: how long ZooKeeper could not serve writes.
        const QJsonObject longest = report.value(QStringLiteral("longestQuorumLossMs")).toObject();
        QStringList windows;
        for (const Phase phase : { Phase::PhaseA, Phase::PhaseB, Phase::Rollback }) {
            const qint64 ms = qint64(longest.value(phaseKey(phase)).toDouble());
            if (ms > 0)
                windows << tr("%1: %2").arg(phaseTitle(phase), durationText(ms));
        }
        m_quorum->setText(
            windows.isEmpty()
                ? tr("The ensemble never lost its quorum.")
                : tr("Longest time without quorum: %1.").arg(windows.join(QStringLiteral("; "))));

        const bool rollback = report.value(QStringLiteral("kind")).toString() == QLatin1String("rollback");
        const QString outcome = report.value(QStringLiteral("outcome")).toString();
        if (rollback && outcome != outcomeKey(RunOutcome::Succeeded) && m_controller->run()->canRollBack()) {
            m_message->setMessage(InlineMessage::Kind::Warning,
                                  outcome == outcomeKey(RunOutcome::Cancelled)
                                      ? tr("The rollback stopped before every master was back on exhibitor.orig. "
                                           "Click Roll back… to go on from where it stopped.")
                                      : tr("Some masters may not be back on exhibitor.orig yet. Fix what the "
                                           "message above names, then click Roll back… to try again: the "
                                           "rollback goes on from where it stopped."));
        }
    }
    setFileBusy(false);
}

void SummaryPage::setFileBusy(bool busy)
{
    m_fileBusy = busy;
    const bool hasReport = !m_reportDir.isEmpty();
    m_saveConfig->setEnabled(!busy && !m_configOut.isEmpty());
    m_export->setEnabled(!busy && hasReport);
    m_open->setEnabled(hasReport);
}

void SummaryPage::chooseConfigTarget()
{
    auto *dialog = new QFileDialog(this, tr("Save the new config.yaml"), m_configOut,
                                   tr("DC/OS configuration (*.yaml *.yml);;All files (*)"));
    dialog->setObjectName(QStringLiteral("saveConfigDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("yaml"));
    // The dialog asks before replacing any existing file, the original config.yaml included.
    connect(dialog, &QFileDialog::fileSelected, this, &SummaryPage::saveConfigTo);
    dialog->open();
}

void SummaryPage::chooseExportTarget()
{
    const QString suggested = QDir::home().filePath(QStringLiteral("exhibitor-migration-report.html"));
    auto *dialog
        = new QFileDialog(this, tr("Export the report"), suggested, tr("HTML (*.html *.htm);;PDF (*.pdf)"));
    dialog->setObjectName(QStringLiteral("exportReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("*.pdf")) ? QStringLiteral("pdf")
                                                                         : QStringLiteral("html"));
    });
    dialog->setDefaultSuffix(QStringLiteral("html"));
    connect(dialog, &QFileDialog::fileSelected, this, &SummaryPage::exportReportTo);
    dialog->open();
}

void SummaryPage::saveConfigTo(const QString &target)
{
    if (m_configOut.isEmpty() || m_fileBusy)
        return;
    setFileBusy(true);
    const QString source = m_configOut;
    runOffGuiThread(
        this,
        [source, target] {
            CopyResult result;
            QFile in(source);
            if (!in.open(QIODevice::ReadOnly)) {
                result.error = tr("Cannot read %1: %2").arg(source, in.errorString());
                return result;
            }
            const QByteArray content = in.readAll();
            if (QFileInfo(source) == QFileInfo(target)) {
                result.ok = true; // saved where the run already wrote it
                return result;
            }
            // It keeps config.yaml's secrets: readable by the operator only.
            if (!PrivateFile::write(target, content, &result.error))
                return result;
            result.ok = true;
            return result;
        },
        [this, target](const CopyResult &result) {
            setFileBusy(false);
            if (result.ok)
                m_message->setMessage(
                    InlineMessage::Kind::Information,
                    tr("Saved the new config.yaml as %1. Use it for every DC/OS upgrade and new "
                       "master from now on.")
                        .arg(target));
            else
                m_message->setMessage(InlineMessage::Kind::Error, result.error);
            Q_EMIT fileWritten(result.ok, target);
        });
}

void SummaryPage::exportReportTo(const QString &target)
{
    if (m_reportDir.isEmpty() || m_fileBusy)
        return;
    setFileBusy(true);
    const QString html = QDir(m_reportDir).filePath(QStringLiteral("report.html"));
    ReportExport::exportReport(this, html, target, ReportExport::formatFor(target),
                               [this, target](const ReportExport::Result &result) {
                                   setFileBusy(false);
                                   if (result.ok)
                                       m_message->setMessage(InlineMessage::Kind::Information,
                                                             tr("Exported the report to %1.").arg(target));
                                   else
                                       m_message->setMessage(InlineMessage::Kind::Error, result.error);
                                   Q_EMIT fileWritten(result.ok, target);
                               });
}

void SummaryPage::openReport()
{
    if (m_reportDir.isEmpty())
        return;
    const QString html = QDir(m_reportDir).filePath(QStringLiteral("report.html"));
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(html)))
        m_message->setMessage(InlineMessage::Kind::Warning,
                              tr("No program opened the report. It is at %1.").arg(html));
}
