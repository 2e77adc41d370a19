#pragma once

#include "Command.h"

#include <QCoreApplication>

// exhibitor-migrate migrate --config FILE [SSH options as discover] [--ids FILE] [--yes] [--pause-each]
//     [--report DIR] [--resume] [--config-out FILE] [--format text|json]
// Runs the whole migration (preflight, backup, Phase A, Phase B if needed, verify, the new
// config.yaml) through MigrationRunner; without --yes it asks on the terminal before each phase.
// --resume goes on from the journal after an interruption.
class MigrateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
