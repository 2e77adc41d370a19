#include "DiscoveryController.h"

#include "ConnectionController.h"
#include "WizardController.h"
#include "config/ExhibitorEnvFile.h"
#include "config/Redaction.h"
#include "config/UnifiedDiff.h"
#include "discovery/Discovery.h"
#include "discovery/DiscoveryModel.h"
#include "migration/MigrationOptions.h"
#include "remote/MasterConnections.h"

DiscoveryController::DiscoveryController(WizardController *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_discovery(new Discovery(this))
    , m_model(new DiscoveryModel(this))
{
    m_model->setDiscovery(m_discovery);
    connect(m_discovery, &Discovery::masterProgress, this,
            [this](const QString &master, const QString &step) {
                m_progress.insert(master, step);
                Q_EMIT progressChanged();
            });
    connect(m_discovery, &Discovery::masterFinished, this, [this](const QString &master) {
        if (!m_finishedMasters.contains(master))
            m_finishedMasters << master;
        Q_EMIT progressChanged();
    });
    connect(m_discovery, &Discovery::finished, this, &DiscoveryController::onFinished);
    // A new plan (another config.yaml) can make a chosen ID invalid or complete a disagreement.
    connect(m_wizard, &WizardController::planChanged, this, &DiscoveryController::stateChanged);
}

DiscoveryController::~DiscoveryController() = default;

bool DiscoveryController::isRunning() const
{
    return m_discovery->isRunning();
}

int DiscoveryController::masterCount() const
{
    return m_discovery->masters().size();
}

void DiscoveryController::start()
{
    if (m_discovery->isRunning() || !m_wizard->hasValidConfig())
        return;
    MasterConnections *connections = m_wizard->connection()->connections();
    // The Connection page normally connected them already; Discovery connects whatever is not.
    if (connections->sessions().isEmpty())
        connections->setTargets(m_wizard->connection()->targets());
    m_finished = false;
    m_progress.clear();
    m_finishedMasters.clear();
    m_chosen.clear();
    m_discovery->setOptions(DiscoveryOptions::fromConfig(m_wizard->config()));
    m_discovery->start(connections);
    Q_EMIT runningChanged(true);
    Q_EMIT progressChanged();
    Q_EMIT stateChanged();
}

void DiscoveryController::cancel()
{
    if (m_discovery->isRunning())
        m_discovery->cancel();
}

void DiscoveryController::onFinished()
{
    m_finished = true;
    handIdsToPlan();
    Q_EMIT runningChanged(false);
    Q_EMIT progressChanged();
    Q_EMIT finished();
}

void DiscoveryController::chooseId(const QString &master, int id)
{
    if (id == 0)
        m_chosen.remove(master);
    else if (candidateIds(master).contains(id))
        m_chosen.insert(master, id);
    else
        return;
    handIdsToPlan();
}

void DiscoveryController::handIdsToPlan()
{
    QMap<QString, int> ids = m_discovery->currentIds();
    for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it)
        ids.insert(it.key(), it.value());
    m_wizard->setDiscoveredIds(ids, tr("discovery"));
    Q_EMIT stateChanged();
}

QString DiscoveryController::leader() const
{
    for (const MasterDiscovery &result : m_discovery->results()) {
        if (result.mode() == QLatin1String("leader"))
            return result.master();
    }
    return QString();
}

QMap<QString, QByteArray> DiscoveryController::envFiles() const
{
    QMap<QString, QByteArray> files;
    for (const MasterDiscovery &result : m_discovery->results()) {
        if (result.hasEnvFile())
            files.insert(result.master(), result.envFile());
    }
    return files;
}

QByteArray DiscoveryController::staticEnvFor(const QString &master, Phase phase) const
{
    const QByteArray original = m_discovery->result(master).envFile();
    if (original.isEmpty() || !m_wizard->planIsValid())
        return QByteArray();
    const MigrationPlan &plan = m_wizard->plan();
    const Ensemble ensemble = phase == Phase::PhaseB ? plan.phaseB() : plan.phaseA();
    // The same rendering OperationContext::staticEnvFor() does for the real write.
    return ExhibitorEnvFile::parse(original).renderStatic(ensemble.toString());
}

QString DiscoveryController::envDiffFor(const QString &master, Phase phase) const
{
    const QByteArray after = staticEnvFor(master, phase);
    if (after.isEmpty())
        return QString();
    const QString path = MigrationOptions().envFilePath;
    return UnifiedDiff::diff(Redaction::envFile(m_discovery->result(master).envFile()),
                             Redaction::envFile(after), path, path);
}

QStringList DiscoveryController::disagreeingMasters() const
{
    QStringList masters;
    for (const MasterDiscovery &result : m_discovery->results()) {
        if (result.agreement() == MasterDiscovery::Agreement::Disagreed)
            masters << result.master();
    }
    return masters;
}

QList<int> DiscoveryController::candidateIds(const QString &master) const
{
    const MasterDiscovery result = m_discovery->result(master);
    if (result.agreement() != MasterDiscovery::Agreement::Disagreed)
        return {};
    return result.idGroups().keys();
}

QStringList DiscoveryController::problems() const
{
    QStringList lines;
    if (!m_finished) {
        lines << (isRunning() ? tr("Discovery is still running.") : tr("Discovery has not run yet."));
        return lines;
    }
    for (const MasterDiscovery &result : m_discovery->results()) {
        if (result.agreement() == MasterDiscovery::Agreement::Agreed)
            continue;
        if (result.agreement() == MasterDiscovery::Agreement::Disagreed && m_chosen.contains(result.master()))
            continue;
        lines << result.problems();
        if (result.agreement() == MasterDiscovery::Agreement::Disagreed)
            lines << tr("%1: choose the ID it runs with, or fix the master and discover again.")
                         .arg(result.master());
    }
    if (m_discovery->results().isEmpty())
        lines << tr("Discovery found no master.");
    return lines;
}

bool DiscoveryController::isComplete() const
{
    return !isRunning() && problems().isEmpty() && m_wizard->planIsValid();
}
