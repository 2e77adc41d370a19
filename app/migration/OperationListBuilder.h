#pragma once

#include "MigrationOptions.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

class MigrationPlan;
class Operation;

using OperationList = std::vector<std::unique_ptr<Operation>>;

// The operation lists of each kind of run, from the plan. Confirmation points: before each phase
// that changes something (and before each restart with pause-each).
class OperationListBuilder
{
    Q_DECLARE_TR_FUNCTIONS(OperationListBuilder)

public:
    enum class Kind { Migrate, Resume, Rollback, Status, Verify };

    static OperationList build(Kind kind, const MigrationPlan &plan, const MigrationOptions &options);
    static QString kindKey(Kind kind); // "migrate", "resume", ...

private:
    static void addPhases(OperationList &list, const MigrationPlan &plan, const MigrationOptions &options);
};
