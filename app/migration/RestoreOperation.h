#pragma once

#include "Operation.h"

// Rollback's first change: exhibitor.orig written back over the env file, byte for byte (atomic
// write, checksum equal to the backup's), on every master whose file differs from it. Masters
// whose file was never changed are left alone. The restarts follow as RestartOperations.
class RestoreOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(RestoreOperation)

public:
    RestoreOperation();

    QString title() const override;
    OperationPreview preview(const PreviewInput &input) const override;
    bool changesCluster() const override { return true; }
    bool isDoneIn(const MigrationJournal &) const override { return false; }
    void execute(OperationContext *context, Done done) override;

private:
    static void restoreOne(OperationContext *context, const QString &master,
                           std::function<void(bool, const QString &)> next);
};
