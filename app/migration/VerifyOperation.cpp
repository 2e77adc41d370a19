#include "VerifyOperation.h"

#include "MigrationOptions.h"
#include "MigrationReport.h"
#include "OperationContext.h"
#include "PreflightChecks.h"
#include "ZkAccess.h"

#include "config/MigrationPlan.h"

VerifyOperation::VerifyOperation(VerifyChecks::Target target)
    : Operation(target == VerifyChecks::Target::Original ? Phase::Rollback : Phase::Verify,
                target == VerifyChecks::Target::Original ? QStringLiteral("rollback.verify") : QStringLiteral("verify"))
    , m_target(target)
{
}

QString VerifyOperation::title() const
{
    return m_target == VerifyChecks::Target::Original ? tr("Verify the original configuration is back")
                                                      : tr("Verify the migrated cluster");
}

OperationPreview VerifyOperation::preview(const PreviewInput &input) const
{
    OperationPreview preview;
    preview.summary = m_target == VerifyChecks::Target::Original
                          ? tr("Read-only: one leader, all followers synced, every ID back to the original, every env "
                               "file byte-identical to %1.")
                                .arg(input.options->backupPath)
                          : tr("Read-only: one leader, all followers synced, IDs %1, every env file with DC/OS's "
                               "ensemble, myid and zoo.cfg agreeing, no znode gone back in time since the snapshot "
                               "(what other clients wrote meanwhile is counted), the canary znode and session "
                               "alive.")
                                .arg(input.plan->phaseB().toString());
    for (const QString &master : input.plan->masters()) {
        preview.items << OperationPreview::Item{master,
                                                {QStringLiteral("srvr, conf, mntr"),
                                                 QStringLiteral("sudo cat %1").arg(input.options->envFilePath),
                                                 QStringLiteral("sudo cat %1").arg(input.options->myidPath),
                                                 QStringLiteral("sudo cat %1").arg(input.options->zooCfgPath)},
                                                QString()};
    }
    return preview;
}

void VerifyOperation::execute(OperationContext *context, Done done)
{
    const qsizetype firstCheck = context->report().checks.size();
    const VerifyChecks::Target target = m_target;
    const Ensemble expected = target == VerifyChecks::Target::Original ? context->plan().phaseA() : context->plan().phaseB();

    QList<AsyncSteps::Step> steps;
    steps << [context](AsyncSteps::Next next) {
        context->openAll([next](const QStringList &failed) {
            next(failed.isEmpty(), tr("Cannot connect to %1.").arg(failed.join(QStringLiteral(", "))));
        });
    };
    // The ensemble's checks, the data and every master's files at once: the round trips overlap.
    // The ZooKeeper-session checks go one after another (the first opens the session).
    QList<AsyncSteps::Step> checks;
    checks << [context, expected](AsyncSteps::Next next) { VerifyChecks::leaderAndIds(context, expected, next); };
    QList<AsyncSteps::Step> sessionChecks;
    sessionChecks << [context](AsyncSteps::Next next) {
        // zxidsConverged opens the session too; a failure to open is a failed check, not a stop.
        PreflightChecks::zxidsConverged(context, [next](bool, const QString &) { next(true, QString()); });
    };
    if (target == VerifyChecks::Target::Migrated) {
        sessionChecks << [context](AsyncSteps::Next next) {
            AsyncSteps::all({[context](AsyncSteps::Next n) { VerifyChecks::data(context, n); },
                             [context](AsyncSteps::Next n) { VerifyChecks::canarySession(context, n); }},
                            next);
        };
    }
    checks << AsyncSteps::chain(sessionChecks);
    for (const QString &master : context->masters()) {
        checks << AsyncSteps::chain({
            [context, master, target](AsyncSteps::Next next) { VerifyChecks::envFile(context, master, target, next); },
            [context, master, expected](AsyncSteps::Next next) {
                VerifyChecks::myidAndZooCfg(context, master, expected, next);
            },
        });
    }
    steps << [checks](AsyncSteps::Next next) { AsyncSteps::all(checks, next); };
    AsyncSteps::run(steps, [context, firstCheck, done](bool ok, const QString &message) {
        QStringList failed;
        const auto &checks = context->report().checks;
        for (qsizetype i = firstCheck; i < checks.size(); ++i) {
            if (!checks.at(i).passed && !checks.at(i).skipped)
                failed << (checks.at(i).master.isEmpty() ? checks.at(i).title
                                                         : checks.at(i).master + QStringLiteral(": ") + checks.at(i).title);
        }
        if (!ok) {
            done(false, message);
            return;
        }
        done(failed.isEmpty(), failed.isEmpty() ? tr("Every check passed.")
                                                : tr("Verify failed: %1.").arg(failed.join(QStringLiteral("; "))));
    });
}
