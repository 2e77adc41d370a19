#include "RestartOperation.h"

#include "ClusterProber.h"
#include "ExhibitorKick.h"
#include "GateWaiter.h"
#include "MasterLink.h"
#include "MigrationJournal.h"
#include "MigrationOptions.h"
#include "OperationContext.h"
#include "ZkAccess.h"
#include "ZooCfg.h"

#include "config/MigrationPlan.h"

#include <QTimer>

#include <memory>
#include <utility>

RestartOperation::RestartOperation(Phase phase, int slot)
    : Operation(phase, phaseKey(phase) + QStringLiteral(".restart.") + QString::number(slot))
    , m_slot(slot)
{
}

QString RestartOperation::title() const
{
    if (master().isEmpty())
        return tr("Restart %1 (%2 of the rolling restart)").arg(QStringLiteral("dcos-exhibitor")).arg(m_slot + 1);
    return tr("Restart dcos-exhibitor on %1").arg(master());
}

OperationPreview RestartOperation::preview(const PreviewInput &input) const
{
    OperationPreview preview;
    QList<RestartPlanner::Master> masters;
    const bool renumber = phase() == Phase::PhaseB && input.plan->phaseBNeeded();
    for (const QString &name : input.plan->masters())
        masters << RestartPlanner::Master{name, !renumber, true, name == input.leader};
    const QList<RestartPlanner::Step> steps = RestartPlanner::plan(masters);
    const QString predicted = m_slot < steps.size() ? steps.at(m_slot).master : QString();
    preview.summary = tr("Restart dcos-exhibitor on one master (expected: %1), then %2. The master is chosen when "
                         "the restart is due: followers first, the leader last.")
                          .arg(predicted.isEmpty() ? tr("none") : predicted,
                               m_slot < steps.size() ? RestartPlanner::gateDescription(steps.at(m_slot).gate)
                                                     : QString());
    if (phase() == Phase::PhaseA && input.plan->phaseBNeeded() && !predicted.isEmpty() && predicted == input.leader &&
        m_slot == steps.size() - 1) {
        preview.summary = tr("The leader (%1) is not restarted in Phase A: Phase B restarts it anyway, last, so the "
                             "ensemble goes through one leader election fewer.")
                              .arg(predicted);
        return preview;
    }
    preview.undo = tr("Rollback restarts it again once exhibitor.orig is back.");
    if (!predicted.isEmpty()) {
        QStringList commands{QStringLiteral("sudo systemctl stop %1").arg(input.options->unit),
                             QStringLiteral("sudo systemctl start --no-block %1").arg(input.options->unit)};
        if (input.options->startViaExhibitor)
            commands << QStringLiteral("GET http://%1:%2/exhibitor/v1/cluster/start").arg(predicted).arg(input.options->exhibitorPort);
        preview.items << OperationPreview::Item{predicted, commands, QString()};
        preview.summary += QLatin1Char(' ') +
                           (input.options->startViaExhibitor
                                ? tr("Once the new Exhibitor's REST answers it is asked to start ZooKeeper at once, "
                                     "not at its first check (check-ms, 30 s on DC/OS); where it cannot be asked the "
                                     "settle gate waits for that check, up to %1 s.")
                                : tr("ZooKeeper starts at Exhibitor's first check (check-ms, 30 s on DC/OS); the "
                                     "settle gate waits up to %1 s."))
                               .arg(input.options->gateTimeoutMs / 1000);
    }
    if (m_slot < steps.size() && steps.at(m_slot).gate == RestartPlanner::Gate::NewEnsembleForms) {
        const QStringList stale = steps.at(m_slot).oldGroup;
        for (const QString &name : stale)
            preview.items << OperationPreview::Item{name, {QStringLiteral("sudo systemctl stop %1").arg(input.options->unit)},
                                                    QString()};
        if (!stale.isEmpty())
            preview.summary += QLatin1Char(' ') +
                               tr("Just before, %1 stop (all of them before this restart begins): the old numbering "
                                  "loses its majority here, so their ZooKeeper waits, stopped, for their own restart "
                                  "instead of disturbing the new ensemble's election.")
                                   .arg(stale.join(QStringLiteral(", ")));
    }
    return preview;
}

