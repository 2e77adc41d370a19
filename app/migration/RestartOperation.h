#pragma once

#include "Operation.h"
#include "MigrationReport.h"
#include "RestartPlanner.h"

#include "config/Ensemble.h"

#include <QMap>

#include <functional>
#include <memory>

class ClusterSnapshot;
class ExhibitorKick;
class QTimer;

// One restart of a rolling restart (Phase A, Phase B or rollback). Which master it takes is
// decided only when it is about to run (prepare), from the masters' real state: the numbering
// each one runs (its zoo.cfg), the current leader and the journal's record of restarts already
// done; RestartPlanner then gives the next master and the gate to wait for. So a leader change
// during the phase, or a resume, still ends with followers first and the leader last.
class RestartOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(RestartOperation)

public:
    RestartOperation(Phase phase, int slot);

    QString title() const override;
    OperationPreview preview(const PreviewInput &input) const override;
    bool changesCluster() const override { return true; }
    bool isDoneIn(const MigrationJournal &journal) const override;
    void prepare(OperationContext *context, Done done) override;
    void execute(OperationContext *context, Done done) override;

    // The restart plan as it would be now; used by prepare() and by previews.
    static QList<RestartPlanner::Step> planFor(OperationContext *context, Phase phase, const ClusterSnapshot &snapshot,
                                               const QMap<QString, Ensemble> &running);
    // Which masters still need a restart in a phase, by the journal (and, for a rollback, the
    // masters the restore changed).
    static bool needsRestart(OperationContext *context, Phase phase, const QString &master);

private:
    static void readRunning(OperationContext *context, std::function<void(const QMap<QString, Ensemble> &)> callback);
    void decide(OperationContext *context, const ClusterSnapshot &snapshot, const QMap<QString, Ensemble> &running,
                Done done);
    void observe(OperationContext *context);
    void stopStaleMasters(OperationContext *context, std::function<void()> then);
    void restart(OperationContext *context, Done done);
    void settle(OperationContext *context, std::shared_ptr<MigrationReport::RestartTiming> timing, ExhibitorKick *kick,
                Done done);

    int m_slot;
    RestartPlanner::Step m_step;
    QTimer *m_observer = nullptr;
};
