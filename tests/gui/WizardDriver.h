#pragma once

// Drives the real MigrationWizard through a whole migration and a rollback as an operator would
// (keyboard and mouse on the widgets, nothing set behind the pages' backs except what the pages
// do not show: known_hosts, ~/.ssh/config, where the journal and report go), checking on the way
// what the operator sees. Shared by tests/gui/TestWizardEndToEnd (on a test sim),
// bench/gui-stall (on a benchmark sim) and scripts/screenshot (through the test), so the three
// drive exactly the same flow.
//
// Every step returns false with error() saying what the operator would have seen wrong; the
// driver uses no QTest assertion macros, so it also runs outside a test (the benchmark).

#include "migration/MigrationTypes.h"
#include "remote/SshTarget.h"

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

class MigrationWizard;
class QAbstractButton;
class QWidget;

// An event-loop heartbeat: a 5 ms timer on the GUI thread; the longest gap between two ticks is
// the longest time the GUI could not react (a stall the operator would see as a frozen window).
class EventLoopHeartbeat : public QObject
{
    Q_OBJECT

public:
    explicit EventLoopHeartbeat(QObject *parent = nullptr);

    void start();
    void stop();
    // The gap up to now is not the wizard's (e.g. the driver saving a screenshot): not counted.
    void skipGap() { m_lastNs = m_clock.nsecsElapsed(); }
    qint64 longestGapMs() const { return m_longestNs / 1000000; }
    double longestGapMsExact() const { return double(m_longestNs) / 1e6; }
    qint64 ticks() const { return m_ticks; }
    // What was going on (set by the driver: the page shown) when the longest gap ended.
    void setLabel(const QString &label) { m_label = label; }
    QString label() const { return m_label; }
    QString longestGapLabel() const { return m_longestLabel; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_ticks = 0;
    QString m_label;
    QString m_longestLabel;
};

// The cluster as the driver needs it, from whichever sim fixture brought it up.
struct WizardDriverCluster
{
    QString configYaml;
    QStringList masters; // master_list order
    QMap<QString, int> ids; // the IDs the masters run with (what discovery must find)
    SshTarget target; // user, port, key file, the sim's known_hosts
    std::function<QByteArray(const QString &master)> envFile; // read straight from the sim
};

class WizardDriver
{
public:
    // workDir: journal, report, new config.yaml and a known_hosts without the first master (so
    // its host key is asked once).
    WizardDriver(MigrationWizard *wizard, const WizardDriverCluster &cluster, const QString &workDir);
    ~WizardDriver();
    WizardDriver(const WizardDriver &) = delete;
    WizardDriver &operator=(const WizardDriver &) = delete;

    // PNGs of every page (and the host key dialog over the Connection page) go there.
    void setScreenshotDir(const QString &dir) { m_screenshotDir = dir; }
    // Saving a screenshot blocks the event loop; the heartbeat is told to leave that time out.
    void setHeartbeat(EventLoopHeartbeat *heartbeat) { m_heartbeat = heartbeat; }

    // The steps, in order. Each starts on the page the one before left.
    bool importConfig();
    bool connectAll();
    bool discover();
    bool preflight();
    bool runPhase(Phase phase); // its Confirm page, commit, its Run page, Next
    bool migrationSummary();
    bool rollBack(); // the Roll back button, its confirmation, its run page, the Summary
    // Screenshot only: a second wizard finding the journal kept while the run waited for Phase A.
    bool resumePageScreenshot();

    // Import to the migration's Summary.
    bool migrate();

    QString error() const { return m_error; }
    QList<int> pageOrder() const { return m_pages; }
    QMap<QString, QByteArray> envFilesBefore() const { return m_before; }
    // Log lines that arrived while a phase's Run page showed it running, per phase.
    QMap<Phase, int> linesWhileRunning() const { return m_linesWhileRunning; }

private:
    bool fail(const QString &what);
    bool waitFor(const std::function<bool()> &condition, int timeoutMs);
    bool click(QAbstractButton *button, const QString &what);
    bool typeInto(QWidget *widget, const QString &text);
    template<typename T> T *find(const QString &name) const;
    void shot(const QString &name) const;
    void shotWithDialog(const QString &name, QWidget *dialog) const;
    int logRows() const;

    MigrationWizard *m_wizard;
    WizardDriverCluster m_cluster;
    QString m_workDir;
    QString m_screenshotDir;
    QString m_error;
    QList<int> m_pages;
    QMap<QString, QByteArray> m_before;
    QMap<Phase, int> m_linesWhileRunning;
    QString m_keptJournal;
    EventLoopHeartbeat *m_heartbeat = nullptr;
    // The wizard outlives the driver (and emits while it is destroyed): cut these first.
    QList<QMetaObject::Connection> m_connections;
};
