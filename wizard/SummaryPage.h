#pragma once

#include "migration/MigrationReport.h"

#include <QJsonObject>
#include <QWizardPage>

class InlineMessage;
class SupportBundlePanel;
class QLabel;
class QPushButton;
class QTableWidget;
class TimelineView;
class WizardController;

// Step 8: how the run ended (result, the run's timeline, per-phase timings beside the estimates
// the confirmation pages showed, the longest time without quorum), read
// from the report.json RunController's run wrote; saves the config.yaml DC/OS needs from now on,
// exports the report (HTML or PDF) and opens it.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override { return -1; } // the end, whatever ids follow (rollback pages)

    // Reads dir/report.json off the GUI thread and shows it; reportShown() follows.
    void showReport(const QString &dir);
    QString reportDir() const { return m_reportDir; }

Q_SIGNALS:
    void reportShown(bool ok);
    // A save or export finished; the message is also shown on the page.
    void fileWritten(bool ok, const QString &path);

public Q_SLOTS:
    // Without the file dialogs: what Save As… and Export… do with the chosen file.
    void saveConfigTo(const QString &target);
    void exportReportTo(const QString &target);

private:
    void applyReport(const QString &dir, const QJsonObject &report, const QString &error);
    void chooseConfigTarget();
    void chooseExportTarget();
    void openReport();
    void setFileBusy(bool busy);

    WizardController *m_controller;
    QString m_reportDir;
    QString m_configFile; // the original config.yaml: never overwritten without asking
    QString m_configOut; // the static config.yaml the run wrote next to it
    QLabel *m_result;
    QLabel *m_timingsLabel;
    QTableWidget *m_timings; // per phase: duration, restarts, time without quorum, the estimate
    QLabel *m_timelineLabel;
    TimelineView *m_timeline;
    MigrationReport m_parsed; // the report's restarts, operations and quorum windows
    QLabel *m_quorum;
    QLabel *m_data; // the data check on the live cluster and the run's write probe
    QPushButton *m_saveConfig;
    QPushButton *m_export;
    QPushButton *m_open;
    InlineMessage *m_message;
    SupportBundlePanel *m_supportBundle = nullptr; // offered when the run failed
    bool m_fileBusy = false;
};
