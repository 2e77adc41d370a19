#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Small value types shared by the migration engine, its runner's signals, the journal and the
// report.

// What a log line is, so the log pane and the report can show commands, output and our own
// notes apart.
enum class LogStream { Info, Command, Stdout, Stderr, Warning, Error, Journal };

QString logStreamName(LogStream stream); // "info", "command", ... (stable, for JSON)

struct LogLine
{
    QString master; // empty: about the run, not one master
    LogStream stream = LogStream::Info;
    QString text;
    QDateTime time;
};

// One check of preflight, a settle gate or verify: pass/fail and why.
struct CheckResult
{
    QString id;     // stable, e.g. "quorum", "orig-state"
    QString master; // empty: about the cluster
    bool passed = false;
    bool skipped = false; // could not be checked here (e.g. no snapshot in a separate verify)
    QString title;  // translated, what was checked
    QString detail; // translated, why it passed or failed
    QDateTime time;
    // Passed, with something the operator must know (e.g. subtrees the snapshot could not read).
    bool warning = false;
};

// The phases an operation belongs to, in run order. The runner asks for confirmation before the
// first operation of every phase that changes something.
enum class Phase { Preflight, Inspect, Backup, PhaseA, PhaseB, Verify, Finish, Rollback };

QString phaseKey(Phase phase);   // "preflight", "phaseA", ... (stable, for the journal and JSON)
QString phaseTitle(Phase phase); // translated

// How a run ended.
enum class RunOutcome { Succeeded, Failed, Cancelled };

QString outcomeKey(RunOutcome outcome);

// What the runner shows of one operation (a copy; operations themselves live in the worker).
struct OperationInfo
{
    int index = -1;
    QString id;     // stable, for the journal: "phaseA.restart.2"
    Phase phase = Phase::Preflight;
    QString master; // empty for cluster-wide operations; restarts know theirs once resolved
    QString title;  // translated
};

// The ensemble as one poll of every master saw it, for a live quorum indicator.
struct LiveMasterState
{
    QString master;
    bool reachable = false; // ZooKeeper answered at all (serving or not)
    QString mode;           // leader, follower, ...; empty when not serving
};

struct LiveClusterState
{
    QList<LiveMasterState> masters;
    QString leader; // empty unless exactly one
    int serving = 0;
    bool quorum = false; // one leader and a majority serving
    QDateTime time;
};

class MigrationText
{
    Q_DECLARE_TR_FUNCTIONS(MigrationText)
};

Q_DECLARE_METATYPE(LogStream)
Q_DECLARE_METATYPE(LogLine)
Q_DECLARE_METATYPE(CheckResult)
Q_DECLARE_METATYPE(OperationInfo)
Q_DECLARE_METATYPE(RunOutcome)
Q_DECLARE_METATYPE(Phase)
Q_DECLARE_METATYPE(LiveClusterState)
