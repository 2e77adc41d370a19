#pragma once

#include "ClusterSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

// What a restarted master goes through while the settle gate waits, told apart from surprises.
// Two things happen on real DC/OS masters that look like failures in a single poll:
//
// - Exhibitor bounces ZooKeeper: its monitor restarts a ZooKeeper that has not served for
//   2·tickTime·max(initLimit, syncLimit) (40 s with DC/OS's zoo-cfg-extra), which is normal while
//   a renumbered ensemble forms (dcos/exhibitor MonitorRunningInstance).
// - systemd loops the unit: dcos-exhibitor has Restart=always, RestartSec=5, so a start that
//   fails (start_exhibitor.py exits 1 when ip-detect's address is not in the static ensemble)
//   shows as "activating" again and again, never as "failed". DC/OS 2.2's ExecStartPost also
//   keeps a healthy start "activating" until ZooKeeper answers, so one "activating" is no loop.
//
// Pure: GateWaiter feeds it every poll of the restarted master and logs what it returns.
class RestartWatch
{
    Q_DECLARE_TR_FUNCTIONS(RestartWatch)

public:
    RestartWatch(QString master, QString unit);

    // The poll of the restarted master at `time`; returns the lines to log (usually none).
    QStringList observe(const MasterPoll &poll, const QDateTime &time);

    int bounces() const { return m_bounces; }
    bool isLooping() const { return m_loopReported; }
    // For a gate that timed out: the known states seen, in words (empty if none).
    QString summary() const;

    // systemd keeps a failing unit "activating" this long before it counts as a loop: two
    // RestartSec cycles plus DC/OS 2.2's ExecStartPost, which may hold a healthy start longer.
    static constexpr qint64 LoopAfterMs = 75000;

private:
    QString m_master;
    QString m_unit;
    QDateTime m_activatingSince;
    QDateTime m_runningSince;
    bool m_zooKeeperRan = false;
    bool m_servedSinceStart = false;
    bool m_loopReported = false;
    int m_bounces = 0;
};
