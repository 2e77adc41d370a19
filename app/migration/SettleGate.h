#pragma once

#include "ClusterSnapshot.h"
#include "RestartPlanner.h"

#include <QCoreApplication>
#include <QStringList>

// The settle gate's decision for one poll after a restart (DESIGN.md §3): pure, so the rules are
// unit-tested without a cluster. GateWaiter does the polling and the touch write.
//
// "Its zxid caught up with the leader's" is checked against a write of our own: ZooKeeper 3.8
// followers keep reporting their old zxid until the first write of a new epoch, so comparing
// with the leader's zxid could wait forever after a leader change. Once the rest of the gate
// holds, the waiter writes a small touch znode; the gate passes when the restarted master's zxid
// has reached that write's zxid. Without a touch (no client session) the leader's zxid is used.
class SettleGate
{
    Q_DECLARE_TR_FUNCTIONS(SettleGate)

public:
    struct Verdict
    {
        bool passed = false;
        bool wantsTouch = false;  // everything else holds: write the touch node now
        QStringList waitingFor;   // translated, what is still missing
    };

    // expectedId: the ID the restarted master must run now (its `conf` serverId). A renumbered
    // master can join a leader whose ID both numberings share, under a duplicate ID, and report
    // "follower": modes alone do not tell whether the new file is in effect.
    // touchZxid: the zxid of the latest touch write since the restart, -1 if none yet;
    // touchAvailable: whether the waiter can write at all.
    static Verdict evaluate(const RestartPlanner::Step &step, int expectedId, const ClusterSnapshot &snapshot,
                            qint64 touchZxid, bool touchAvailable);

private:
    static void checkId(const MasterPoll &restarted, int expectedId, bool required, Verdict *verdict);
    static void checkCaughtUp(const MasterPoll &restarted, const ClusterSnapshot &snapshot, qint64 touchZxid,
                              bool touchAvailable, Verdict *verdict);
};
