#pragma once

#include "Command.h"

#include <QCoreApplication>

// exhibitor-migrate status --config FILE [SSH options] [--format text|json]
// Where each master is (backend, ensemble, exhibitor.orig, the numbering it runs, srvr) and where
// the journal says the last run stopped. Changes nothing.
class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
