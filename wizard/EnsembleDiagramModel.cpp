#include "EnsembleDiagramModel.h"

#include "config/MigrationPlan.h"
#include "discovery/MasterDiscovery.h"
#include "migration/MigrationOptions.h"
#include "migration/MigrationRunner.h"

#include <QHash>

namespace {

EnsembleDiagramModel::Role roleOfMode(const QString &mode, QString *other)
{
    using Role = EnsembleDiagramModel::Role;
    if (mode == QLatin1String("leader"))
        return Role::Leader;
    if (mode == QLatin1String("follower"))
        return Role::Follower;
    if (mode.isEmpty() || mode == QLatin1String("not serving"))
        return Role::NotServing;
    *other = mode; // observer, standalone: serving, in ZooKeeper's own word
    return Role::Serving;
}

bool isServing(EnsembleDiagramModel::Role role)
{
    using Role = EnsembleDiagramModel::Role;
    return role == Role::Leader || role == Role::Follower || role == Role::Serving;
}

} // namespace

EnsembleDiagramModel::EnsembleDiagramModel(QObject *parent)
    : QObject(parent)
{
}

bool EnsembleDiagramModel::isRestart(const OperationInfo &info)
{
    return info.id.contains(QLatin1String(".restart.")) && !info.master.isEmpty();
}

void EnsembleDiagramModel::setNodesFromPlan(const MigrationPlan &plan)
{
    m_nodes.clear();
    m_polled.clear();
    m_polledMode.clear();
    m_restarting.clear();
    m_note.clear();
    m_skipped = false;
    m_renumbering = false;
    m_dynamicBackend = plan.storageBackend();
    const QMap<QString, int> current = plan.currentIds();
    const Ensemble canonical = plan.phaseB(); // from master_list alone: known without the IDs
    for (const QString &master : plan.masters()) {
        Node node;
        node.master = master;
        node.oldId = current.value(master);
        node.newId = canonical.idOf(master);
        node.dynamicBackend = m_dynamicBackend;
        if (node.oldId != 0 && node.newId != 0 && node.oldId != node.newId)
            m_renumbering = true;
        m_nodes << node;
    }
}

void EnsembleDiagramModel::showPlan(const MigrationPlan &plan, const QList<MasterDiscovery> &discovered,
                                    Stage stage)
{
    setNodesFromPlan(plan);
    m_prediction = stage != Stage::Now;

    if (stage == Stage::Now) {
        QHash<QString, const MasterDiscovery *> byMaster;
        for (const MasterDiscovery &result : discovered)
            byMaster.insert(result.master(), &result);
        for (Node &node : m_nodes) {
            node.numbering = Numbering::Old;
            node.backend = Backend::Dynamic; // what config.yaml says, until discovery read the file
            const MasterDiscovery *result = byMaster.value(node.master);
            if (!result)
                continue;
            if (result->backend() == QLatin1String("STATIC"))
                node.backend = Backend::Static;
            if (!result->mode().isEmpty())
                node.role = roleOfMode(result->mode(), &node.mode);
            else if (result->isReachable() && !result->zooKeeperError().isEmpty())
                node.role = Role::Down;
        }
        Q_EMIT changed();
        return;
    }

    bool idsKnown = !m_nodes.isEmpty();
    for (const Node &node : std::as_const(m_nodes))
        idsKnown = idsKnown && node.oldId != 0;
    if (!idsKnown)
        m_note = tr("Known once every master has an agreed current ID.");

    // Which masters Phase A restarts: the engine's own preview, with the leader discovery saw. A
    // leader left to Phase B keeps running the dynamic store until then.
    QSet<QString> restartedInPhaseA;
    bool previewed = false;
    if (stage == Stage::AfterPhaseA && plan.isValid()) {
        QString leader;
        for (const MasterDiscovery &result : discovered) {
            if (result.mode() == QLatin1String("leader"))
                leader = result.master();
        }
        const MigrationOptions options;
        PreviewInput input;
        input.plan = &plan;
        input.options = &options;
        input.leader = leader;
        for (const auto &[info, preview] : MigrationRunner::previews(OperationListBuilder::Kind::Migrate, input)) {
            if (info.phase == Phase::PhaseA && info.id.contains(QLatin1String(".restart."))
                && !preview.items.isEmpty())
                restartedInPhaseA.insert(preview.items.first().master);
        }
        previewed = true;
    }

    const bool phaseB = stage == Stage::AfterPhaseB && m_renumbering;
    if (stage == Stage::AfterPhaseB && !m_renumbering && idsKnown) {
        m_skipped = true;
        m_note = tr("Phase B is skipped: every master already has the ID DC/OS generates.");
    }
    for (Node &node : m_nodes) {
        node.role = Role::Serving;
        node.numbering = phaseB ? Numbering::New : Numbering::Old;
        node.backend = Backend::Static;
        if (stage == Stage::AfterPhaseA && previewed && !restartedInPhaseA.contains(node.master)) {
            node.backend = Backend::Dynamic;
            node.note = tr("restarts in Phase B");
            if (m_note.isEmpty())
                m_note = tr("%1 (the leader) restarts only in Phase B: one election fewer.").arg(node.master);
        }
    }
    Q_EMIT changed();
}

