#pragma once

#include "AsyncSteps.h"

#include <QCoreApplication>
#include <QString>

class OperationContext;

// The preflight's checks, each recording a CheckResult (pass/fail and why) and going on:
// preflight runs them all so that the operator sees every problem at once. A step stops the
// chain only when going on makes no sense (no ZooKeeper session for the snapshot).
class PreflightChecks
{
    Q_DECLARE_TR_FUNCTIONS(PreflightChecks)

public:
    // Per master.
    static void sudo(OperationContext *context, const QString &master, AsyncSteps::Next next);
    static void diskSpace(OperationContext *context, const QString &master, AsyncSteps::Next next);
    static void envFile(OperationContext *context, const QString &master, AsyncSteps::Next next);
    static void backupState(OperationContext *context, const QString &master, AsyncSteps::Next next);
    static void inEnsemble(OperationContext *context, const QString &master, AsyncSteps::Next next);
    // The cluster.
    static void quorumAndIds(OperationContext *context, AsyncSteps::Next next);
    static void zxidsConverged(OperationContext *context, AsyncSteps::Next next);
    // Super credentials for the run's ZooKeeper session, typed or read on a master (Enterprise).
    static void superCredentials(OperationContext *context, AsyncSteps::Next next);
    // Another run's canary session node under znodeBase (a live run, from any workstation):
    // the check fails naming it, and the preflight stops before it writes anything.
    // zooKeeperOptional (resume, rollback: the cluster may be broken): a ZooKeeper that does not
    // answer is noted and the run goes on, guarded by the lock files on the masters.
    static void otherRuns(OperationContext *context, AsyncSteps::Next next, bool zooKeeperOptional = false);
    static void snapshotAndCanary(OperationContext *context, AsyncSteps::Next next);
    // The canary session and its ephemeral session-<run id> node naming this run (its record), so
    // that another run's otherRuns sees this one. Records the check "canary-session"; optional:
    // a failure is a warning (resume, rollback).
    static void canarySession(OperationContext *context, AsyncSteps::Next next, bool optional = false);
    // "super:<password>" from zk_super_credentials as DC/OS Enterprise writes it (the bare value,
    // or KEY=value lines); empty if there is none.
    static QByteArray parseSuperCredentials(const QByteArray &content);

private:
    static void checkIds(OperationContext *context, const QString &master, int confId, AsyncSteps::Next next);
    static void waitConverged(OperationContext *context, qint64 touchZxid, qint64 startedMs, AsyncSteps::Next next);
};
