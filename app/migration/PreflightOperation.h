#pragma once

#include "Operation.h"

// Read-only checks before anything changes (DESIGN.md §3 step 5): SSH and sudo on every master,
// disk space, the env file and exhibitor.orig, every master in the ensembles it gets, quorum with
// one leader, the running IDs are the planned ones, zxids converged. Only if all pass: the data
// snapshot and the canary (the one thing preflight writes, to our own znodes).
class PreflightOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(PreflightOperation)

public:
    PreflightOperation();

    QString title() const override;
    OperationPreview preview(const PreviewInput &input) const override;
    void execute(OperationContext *context, Done done) override;

private:
    static int failedSince(OperationContext *context, qsizetype firstCheck, QStringList *failed);
};