void EnsembleDiagramModel::startRun(const MigrationPlan &plan, OperationListBuilder::Kind kind)
{
    setNodesFromPlan(plan);
    m_prediction = false;
    m_kind = kind;
    // A migration starts from what discovery saw; a resume or a rollback from wherever the last
    // run stopped, which each restart tells.
    const bool known = kind == OperationListBuilder::Kind::Migrate;
    for (Node &node : m_nodes) {
        node.numbering = known ? Numbering::Old : Numbering::Unknown;
        node.backend = known ? Backend::Dynamic : Backend::Unknown;
    }
    Q_EMIT changed();
}

void EnsembleDiagramModel::follow(MigrationRunner *runner)
{
    connect(runner, &MigrationRunner::clusterState, this, &EnsembleDiagramModel::applyClusterState);
    connect(runner, &MigrationRunner::operationStarted, this, &EnsembleDiagramModel::operationStarted);
    connect(runner, &MigrationRunner::operationFinished, this,
            [this](const OperationInfo &info, bool ok, bool skipped, const QString &) {
                operationFinished(info, ok, skipped);
            });
    connect(runner, &MigrationRunner::masterSettling, this, &EnsembleDiagramModel::masterSettling);
    connect(runner, &MigrationRunner::finished, this,
            [this](RunOutcome outcome, const QString &, const QString &) { runFinished(outcome); });
}

int EnsembleDiagramModel::indexOf(const QString &master) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).master == master)
            return i;
    }
    return -1;
}

QString EnsembleDiagramModel::leader() const
{
    QString leader;
    for (const Node &node : m_nodes) {
        if (node.role != Role::Leader)
            continue;
        if (!leader.isEmpty())
            return QString();
        leader = node.master;
    }
    return leader;
}

void EnsembleDiagramModel::setRole(Node &node, Role role)
{
    node.role = role;
    if (role != Role::Serving)
        node.mode.clear();
}

void EnsembleDiagramModel::applyClusterState(const LiveClusterState &state)
{
    for (const LiveMasterState &live : state.masters) {
        const int index = indexOf(live.master);
        if (index < 0)
            continue;
        QString mode;
        const Role role = live.reachable ? roleOfMode(live.mode, &mode) : Role::Down;
        m_polled.insert(live.master, role);
        m_polledMode.insert(live.master, mode);
        if (m_restarting.contains(live.master))
            continue; // the restart shows until the master is up again
        Node &node = m_nodes[index];
        setRole(node, role);
        node.mode = mode;
    }
    Q_EMIT changed();
}

