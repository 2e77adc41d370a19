#pragma once

#include "Operation.h"
#include "VerifyChecks.h"

// Checks the end state: one leader, all followers synced, every ID as expected, each env file,
// myid and zoo.cfg agreeing, the data as in the preflight snapshot plus the canary, and the
// canary session alive. After a migration the expected numbering is DC/OS's canonical one;
// after a rollback it is the original one, with every env file byte-identical to the original.
class VerifyOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(VerifyOperation)

public:
    explicit VerifyOperation(VerifyChecks::Target target);

    QString title() const override;
    OperationPreview preview(const PreviewInput &input) const override;
    void execute(OperationContext *context, Done done) override;

private:
    VerifyChecks::Target m_target;
};
