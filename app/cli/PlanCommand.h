#pragma once

#include "Command.h"

#include <QCoreApplication>

class MigrationPlan;
class ClusterConfig;

// exhibitor-migrate plan --config FILE (--ids FILE | --journal-dir DIR) [--format text|json]
// Prints what the migration will do, touching no master: the masters in DC/OS order with their
// current and canonical IDs, both ensemble strings, whether Phase B runs, and the new config.yaml.
// Every problem with the input goes to stderr, one line each, as file:line: key: message, and
// the exit status is 2; an unreadable input file counts as invalid input too.
class PlanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    static void printJson(const MigrationPlan &plan, QTextStream &out);
    static void printText(const MigrationPlan &plan, const ClusterConfig &config, const QString &idsSource,
                          QTextStream &out);
};
