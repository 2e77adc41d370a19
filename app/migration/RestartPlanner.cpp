#include "RestartPlanner.h"

#include <algorithm>

namespace {

// Followers first (in the order given), the leader last.
QList<RestartPlanner::Master> followersFirst(QList<RestartPlanner::Master> masters)
{
    std::stable_partition(masters.begin(), masters.end(),
                          [](const RestartPlanner::Master &master) { return !master.isLeader; });
    return masters;
}

} // namespace

QList<RestartPlanner::Step> RestartPlanner::plan(const QList<Master> &masters)
{
    const int total = int(masters.size());
    const int needed = majority(total);
    QList<Master> compatibleToRestart;
    QList<Master> incompatible;
    QStringList newGroup;
    QStringList oldGroup;
    for (const Master &master : masters) {
        if (master.compatible) {
            newGroup << master.name;
            if (master.needsRestart)
                compatibleToRestart << master;
        } else {
            oldGroup << master.name;
            incompatible << master;
        }
    }

    QList<Step> steps;
    auto add = [&](const Master &master, Gate gate) {
        steps << Step{master.name, gate, newGroup, oldGroup};
    };

    if (incompatible.isEmpty()) {
        for (const Master &master : followersFirst(compatibleToRestart))
            add(master, Gate::Normal);
        return steps;
    }

    // Renumbering. Masters that already run the target numbering but another backend change
    // nothing about the groups: restart them while the side they belong to is settled.
    const bool newHasQuorum = newGroup.size() >= needed;
    if (!newHasQuorum) {
        const bool oldHasQuorum = oldGroup.size() >= needed;
        for (const Master &master : followersFirst(compatibleToRestart))
            add(master, oldHasQuorum ? Gate::OldQuorumHolds : Gate::NoQuorumExpected);
    }
    // The old leader goes as the restart that gives the target numbering its majority: the old
    // side loses quorum at that moment anyway, and a stale leader left running keeps announcing
    // itself under an ID that means another master in the new numbering (and keeps accepting
    // renumbered followers under duplicate IDs), which stretches the new ensemble's election from
    // about a second to many (measured on the simulated cluster: 1-2 s against 10-14 s).
    QList<Master> renumbered = followersFirst(incompatible);
    // Nor may a master whose target ID is the old leader's ID run the target numbering while the
    // old ensemble does: the old servers answer its election with "following server N", N being
    // its own new ID, and ZooKeeper's FastLeaderElection counts those as a quorum for it. It then
    // leads nobody (the old servers follow the real leader) and waits initLimit x tickTime (20 s
    // with DC/OS's timing) for followers; the masters restarted after it cannot elect anyone else
    // until it gives up (bench/availability: a 22 s Phase B outage, seen in the masters' logs).
    // Restarted after the new ensemble has formed it simply joins. There is at most one such
    // master, and the followers before the majority-th restart need never include it.
    if (!newHasQuorum) {
        std::stable_partition(renumbered.begin(), renumbered.end(),
                              [](const Master &master) { return master.isLeader || !master.takesLeadersId; });
    }
    const qsizetype majorityTh = needed - newGroup.size() - 1; // index within `renumbered`
    const auto leaderAt = std::find_if(renumbered.cbegin(), renumbered.cend(),
                                       [](const Master &master) { return master.isLeader; });
    if (!newHasQuorum && majorityTh >= 0 && majorityTh < renumbered.size() && leaderAt != renumbered.cend())
        renumbered.move(leaderAt - renumbered.cbegin(), majorityTh);
    for (const Master &master : renumbered) {
        oldGroup.removeAll(master.name);
        newGroup << master.name;
        Gate gate = Gate::Normal;
        if (newGroup.size() == needed && !newHasQuorum)
            gate = Gate::NewEnsembleForms;
        else if (newGroup.size() < needed)
            gate = oldGroup.size() >= needed ? Gate::OldQuorumHolds : Gate::NoQuorumExpected;
        add(master, gate);
    }
    // A quorate target group first takes the others in, then restarts its own for the backend.
    if (newHasQuorum) {
        for (const Master &master : followersFirst(compatibleToRestart))
            add(master, Gate::Normal);
    }
    return steps;
}

QString RestartPlanner::gateDescription(Gate gate)
{
    switch (gate) {
    case Gate::Normal:
        return tr("wait until it serves, the ensemble has one leader and a majority serving, and it has "
                  "caught up with the leader");
    case Gate::OldQuorumHolds:
        return tr("expected: it does not serve until a majority runs the new numbering; wait until its "
                  "ZooKeeper runs and the remaining masters still have one leader and a majority serving");
    case Gate::NewEnsembleForms:
        return tr("this restart gives the new numbering a majority: wait until the new ensemble has one "
                  "leader and a majority serving");
    case Gate::NoQuorumExpected:
        return tr("expected: no side has a majority after this restart; the next restart follows at once");
    }
    return QString();
}

QString RestartPlanner::gateKey(Gate gate)
{
    switch (gate) {
    case Gate::Normal:
        return QStringLiteral("normal");
    case Gate::OldQuorumHolds:
        return QStringLiteral("old-quorum");
    case Gate::NewEnsembleForms:
        return QStringLiteral("new-ensemble");
    case Gate::NoQuorumExpected:
        return QStringLiteral("no-quorum");
    }
    return QString();
}
