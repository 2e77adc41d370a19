#include "WriteEnvFilesOperation.h"

#include "AsyncSteps.h"
#include "MasterLink.h"
#include "MigrationJournal.h"
#include "MigrationOptions.h"
#include "MigrationReport.h"
#include "OperationContext.h"

#include "config/ExhibitorEnvFile.h"
#include "config/MigrationPlan.h"
#include "config/Redaction.h"
#include "config/UnifiedDiff.h"

#include <QCryptographicHash>

namespace {

QString sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace

WriteEnvFilesOperation::WriteEnvFilesOperation(Phase phase)
    : Operation(phase, phaseKey(phase) + QStringLiteral(".write"))
{
}

QString WriteEnvFilesOperation::title() const
{
    return phase() == Phase::PhaseB ? tr("Write the env file with canonical IDs on every master")
                                    : tr("Write the static env file with current IDs on every master");
}

OperationPreview WriteEnvFilesOperation::preview(const PreviewInput &input) const
{
    OperationPreview preview;
    const Ensemble ensemble = phase() == Phase::PhaseB ? input.plan->phaseB() : input.plan->phaseA();
    preview.summary = tr("On every master, before any restart: %1 becomes EXHIBITOR_BACKEND=STATIC with "
                         "EXHIBITOR_STATICENSEMBLE=%2 (atomic write: temp file, fsync, same owner and mode, rename, "
                         "checksum read back).")
                          .arg(input.options->envFilePath, ensemble.toString());
    preview.undo = tr("Rollback writes %1 back over it, byte for byte.").arg(input.options->backupPath);
    const QString path = input.options->envFilePath;
    for (const QString &master : input.plan->masters()) {
        const QByteArray current = input.envFiles.value(master);
        QString diff;
        if (!current.isEmpty()) {
            const QByteArray after = ExhibitorEnvFile::parse(current).renderStatic(ensemble.toString());
            diff = UnifiedDiff::diff(Redaction::envFile(current), Redaction::envFile(after), path, path);
        }
        preview.items << OperationPreview::Item{master, {tr("atomic write of %1").arg(path)}, diff};
    }
    return preview;
}

void WriteEnvFilesOperation::writeOne(OperationContext *context, const QString &master,
                                      std::function<void(bool, const QString &)> next)
{
    const QString path = context->options().envFilePath;
    const QByteArray target = context->staticEnvFor(master, phase());
    if (target.isEmpty()) {
        next(false, tr("The original env file of %1 is not known; nothing was written there.").arg(master));
        return;
    }
    const QString opId = id();
    const Phase filePhase = phase();
    context->link(master)->readFile(path, [=](bool readOk, const QByteArray &current, const QString &readError) {
        if (!readOk) {
            next(false, tr("Cannot read %1 on %2: %3").arg(path, master, readError));
            return;
        }
        auto recordAfter = [=](const QString &checksum) {
            context->state().currentEnv[master] = target;
            auto &files = context->report().envFiles[master];
            files.after = Redaction::envFile(target);
            files.afterSha256 = checksum;
            context->journal().record(opId, master, MigrationJournal::Status::Done, QString(), checksum);
            context->saveJournal();
        };
        if (current == target) {
            context->log(master, LogStream::Info, tr("%1 already has the %2 content; not written again")
                                                      .arg(path, phaseTitle(filePhase)));
            recordAfter(sha256(target));
            next(true, QString());
            return;
        }
        context->journal().record(opId, master, MigrationJournal::Status::Started);
        context->saveJournal();
        context->link(master)->writeFile(path, target, [=](bool ok, const QString &checksum, const QString &error) {
            if (!ok || checksum != sha256(target)) {
                const QString why = ok ? tr("read back sha256 %1, expected %2").arg(checksum, sha256(target)) : error;
                context->journal().record(opId, master, MigrationJournal::Status::Failed, why);
                context->saveJournal();
                next(false, tr("Writing %1 on %2 failed: %3").arg(path, master, why));
                return;
            }
            recordAfter(checksum);
            next(true, QString());
        });
    });
}

void WriteEnvFilesOperation::execute(OperationContext *context, Done done)
{
    QList<AsyncSteps::Step> steps;
    for (const QString &master : context->masters())
        steps << [this, context, master](AsyncSteps::Next next) { writeOne(context, master, next); };
    const Ensemble ensemble = context->ensembleFor(phase());
    AsyncSteps::all(steps, [done, ensemble](bool ok, const QString &message) {
        done(ok, ok ? tr("Every master has EXHIBITOR_STATICENSEMBLE=%1.").arg(ensemble.toString()) : message);
    });
}
