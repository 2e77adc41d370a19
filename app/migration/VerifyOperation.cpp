#include "VerifyOperation.h"

#include "MigrationOptions.h"
#include "MigrationReport.h"
#include "OperationContext.h"
#include "PreflightChecks.h"
#include "WriteProbe.h"
#include "ZkAccess.h"

#include "config/MigrationPlan.h"

namespace {

// Every write the run's probe had acknowledged is there (WriteProbe). Not a check in a run
// without a probe (a separate verify); a probe that could not start is a skipped check that
// says why, never a pass.
void writeProbeCheck(OperationContext *context, AsyncSteps::Next next)
{
    WriteProbe *probe = context->probe();
    if (!probe->hasStarted()) {
        next(true, QString());
        return;
    }
    probe->verify([context, probe, next](bool ok, const QStringList &lost, const QString &error) {
        const QString title = VerifyOperation::tr("every write the probe had acknowledged is present");
        const WriteProbeReport report = probe->report();
        if (!probe->hasWritten()) {
            context->addCheck(CheckResult{QStringLiteral("write-probe"), QString(), false, true, title,
                                          VerifyOperation::tr("the write probe did not run: %1").arg(error),
                                          QDateTime::currentDateTimeUtc(), true});
        } else if (!ok) {
            context->check(QStringLiteral("write-probe"), QString(), false, title,
                           VerifyOperation::tr("could not list the probe's znodes under %1: %2").arg(probe->path(), error));
        } else if (!lost.isEmpty()) {
            const QStringList shown = lost.mid(0, 10);
            context->check(QStringLiteral("write-probe"), QString(), false, title,
                           VerifyOperation::tr("%n acknowledged write(s) missing under %1: %2", nullptr, int(lost.size()))
                                   .arg(probe->path(), shown.join(QStringLiteral("; ")))
                               + (lost.size() > shown.size() ? QStringLiteral("; …") : QString()));
        } else {
            context->check(QStringLiteral("write-probe"), QString(), true, title,
                           VerifyOperation::tr("%n acknowledged write(s), all present under %1; %2 failed during the "
                                               "run (counted, not lost); longest time without an acknowledged write "
                                               "%3 s",
                                               nullptr, int(report.writes))
                               .arg(probe->path())
                               .arg(report.failed)
                               .arg(double(report.longestGapMs) / 1000.0, 0, 'f', 1));
        }
        next(true, QString());
    });
}

} // namespace

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
                             [context](AsyncSteps::Next n) { VerifyChecks::canarySession(context, n); },
                             [context](AsyncSteps::Next n) { writeProbeCheck(context, n); }},
                            next);
        };
    } else {
        sessionChecks << [context](AsyncSteps::Next next) { writeProbeCheck(context, next); };
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
    if (target == VerifyChecks::Target::Original) {
        // A rollback has no Finish: the probe's znodes (this run's and any a failed run left) go here.
        steps << [context](AsyncSteps::Next next) {
            context->probe()->removeZnodes(context->zk()->connectString(), context->options().znodeBase,
                                           [context, next](bool ok, const QString &error) {
                                               if (!ok)
                                                   context->log(QString(), LogStream::Warning,
                                                                tr("could not remove the write probe's znodes: %1")
                                                                    .arg(error));
                                               next(true, QString());
                                           });
        };
    }
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
