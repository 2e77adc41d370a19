#include "InspectOperation.h"

#include "AsyncSteps.h"
#include "ClusterProber.h"
#include "MasterLink.h"
#include "MasterLockFiles.h"
#include "MigrationJournal.h"
#include "MigrationOptions.h"
#include "MigrationReport.h"
#include "OperationContext.h"
#include "PreflightChecks.h"
#include "ZooCfg.h"

#include "config/ExhibitorEnvFile.h"
#include "config/MigrationPlan.h"
#include "config/Redaction.h"

#include <QCryptographicHash>

#include <memory>

namespace {

QString sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace

InspectOperation::InspectOperation(Phase phase, bool requireAll, bool takeLock)
    : Operation(phase, phaseKey(phase) + QStringLiteral(".inspect"))
    , m_requireAll(requireAll)
    , m_takeLock(takeLock)
{
}

QString InspectOperation::title() const
{
    return tr("Read the state of every master");
}

OperationPreview InspectOperation::preview(const PreviewInput &input) const
{
    OperationPreview preview;
    preview.summary = tr("Read-only: env file, %1, zoo.cfg, srvr and conf on every master.").arg(input.options->backupPath);
    return preview;
}

void InspectOperation::inspectOne(OperationContext *context, const QString &master,
                                  std::function<void(bool, const QString &)> next)
{
    const MigrationOptions &options = context->options();
    MasterLink *link = context->link(master);
    const bool requireAll = m_requireAll;
    if (!link->isConnected()) {
        context->check(QStringLiteral("state"), master, false, tr("state"), tr("not connected: %1").arg(link->lastError()));
        next(!requireAll, tr("Cannot reach %1.").arg(master));
        return;
    }
    struct Seen
    {
        QByteArray env;
        QByteArray orig;
        bool origPresent = false;
        Ensemble running;
        FourLetterWordReply srvr;
    };
    auto seen = std::make_shared<Seen>();
    QList<AsyncSteps::Step> steps;
    steps << [=](AsyncSteps::Next stepNext) {
        link->readFile(options.envFilePath, [=](bool ok, const QByteArray &content, const QString &error) {
            seen->env = content;
            stepNext(ok, error);
        });
    };
    steps << [=](AsyncSteps::Next stepNext) {
        link->exists(options.backupPath, [=](bool ok, bool exists, const QString &error) {
            seen->origPresent = exists;
            if (!ok || !exists) {
                stepNext(ok, error);
                return;
            }
            link->readFile(options.backupPath, [=](bool readOk, const QByteArray &content, const QString &readError) {
                seen->orig = content;
                stepNext(readOk, readError);
            });
        });
    };
    steps << [=](AsyncSteps::Next stepNext) {
        link->run({QStringLiteral("cat"), options.zooCfgPath}, true, [=](const CommandResult &result) {
            seen->running = ZooCfg::servers(result.stdoutData);
            link->fourLetter("srvr", [=](const FourLetterWordReply &reply) {
                seen->srvr = reply;
                stepNext(true, QString());
            });
        }, true);
    };
    AsyncSteps::run(steps, [=](bool ok, const QString &error) {
        if (!ok) {
            context->check(QStringLiteral("state"), master, false, tr("state"), error);
            next(!requireAll, error);
            return;
        }
        RunState &state = context->state();
        const ExhibitorEnvFile env = ExhibitorEnvFile::parse(seen->env);
        state.currentEnv[master] = seen->env;
        state.backupPresent[master] = seen->origPresent;
        state.runningEnsemble[master] = seen->running;
        // The original: exhibitor.orig once backed up; before that the file itself (not yet static).
        if (seen->origPresent) {
            state.originalEnv[master] = seen->orig;
            state.originalSha256[master] = sha256(seen->orig);
            state.backupSha256[master] = sha256(seen->orig);
        } else if (env.backend() != QLatin1String("STATIC")) {
            state.originalEnv[master] = seen->env;
            state.originalSha256[master] = sha256(seen->env);
        }
        auto &files = context->report().envFiles[master];
        if (files.before.isEmpty() && state.originalEnv.contains(master)) {
            files.before = Redaction::envFile(state.originalEnv.value(master));
            files.beforeSha256 = state.originalSha256.value(master);
            files.backupSha256 = state.backupSha256.value(master);
        }
        const QString recorded = context->journal().backupSha256.value(master);
        const bool backupAsRecorded = recorded.isEmpty() || !seen->origPresent || recorded == sha256(seen->orig);
        const QString detail =
            tr("backend %1%2; %3; runs %4; %5")
                .arg(env.backend().isEmpty() ? tr("none") : env.backend(),
                     env.staticEnsemble().isEmpty() ? QString() : QStringLiteral(" ") + env.staticEnsemble(),
                     seen->origPresent ? tr("exhibitor.orig sha256 %1").arg(sha256(seen->orig)) : tr("no exhibitor.orig"),
                     seen->running.isEmpty() ? tr("unknown numbering") : seen->running.toString(), seen->srvr.summary());
        context->check(QStringLiteral("state"), master, backupAsRecorded, tr("state"),
                       backupAsRecorded ? detail
                                        : detail + QLatin1Char(' ') +
                                              tr("exhibitor.orig changed since the run backed it up (sha256 %1 then)")
                                                  .arg(recorded));
        next(backupAsRecorded || !requireAll, tr("exhibitor.orig on %1 is not the run's backup any more.").arg(master));
    });
}

void InspectOperation::execute(OperationContext *context, Done done)
{
    context->openAll([this, context, done](const QStringList &failed) {
        if (!failed.isEmpty() && m_requireAll) {
            for (const QString &master : failed)
                context->check(QStringLiteral("state"), master, false, tr("state"), context->link(master)->lastError());
            done(false, tr("Cannot connect to %1; nothing was changed.").arg(failed.join(QStringLiteral(", "))));
            return;
        }
        QList<AsyncSteps::Step> steps;
        for (const QString &master : context->masters())
            steps << [this, context, master](AsyncSteps::Next next) { inspectOne(context, master, next); };
        QList<AsyncSteps::Step> sequence{[steps](AsyncSteps::Next next) { AsyncSteps::all(steps, next); }};
        if (m_takeLock) {
            // The cluster may be broken (that may be why this is a rollback): without ZooKeeper
            // the lock files alone keep a second run off.
            sequence << [context](AsyncSteps::Next next) { PreflightChecks::otherRuns(context, next, true); };
            sequence << [context](AsyncSteps::Next next) { MasterLockFiles::acquire(context, next); };
            sequence << [context](AsyncSteps::Next next) { PreflightChecks::canarySession(context, next, true); };
        }
        AsyncSteps::run(sequence, [done](bool ok, const QString &message) {
            done(ok, ok ? tr("Every master's state is read.") : message);
        });
    });
}