bool RestartOperation::isDoneIn(const MigrationJournal &) const
{
    // Slots are not masters: prepare() asks the journal which masters are done.
    return false;
}

bool RestartOperation::needsRestart(OperationContext *context, Phase phase, const QString &master)
{
    const MigrationJournal &journal = context->journal();
    if (journal.restartsDone(phase).contains(master))
        return false;
    if (phase != Phase::Rollback)
        return true;
    // Rolling back: a master needs a restart if it may run a file of ours. Without a journal of the
    // run only the restore can tell (it changed the file back).
    if (!journal.entries().isEmpty() &&
        (journal.restartedMasters(Phase::PhaseA).contains(master) ||
         journal.restartedMasters(Phase::PhaseB).contains(master)))
        return true;
    return context->state().restoredWithoutJournal.contains(master);
}

QList<RestartPlanner::Step> RestartOperation::planFor(OperationContext *context, Phase phase,
                                                      const ClusterSnapshot &snapshot,
                                                      const QMap<QString, Ensemble> &running)
{
    const Ensemble target = context->ensembleFor(phase);
    const MigrationJournal &journal = context->journal();
    auto runsOf = [&](const QString &name) {
        Ensemble runs = running.value(name);
        if (runs.isEmpty()) {
            // zoo.cfg unreadable: the journal says which numbering it was last started with.
            const bool onB = phase == Phase::Rollback
                                 ? journal.restartedMasters(Phase::PhaseB).contains(name) &&
                                       !journal.restartsDone(Phase::Rollback).contains(name)
                                 : journal.restartsDone(Phase::PhaseB).contains(name);
            runs = onB ? context->plan().phaseB() : context->plan().phaseA();
        }
        return runs;
    };
    // The ID the leader runs under (conf when the poll asked for it, else its zoo.cfg).
    const QString leader = snapshot.leader();
    int leaderId = 0;
    if (!leader.isEmpty()) {
        const MasterPoll *probe = snapshot.probe(leader);
        leaderId = probe && probe->serverId() > 0 ? probe->serverId() : runsOf(leader).idOf(leader);
    }
    QList<RestartPlanner::Master> masters;
    for (const QString &name : context->masters()) {
        const bool compatible = ZooCfg::sameNumbering(runsOf(name), target);
        const bool takesLeadersId = !compatible && leaderId > 0 && name != leader && target.idOf(name) == leaderId;
        masters << RestartPlanner::Master{name, compatible, !compatible || needsRestart(context, phase, name),
                                          leader == name, takesLeadersId};
    }
    return RestartPlanner::plan(masters);
}

void RestartOperation::readRunning(OperationContext *context,
                                   std::function<void(const QMap<QString, Ensemble> &)> callback)
{
    struct Pending
    {
        QMap<QString, Ensemble> running;
        int outstanding = 1;
    };
    auto pending = std::make_shared<Pending>();
    auto done = [pending, callback] {
        if (--pending->outstanding == 0)
            callback(pending->running);
    };
    for (MasterLink *link : context->links()) {
        ++pending->outstanding;
        const QString name = link->name();
        link->run({QStringLiteral("cat"), context->options().zooCfgPath}, true,
                  [pending, name, done](const CommandResult &result) {
                      if (result.succeeded())
                          pending->running.insert(name, ZooCfg::servers(result.stdoutData));
                      done();
                  },
                  true);
    }
    done();
}

