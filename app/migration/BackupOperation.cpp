#include "BackupOperation.h"

#include "AsyncSteps.h"
#include "MasterLink.h"
#include "MigrationJournal.h"
#include "MigrationOptions.h"
#include "MigrationReport.h"
#include "OperationContext.h"

#include "config/MigrationPlan.h"
#include "config/Redaction.h"

BackupOperation::BackupOperation()
    : Operation(Phase::Backup, QStringLiteral("backup"))
{
}

QString BackupOperation::title() const
{
    return tr("Back up the env file on every master");
}

OperationPreview BackupOperation::preview(const PreviewInput &input) const
{
    OperationPreview preview;
    preview.summary = tr("Copy %1 to %2 (cp -p) on every master and verify the copy's checksum. An existing backup "
                         "with other content is never overwritten.")
                          .arg(input.options->envFilePath, input.options->backupPath);
    preview.undo = tr("Nothing to undo: the backup is what rollback restores from. It stays on the masters.");
    for (const QString &master : input.plan->masters()) {
        preview.items << OperationPreview::Item{
            master, {QStringLiteral("sudo cp -p %1 %2").arg(input.options->envFilePath, input.options->backupPath)},
            QString()};
    }
    return preview;
}

void BackupOperation::backupOne(OperationContext *context, const QString &master,
                                std::function<void(bool, const QString &)> next)
{
    const MigrationOptions &options = context->options();
    context->journal().record(QStringLiteral("backup"), master, MigrationJournal::Status::Started);
    context->link(master)->backup(options.envFilePath, options.backupPath,
                                  [=](bool ok, BackupJob::Outcome, const QString &checksum, const QString &error) {
        const QString expected = context->state().originalSha256.value(master);
        if (!ok || checksum != expected) {
            const QString why = ok ? tr("the backup's sha256 %1 differs from the env file's %2").arg(checksum, expected)
                                   : error;
            context->check(QStringLiteral("backup"), master, false, tr("exhibitor.orig verified"), why);
            context->journal().record(QStringLiteral("backup"), master, MigrationJournal::Status::Failed, why);
            context->saveJournal();
            next(false, tr("Backup on %1 failed: %2").arg(master, why));
            return;
        }
        context->state().backupSha256[master] = checksum;
        context->state().backupPresent[master] = true;
        context->journal().backupSha256[master] = checksum;
        context->journal().record(QStringLiteral("backup"), master, MigrationJournal::Status::Done, QString(), checksum);
        context->saveJournal();
        auto &files = context->report().envFiles[master];
        files.backupSha256 = checksum;
        files.beforeSha256 = expected;
        files.before = Redaction::envFile(context->state().originalEnv.value(master));
        context->check(QStringLiteral("backup"), master, true, tr("exhibitor.orig verified"),
                       tr("sha256 %1 equals the env file's").arg(checksum));
        next(true, QString());
    });
}

void BackupOperation::execute(OperationContext *context, Done done)
{
    QList<AsyncSteps::Step> steps;
    for (const QString &master : context->masters())
        steps << [context, master](AsyncSteps::Next next) { backupOne(context, master, next); };
    AsyncSteps::all(steps, [done](bool ok, const QString &message) {
        done(ok, ok ? tr("exhibitor.orig is on every master, verified.") : message);
    });
}
