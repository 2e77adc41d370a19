#pragma once

#include "Command.h"

#include <QCoreApplication>

// exhibitor-migrate rollback --config FILE [SSH options] [--ids FILE] [--yes] [--pause-each]
// Restores exhibitor.orig byte for byte on every master that was changed, restarts in the safe
// order with the settle gate and verifies the original IDs; the original IDs come from the
// journal (or --ids when there is none).
class RollbackCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RollbackCommand)

public:
    QString name() const override { return QStringLiteral("rollback"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
