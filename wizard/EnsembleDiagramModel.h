#pragma once

#include "migration/MigrationTypes.h"
#include "migration/OperationListBuilder.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class MasterDiscovery;
class MigrationPlan;
class MigrationRunner;

// The ensemble as a picture shows it: one node per master with its IP, its ZooKeeper ID (during
// a renumbering old → new), its role, the numbering (quorum) it runs in and the backend its
// Exhibitor runs with. EnsembleDiagramView paints it; pages feed it, tests read it without UI.
//
// Two ways to fill it:
// - a prediction from the plan and what discovery saw (showPlan): Discovery's "Now", "After
//   Phase A" and "After Phase B". After Phase A uses the engine's own restart previews, so a
//   leader whose Phase A restart is left to Phase B still runs the dynamic store there.
// - live (startRun + follow): the runner's existing signals move it (clusterState for roles,
//   operationStarted/Finished of a restart and masterSettling for restarts and the numbering
//   and backend each master runs with). It never polls; painting only reads it.
class EnsembleDiagramModel : public QObject
{
    Q_OBJECT

public:
    enum class Role { Unknown, Leader, Follower, Serving, NotServing, Down, Restarting };
    Q_ENUM(Role)
    enum class Numbering { Unknown, Old, New };
    Q_ENUM(Numbering)
    enum class Backend { Unknown, Dynamic, Static };
    Q_ENUM(Backend)
    enum class Stage { Now, AfterPhaseA, AfterPhaseB };
    Q_ENUM(Stage)

    struct Node
    {
        QString master;
        int oldId = 0; // the ID it has now (Phase A keeps it); 0 if unknown
        int newId = 0; // the canonical ID Phase B gives it; 0 if unknown
        Role role = Role::Unknown;
        QString mode; // ZooKeeper's word when Role::Serving (observer, standalone)
        Numbering numbering = Numbering::Unknown;
        Backend backend = Backend::Unknown;
        QString dynamicBackend; // the dynamic store's name, e.g. "zookeeper"
        QString note;           // translated, optional: e.g. why it still runs the dynamic store

        // The ID it runs with in its numbering (0 if unknown).
        int id() const { return numbering == Numbering::New ? newId : oldId; }
    };

    explicit EnsembleDiagramModel(QObject *parent = nullptr);

    // --- prediction ---
    void showPlan(const MigrationPlan &plan, const QList<MasterDiscovery> &discovered, Stage stage);
    bool isPrediction() const { return m_prediction; }
    // After Phase B when the IDs already are canonical: the phase does not run.
    bool isSkipped() const { return m_skipped; }

    // --- live ---
    // A run starts: a migration starts from the dynamic store and the old numbering; a resume or
    // a rollback from a state learnt as each master restarts.
    void startRun(const MigrationPlan &plan, OperationListBuilder::Kind kind);
    // Connects the runner's signals to the slots below.
    void follow(MigrationRunner *runner);

    // --- reading ---
    int count() const { return int(m_nodes.size()); }
    const Node &node(int index) const { return m_nodes.at(index); }
    const QList<Node> &nodes() const { return m_nodes; }
    int indexOf(const QString &master) const;
    QString leader() const; // empty unless exactly one node leads
    // The plan changes IDs (Phase B runs): nodes show old → new and the numbering they run in.
    bool isRenumbering() const { return m_renumbering; }
    // Translated, e.g. "Phase B is skipped: ..." or why the picture is incomplete; may be empty.
    QString note() const { return m_note; }
    // The numberings nodes run in, in drawing order (old, new, unknown), each present once.
    QList<Numbering> numberings() const;
    // Translated: a numbering's title and its quorum ("old numbering (IDs as now): 2 of 3
    // serving — no quorum").
    QString numberingTitle(Numbering numbering) const;
    QString quorumText(Numbering numbering) const;
    // Translated, one line per node: "127.0.0.1: ID 3 → 1, leader, new numbering, static".
    QString nodeText(int index) const;
    QString idText(const Node &node) const;
    QString backendText(const Node &node) const;
    // For a node's card, in short lines: "static"; "dynamic store", "zookeeper".
    QStringList backendLines(const Node &node) const;
    static QString roleText(const Node &node);
    // Everything above as lines: the note, each numbering's quorum, each node.
    QStringList describe() const;

public Q_SLOTS:
    void applyClusterState(const LiveClusterState &state);
    void operationStarted(const OperationInfo &info);
    void operationFinished(const OperationInfo &info, bool ok, bool skipped);
    void masterSettling(const QString &master);
    void runFinished(RunOutcome outcome);

Q_SIGNALS:
    void changed();

private:
    static bool isRestart(const OperationInfo &info);
    void setNodesFromPlan(const MigrationPlan &plan);
    void setRole(Node &node, Role role);
    void settleAs(Node &node, Phase phase);

    QList<Node> m_nodes;
    // The role each master had at the last poll, kept while it restarts.
    QMap<QString, Role> m_polled;
    QMap<QString, QString> m_polledMode;
    QSet<QString> m_restarting;
    QMap<QString, Phase> m_restartPhase; // the phase of each restart under way
    bool m_prediction = false;
    bool m_skipped = false;
    bool m_renumbering = false;
    QString m_note;
    QString m_dynamicBackend;
    OperationListBuilder::Kind m_kind = OperationListBuilder::Kind::Migrate;
};
