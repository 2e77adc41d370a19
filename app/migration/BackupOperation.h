#pragma once

#include "Operation.h"

// exhibitor.orig on every master (cp -p, never over a backup that differs), each verified by
// checksum against the env file preflight read. Rollback restores from it.
class BackupOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(BackupOperation)

public:
    BackupOperation();

    QString title() const override;
    OperationPreview preview(const PreviewInput &input) const override;
    bool changesCluster() const override { return true; }
    void execute(OperationContext *context, Done done) override;

private:
    static void backupOne(OperationContext *context, const QString &master, std::function<void(bool, const QString &)> next);
};
