#pragma once

#include "migration/MigrationReport.h"
#include "migration/RunEstimate.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

class WizardController;
struct OperationInfo;

// The run's estimate as the wizard sees it: what the plan says, refined by what the running
// engine has shown so far (how long preflight took, each restart from its start to its settle
// gate's pass, from the runner's queued signals: nothing is polled). The confirmation pages show
// estimate(); the figures the operator committed on are kept per phase (committed()) for the
// Summary, which puts them beside the report's actual figures.
//
// One per RunController, made on first use by of() (a child of the run controller, so it sees
// every run and goes with it), so the pages share it without the controller knowing about it.
class RunEstimateTracker : public QObject
{
    Q_OBJECT

public:
    static RunEstimateTracker *of(WizardController *wizard);

    RunEstimate estimate() const;
    // The operator committed to phase having seen the current estimate.
    void commit(Phase phase);
    std::optional<RunEstimate::PhaseFigures> committed(Phase phase) const;
    QList<MigrationReport::RestartTiming> measuredRestarts() const { return m_restarts; }
    qint64 preflightMs() const { return m_preflightMs; }

    // Tests: where "now" comes from (the runner's signals carry no times).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    // A measurement arrived: the estimate may have changed.
    void changed();

private:
    explicit RunEstimateTracker(WizardController *wizard);
    void onStarted(const OperationInfo &info);
    void onFinished(const OperationInfo &info, bool ok, bool skipped);

    WizardController *m_wizard;
    std::function<QDateTime()> m_clock;
    QHash<int, QDateTime> m_started; // operation index -> when it started
    QList<MigrationReport::RestartTiming> m_restarts;
    QDateTime m_preflightStarted;
    qint64 m_preflightMs = -1;
    QMap<Phase, RunEstimate::PhaseFigures> m_committed;
};
