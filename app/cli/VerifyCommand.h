#pragma once

#include "Command.h"

#include <QCoreApplication>

// exhibitor-migrate verify --config FILE [SSH options] [--format text|json]
// The end-state checks of a migration (one leader, followers synced, canonical IDs, env files,
// myid and zoo.cfg) against the cluster as it is. Changes nothing.
class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
