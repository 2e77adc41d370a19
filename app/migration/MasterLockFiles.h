#pragma once

#include "AsyncSteps.h"
#include "RunLock.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class OperationContext;

// The run lock's third half (issue 15), for when ZooKeeper is down and its session node cannot
// tell: a lock file on every master (MigrationOptions::masterLockPath, by default
// /run/exhibitor-migration/run.lock: /run is the master's own and is emptied by a reboot, which
// also ends any run's SSH commands). Taken by migrate's preflight before anything is written, and
// by resume's and rollback's inspection; removed at the end of the run, whatever its outcome.
//
// The file, 0644 root, one line of JSON (RunLock::Holder::toRecord), which other tools may read:
//     {"host":"ws1","pid":4711,"run_id":"20261207-074801-ab12","since":"2026-12-07T07:48:01Z","user":"alice"}
// host: the workstation's host name; pid: the process on that workstation; since: UTC, when this
// run (migrate, resume or rollback) took the lock. The run's ZooKeeper session node
// <znodeBase>/session-<run_id> holds the same record while the run's session lives.
//
// Written like every file the run writes (temp file, size and sha256 checked, then put in place
// with link(2), which fails if another run's file is there: two runs cannot both create it) and
// removed only while it still holds this run's bytes.
//
// A lock file in the way is live unless both its ZooKeeper session node is gone and its process
// is dead (kill(pid, 0) on this workstation; from another one the session node alone can tell,
// so with ZooKeeper silent it counts as live). A live lock refuses the run, naming the holder and
// since when; a stale one too, unless the operator chose to take it over
// (MigrationOptions::takeOverStaleLock). This run's own file left by its own ended process on
// this workstation (a crash, then resume) is taken back without asking.
class MasterLockFiles
{
    Q_DECLARE_TR_FUNCTIONS(MasterLockFiles)

public:
    // Records the check "lock-files"; next(false, why) when the run must not go on (with every
    // lock file this call created removed again).
    static void acquire(OperationContext *context, AsyncSteps::Next next);
    // Removes the lock files this run holds (RunState::lockFiles); done() once every master
    // answered or timeoutMs passed, each outcome logged (a file that could not be removed is
    // named, with how to remove it by hand).
    static void release(OperationContext *context, std::function<void()> done, int timeoutMs = 30000);

    // The holder's process runs on this workstation (always false for another host's).
    static bool processAlive(const RunLock::Holder &holder);
};