void RestartOperation::prepare(OperationContext *context, Done done)
{
    // Resuming after Phase B began: the files hold Phase B's content, and Phase B's restarts
    // take every master there. Phase A's restarts would only get in the way.
    if (phase() == Phase::PhaseA && context->journal().hasEntry(phaseKey(Phase::PhaseB) + QStringLiteral(".write"))) {
        setSkipReason(tr("Phase B has begun; its restarts take over"));
        done(true, QString());
        return;
    }
    // The previous restart's gate read the state this choice needs while it waited (its passing
    // poll; every zoo.cfg once the restarted ZooKeeper ran): fresh, it saves two round trips.
    const std::shared_ptr<RunState::PlanRead> planRead = std::exchange(context->state().planRead, nullptr);
    const QString ownPrefix = phaseKey(phase()) + QStringLiteral(".restart.");
    if (planRead && planRead->afterRestart.startsWith(ownPrefix) && planRead->snapshot &&
        (planRead->running || planRead->reading) &&
        planRead->snapshot->time().msecsTo(QDateTime::currentDateTimeUtc()) <= 1000) {
        if (planRead->running) {
            decide(context, *planRead->snapshot, *planRead->running, done);
        } else {
            planRead->whenRead = [this, context, done, planRead] {
                decide(context, *planRead->snapshot, planRead->running.value_or(QMap<QString, Ensemble>{}), done);
            };
        }
        return;
    }
    // Otherwise the poll and the zoo.cfg reads at once.
    struct Pending
    {
        ClusterSnapshot snapshot;
        QMap<QString, Ensemble> running;
        int outstanding = 2;
    };
    auto pending = std::make_shared<Pending>();
    auto joined = [this, context, done, pending] {
        if (--pending->outstanding == 0)
            decide(context, pending->snapshot, pending->running, done);
    };
    context->prober()->poll({}, [pending, joined](const ClusterSnapshot &snapshot) {
        pending->snapshot = snapshot;
        joined();
    });
    readRunning(context, [pending, joined](const QMap<QString, Ensemble> &running) {
        pending->running = running;
        joined();
    });
}

void RestartOperation::decide(OperationContext *context, const ClusterSnapshot &snapshot,
                              const QMap<QString, Ensemble> &running, Done done)
{
    const QList<RestartPlanner::Step> steps = planFor(context, phase(), snapshot, running);
    if (steps.isEmpty()) {
        setSkipReason(tr("no master is left to restart in this phase"));
        done(true, QString());
        return;
    }
    m_step = steps.first();
    setMaster(m_step.master);
    // Phase B restarts every master again. The leader's Phase A restart would cost an
    // election (requests in flight fail while there is no leader) for nothing: it keeps
    // running its ZooKeeper as it is, and Phase B restarts it, last, onto the final file.
    if (phase() == Phase::PhaseA && context->plan().phaseBNeeded() && steps.size() == 1 &&
        m_step.master == snapshot.leader()) {
        setSkipReason(tr("%1 is the leader: its restart is left to Phase B, which restarts it anyway, so the "
                         "ensemble goes through one leader election fewer")
                          .arg(m_step.master));
    }
    QStringList order;
    for (const auto &step : steps)
        order << step.master;
    context->log(QString(), LogStream::Info,
                 tr("restart order from here: %1 (leader now: %2)")
                     .arg(order.join(QStringLiteral(", ")),
                          snapshot.leader().isEmpty() ? tr("none") : snapshot.leader()));
    done(true, QString());
}

void RestartOperation::observe(OperationContext *context)
{
    // While systemctl restart runs the gate does not poll yet; these polls only measure quorum.
    m_observer = new QTimer(context);
    m_observer->setInterval(context->options().pollIntervalMs);
    const Phase restartPhase = phase();
    const QString restarted = master();
    QObject::connect(m_observer, &QTimer::timeout, context, [context, restartPhase, restarted] {
        context->prober()->poll({}, [context, restartPhase, restarted](const ClusterSnapshot &snapshot) {
            context->recordQuorum(snapshot, restartPhase, restarted);
        });
    });
    m_observer->start();
}