void EnsembleDiagramModel::operationStarted(const OperationInfo &info)
{
    const int index = indexOf(info.master);
    if (!isRestart(info) || index < 0)
        return;
    m_restarting.insert(info.master);
    m_restartPhase.insert(info.master, info.phase);
    setRole(m_nodes[index], Role::Restarting);
    Q_EMIT changed();
}

void EnsembleDiagramModel::settleAs(Node &node, Phase phase)
{
    switch (phase) {
    case Phase::PhaseA:
        node.numbering = Numbering::Old;
        node.backend = Backend::Static;
        break;
    case Phase::PhaseB:
        node.numbering = Numbering::New;
        node.backend = Backend::Static;
        break;
    case Phase::Rollback:
        node.numbering = Numbering::Old;
        node.backend = Backend::Dynamic;
        break;
    default:
        return;
    }
    node.note.clear();
}

void EnsembleDiagramModel::masterSettling(const QString &master)
{
    const int index = indexOf(master);
    if (index < 0)
        return;
    // Up again, on the file this phase wrote; the settle gate's polls tell its role from now.
    m_restarting.remove(master);
    Node &node = m_nodes[index];
    setRole(node, Role::NotServing);
    if (m_restartPhase.contains(master))
        settleAs(node, m_restartPhase.value(master));
    Q_EMIT changed();
}

void EnsembleDiagramModel::operationFinished(const OperationInfo &info, bool ok, bool skipped)
{
    const int index = indexOf(info.master);
    if (!isRestart(info) || index < 0)
        return;
    Node &node = m_nodes[index];
    if (m_restarting.remove(info.master)) {
        setRole(node, m_polled.value(info.master, Role::Unknown));
        node.mode = m_polledMode.value(info.master);
    }
    m_restartPhase.remove(info.master);
    // A skipped restart (the leader left to Phase B) left the master as it was.
    if (ok && !skipped)
        settleAs(node, info.phase);
    Q_EMIT changed();
}

void EnsembleDiagramModel::runFinished(RunOutcome outcome)
{
    m_restarting.clear();
    m_restartPhase.clear();
    if (outcome == RunOutcome::Succeeded
        && (m_kind == OperationListBuilder::Kind::Migrate || m_kind == OperationListBuilder::Kind::Resume
            || m_kind == OperationListBuilder::Kind::Rollback)) {
        // Verify passed: every master runs the target, also those a resume found done already.
        const bool rollback = m_kind == OperationListBuilder::Kind::Rollback;
        for (Node &node : m_nodes) {
            node.backend = rollback ? Backend::Dynamic : Backend::Static;
            node.numbering = !rollback && m_renumbering ? Numbering::New : Numbering::Old;
            node.note.clear();
        }
    }
    for (Node &node : m_nodes) {
        if (node.role == Role::Restarting)
            setRole(node, m_polled.value(node.master, Role::Unknown));
    }
    Q_EMIT changed();
}

QList<EnsembleDiagramModel::Numbering> EnsembleDiagramModel::numberings() const
{
    QList<Numbering> result;
    for (const Numbering numbering : { Numbering::Old, Numbering::New, Numbering::Unknown }) {
        for (const Node &node : m_nodes) {
            if (node.numbering == numbering) {
                result << numbering;
                break;
            }
        }
    }
    return result;
}

QString EnsembleDiagramModel::numberingTitle(Numbering numbering) const
{
    switch (numbering) {
    case Numbering::Unknown:
        return tr("Numbering not known yet (each restart tells)");
    case Numbering::Old:
        return m_renumbering ? tr("Old numbering (IDs as now)") : tr("Ensemble");
    case Numbering::New:
        return m_renumbering ? tr("New numbering (DC/OS's IDs)") : tr("Ensemble");
    }
    return QString();
}

