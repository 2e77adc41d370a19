#include "StatusCommand.h"

#include "ClusterTakeover.h"
#include "MigrationCommandSupport.h"

#include "migration/MigrationJournal.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

QString StatusCommand::summary() const
{
    return tr("Show each master's state and where the last run stopped.");
}

int StatusCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    MigrationCommandSupport support(name());
    QCommandLineParser parser;
    parser.addHelpOption();
    support.addOptions(parser, false);
    parser.addOption({QStringLiteral("from-cluster"),
                      tr("Say where the run stands from what the masters show, even with a journal here (as "
                         "without one).")});
    if (!parser.parse(arguments))
        return support.usageError(parser.errorText(), err);
    if (parser.isSet(QStringLiteral("help"))) {
        MigrationCommandSupport::printHelp(
            parser, tr("Usage: exhibitor-migrate status --config FILE [SSH options] [--from-cluster] [--format text|json]"),
            tr("Reads, without changing anything, each master's env file (backend and ensemble), exhibitor.orig, "
               "the numbering its ZooKeeper runs and its mode, and says where the journal's last run stopped. "
               "Without a journal here (or with --from-cluster) it says where the run stands from the masters "
               "alone: each master's step and the run's."),
            out);
        return ExitCode::Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return support.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()), err);
    MigrationSetup setup;
    const int prepared = support.prepare(parser, OperationListBuilder::Kind::Status, &setup, err);
    if (prepared != ExitCode::Ok)
        return prepared;
    const bool json = support.jsonFormat(parser);

    const QString journalPath = setup.options.journalPath.isEmpty()
                                    ? MigrationJournal::defaultPath(setup.clusterName, setup.targetNames())
                                    : setup.options.journalPath;
    if (!QFile::exists(journalPath) || parser.isSet(QStringLiteral("from-cluster"))) {
        if (!json && !QFile::exists(journalPath))
            out << tr("No run journal (%1): no migration was started from here.").arg(journalPath) << '\n';
        const ClusterRunState state = ClusterTakeover::read(setup, err);
        if (json)
            out << QJsonDocument(ClusterTakeover::toJson(state)).toJson(QJsonDocument::Compact) << '\n';
        else
            ClusterTakeover::print(state, out);
        out.flush();
        const bool allRead = std::none_of(state.masters().cbegin(), state.masters().cend(), [](const auto &master) {
            return master.stage == ClusterRunState::MasterStage::Unreachable;
        });
        return allRead ? ExitCode::Ok : ExitCode::Failure;
    }
    if (!json) {
        if (!QFile::exists(journalPath)) {
            out << tr("No run journal (%1): no migration was started from here.").arg(journalPath) << '\n';
        } else if (const auto journal = MigrationJournal::load(journalPath)) {
            out << tr("Journal %1: run %2, %3.").arg(journalPath, journal->runId, journal->stateTextNow()) << '\n';
            if (const auto stopped = journal->lastUnfinished())
                out << tr("Stopped at: %1 %2 (%3).")
                           .arg(stopped->op, stopped->master, MigrationJournal::statusKey(stopped->status))
                    << '\n';
        }
    }
    const int status = support.run(OperationListBuilder::Kind::Status, setup, json, out, err,
                                   [&](const CheckResult &check) {
                                       if (!json && check.id == QLatin1String("state"))
                                           out << check.master << ": " << check.detail << '\n';
                                   });
    out.flush();
    return status;
}