void RestartOperation::stopStaleMasters(OperationContext *context, std::function<void()> then)
{
    // The old numbering loses its majority with this restart, so the masters still on it can no
    // longer serve; left running they take part in the new ensemble's election under IDs that the
    // new numbering gives to other masters ("server 2 is leading" from two masters at once), and
    // ZooKeeper's election back-off stretches the outage from seconds to a minute (measured on the
    // dcos timing profile). Stopped, they stay out until their own restart starts them on the new
    // numbering. The journal records the stop as the start of their restart, so a resume or a
    // rollback starts them again. They are stopped before the restart, not alongside it: under
    // load a stop can lag behind the restarted server's start, and the duel it prevents would
    // begin in that gap. The old numbering cannot serve in either order, so waiting costs
    // nothing but the stop itself.
    const QString stopOp = phaseKey(phase()) + QStringLiteral(".restart.stop");
    for (const QString &stale : m_step.oldGroup) {
        context->journal().record(stopOp, stale, MigrationJournal::Status::Started,
                                  tr("stopped: the old numbering has lost its majority"));
    }
    context->saveJournal();
    // Order matters: the old followers go first, while the old leader still leads them, and the
    // old leader's restart (stop, then start on the new numbering) follows once they are gone.
    // A follower that outlives its leader, even by a few hundred milliseconds, goes LOOKING under
    // its old ID and votes for an old ID (usually an old follower's, the highest zxid); new-
    // numbered servers count those votes as their own sids. When the voted ID is a running new-
    // numbered master's new ID, that master goes LEADING with no quorum able to follow it and
    // holds the new ensemble's election for initLimit x tickTime (20 s on DC/OS's timing;
    // reproduced on the sim: old leader stopped first, "Timeout while waiting for epoch to be
    // acked by quorum" on the new-numbered master 20 s later, no leader for the 30 s gate).
    // Stopped in parallel with the old leader, that happens whenever its stop lands first, which
    // under CI load is a matter of chance. The old leader left alone with no followers only
    // notices after a tick or two (it checks its quorum every tickTime / 2), and its restart follows at
    // once; a vote it casts meanwhile is for its own ID, which the new numbering gives to a master
    // that is still on the old numbering, stopped here (RestartPlanner: Master::takesLeadersId),
    // or to itself.
    auto outstanding = std::make_shared<int>(int(m_step.oldGroup.size()));
    for (const QString &stale : m_step.oldGroup) {
        context->log(stale, LogStream::Info,
                     tr("stopping its ZooKeeper until its own restart: the old numbering loses its majority now, "
                        "and a server left on it would disturb the new ensemble's election"));
        context->link(stale)->run({QStringLiteral("systemctl"), QStringLiteral("stop"), context->options().unit}, true,
                                  [this, context, stale, outstanding, then](const CommandResult &result) {
                                      if (!result.succeeded())
                                          context->log(stale, LogStream::Warning,
                                                       tr("could not stop dcos-exhibitor (%1); the new ensemble's "
                                                          "election may take longer")
                                                           .arg(result.error.isError()
                                                                    ? result.error.message
                                                                    : tr("exit status %1").arg(result.exitStatus)));
                                      if (--*outstanding == 0) {
                                          context->log(master(), LogStream::Info,
                                                       tr("the other masters on the old numbering are stopped; "
                                                          "restarting it on the new numbering now"));
                                          then();
                                      }
                                  },
                                  false, context->options().restartTimeoutMs);
    }
}

void RestartOperation::execute(OperationContext *context, Done done)
{
    context->log(master(), LogStream::Info, tr("restarting; then: %1").arg(RestartPlanner::gateDescription(m_step.gate)));
    observe(context);
    if (m_step.gate == RestartPlanner::Gate::NewEnsembleForms && !m_step.oldGroup.isEmpty())
        stopStaleMasters(context, [this, context, done] { restart(context, done); });
    else
        restart(context, done);
}

