#include "WizardController.h"

#include "ConnectionController.h"
#include "DemoCluster.h"
#include "DiscoveryController.h"
#include "OffGuiThread.h"
#include "RecentConfigs.h"
#include "RunController.h"

#include <QFile>
#include <QFileInfo>

#include <utility>

// What a worker hands back to the GUI thread. Plain values: nothing in them is shared with
// the controller while the worker runs.
struct ConfigImport
{
    quint64 request = 0;
    ClusterConfig config;
    bool isDemo = false;
    QString recentPath; // empty for the demo, which is not a file to remember
    bool hasIds = false;
    CurrentIds ids;
};

struct IdsImport
{
    quint64 request = 0;
    CurrentIds ids;
};

struct PlanBuild
{
    quint64 build = 0;
    MigrationPlan plan;
};

namespace {
const auto kDemoConfig = QStringLiteral(":/demo/config.yaml");
const auto kDemoIds = QStringLiteral(":/demo/ids.txt");
// How the demo's files are named in messages: the resource paths mean nothing to an operator.
const auto kDemoConfigName = QStringLiteral("demo/config.yaml");
const auto kDemoIdsName = QStringLiteral("demo/ids.txt");

QString joinIssues(const ConfigIssues &issues)
{
    QStringList lines;
    for (const auto &issue : issues)
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    // The resources are linked in; failing to open one is a packaging bug, and the empty text
    // then fails validation visibly instead of crashing.
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
} // namespace

WizardController::WizardController(QObject *parent)
    : QObject(parent)
    , m_recentConfigs(RecentConfigs::load())
    , m_connection(new ConnectionController(this))
    , m_discovery(new DiscoveryController(this))
    , m_run(new RunController(this))
    , m_demo(new DemoCluster(this))
{
}

WizardController::~WizardController() = default;

quint64 WizardController::startRequest()
{
    m_importing = true;
    updateBusy();
    return ++m_latestRequest;
}

void WizardController::loadConfigFile(const QString &path)
{
    const quint64 request = startRequest();
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    runOffGuiThread(this, [request, path, absolutePath] {
        ConfigImport result;
        result.request = request;
        result.config = ClusterConfig::fromFile(path);
        result.recentPath = absolutePath;
        return result;
    }, [this](const ConfigImport &result) { applyConfigImport(result); });
}

void WizardController::loadDemo()
{
    const quint64 request = startRequest();
    runOffGuiThread(this, [request] {
        ConfigImport result;
        result.request = request;
        result.isDemo = true;
        result.config = ClusterConfig::fromYaml(readResource(kDemoConfig), kDemoConfigName);
        result.hasIds = true;
        result.ids = CurrentIds::fromIdsText(readResource(kDemoIds), kDemoIdsName);
        return result;
    }, [this](const ConfigImport &result) { applyConfigImport(result); });
}

void WizardController::loadIdsFile(const QString &path)
{
    const quint64 request = startRequest();
    runOffGuiThread(this, [request, path] {
        IdsImport result;
        result.request = request;
        result.ids = CurrentIds::fromIdsFile(path);
        return result;
    }, [this](const IdsImport &result) { applyIdsImport(result); });
}

void WizardController::applyConfigImport(const ConfigImport &result)
{
    if (!isLatest(result.request))
        return;

    m_hasConfig = true;
    m_isDemo = result.isDemo;
    m_config = result.config;
    // IDs belong to one cluster: a newly imported config starts without any, unless it brings
    // its own (the demo).
    takeIds(result.hasIds ? result.ids : CurrentIds());

    const ConfigIssues issues = m_config.issues() + (result.hasIds ? result.ids.issues() : ConfigIssues());
    setErrorText(joinIssues(issues));

    if (m_config.isValid() && !result.recentPath.isEmpty()) {
        m_recentConfigs = RecentConfigs::add(result.recentPath);
        Q_EMIT recentConfigsChanged();
    }

    Q_EMIT configChanged();
    m_importing = false;
    const bool ok = issues.isEmpty();
    m_afterPlan << [this, ok] { Q_EMIT importFinished(ok); };
    rebuildPlan();
}

void WizardController::applyIdsImport(const IdsImport &result)
{
    if (!isLatest(result.request))
        return;

    m_importing = false;
    // A file with a line that cannot be read is not taken at all: half a set of IDs would look
    // like a set with masters missing, and the line to fix is in the error.
    const bool ok = result.ids.issues().isEmpty();
    setErrorText(joinIssues(result.ids.issues()));
    m_afterPlan << [this, ok] { Q_EMIT idsLoadFinished(ok); };
    if (ok) {
        takeIds(result.ids);
        rebuildPlan();
    } else {
        // The plan stays as it is: announced at once, or with the build under way.
        updateBusy();
        if (!m_planBuilding)
            announceAfterPlan();
    }
}

void WizardController::setCurrentId(const QString &master, int id)
{
    if (!m_hasConfig || !m_config.masterList().contains(master))
        return;
    if (id == m_currentIds.value(master, 0))
        return;

    if (id > 0)
        m_currentIds.insert(master, id);
    else
        m_currentIds.remove(master);
    m_idsEdited = true;
    m_idsSource = tr("ID table");
    setErrorText(QString());
    rebuildPlan();
}

void WizardController::setDiscoveredIds(const QMap<QString, int> &ids, const QString &source)
{
    if (!m_hasConfig)
        return;
    m_loadedIds = CurrentIds();
    m_currentIds = ids;
    m_idsEdited = true; // the plan takes m_currentIds with their source, not a file's lines
    m_idsSource = source;
    setErrorText(QString());
    rebuildPlan();
}

void WizardController::clearRecentConfigs()
{
    RecentConfigs::clear();
    m_recentConfigs.clear();
    Q_EMIT recentConfigsChanged();
}

void WizardController::takeIds(const CurrentIds &ids)
{
    m_loadedIds = ids;
    m_idsEdited = false;
    m_currentIds = ids.ids();
    m_idsSource = ids.source();
}

void WizardController::rebuildPlan()
{
    const quint64 build = ++m_latestPlanBuild;
    if (!hasValidConfig()) {
        applyPlan(PlanBuild{build, MigrationPlan()});
        return;
    }
    m_planBuilding = true;
    updateBusy();
    // Everything the build reads is copied: the worker shares nothing with the controller, and
    // edits made meanwhile start a newer build instead of changing this one's input. Unedited
    // IDs go in with their file and line, so a problem names the line to fix.
    runOffGuiThread(this,
                    [build, hook = m_beforePlanBuild, config = m_config, edited = m_idsEdited,
                     ids = m_currentIds, source = m_idsSource, loaded = m_loadedIds] {
                        if (hook)
                            hook(build);
                        PlanBuild result;
                        result.build = build;
                        result.plan = edited ? MigrationPlan::build(config, ids, source)
                                             : MigrationPlan::build(config, loaded);
                        return result;
                    },
                    [this](const PlanBuild &result) { applyPlan(result); });
}

void WizardController::applyPlan(const PlanBuild &result)
{
    if (result.build != m_latestPlanBuild)
        return; // overtaken by a newer build, which brings the plan for what is there now
    m_plan = result.plan;
    m_planBuilding = false;
    updateBusy();
    Q_EMIT planChanged();
    announceAfterPlan();
}

void WizardController::announceAfterPlan()
{
    const auto announcements = std::exchange(m_afterPlan, {});
    for (const auto &announce : announcements)
        announce();
}

void WizardController::updateBusy()
{
    const bool busy = m_importing || m_planBuilding;
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(m_busy);
}

void WizardController::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged(m_errorText);
}
