#include "StatusCommand.h"

#include "MigrationCommandSupport.h"

#include "migration/MigrationJournal.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

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
    if (!parser.parse(arguments))
        return support.usageError(parser.errorText(), err);
    if (parser.isSet(QStringLiteral("help"))) {
        MigrationCommandSupport::printHelp(
            parser, tr("Usage: exhibitor-migrate status --config FILE [SSH options] [--format text|json]"),
            tr("Reads, without changing anything, each master's env file (backend and ensemble), exhibitor.orig, "
               "the numbering its ZooKeeper runs and its mode, and says where the journal's last run stopped."),
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
