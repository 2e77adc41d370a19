#include "SettleGate.h"

namespace {

QString hex(qint64 zxid)
{
    return QStringLiteral("0x") + QString::number(zxid, 16);
}

} // namespace

SettleGate::Verdict SettleGate::evaluate(const RestartPlanner::Step &step, int expectedId,
                                         const ClusterSnapshot &snapshot, qint64 touchZxid, bool touchAvailable)
{
    Verdict verdict;
    const int total = int(snapshot.probes().size());
    const int needed = RestartPlanner::majority(total);
    const MasterPoll *restarted = snapshot.probe(step.master);
    if (!restarted) {
        verdict.waitingFor << tr("%1 did not answer the poll").arg(step.master);
        return verdict;
    }
    if (restarted->unitActive != std::optional<bool>(true)) {
        verdict.waitingFor << tr("unit on %1 is %2, not active")
                                  .arg(step.master, restarted->unitState.isEmpty() ? tr("unknown")
                                                                                   : restarted->unitState);
    }

    auto requireGroup = [&](const QStringList &group, const QString &what) {
        const QStringList leaders = snapshot.leaders(group);
        const QStringList serving = snapshot.serving(group);
        const bool standalone = total == 1 && serving.size() == 1;
        if (leaders.size() != 1 && !standalone) {
            verdict.waitingFor << (leaders.isEmpty() ? tr("no leader among %1").arg(what)
                                                     : tr("%1 leaders among %2 (%3)")
                                                           .arg(leaders.size())
                                                           .arg(what, leaders.join(QStringLiteral(", "))));
        }
        if (serving.size() < needed) {
            verdict.waitingFor << tr("%1 of %2 serving, %3 needed").arg(serving.size()).arg(what).arg(needed);
        }
    };

    switch (step.gate) {
    case RestartPlanner::Gate::Normal:
    case RestartPlanner::Gate::NewEnsembleForms:
        // The new ensemble may form around a new leader, or (when the leader's ID is the same in
        // both numberings) the renumbered masters keep following the old one: either way, one
        // leader among all masters and a majority serving.
        if (!restarted->isServing())
            verdict.waitingFor << tr("%1 is not serving yet (%2)").arg(step.master, restarted->srvr.summary());
        checkId(*restarted, expectedId, true, &verdict);
        requireGroup({}, tr("the masters"));
        if (verdict.waitingFor.isEmpty())
            checkCaughtUp(*restarted, snapshot, touchZxid, touchAvailable, &verdict);
        break;
    case RestartPlanner::Gate::OldQuorumHolds:
        if (!restarted->zooKeeperRuns())
            verdict.waitingFor << tr("ZooKeeper on %1 does not answer yet (%2)").arg(step.master, restarted->srvr.summary());
        checkId(*restarted, expectedId, false, &verdict);
        requireGroup(step.oldGroup, tr("the masters on the old numbering"));
        break;
    case RestartPlanner::Gate::NoQuorumExpected:
        if (!restarted->zooKeeperRuns())
            verdict.waitingFor << tr("ZooKeeper on %1 does not answer yet (%2)").arg(step.master, restarted->srvr.summary());
        checkId(*restarted, expectedId, false, &verdict);
        break;
    }
    verdict.passed = verdict.waitingFor.isEmpty() && !verdict.wantsTouch;
    return verdict;
}

void SettleGate::checkId(const MasterPoll &restarted, int expectedId, bool required, Verdict *verdict)
{
    // A server that refuses `conf` (3.5+ whitelists only srvr by default) cannot tell: the
    // myid and zoo.cfg checks of Verify still do.
    if (expectedId <= 0 || (restarted.conf && restarted.conf->status == FourLetterWordReply::Status::NotWhitelisted))
        return;
    const int running = restarted.serverId();
    if (running == expectedId)
        return;
    if (running > 0) {
        verdict->waitingFor << tr("%1 runs ID %2, not %3 (the new file is not in effect)")
                                   .arg(restarted.master)
                                   .arg(running)
                                   .arg(expectedId);
    } else if (required) {
        verdict->waitingFor << tr("%1 does not tell its ID yet (conf)").arg(restarted.master);
    }
}

void SettleGate::checkCaughtUp(const MasterPoll &restarted, const ClusterSnapshot &snapshot, qint64 touchZxid,
                               bool touchAvailable, Verdict *verdict)
{
    if (touchAvailable) {
        if (touchZxid < 0) {
            verdict->wantsTouch = true;
            return;
        }
        if (restarted.srvr.zxid < touchZxid) {
            verdict->waitingFor << tr("%1 is at zxid %2, has not yet applied the test write %3")
                                       .arg(restarted.master, hex(restarted.srvr.zxid), hex(touchZxid));
        }
        return;
    }
    const MasterPoll *leader = snapshot.probe(snapshot.leader());
    // ZooKeeper 3.8 followers report their last zxid of the previous epoch until the new epoch's
    // first write: a leader at <epoch>:0 has nothing to catch up with yet.
    const bool newEpochWithoutWrites = leader && (leader->srvr.zxid & 0xffffffffLL) == 0 &&
                                       (restarted.srvr.zxid >> 32) < (leader->srvr.zxid >> 32);
    if (leader && restarted.srvr.zxid < leader->srvr.zxid && !newEpochWithoutWrites) {
        verdict->waitingFor << tr("%1 is at zxid %2, the leader at %3")
                                   .arg(restarted.master, hex(restarted.srvr.zxid), hex(leader->srvr.zxid));
    }
}
