#pragma once

#include "Command.h"

#include <QCoreApplication>

// exhibitor-migrate support-bundle --config FILE [SSH options] [--out DIR] [--report DIR] [--archive]
// After a failed run: every master's env file, zoo.cfg, myid, journal's last lines and
// four-letter-word answers, plus config.yaml and the run's report and journal, secrets redacted,
// known failures matched and explained (SupportBundle). Changes nothing on the masters.
class SupportBundleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SupportBundleCommand)

public:
    QString name() const override { return QStringLiteral("support-bundle"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
