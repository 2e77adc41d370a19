#pragma once

#include "AsyncSteps.h"

#include "config/Ensemble.h"

#include <QCoreApplication>
#include <QString>

class OperationContext;

// Verify's checks (DESIGN.md §3 step 9), each recorded as a CheckResult. `expected` is the
// numbering the cluster must run: canonical after a migration, the original after a rollback.
class VerifyChecks
{
    Q_DECLARE_TR_FUNCTIONS(VerifyChecks)

public:
    enum class Target { Migrated, Original };

    static void leaderAndIds(OperationContext *context, const Ensemble &expected, AsyncSteps::Next next);
    static void envFile(OperationContext *context, const QString &master, Target target, AsyncSteps::Next next);
    static void myidAndZooCfg(OperationContext *context, const QString &master, const Ensemble &expected,
                              AsyncSteps::Next next);
    static void data(OperationContext *context, AsyncSteps::Next next);
    static void canarySession(OperationContext *context, AsyncSteps::Next next);
};
