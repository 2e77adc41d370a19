#pragma once

#include "ClusterSnapshot.h"
#include "MigrationTypes.h"
#include "RestartPlanner.h"
#include "RestartWatch.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class OperationContext;

// Polls the masters after a restart until the settle gate passes, or times out into a stop
// (never into "continue anyway"). Polls follow each other pollIntervalMs apart; each one also
// feeds the quorum-loss measurement. When everything but "caught up" holds it writes the touch
// node and waits for the restarted master to report that write's zxid.
class GateWaiter : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool passed, const QString &message)>;

    GateWaiter(OperationContext *context, const RestartPlanner::Step &step, Phase phase, int expectedId,
               QObject *parent = nullptr);

    // Called once, at the first poll where the restarted master's new ZooKeeper answers (not
    // under another ID than expected): it has read its new zoo.cfg and myid by then.
    void setOnRunning(std::function<void()> onRunning) { m_onRunning = std::move(onRunning); }
    void start(Done done);
    // The poll that passed the gate (empty before).
    const std::optional<ClusterSnapshot> &passedSnapshot() const { return m_passedSnapshot; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    // The first poll where the restarted master's ZooKeeper answered (under the expected ID),
    // and where it served; invalid until then.
    QDateTime zooKeeperUp() const { return m_zooKeeperUp; }
    QDateTime serving() const { return m_serving; }

private:
    void poll();
    void schedule();
    void finish(bool passed, const QString &message);
    QString timeoutMessage() const;

    OperationContext *m_context;
    RestartPlanner::Step m_step;
    Phase m_phase;
    int m_expectedId;
    Done m_done;
    std::function<void()> m_onRunning;
    std::optional<ClusterSnapshot> m_passedSnapshot;
    QDateTime m_zooKeeperUp;
    QDateTime m_serving;
    QElapsedTimer m_clock;
    qint64 m_touchZxid = -1;
    bool m_touchInFlight = false;
    bool m_finished = false;
    QStringList m_lastWaiting;
    RestartWatch m_watch;
};