QString EnsembleDiagramModel::quorumText(Numbering numbering) const
{
    int members = 0;
    int serving = 0;
    QString leader;
    for (const Node &node : m_nodes) {
        if (node.numbering != numbering)
            continue;
        ++members;
        if (isServing(node.role))
            ++serving;
        if (node.role == Role::Leader)
            leader = node.master;
    }
    const int total = count();
    const int majority = total / 2 + 1;
    if (numbering == Numbering::Unknown)
        return tr("%1 of %2 masters").arg(members).arg(total);
    if (m_prediction) {
        return serving >= majority ? tr("%1 of %2 masters expected to serve: quorum").arg(serving).arg(total)
                                   : tr("%1 of %2 masters: no quorum (needs %3)").arg(members).arg(total).arg(majority);
    }
    if (serving >= majority && !leader.isEmpty())
        return tr("%1 of %2 serving, leader %3: quorum").arg(serving).arg(total).arg(leader);
    return tr("%1 of %2 serving: no quorum (needs %3 and a leader)").arg(serving).arg(total).arg(majority);
}

QString EnsembleDiagramModel::idText(const Node &node) const
{
    if (m_renumbering && node.oldId != 0 && node.newId != 0 && node.oldId != node.newId)
        return tr("ID %1 → %2").arg(node.oldId).arg(node.newId);
    const int id = node.oldId != 0 ? node.oldId : node.newId;
    return id != 0 ? tr("ID %1").arg(id) : tr("ID unknown");
}

QString EnsembleDiagramModel::backendText(const Node &node) const
{
    switch (node.backend) {
    case Backend::Static:
        return tr("static");
    case Backend::Dynamic:
        return node.dynamicBackend.isEmpty() ? tr("dynamic store")
                                             : tr("dynamic store (%1)").arg(node.dynamicBackend);
    case Backend::Unknown:
        break;
    }
    return tr("backend not known yet");
}

QStringList EnsembleDiagramModel::backendLines(const Node &node) const
{
    switch (node.backend) {
    case Backend::Static:
        return { tr("static") };
    case Backend::Dynamic:
        return node.dynamicBackend.isEmpty() ? QStringList{ tr("dynamic store") }
                                             : QStringList{ tr("dynamic store"), node.dynamicBackend };
    case Backend::Unknown:
        break;
    }
    return { tr("backend"), tr("not known yet") };
}

QString EnsembleDiagramModel::roleText(const Node &node)
{
    switch (node.role) {
    case Role::Leader:
        return tr("leader");
    case Role::Follower:
        return tr("follower");
    case Role::Serving:
        return node.mode.isEmpty() ? tr("serving") : node.mode;
    case Role::NotServing:
        return tr("not serving");
    case Role::Down:
        return tr("down");
    case Role::Restarting:
        return tr("restarting");
    case Role::Unknown:
        break;
    }
    return tr("role unknown");
}

QString EnsembleDiagramModel::nodeText(int index) const
{
    const Node &node = m_nodes.at(index);
    QStringList parts{ idText(node), roleText(node) };
    if (m_renumbering) {
        switch (node.numbering) {
        case Numbering::Old:
            parts << tr("old numbering");
            break;
        case Numbering::New:
            parts << tr("new numbering");
            break;
        case Numbering::Unknown:
            parts << tr("numbering not known yet");
            break;
        }
    }
    parts << backendText(node);
    QString text = tr("%1: %2").arg(node.master, parts.join(tr(", ")));
    if (!node.note.isEmpty())
        text += tr(" (%1)").arg(node.note);
    return text;
}

QStringList EnsembleDiagramModel::describe() const
{
    QStringList lines;
    if (!m_note.isEmpty())
        lines << m_note;
    for (const Numbering numbering : numberings())
        lines << tr("%1: %2").arg(numberingTitle(numbering), quorumText(numbering));
    for (int i = 0; i < count(); ++i)
        lines << nodeText(i);
    return lines;
}
