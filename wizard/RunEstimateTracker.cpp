#include "RunEstimateTracker.h"

#include "RunController.h"
#include "WizardController.h"
#include "migration/MigrationRunner.h"

RunEstimateTracker *RunEstimateTracker::of(WizardController *wizard)
{
    auto *tracker = wizard->run()->findChild<RunEstimateTracker *>(QString(), Qt::FindDirectChildrenOnly);
    return tracker ? tracker : new RunEstimateTracker(wizard);
}

RunEstimateTracker::RunEstimateTracker(WizardController *wizard)
    : QObject(wizard->run())
    , m_wizard(wizard)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    MigrationRunner *runner = wizard->run()->runner();
    connect(runner, &MigrationRunner::operationStarted, this, &RunEstimateTracker::onStarted);
    connect(runner, &MigrationRunner::operationFinished, this,
            [this](const OperationInfo &info, bool ok, bool skipped, const QString &) { onFinished(info, ok, skipped); });
}

void RunEstimateTracker::onStarted(const OperationInfo &info)
{
    if (info.index == 0) {
        // A new run: what an earlier one measured may not hold (another cluster, another time).
        m_started.clear();
        m_restarts.clear();
        m_preflightMs = -1;
        m_preflightStarted = QDateTime();
    }
    const QDateTime now = m_clock();
    m_started.insert(info.index, now);
    if (info.phase == Phase::Preflight && !m_preflightStarted.isValid())
        m_preflightStarted = now;
}

void RunEstimateTracker::onFinished(const OperationInfo &info, bool ok, bool skipped)
{
    const QDateTime started = m_started.take(info.index);
    if (skipped || !ok || !started.isValid())
        return;
    const QDateTime now = m_clock();
    if (info.phase == Phase::Preflight && m_preflightStarted.isValid()) {
        m_preflightMs = m_preflightStarted.msecsTo(now);
        m_preflightStarted = QDateTime();
        Q_EMIT changed();
    } else if (info.id.contains(QLatin1String(".restart.")) && !info.master.isEmpty()) {
        MigrationReport::RestartTiming restart;
        restart.phase = info.phase;
        restart.master = info.master;
        restart.started = started;
        restart.caughtUp = now; // a restart operation ends when its settle gate passed
        m_restarts << restart;
        Q_EMIT changed();
    }
}

RunEstimate RunEstimateTracker::estimate() const
{
    const RunController *run = m_wizard->run();
    RunEstimate::Input input;
    input.masters = m_wizard->plan().masters();
    input.phaseBNeeded = m_wizard->plan().phaseBNeeded();
    input.startViaExhibitor = run->baseOptions().startViaExhibitor;
    if (const auto live = run->liveState())
        input.leader = live->leader;
    input.measured = m_restarts;
    input.preflightMs = m_preflightMs;
    return RunEstimate::make(input);
}

void RunEstimateTracker::commit(Phase phase)
{
    if (phase == Phase::Backup)
        m_committed.clear(); // a migration's first confirmation
    m_committed.insert(phase, estimate().figures(phase));
}

std::optional<RunEstimate::PhaseFigures> RunEstimateTracker::committed(Phase phase) const
{
    const auto it = m_committed.constFind(phase);
    return it == m_committed.cend() ? std::nullopt : std::optional(*it);
}
