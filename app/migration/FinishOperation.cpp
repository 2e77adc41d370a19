#include "FinishOperation.h"

#include "AsyncSteps.h"
#include "MigrationOptions.h"
#include "MigrationReport.h"
#include "OperationContext.h"
#include "PrivateFile.h"
#include "WriteProbe.h"
#include "ZkAccess.h"

#include "config/MigrationPlan.h"

#include <QDir>
#include <QFileInfo>

FinishOperation::FinishOperation()
    : Operation(Phase::Finish, QStringLiteral("finish"))
{
}

QString FinishOperation::title() const
{
    return tr("Write the new config.yaml and clean up");
}

QString FinishOperation::configOutPath(const QString &configFile, const QString &requested, bool overwrite)
{
    if (overwrite)
        return configFile;
    if (!requested.isEmpty())
        return requested;
    const QFileInfo info(configFile);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".static.") +
                               (info.suffix().isEmpty() ? QStringLiteral("yaml") : info.suffix()));
}

OperationPreview FinishOperation::preview(const PreviewInput &input) const
{
    OperationPreview preview;
    const QString out = configOutPath(input.plan->configFile(), input.options->configOutPath,
                                      input.options->overwriteConfig);
    preview.summary = tr("Write %1 (exhibitor_storage_backend: static) for DC/OS's next upgrade or config change, "
                         "remove the run's znodes under %2, write the report.")
                          .arg(out, input.options->znodeBase);
    preview.items << OperationPreview::Item{QString(), {tr("write %1").arg(out)},
                                            input.plan->configYamlDiff(out)};
    return preview;
}

void FinishOperation::execute(OperationContext *context, Done done)
{
    const MigrationPlan &plan = context->plan();
    const QString out = configOutPath(plan.configFile(), context->options().configOutPath,
                                      context->options().overwriteConfig);
    if (out == plan.configFile() && !context->options().overwriteConfig) {
        done(false, tr("Refusing to write over the original %1.").arg(out));
        return;
    }
    if (plan.configYamlAfter().isEmpty()) {
        done(false, tr("The new config.yaml could not be rendered; edit a copy by hand (see the plan's issues)."));
        return;
    }
    // It keeps config.yaml's secrets: readable by the operator only.
    QString error;
    if (!PrivateFile::write(out, plan.configYamlAfter(), &error)) {
        done(false, error);
        return;
    }
    context->report().configOut = out;
    context->log(QString(), LogStream::Info, tr("wrote %1").arg(out));

    // Our znodes go; the canary session ends with the run's last check done.
    ZkAccess *zk = context->zk();
    const RunState &state = context->state();
    QList<AsyncSteps::Step> steps;
    steps << [zk](AsyncSteps::Next next) { zk->stopCanary([next] { next(true, QString()); }); };
    steps << [zk](AsyncSteps::Next next) {
        zk->open([next](bool, const QString &) { next(true, QString()); });
    };
    // The write probe's znodes (and any an earlier failed run left) before the base they are under.
    steps << [zk, context](AsyncSteps::Next next) {
        context->probe()->removeZnodes(zk->connectString(), context->options().znodeBase,
                                       [context, next](bool ok, const QString &error) {
                                           if (!ok)
                                               context->log(QString(), LogStream::Warning,
                                                            tr("could not remove the write probe's znodes: %1").arg(error));
                                           next(true, QString());
                                       });
    };
    for (const QString &path : {state.canaryPath, zk->touchPath(), context->options().znodeBase}) {
        if (path.isEmpty())
            continue;
        steps << [zk, context, path](AsyncSteps::Next next) {
            zk->remove(path, [context, path, next](bool ok, const QString &error) {
                if (!ok)
                    context->log(QString(), LogStream::Warning, tr("could not remove %1: %2").arg(path, error));
                next(true, QString());
            });
        };
    }
    AsyncSteps::run(steps, [done, out](bool, const QString &) {
        done(true, tr("Migration complete. Use %1 for DC/OS from now on.").arg(out));
    });
}
