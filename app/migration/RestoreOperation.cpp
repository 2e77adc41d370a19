#include "RestoreOperation.h"

#include "AsyncSteps.h"
#include "MasterLink.h"
#include "MigrationJournal.h"
#include "MigrationOptions.h"
#include "MigrationReport.h"
#include "OperationContext.h"

#include "config/MigrationPlan.h"
#include "config/Redaction.h"
#include "config/UnifiedDiff.h"
#include "remote/RemoteScripts.h"

#include <QCryptographicHash>

namespace {

QString sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

const QString OpId = QStringLiteral("rollback.restore");

} // namespace

RestoreOperation::RestoreOperation()
    : Operation(Phase::Rollback, OpId)
{
}

QString RestoreOperation::title() const
{
    return tr("Restore exhibitor.orig on every changed master");
}

OperationPreview RestoreOperation::preview(const PreviewInput &input) const
{
    OperationPreview preview;
    preview.summary = tr("Where %1 differs from %2: write the backup back (atomic write, checksum verified).")
                          .arg(input.options->envFilePath, input.options->backupPath);
    for (const QString &master : input.plan->masters()) {
        preview.items << OperationPreview::Item{
            master,
            {tr("atomic write of %1 with the content of %2 (or, where the backup recorded a symbolic link, that "
                "link again)")
                 .arg(input.options->envFilePath, input.options->backupPath)},
            QString()};
    }
    return preview;
}

void RestoreOperation::restoreOne(OperationContext *context, const QString &master,
                                  std::function<void(bool, const QString &)> next)
{
    RunState &state = context->state();
    const QString path = context->options().envFilePath;
    const QByteArray current = state.currentEnv.value(master);
    const QByteArray original = state.originalEnv.value(master);
    const QString expected = context->journal().originalSha256.value(master, state.originalSha256.value(master));
    if (!state.backupPresent.value(master)) {
        // Never backed up: fine only if the file is still the original.
        const bool untouched = !expected.isEmpty() && sha256(current) == expected;
        if (untouched) {
            context->log(master, LogStream::Info, tr("no exhibitor.orig, and %1 is the original: nothing to restore").arg(path));
            next(true, QString());
        } else {
            next(false, tr("%1 has no %2 and its env file is not known to be the original: restore it by hand.")
                            .arg(master, context->options().backupPath));
        }
        return;
    }
    if (!expected.isEmpty() && sha256(original) != expected) {
        next(false, tr("%1 on %2 is not the backup this run made (sha256 %3, expected %4); nothing was restored.")
                        .arg(context->options().backupPath, master, sha256(original), expected));
        return;
    }
    if (current == original) {
        context->log(master, LogStream::Info, tr("%1 already equals exhibitor.orig").arg(path));
        context->journal().record(OpId, master, MigrationJournal::Status::Skipped, QString(), sha256(original));
        context->saveJournal();
        next(true, QString());
        return;
    }
    context->log(master, LogStream::Info,
                 UnifiedDiff::diff(Redaction::envFile(current), Redaction::envFile(original), path, path));
    context->journal().record(OpId, master, MigrationJournal::Status::Started);
    context->saveJournal();
    // Without a journal of the writes nobody knows whether it was restarted since: restart it.
    if (context->journal().mastersWritten().isEmpty())
        state.restoredWithoutJournal << master;
    const auto written = [=](bool ok, const QString &checksum, const QString &error) {
        RunState &runState = context->state();
        if (!ok || checksum != sha256(original)) {
            const QString why = ok ? tr("read back sha256 %1, expected %2").arg(checksum, sha256(original)) : error;
            context->journal().record(OpId, master, MigrationJournal::Status::Failed, why);
            context->saveJournal();
            next(false, tr("Restoring %1 on %2 failed: %3").arg(path, master, why));
            return;
        }
        runState.currentEnv[master] = original;
        auto &files = context->report().envFiles[master];
        files.after = Redaction::envFile(original);
        files.afterSha256 = checksum;
        context->journal().record(OpId, master, MigrationJournal::Status::Done, QString(), checksum);
        context->saveJournal();
        next(true, QString());
    };
    // A pkgpanda symlink recorded by the backup comes back as that link; otherwise the bytes.
    const QString backupPath = context->options().backupPath;
    context->link(master)->run(
        RemoteScripts::shArgv(RemoteScripts::restoreLinkScript(), {path, backupPath}), true,
        [=](const CommandResult &result) {
            if (!result.error.isError() && result.exitStatus == RemoteScripts::NoLinkRecorded) {
                context->link(master)->writeFile(path, original, written);
                return;
            }
            if (!result.succeeded()) {
                written(false, QString(),
                        result.error.isError()
                            ? result.error.message
                            : tr("putting back the link recorded in %1.link failed (status %2): %3")
                                  .arg(backupPath)
                                  .arg(result.exitStatus)
                                  .arg(QString::fromUtf8(result.stderrData).trimmed()));
                return;
            }
            context->log(master, LogStream::Info,
                         tr("%1 is the link it was before the migration again").arg(path));
            written(true, RemoteScripts::checksums(result.stdoutData).value(0), QString());
        });
}

void RestoreOperation::execute(OperationContext *context, Done done)
{
    QList<AsyncSteps::Step> steps;
    for (const QString &master : context->masters())
        steps << [context, master](AsyncSteps::Next next) { restoreOne(context, master, next); };
    AsyncSteps::all(steps, [done](bool ok, const QString &message) {
        done(ok, ok ? tr("Every env file is the original again.") : message);
    });
}
