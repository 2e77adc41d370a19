#include "OperationListBuilder.h"

#include "BackupOperation.h"
#include "FinishOperation.h"
#include "InspectOperation.h"
#include "OperationContext.h"
#include "PreflightOperation.h"
#include "RestartOperation.h"
#include "RestoreOperation.h"
#include "VerifyOperation.h"
#include "WriteEnvFilesOperation.h"

#include "config/MigrationPlan.h"

namespace {

// Phase B when the IDs already are canonical: shown, with the reason, and nothing done.
class SkippedPhaseOperation : public Operation
{
public:
    SkippedPhaseOperation(Phase phase, const QString &reason)
        : Operation(phase, phaseKey(phase) + QStringLiteral(".skipped"))
        , m_reason(reason)
    {
        setSkipReason(reason);
    }

    QString title() const override { return phaseTitle(phase()); }
    OperationPreview preview(const PreviewInput &) const override { return OperationPreview{m_reason, {}, {}}; }
    void execute(OperationContext *, Done done) override { done(true, m_reason); }

private:
    QString m_reason;
};

} // namespace

QString OperationListBuilder::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Migrate:
        return QStringLiteral("migrate");
    case Kind::Resume:
        return QStringLiteral("resume");
    case Kind::Rollback:
        return QStringLiteral("rollback");
    case Kind::Status:
        return QStringLiteral("status");
    case Kind::Verify:
        return QStringLiteral("verify");
    }
    return QString();
}

void OperationListBuilder::addPhases(OperationList &list, const MigrationPlan &plan, const MigrationOptions &options)
{
    const int masters = int(plan.masters().size());
    auto addRestarts = [&](Phase phase) {
        for (int slot = 0; slot < masters; ++slot) {
            auto restart = std::make_unique<RestartOperation>(phase, slot);
            restart->setConfirmBefore(options.pauseEach);
            list.push_back(std::move(restart));
        }
    };
    auto backup = std::make_unique<BackupOperation>();
    backup->setConfirmBefore(true);
    list.push_back(std::move(backup));

    auto writeA = std::make_unique<WriteEnvFilesOperation>(Phase::PhaseA);
    writeA->setConfirmBefore(true);
    list.push_back(std::move(writeA));
    addRestarts(Phase::PhaseA);

    if (plan.phaseBNeeded()) {
        auto writeB = std::make_unique<WriteEnvFilesOperation>(Phase::PhaseB);
        writeB->setConfirmBefore(true);
        list.push_back(std::move(writeB));
        addRestarts(Phase::PhaseB);
    } else {
        list.push_back(std::make_unique<SkippedPhaseOperation>(Phase::PhaseB, plan.phaseBReason()));
    }
    auto verify = std::make_unique<VerifyOperation>(VerifyChecks::Target::Migrated);
    verify->setConfirmBefore(options.confirmVerify);
    list.push_back(std::move(verify));
    list.push_back(std::make_unique<FinishOperation>());
}

OperationList OperationListBuilder::build(Kind kind, const MigrationPlan &plan, const MigrationOptions &options)
{
    OperationList list;
    switch (kind) {
    case Kind::Migrate:
        list.push_back(std::make_unique<PreflightOperation>());
        addPhases(list, plan, options);
        break;
    case Kind::Resume:
        list.push_back(std::make_unique<InspectOperation>(Phase::Inspect, true, true));
        addPhases(list, plan, options);
        break;
    case Kind::Rollback: {
        list.push_back(std::make_unique<InspectOperation>(Phase::Rollback, true, true));
        auto restore = std::make_unique<RestoreOperation>();
        restore->setConfirmBefore(true);
        list.push_back(std::move(restore));
        for (int slot = 0; slot < int(plan.masters().size()); ++slot) {
            auto restart = std::make_unique<RestartOperation>(Phase::Rollback, slot);
            restart->setConfirmBefore(options.pauseEach);
            list.push_back(std::move(restart));
        }
        list.push_back(std::make_unique<VerifyOperation>(VerifyChecks::Target::Original));
        break;
    }
    case Kind::Status:
        list.push_back(std::make_unique<InspectOperation>(Phase::Inspect, false));
        break;
    case Kind::Verify:
        list.push_back(std::make_unique<InspectOperation>(Phase::Verify, false));
        list.push_back(std::make_unique<VerifyOperation>(VerifyChecks::Target::Migrated));
        break;
    }
    return list;
}
