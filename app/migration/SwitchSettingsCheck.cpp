#include "SwitchSettingsCheck.h"

#include "MasterLink.h"
#include "MigrationReport.h"
#include "OperationContext.h"

#include "discovery/BackendSpecSource.h"
#include "discovery/SpecReader.h"
#include "probe/ExhibitorSettings.h"

#include <memory>

namespace
{
    class Text
    {
        Q_DECLARE_TR_FUNCTIONS(SwitchSettingsCheck)
    };

    const QString kSettingsId = QStringLiteral("switch-settings");
    const QString kRollId = QStringLiteral("exhibitor-roll");
    constexpr int BackendReadTimeoutMs = 15000;

    void compareOn(OperationContext *context, const QString &master, const ExhibitorSettings &shared,
                   AsyncSteps::Next next)
    {
        const QString path = context->options().staticDefaultsPath;
        context->link(master)->readFile(path, [=](bool ok, const QByteArray &content, const QString &error) {
            const QString title = Text::tr("Exhibitor's settings after the switch (%1)").arg(path);
            if (!ok) {
                context->check(kSettingsId, master, false, title,
                               Text::tr("cannot read %1 (%2): without it the data directory STATIC would use is "
                                        "unknown. dcos-exhibitor writes it at every start; check that the unit runs.")
                                   .arg(path, error));
                next(true, QString());
                return;
            }
            const auto changes = ExhibitorSettings::switchChanges(shared, ExhibitorSettings::fromDefaultsFile(content));
            QStringList listed;
            QStringList stopping;
            for (const auto &change : changes) {
                listed << ExhibitorSettings::describe(change);
                if (change.stopsRun)
                    stopping << change.name;
            }
            QString detail;
            if (changes.isEmpty()) {
                detail = Text::tr("the same as the shared config's: nothing changes");
            } else if (stopping.isEmpty()) {
                detail = Text::tr("the switch drops the shared config's values for: %1. STATIC takes them from %2; "
                                  "change them there (DC/OS renders it) if they matter.")
                             .arg(listed.join(QStringLiteral("; ")), path);
            } else {
                detail = Text::tr("%1 would change: ZooKeeper would start on an empty directory and this master would "
                                  "lose its data. Move the data to the directory DC/OS uses, or keep the current "
                                  "backend. All changes: %2")
                             .arg(stopping.join(QStringLiteral(", ")), listed.join(QStringLiteral("; ")));
            }
            context->check(kSettingsId, master, stopping.isEmpty(), title, detail);
            next(true, QString());
        });
    }
} // namespace

void SwitchSettingsCheck::run(OperationContext *context, AsyncSteps::Next next)
{
    const MigrationPlan &plan = context->plan();
    MasterLink *via = nullptr;
    for (MasterLink *link : context->links()) {
        if (link->isConnected()) {
            via = link;
            break;
        }
    }
    if (!via) {
        next(true, QString()); // the SSH check already failed the run
        return;
    }
    QString error;
    SpecReader *reader =
        BackendSpecSource::fromPlan(plan).create(via->session(), BackendReadTimeoutMs, context, &error);
    if (!reader) {
        context->check(kRollId, QString(), false, Text::tr("Exhibitor's shared config"),
                       Text::tr("cannot read it (%1): whether a roll is in progress and which settings the switch "
                                "drops is unknown")
                           .arg(error));
        next(true, QString());
        return;
    }
    const QString viaName = via->name();
    QObject::connect(reader, &SpecReader::logLine, context,
                     [context, viaName](const QString &line) { context->log(viaName, LogStream::Info, line); });
    QObject::connect(reader, &SpecReader::finished, context, [context, reader, next] {
        reader->deleteLater();
        const BackendSpec &spec = reader->result();
        const QString title = Text::tr("Exhibitor's shared config (%1)").arg(spec.location);
        if (!spec.isOk()) {
            context->check(kRollId, QString(), false, title,
                           Text::tr("cannot read it (%1): whether a roll is in progress and which settings the switch "
                                    "drops is unknown")
                               .arg(spec.error));
            next(true, QString());
            return;
        }
        context->check(kRollId, QString(), spec.rollingSpec.isEmpty(), Text::tr("no Exhibitor roll in progress"),
                       spec.rollingSpec.isEmpty()
                           ? Text::tr("no rolling config change in %1").arg(spec.location)
                           : Text::tr("Exhibitor is rolling a config change through the ensemble (to %1). Let it "
                                      "finish (Exhibitor's UI, Config tab), then start again.")
                                 .arg(spec.rollingSpec));
        const ExhibitorSettings shared = ExhibitorSettings::fromSharedConfig(spec.sharedConfig);
        QList<AsyncSteps::Step> perMaster;
        for (const QString &master : context->masters())
            perMaster << [context, master, shared](AsyncSteps::Next n) { compareOn(context, master, shared, n); };
        AsyncSteps::all(perMaster, next);
    });
    reader->start();
}
