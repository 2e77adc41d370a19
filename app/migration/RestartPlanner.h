#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Which master to restart next and what to wait for afterwards: pure logic, unit-tested alone.
//
// Each master runs some ID numbering (its zoo.cfg's server list). A restart moves it to the
// numbering of its env file, the target. Masters whose running numbering already is the target
// are "compatible". Two cases:
//  - No master is incompatible (Phase A, which keeps every ID; a rollback of Phase A): a plain
//    rolling restart, followers first and the leader last, each with the Normal gate.
//  - Some are incompatible (Phase B renumbers; a rollback of Phase B): the old ensemble keeps
//    quorum while fewer than a majority run the target numbering. Until then a restarted master
//    cannot serve ("ZooKeeperServer not running", expected) and the gate only checks that the old
//    ensemble still holds quorum. The restart that makes the target numbering a majority follows
//    without extra delay and waits for the new ensemble to form; later ones use the Normal gate.
//    That majority-th restart is the old leader's (followers before it, the rest after): see
//    plan() for why a stale leader must not outlive its quorum. A master whose target ID is the
//    ID the old leader runs under goes after that restart too (Master::takesLeadersId).
//    With an even number of masters there is one restart after which neither side has quorum:
//    it is followed at once by the next (NoQuorumExpected).
class RestartPlanner
{
    Q_DECLARE_TR_FUNCTIONS(RestartPlanner)

public:
    enum class Gate {
        Normal,           // restarted master serves, one leader, majority serving, zxid caught up
        OldQuorumHolds,   // restarted master's ZooKeeper runs; old ensemble: one leader, quorum
        NewEnsembleForms, // target-numbered masters: one leader, a majority serving, caught up
        NoQuorumExpected  // restarted master's ZooKeeper runs; neither side can have quorum
    };

    struct Master
    {
        QString name;
        bool compatible = true;    // runs the target numbering already
        bool needsRestart = true;  // runs something else than its env file says
        bool isLeader = false;
        // Its target ID is the ID the current leader runs under (another master's, in the other
        // numbering). Started on the target numbering while the old ensemble still runs, it reads
        // the old servers' "following server N" as a quorum for itself, becomes LEADING with no
        // one able to follow and holds the new ensemble's election for initLimit x tickTime.
        bool takesLeadersId = false;
    };

    struct Step
    {
        QString master;
        Gate gate = Gate::Normal;
        QStringList newGroup; // masters on the target numbering once this restart is done
        QStringList oldGroup; // the others
    };

    static int majority(int count) { return count / 2 + 1; }

    // masters in DC/OS order. Incompatible masters always need a restart.
    static QList<Step> plan(const QList<Master> &masters);

    // Translated one-liner for logs and previews.
    static QString gateDescription(Gate gate);
    static QString gateKey(Gate gate); // stable: "normal", "old-quorum", "new-ensemble", "no-quorum"
};
