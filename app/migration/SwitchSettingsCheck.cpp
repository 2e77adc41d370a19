#include "SwitchSettingsCheck.h"

#include "MasterLink.h"
#include "MigrationReport.h"
#include "OperationContext.h"

#include "config/ExhibitorEnvFile.h"
#include "discovery/BackendSpecSource.h"
#include "discovery/SpecReader.h"
#include "probe/ExhibitorRestProbe.h"
#include "probe/ExhibitorSettings.h"
#include "remote/PortForward.h"

#include <QMap>

#include <functional>
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
    constexpr int RestTimeoutMs = 10000;
    const QString kLocalHost = QStringLiteral("127.0.0.1");

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

    // One master's get-state through the SSH forward to its Exhibitor REST, as ExhibitorKick asks
    // it; done is called exactly once.
    void fetchState(OperationContext *context, const QString &master,
                    const std::function<void(const ExhibitorState &)> &done)
    {
        if (ExhibitorEnvFile::parse(context->state().currentEnv.value(master)).tlsEnabled()) {
            done(ExhibitorState::failure(ExhibitorRestProbe::tlsUnavailable()));
            return;
        }
        MasterLink *link = context->link(master);
        if (!link || !link->isConnected()) {
            done(ExhibitorState::failure(Text::tr("no SSH connection to %1").arg(master)));
            return;
        }
        auto answered = std::make_shared<bool>(false);
        auto finish = [answered, done](const ExhibitorState &state) {
            if (*answered)
                return;
            *answered = true;
            done(state);
        };
        auto asked = std::make_shared<bool>(false);
        auto ask = [context, asked, finish](quint16 port) {
            if (*asked)
                return;
            *asked = true;
            auto *probe = new ExhibitorRestProbe(kLocalHost, port, context);
            probe->setTimeout(RestTimeoutMs);
            probe->setAdminPassword(context->plan().exhibitorAdminPassword());
            QObject::connect(probe, &ExhibitorRestProbe::stateReceived, context,
                             [probe, finish](const ExhibitorState &state) {
                                 probe->deleteLater();
                                 finish(state);
                             });
            probe->fetchState();
        };
        PortForward *forward = link->forwardExhibitor(context->options().exhibitorPort);
        if (forward->isListening()) {
            ask(forward->localPort());
            return;
        }
        QObject::connect(forward, &PortForward::listening, context, ask);
        QObject::connect(forward, &PortForward::closed, context, [finish](const SshError &error) {
            finish(ExhibitorState::failure(
                Text::tr("cannot reach Exhibitor's REST through SSH (%1)")
                    .arg(error.isError() ? error.message : Text::tr("the forward closed"))));
        });
    }

    // The backend cannot be read from here (an S3 bucket only the masters' instance role may
    // read, a storage account without keys in config.yaml): each master's Exhibitor has read it
    // and reports the roll and the settings it runs with in its get-state.
    void fromGetState(OperationContext *context, const QString &backendError, AsyncSteps::Next next)
    {
        auto states = std::make_shared<QMap<QString, ExhibitorState>>();
        QList<AsyncSteps::Step> perMaster;
        for (const QString &master : context->masters()) {
            perMaster << [context, master, states](AsyncSteps::Next n) {
                fetchState(context, master, [master, states, n](const ExhibitorState &state) {
                    states->insert(master, state);
                    n(true, QString());
                });
            };
        }
        AsyncSteps::all(perMaster, [context, backendError, states, next](bool, const QString &) {
            QStringList unavailable;
            QStringList rolling;
            for (auto it = states->cbegin(); it != states->cend(); ++it) {
                if (!it->ok)
                    unavailable << Text::tr("%1: %2").arg(it.key(), it->errorText);
                else if (it->serverId < 0)
                    // Exhibitor found no servers spec naming its host: it runs on its defaults,
                    // having lost the shared config too, and its settings are not the cluster's.
                    unavailable << Text::tr("%1: its Exhibitor runs without a servers spec naming it (server ID -1), "
                                            "so not with the shared config")
                                       .arg(it.key());
                else if (it->rollInProgress)
                    rolling << Text::tr("%1 (%2)").arg(it.key(), it->rollStatus);
            }
            if (!unavailable.isEmpty()) {
                context->check(kRollId, QString(), false, Text::tr("Exhibitor's shared config"),
                               Text::tr("cannot read it (%1), nor Exhibitor's get-state on every master (%2): whether "
                                        "a roll is in progress and which settings the switch drops is unknown")
                                   .arg(backendError, unavailable.join(QStringLiteral("; "))));
                next(true, QString());
                return;
            }
            const QString source = Text::tr("as each master's Exhibitor reports it (get-state), the backend being "
                                            "unreadable from here: %1")
                                       .arg(backendError);
            context->check(kRollId, QString(), rolling.isEmpty(), Text::tr("no Exhibitor roll in progress"),
                           rolling.isEmpty()
                               ? Text::tr("no rolling config change, %1").arg(source)
                               : Text::tr("Exhibitor is rolling a config change through the ensemble (%1, %2). Let "
                                          "it finish (Exhibitor's UI, Config tab), then start again.")
                                     .arg(rolling.join(QStringLiteral(", ")), source));
            QList<AsyncSteps::Step> compare;
            for (auto it = states->cbegin(); it != states->cend(); ++it) {
                const QString master = it.key();
                const ExhibitorSettings shared = ExhibitorSettings::fromGetState(it->config);
                compare << [context, master, shared](AsyncSteps::Next n) { compareOn(context, master, shared, n); };
            }
            AsyncSteps::all(compare, next);
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
        fromGetState(context, error, next);
        return;
    }
    const QString viaName = via->name();
    QObject::connect(reader, &SpecReader::logLine, context,
                     [context, viaName](const QString &line) { context->log(viaName, LogStream::Info, line); });
    QObject::connect(reader, &SpecReader::finished, context, [context, reader, next] {
        reader->deleteLater();
        const BackendSpec &spec = reader->result();
        if (!spec.isOk()) {
            fromGetState(context, spec.error, next);
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
