#pragma once

#include "config/ClusterConfig.h"
#include "config/CurrentIds.h"
#include "config/MigrationPlan.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class ConnectionController;
class DemoCluster;
class DiscoveryController;
class RunController;
struct ConfigImport;
struct IdsImport;
struct PlanBuild;

// Owns the wizard's state: the imported config.yaml, the masters' current IDs, the migration
// plan computed from them, whether a request is running (busy) and why the last one failed
// (errorText). Pages render this state and call the slots; none of them keeps state of its own,
// so the whole flow can be tested without widgets (tests/gui/TestWizardController).
//
// Requests that read files run off the GUI thread and report back through signals. The latest
// request wins: a result that arrives after a newer request started is dropped. The plan is
// built off the GUI thread too, after every import and ID change (a hostile or huge config must
// not freeze the window); while it is built the controller is busy, planIsBuilding() says so and
// planIsValid() is false, and plan() is still the previous one. A build that a newer one
// overtook is dropped.
class WizardController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit WizardController(QObject *parent = nullptr);
    ~WizardController() override;

    bool isBusy() const { return m_busy; }
    // Why the last request failed, one problem per line (ConfigIssue::toString()); empty after
    // a request that succeeded.
    QString errorText() const { return m_errorText; }

    bool hasConfig() const { return m_hasConfig; }
    bool hasValidConfig() const { return m_hasConfig && m_config.isValid(); }
    bool isDemo() const { return m_isDemo; }
    const ClusterConfig &config() const { return m_config; }

    QMap<QString, int> currentIds() const { return m_currentIds; }
    // Where the IDs the plan uses came from: the IDs file, or the table once edited there.
    QString idsSource() const { return m_idsSource; }
    // The IDs file last read (empty if none) and whether the operator changed an ID since.
    QString idsFileName() const { return m_loadedIds.source(); }
    bool idsEdited() const { return m_idsEdited; }

    // Only meaningful with a valid config; planIsValid() says whether the wizard may go on.
    const MigrationPlan &plan() const { return m_plan; }
    bool planIsValid() const { return hasValidConfig() && !m_planBuilding && m_plan.isValid(); }
    // A plan for the current config and IDs is being built; plan() is the one before.
    bool planIsBuilding() const { return m_planBuilding; }

    // Test seam: called on the worker thread at the start of every plan build, with the build's
    // number (counting from 1 per controller). Tests hold a build there to show that the event
    // loop runs on meanwhile and that a build overtaken by a newer one is dropped.
    void setBeforePlanBuild(std::function<void(quint64 build)> hook) { m_beforePlanBuild = std::move(hook); }

    QStringList recentConfigs() const { return m_recentConfigs; }

    // The steps after the import, each with its own controller (all owned here, all testable
    // without widgets).
    ConnectionController *connection() const { return m_connection; }
    DiscoveryController *discovery() const { return m_discovery; }
    RunController *run() const { return m_run; }
    DemoCluster *demo() const { return m_demo; }

public Q_SLOTS:
    void loadConfigFile(const QString &path);
    // The embedded demo cluster (:/demo/config.yaml) with its known IDs (:/demo/ids.txt).
    void loadDemo();
    // Replaces every current ID with those of an "<ip> <id>" file (CurrentIds); if a line cannot
    // be read, none is taken and errorText names the line.
    void loadIdsFile(const QString &path);
    // One master's current ID as the operator typed it; 0 removes it.
    void setCurrentId(const QString &master, int id);
    // The IDs discovery agreed on (master -> ID), replacing any others; source names them in
    // the plan's messages (e.g. "discovery").
    void setDiscoveredIds(const QMap<QString, int> &ids, const QString &source);
    void clearRecentConfigs();

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorTextChanged(const QString &errorText);
    void configChanged();
    // A plan built for the current config and IDs arrived (or, without a valid config, the plan
    // was emptied); always follows configChanged().
    void planChanged();
    void recentConfigsChanged();
    // Both come once the plan for the imported config or IDs arrived (plan() is that plan).
    void importFinished(bool ok);
    void idsLoadFinished(bool ok);

private:
    quint64 startRequest();
    bool isLatest(quint64 request) const { return request == m_latestRequest; }
    void applyConfigImport(const ConfigImport &result);
    void applyIdsImport(const IdsImport &result);
    void takeIds(const CurrentIds &ids);
    void rebuildPlan();
    void applyPlan(const PlanBuild &result);
    void announceAfterPlan();
    void updateBusy();
    void setErrorText(const QString &text);

    bool m_busy = false;
    QString m_errorText;
    quint64 m_latestRequest = 0;
    bool m_importing = false; // the latest import has not come back yet
    quint64 m_latestPlanBuild = 0;
    bool m_planBuilding = false; // the latest plan build has not come back yet
    std::function<void(quint64)> m_beforePlanBuild;
    // The import whose plan is being built, announced (importFinished, idsLoadFinished) when it
    // arrives.
    QList<std::function<void()>> m_afterPlan;

    bool m_hasConfig = false;
    bool m_isDemo = false;
    ClusterConfig m_config;
    // The IDs as last read from a file (with each one's line, for the plan's messages) and as
    // they are now, after the operator's edits in the table.
    CurrentIds m_loadedIds;
    bool m_idsEdited = false;
    QMap<QString, int> m_currentIds;
    QString m_idsSource;
    MigrationPlan m_plan;
    QStringList m_recentConfigs;

    ConnectionController *m_connection;
    DiscoveryController *m_discovery;
    RunController *m_run;
    DemoCluster *m_demo;
};
