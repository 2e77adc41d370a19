#pragma once

#include "Operation.h"

// Writes the static env file of a phase on ALL masters before any restart: the original file
// with its backend lines replaced by EXHIBITOR_BACKEND=STATIC and the phase's ensemble (Phase A:
// current IDs; Phase B: canonical). Each write is atomic and verified by checksum; a master that
// already has the file (resume) is left alone.
class WriteEnvFilesOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(WriteEnvFilesOperation)

public:
    explicit WriteEnvFilesOperation(Phase phase);

    QString title() const override;
    OperationPreview preview(const PreviewInput &input) const override;
    bool changesCluster() const override { return true; }
    void execute(OperationContext *context, Done done) override;

private:
    void writeOne(OperationContext *context, const QString &master, std::function<void(bool, const QString &)> next);
};
