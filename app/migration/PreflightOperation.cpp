#include "PreflightOperation.h"

#include "MasterLockFiles.h"
#include "MigrationOptions.h"
#include "MigrationReport.h"
#include "OperationContext.h"
#include "PreflightChecks.h"
#include "SwitchSettingsCheck.h"
#include "ZkAccess.h"

#include "config/MigrationPlan.h"

#include <QFileInfo>

PreflightOperation::PreflightOperation()
    : Operation(Phase::Preflight, QStringLiteral("preflight"))
{
}

QString PreflightOperation::title() const
{
    return tr("Preflight checks");
}

OperationPreview PreflightOperation::preview(const PreviewInput &input) const
{
    OperationPreview preview;
    preview.summary = tr("Read-only checks on every master; then a snapshot of the ZooKeeper data and a canary znode "
                         "under %1.")
                          .arg(input.options->znodeBase);
    for (const QString &master : input.plan->masters()) {
        preview.items << OperationPreview::Item{
            master,
            {QStringLiteral("sudo true"),
             QStringLiteral("df -Pk %1").arg(QFileInfo(input.options->envFilePath).path()),
             QStringLiteral("sudo cat %1").arg(input.options->envFilePath),
             QStringLiteral("sudo test -e %1").arg(input.options->backupPath),
             QStringLiteral("srvr, conf, mntr → %1:%2").arg(master).arg(input.options->clientPort),
             QStringLiteral("sudo cat %1").arg(input.options->staticDefaultsPath),
             QStringLiteral("sudo ln <run record> %1 (unless another run's is there)").arg(input.options->masterLockPath)},
            QString()};
    }
    return preview;
}

int PreflightOperation::failedSince(OperationContext *context, qsizetype firstCheck, QStringList *failed)
{
    const auto &checks = context->report().checks;
    for (qsizetype i = firstCheck; i < checks.size(); ++i) {
        if (!checks.at(i).passed && !checks.at(i).skipped)
            *failed << (checks.at(i).master.isEmpty() ? checks.at(i).title
                                                      : checks.at(i).master + QStringLiteral(": ") + checks.at(i).title);
    }
    return int(failed->size());
}

void PreflightOperation::execute(OperationContext *context, Done done)
{
    const qsizetype firstCheck = context->report().checks.size();
    auto failures = [context, firstCheck] {
        QStringList failed;
        failedSince(context, firstCheck, &failed);
        return failed;
    };

    QList<AsyncSteps::Step> steps;
    steps << [context](AsyncSteps::Next next) {
        context->openAll([context, next](const QStringList &failed) {
            for (const QString &master : context->masters()) {
                context->check(QStringLiteral("ssh"), master, !failed.contains(master), tr("SSH connection"),
                               failed.contains(master) ? tr("cannot connect (see the log)") : tr("connected"));
            }
            if (!failed.isEmpty())
                next(false, tr("Cannot connect to %1.").arg(failed.join(QStringLiteral(", "))));
            else
                next(true, QString());
        });
    };
    // Every master at once, and the ensemble's own checks alongside: the round trips overlap
    // instead of adding up. Within a master sudo comes first (the checks after it need it).
    QList<AsyncSteps::Step> checks;
    for (const QString &master : context->masters()) {
        checks << AsyncSteps::chain({
            [context, master](AsyncSteps::Next next) { PreflightChecks::sudo(context, master, next); },
            [context, master](AsyncSteps::Next next) {
                AsyncSteps::all({[context, master](AsyncSteps::Next n) { PreflightChecks::diskSpace(context, master, n); },
                                 [context, master](AsyncSteps::Next n) { PreflightChecks::envFile(context, master, n); },
                                 [context, master](AsyncSteps::Next n) { PreflightChecks::backupState(context, master, n); }},
                                next);
            },
            [context, master](AsyncSteps::Next next) { PreflightChecks::inEnsemble(context, master, next); },
        });
    }
    checks << [context](AsyncSteps::Next next) { PreflightChecks::quorumAndIds(context, next); };
    // The run's ZooKeeper session (read-only until the test write below) opens meanwhile; a
    // failure to open is reported by the zxid check, which opens it again.
    checks << [context](AsyncSteps::Next next) {
        context->zk()->open([next](bool, const QString &) { next(true, QString()); });
    };
    steps << [checks](AsyncSteps::Next next) { AsyncSteps::all(checks, next); };
    // Reads the backend and every master's defaults file with sudo: only once sudo has worked.
    steps << [context, failures](AsyncSteps::Next next) {
        if (!failures().isEmpty()) {
            next(true, QString());
            return;
        }
        SwitchSettingsCheck::run(context, next);
    };
    steps << [context, failures](AsyncSteps::Next next) {
        // The lock files, the zxid check's touch and the canary are all preflight writes: not on
        // a cluster that failed a check, nor while another run goes on.
        const QStringList failed = failures();
        if (!failed.isEmpty())
            next(false, QString());
        else
            PreflightChecks::otherRuns(context, next);
    };
    // Before anything else is written: the lock files name this run on every master.
    steps << [context](AsyncSteps::Next next) { MasterLockFiles::acquire(context, next); };
    steps << [context](AsyncSteps::Next next) { PreflightChecks::zxidsConverged(context, next); };
    steps << [context](AsyncSteps::Next next) { PreflightChecks::superCredentials(context, next); };
    steps << [context](AsyncSteps::Next next) { PreflightChecks::snapshotAndCanary(context, next); };

    AsyncSteps::run(steps, [context, failures, done](bool ok, const QString &message) {
        const QStringList failed = failures();
        if (ok && failed.isEmpty()) {
            context->saveJournal();
            done(true, tr("All preflight checks passed."));
            return;
        }
        QString text = tr("Preflight failed; nothing was changed on any master.");
        if (!message.isEmpty())
            text += QLatin1Char(' ') + message;
        if (!failed.isEmpty())
            text += QLatin1Char(' ') + tr("Failed checks: %1.").arg(failed.join(QStringLiteral("; ")));
        done(false, text);
    });
}