void RestartOperation::restart(OperationContext *context, Done done)
{
    // Stop, then start without waiting for the start job: on DC/OS 2.2 the unit's ExecStartPost
    // polls ruok for up to 60 s, so a blocking `systemctl restart` would return only once
    // ZooKeeper serves, and ZooKeeper starts only at Exhibitor's first check (check-ms, 30 s)
    // unless Exhibitor is asked to start it; older DC/OS returns at once either way. Stopping
    // first also means that any Exhibitor answering afterwards is the new one.
    const MigrationOptions &options = context->options();
    auto timing = std::make_shared<MigrationReport::RestartTiming>();
    timing->phase = phase();
    timing->master = master();
    timing->started = QDateTime::currentDateTimeUtc();
    const auto failed = [this](const QString &verb, const CommandResult &result) {
        return tr("systemctl %1 on %2 failed: %3. The run stops here.")
            .arg(verb, master(),
                 result.error.isError() ? result.error.message : tr("exit status %1").arg(result.exitStatus));
    };
    context->link(master())->run(
        {QStringLiteral("systemctl"), QStringLiteral("stop"), options.unit}, true,
        [this, context, done, timing, failed](const CommandResult &stopped) {
            if (!stopped.succeeded()) {
                delete std::exchange(m_observer, nullptr);
                done(false, failed(QStringLiteral("stop"), stopped));
                return;
            }
            timing->unitStopped = QDateTime::currentDateTimeUtc();
            context->link(master())->run(
                {QStringLiteral("systemctl"), QStringLiteral("start"), QStringLiteral("--no-block"), context->options().unit},
                true,
                [this, context, done, timing, failed](const CommandResult &started) {
                    delete std::exchange(m_observer, nullptr);
                    if (!started.succeeded()) {
                        done(false, failed(QStringLiteral("start"), started));
                        return;
                    }
                    ExhibitorKick *kick = nullptr;
                    if (context->options().startViaExhibitor) {
                        kick = new ExhibitorKick(context, master(), context->ensembleFor(phase()).idOf(master()),
                                                 context);
                        kick->start();
                    }
                    settle(context, timing, kick, done);
                },
                false, context->options().restartTimeoutMs);
        },
        false, options.restartTimeoutMs);
}

void RestartOperation::settle(OperationContext *context, std::shared_ptr<MigrationReport::RestartTiming> timing,
                              ExhibitorKick *kick, Done done)
{
    // The gate's test write needs the run's ZooKeeper session (a resumed run has none yet);
    // without one the gate falls back to comparing zxids with the leader's.
    context->zk()->open([this, context, done, timing, kick](bool, const QString &) {
        const int expectedId = context->ensembleFor(phase()).idOf(master());
        auto *gate = new GateWaiter(context, m_step, phase(), expectedId, context);
        // The next restart's plan read, taken while this gate waits (see prepare()).
        auto planRead = std::make_shared<RunState::PlanRead>();
        planRead->afterRestart = id();
        context->state().planRead = planRead;
        gate->setOnRunning([context, planRead] {
            planRead->reading = true;
            readRunning(context, [planRead](const QMap<QString, Ensemble> &running) {
                planRead->running = running;
                planRead->reading = false;
                if (auto whenRead = std::exchange(planRead->whenRead, nullptr))
                    whenRead();
            });
        });
        gate->start([context, gate, done, planRead, timing, kick](bool passed, const QString &message) {
            if (passed)
                planRead->snapshot = gate->passedSnapshot();
            if (kick) {
                timing->restUp = kick->accepted();
                kick->stop();
                kick->deleteLater();
            }
            timing->zooKeeperUp = gate->zooKeeperUp();
            timing->serving = gate->serving();
            if (passed)
                timing->caughtUp = QDateTime::currentDateTimeUtc();
            context->report().restarts << *timing;
            gate->deleteLater();
            done(passed, message);
        });
    }, 5000);
}
