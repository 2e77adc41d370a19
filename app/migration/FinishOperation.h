#pragma once

#include "Operation.h"

// Writes the config.yaml DC/OS needs from now on (exhibitor_storage_backend: static) next to the
// original, never over it unless asked, and removes the run's own znodes (touch, canary). The
// report is written by the runner after every run, not only here.
class FinishOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(FinishOperation)

public:
    FinishOperation();

    QString title() const override;
    OperationPreview preview(const PreviewInput &input) const override;
    void execute(OperationContext *context, Done done) override;

    // Where the new config.yaml goes: --config-out, else "<dir>/<name>.static.yaml".
    static QString configOutPath(const QString &configFile, const QString &requested, bool overwrite);
};
