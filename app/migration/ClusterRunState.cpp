#include "ClusterRunState.h"

#include "RunLock.h"
#include "ZooCfg.h"

#include "config/ExhibitorEnvFile.h"
#include "config/MigrationPlan.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <functional>

namespace {

using MasterStage = ClusterRunState::MasterStage;

QString sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

const QString kStatic = QStringLiteral("STATIC");

bool isWritten(MasterStage stage)
{
    return stage == MasterStage::PhaseAWritten || stage == MasterStage::PhaseA || stage == MasterStage::PhaseBWritten ||
           stage == MasterStage::PhaseB;
}

bool onPhaseB(MasterStage stage)
{
    return stage == MasterStage::PhaseBWritten || stage == MasterStage::PhaseB;
}

// An ensemble naming exactly these masters, each once.
bool coversAll(const Ensemble &ensemble, const QStringList &masters)
{
    if (ensemble.members().size() != masters.size())
        return false;
    for (const QString &master : masters) {
        if (ensemble.idOf(master) <= 0)
            return false;
    }
    return true;
}

QMap<QString, int> idsOf(const Ensemble &ensemble)
{
    QMap<QString, int> ids;
    for (const auto &member : ensemble.members())
        ids.insert(member.host, member.id);
    return ids;
}

} // namespace

QString ClusterRunState::stageKey(MasterStage stage)
{
    switch (stage) {
    case MasterStage::Unreachable:
        return QStringLiteral("unreachable");
    case MasterStage::NotStarted:
        return QStringLiteral("not-started");
    case MasterStage::BackedUp:
        return QStringLiteral("backed-up");
    case MasterStage::PhaseAWritten:
        return QStringLiteral("phase-a-written");
    case MasterStage::PhaseA:
        return QStringLiteral("phase-a");
    case MasterStage::PhaseBWritten:
        return QStringLiteral("phase-b-written");
    case MasterStage::PhaseB:
        return QStringLiteral("phase-b");
    case MasterStage::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

QString ClusterRunState::stageKey(Stage stage)
{
    switch (stage) {
    case Stage::NotStarted:
        return QStringLiteral("not-started");
    case Stage::BackedUp:
        return QStringLiteral("backed-up");
    case Stage::PhaseA:
        return QStringLiteral("phase-a");
    case Stage::PhaseB:
        return QStringLiteral("phase-b");
    case Stage::Mixed:
        return QStringLiteral("mixed");
    case Stage::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

QString ClusterRunState::stageText(MasterStage stage)
{
    switch (stage) {
    case MasterStage::Unreachable:
        return tr("not readable");
    case MasterStage::NotStarted:
        return tr("not started (its dynamic backend, no exhibitor.orig)");
    case MasterStage::BackedUp:
        return tr("backed up (exhibitor.orig present, env file unchanged)");
    case MasterStage::PhaseAWritten:
        return tr("Phase A file written (current IDs), ZooKeeper not restarted on it yet");
    case MasterStage::PhaseA:
        return tr("Phase A done (static, current IDs, restarted)");
    case MasterStage::PhaseBWritten:
        return tr("Phase B file written (DC/OS's numbering), ZooKeeper not restarted on it yet");
    case MasterStage::PhaseB:
        return tr("Phase B done (static, DC/OS's numbering, running it)");
    case MasterStage::Unknown:
        return tr("not a state of this migration");
    }
    return QString();
}

ClusterRunState ClusterRunState::classify(const QStringList &masters, const QMap<QString, Observation> &observations,
                                          const QList<RunRecord> &runs, const QString &runsError)
{
    ClusterRunState state;
    state.m_runsError = runsError;
    const Ensemble canonical = Ensemble::canonical(masters);
    QList<Ensemble> phaseAFiles; // static files that are not DC/OS's numbering: Phase A's
    bool leaderLeftToB = false;
    QString phaseAOn;
    for (const QString &master : masters) {
        const Observation o = observations.value(master);
        MasterState s;
        s.master = master;
        if (!o.reachable) {
            s.stage = MasterStage::Unreachable;
            s.problem = tr("%1 cannot be read: %2").arg(master, o.error);
            s.detail = o.error;
            state.m_masters << s;
            continue;
        }
        const ExhibitorEnvFile env = ExhibitorEnvFile::parse(o.env);
        QStringList notes;
        if (o.origPresent) {
            s.origSha256 = sha256(o.orig);
            const QString origBackend = ExhibitorEnvFile::parse(o.orig).backend();
            s.origValid = !origBackend.isEmpty() && origBackend != kStatic;
            if (!s.origValid) {
                s.problem = tr("exhibitor.orig on %1 (sha256 %2) is not a dynamic-backend env file (EXHIBITOR_BACKEND=%3): "
                               "it is not the backup of the original file; nothing will be restored from it")
                                .arg(master, s.origSha256, origBackend.isEmpty() ? tr("none") : origBackend);
            }
        }
        if (env.backend() != kStatic) {
            if (env.backend().isEmpty()) {
                s.stage = MasterStage::Unknown;
                s.problem = tr("the env file on %1 names no EXHIBITOR_BACKEND").arg(master);
            } else if (!o.origPresent) {
                s.stage = MasterStage::NotStarted;
            } else if (o.env == o.orig) {
                // What a backup records: the env file's own checksum.
                s.stage = MasterStage::BackedUp;
            } else {
                s.stage = MasterStage::Unknown;
                if (s.problem.isEmpty())
                    s.problem = tr("the env file on %1 (backend %2) differs from its exhibitor.orig: neither the "
                                   "original nor a file of the migration")
                                    .arg(master, env.backend());
            }
        } else {
            const auto ensemble = Ensemble::parse(env.staticEnsemble());
            if (!ensemble || !coversAll(*ensemble, masters)) {
                s.stage = MasterStage::Unknown;
                s.problem = tr("the static env file on %1 has the ensemble \"%2\", which is not one server per master")
                                .arg(master, env.staticEnsemble());
            } else {
                s.ensemble = *ensemble;
                // ZooKeeper writes zoo.cfg at each start: one newer than the env file, with its
                // numbering, was started on it.
                const bool restarted = ZooCfg::sameNumbering(o.zooCfg, s.ensemble) && o.zooCfgMtime > 0 &&
                                       o.zooCfgMtime >= o.envMtime;
                const bool canonicalFile = ZooCfg::sameNumbering(s.ensemble, canonical);
                s.stage = canonicalFile ? (restarted ? MasterStage::PhaseB : MasterStage::PhaseBWritten)
                                        : (restarted ? MasterStage::PhaseA : MasterStage::PhaseAWritten);
                if (s.stage == MasterStage::PhaseAWritten && o.leader) {
                    // Phase A leaves the leader's restart to Phase B (one election fewer).
                    notes << tr("the leader: Phase A leaves its restart to Phase B");
                    leaderLeftToB = true;
                }
                if (!canonicalFile) {
                    if (!phaseAFiles.contains(s.ensemble)) {
                        phaseAFiles << s.ensemble;
                        phaseAOn = master;
                    }
                }
                if (!o.origPresent) {
                    s.stage = MasterStage::Unknown;
                    s.problem = tr("%1 runs a static env file but has no exhibitor.orig: there is no backup to go "
                                   "back to")
                                    .arg(master);
                } else if (s.origValid &&
                           ExhibitorEnvFile::parse(o.orig).renderStatic(s.ensemble.toString()) != o.env) {
                    notes << tr("the static file is not the one the migration writes from this exhibitor.orig");
                }
            }
        }
        QString envText = tr("env file: backend %1").arg(env.backend().isEmpty() ? tr("none") : env.backend());
        if (!env.staticEnsemble().isEmpty())
            envText += QLatin1Char(' ') + env.staticEnsemble();
        envText += o.envLink.isEmpty() ? tr(" (a regular file)") : tr(" (a link to %1)").arg(o.envLink);
        QString origText;
        if (!o.origPresent) {
            origText = tr("no exhibitor.orig");
        } else {
            origText = tr("exhibitor.orig sha256 %1, %2")
                           .arg(s.origSha256, s.origValid ? tr("backend %1").arg(ExhibitorEnvFile::parse(o.orig).backend())
                                                          : tr("NOT a dynamic-backend env file"));
            if (!o.origLink.isEmpty())
                origText += tr(", recorded link to %1").arg(o.origLink);
        }
        QString runsText = o.zooCfg.isEmpty() ? tr("zoo.cfg unreadable")
                                              : tr("ZooKeeper last started with %1").arg(o.zooCfg.toString());
        if (o.myid > 0)
            runsText += tr(", myid %1").arg(o.myid);
        QStringList parts{stageText(s.stage), envText, origText, runsText};
        if (!o.srvr.isEmpty())
            parts << o.srvr;
        parts << notes;
        if (!o.error.isEmpty())
            parts << o.error;
        s.detail = parts.join(QStringLiteral("; "));
        state.m_masters << s;
    }

    // The IDs from before the run: Phase A's file keeps them; before any static file, the
    // numbering the dynamic backend runs; a zoo.cfg not on DC/OS's numbering still has them.
    if (phaseAFiles.size() == 1) {
        state.m_originalIds = idsOf(phaseAFiles.constFirst());
        state.m_originalIdsSource = tr("the Phase A env file on %1").arg(phaseAOn);
    } else if (phaseAFiles.isEmpty()) {
        // No Phase A file: a zoo.cfg with other IDs than DC/OS's is the numbering from before
        // (a master not restarted in Phase B yet); with no static file at all, any zoo.cfg is.
        const bool anyStatic = std::any_of(state.m_masters.cbegin(), state.m_masters.cend(),
                                           [](const MasterState &s) { return isWritten(s.stage); });
        QList<Ensemble> running;
        QString runningOn;
        for (const QString &master : masters) {
            const Ensemble zooCfg = observations.value(master).zooCfg;
            if (!coversAll(zooCfg, masters) || (anyStatic && ZooCfg::sameNumbering(zooCfg, canonical)))
                continue;
            const bool seen = std::any_of(running.cbegin(), running.cend(), [&zooCfg](const Ensemble &other) {
                return ZooCfg::sameNumbering(other, zooCfg);
            });
            if (!seen) {
                running << zooCfg;
                runningOn = master;
            }
        }
        if (running.size() == 1) {
            state.m_originalIds = idsOf(running.constFirst());
            state.m_originalIdsSource = tr("zoo.cfg on %1").arg(runningOn);
        }
    }
    // Already DC/OS's numbering before the run: its static file is Phase A's, and there is no B.
    if (!state.m_originalIds.isEmpty() &&
        ZooCfg::sameNumbering(Ensemble::withIds(masters, state.m_originalIds), canonical)) {
        for (MasterState &s : state.m_masters) {
            if (s.stage == MasterStage::PhaseBWritten || s.stage == MasterStage::PhaseB) {
                s.stage = s.stage == MasterStage::PhaseB ? MasterStage::PhaseA : MasterStage::PhaseAWritten;
                s.detail = stageText(s.stage) + s.detail.mid(s.detail.indexOf(QStringLiteral("; ")));
            }
        }
    }

    QList<MasterStage> stages;
    for (const MasterState &s : std::as_const(state.m_masters))
        stages << s.stage;
    const auto all = [&stages](MasterStage stage) {
        return std::all_of(stages.cbegin(), stages.cend(), [stage](MasterStage s) { return s == stage; });
    };
    if (stages.contains(MasterStage::Unreachable) || stages.contains(MasterStage::Unknown) || phaseAFiles.size() > 1)
        state.m_stage = Stage::Unknown;
    else if (all(MasterStage::NotStarted))
        state.m_stage = Stage::NotStarted;
    else if (all(MasterStage::BackedUp))
        state.m_stage = Stage::BackedUp;
    else if (all(MasterStage::PhaseA) ||
             (leaderLeftToB && stages.count(MasterStage::PhaseAWritten) == 1 &&
              stages.count(MasterStage::PhaseA) == stages.size() - 1))
        state.m_stage = Stage::PhaseA;
    else if (all(MasterStage::PhaseB))
        state.m_stage = Stage::PhaseB;
    else
        state.m_stage = Stage::Mixed;

    QStringList runIds;
    for (const RunRecord &run : runs) {
        const auto holder = RunLock::Holder::fromRecord(run.data);
        const QString runId = holder && !holder->runId.isEmpty() ? holder->runId : run.node.mid(8);
        state.m_liveRuns << (holder ? holder->describe() : tr("run %1").arg(runId));
        if (!runIds.contains(runId))
            runIds << runId;
    }
    const bool fromSessions = !runIds.isEmpty();
    for (const QString &master : masters) {
        const QByteArray record = observations.value(master).lockRecord;
        if (record.isEmpty())
            continue;
        const auto holder = RunLock::Holder::fromRecord(record);
        state.m_lockFiles[holder ? holder->describe() : tr("an unreadable record")] << master;
        if (!fromSessions && holder && !holder->runId.isEmpty() && !runIds.contains(holder->runId))
            runIds << holder->runId;
    }
    if (runIds.size() == 1)
        state.m_runId = runIds.constFirst();
    return state;
}

QString ClusterRunState::conclusion() const
{
    switch (m_stage) {
    case Stage::NotStarted:
        return tr("no migration was started on this cluster (every master has its dynamic backend and no "
                  "exhibitor.orig)");
    case Stage::BackedUp:
        return tr("the backup is done on every master; Phase A has not begun");
    case Stage::PhaseA:
        return tr("Phase A is done: every master has the static backend with its current ID (the leader's restart, "
                  "if it is waiting, is Phase B's)");
    case Stage::PhaseB:
        return tr("Phase B is done: every master runs the static backend with DC/OS's numbering");
    case Stage::Mixed:
        return tr("a run stopped in the middle: the masters are at different steps (above)");
    case Stage::Unknown:
        return tr("the masters are not in a state this migration leaves behind (above)");
    }
    return QString();
}

QStringList ClusterRunState::report() const
{
    QStringList lines;
    for (const MasterState &s : m_masters)
        lines << s.master + QStringLiteral(": ") + s.detail;
    if (!m_originalIds.isEmpty()) {
        lines << tr("IDs before the migration: %1 (from %2)")
                     .arg(Ensemble::withIds(m_originalIds.keys(), m_originalIds).toString(), m_originalIdsSource);
    } else if (m_stage != Stage::Unknown) {
        lines << tr("IDs before the migration: not on the masters any more (every master runs DC/OS's numbering)");
    }
    if (!m_runsError.isEmpty())
        lines << tr("Run records: %1").arg(m_runsError);
    else if (m_liveRuns.isEmpty())
        lines << tr("Run records: no run holds the cluster now");
    for (const QString &run : m_liveRuns)
        lines << tr("Run records: a run is going on now: %1").arg(run);
    for (auto it = m_lockFiles.cbegin(); it != m_lockFiles.cend(); ++it)
        lines << tr("Lock file on %1: %2").arg(it.value().join(QStringLiteral(", ")), it.key());
    lines << tr("Where the run stands: %1.").arg(conclusion());
    return lines;
}

QStringList ClusterRunState::refusals(OperationListBuilder::Kind kind, bool idsGiven) const
{
    using Kind = OperationListBuilder::Kind;
    QStringList reasons;
    for (const QString &run : m_liveRuns)
        reasons << tr("another run holds the cluster now: %1; wait for it to end").arg(run);
    for (const MasterState &s : m_masters) {
        if (!s.problem.isEmpty())
            reasons << s.problem;
    }
    if (m_stage == Stage::NotStarted) {
        reasons << (kind == Kind::Rollback ? tr("nothing to roll back: no master was changed")
                                           : tr("nothing to resume: no run was started; run \"migrate\""));
    }
    if (kind == Kind::Rollback && !idsGiven && m_originalIds.isEmpty() && m_stage != Stage::Unknown) {
        reasons << tr("the IDs from before the migration are not on the masters any more (every master runs DC/OS's "
                      "numbering): give them with --ids FILE");
    }
    return reasons;
}

QStringList ClusterRunState::plannedSteps(OperationListBuilder::Kind kind, const MigrationPlan &plan) const
{
    QStringList steps;
    const auto mastersWhere = [this](const std::function<bool(const MasterState &)> &test) {
        QStringList names;
        for (const MasterState &s : m_masters) {
            if (test(s))
                names << s.master;
        }
        return names.join(QStringLiteral(", "));
    };
    if (kind == OperationListBuilder::Kind::Rollback) {
        const QString restore = mastersWhere([](const MasterState &s) { return s.stage != MasterStage::BackedUp; });
        steps << (restore.isEmpty() ? tr("No env file to restore: every master's equals its exhibitor.orig.")
                                    : tr("exhibitor.orig goes back, byte for byte (or as the link it recorded), on: %1")
                                          .arg(restore));
        const QString restart = mastersWhere([](const MasterState &s) { return isWritten(s.stage); });
        if (!restart.isEmpty())
            steps << tr("then, one at a time with the settle gate, a restart of: %1").arg(restart);
        steps << tr("then a check that the ensemble runs %1 again.").arg(plan.phaseA().toString());
        return steps;
    }
    const bool phaseBBegun = std::any_of(m_masters.cbegin(), m_masters.cend(),
                                         [](const MasterState &s) { return onPhaseB(s.stage); }) &&
                             plan.phaseBNeeded();
    const QString backup = mastersWhere([](const MasterState &s) { return s.stage == MasterStage::NotStarted; });
    if (!backup.isEmpty())
        steps << tr("Backup (exhibitor.orig) on: %1").arg(backup);
    if (!phaseBBegun) {
        const QString write = mastersWhere([](const MasterState &s) { return !isWritten(s.stage); });
        if (!write.isEmpty())
            steps << tr("Phase A: the static file with %1 written on: %2").arg(plan.phaseA().toString(), write);
        const QString restart = mastersWhere([](const MasterState &s) { return s.stage != MasterStage::PhaseA; });
        if (!restart.isEmpty())
            steps << tr("Phase A: restarts, one at a time, of: %1").arg(restart);
    }
    if (plan.phaseBNeeded()) {
        const QString write = mastersWhere([](const MasterState &s) { return !onPhaseB(s.stage); });
        if (!write.isEmpty())
            steps << tr("Phase B: the static file with %1 written on: %2").arg(plan.phaseB().toString(), write);
        const QString restart = mastersWhere([](const MasterState &s) { return s.stage != MasterStage::PhaseB; });
        if (!restart.isEmpty())
            steps << tr("Phase B: restarts, one at a time, of: %1").arg(restart);
    }
    steps << tr("Then Verify and the new config.yaml.");
    return steps;
}

MigrationJournal ClusterRunState::toJournal(OperationListBuilder::Kind kind, const MigrationPlan &plan,
                                            const QString &clusterName) const
{
    using Status = MigrationJournal::Status;
    const bool rollback = kind == OperationListBuilder::Kind::Rollback;
    MigrationJournal journal;
    journal.runId = !m_runId.isEmpty() ? m_runId
                                       : QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
                                             QString::number(QRandomGenerator::global()->generate() % 0x10000, 16);
    journal.clusterName = clusterName;
    journal.configFile = plan.configFile();
    journal.configSha256 =
        QString::fromLatin1(QCryptographicHash::hash(plan.configYamlBefore(), QCryptographicHash::Sha256).toHex());
    journal.masters = plan.masters();
    journal.currentIds = plan.currentIds();
    journal.phaseA = plan.phaseA().toString();
    journal.phaseB = plan.phaseB().toString();
    journal.phaseBNeeded = plan.phaseBNeeded();
    journal.created = QDateTime::currentDateTimeUtc();
    journal.record(QStringLiteral("takeover"), QString(), Status::Done,
                   tr("reconstructed from the masters: %1").arg(conclusion()));

    bool allBackedUp = true;
    bool allWrittenA = true;
    bool allWrittenB = true;
    int slotA = 0;
    int slotB = 0;
    for (const MasterState &s : m_masters) {
        if (s.stage == MasterStage::NotStarted) {
            allBackedUp = false;
        } else if (!s.origSha256.isEmpty()) {
            journal.originalSha256[s.master] = s.origSha256;
            journal.backupSha256[s.master] = s.origSha256;
            journal.record(QStringLiteral("backup"), s.master, Status::Done, QString(), s.origSha256);
        }
        if (isWritten(s.stage))
            journal.record(QStringLiteral("phaseA.write"), s.master, Status::Done);
        else
            allWrittenA = false;
        // A master restarted on either file; a rollback restarts every written one.
        const bool restartedA = s.stage == MasterStage::PhaseA || onPhaseB(s.stage) ||
                                (rollback && s.stage == MasterStage::PhaseAWritten);
        if (restartedA)
            journal.record(QStringLiteral("phaseA.restart.%1").arg(slotA++), s.master, Status::Done);
        if (onPhaseB(s.stage) && plan.phaseBNeeded())
            journal.record(QStringLiteral("phaseB.write"), s.master, Status::Done);
        else
            allWrittenB = false;
        if (plan.phaseBNeeded() &&
            (s.stage == MasterStage::PhaseB || (rollback && s.stage == MasterStage::PhaseBWritten)))
            journal.record(QStringLiteral("phaseB.restart.%1").arg(slotB++), s.master, Status::Done);
    }
    if (allBackedUp)
        journal.record(QStringLiteral("backup"), QString(), Status::Done);
    if (allWrittenA)
        journal.record(QStringLiteral("phaseA.write"), QString(), Status::Done);
    if (allWrittenB && plan.phaseBNeeded())
        journal.record(QStringLiteral("phaseB.write"), QString(), Status::Done);
    journal.state = MigrationJournal::State::Interrupted;
    return journal;
}
