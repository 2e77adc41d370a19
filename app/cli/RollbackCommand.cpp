#include "RollbackCommand.h"

#include "MigrationCommandSupport.h"

#include <QCommandLineParser>
#include <QTextStream>

QString RollbackCommand::summary() const
{
    return tr("Restore exhibitor.orig on every changed master, restart safely, verify the original IDs.");
}

int RollbackCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    MigrationCommandSupport support(name());
    QCommandLineParser parser;
    parser.addHelpOption();
    support.addOptions(parser, true);
    if (!parser.parse(arguments))
        return support.usageError(parser.errorText(), err);
    if (parser.isSet(QStringLiteral("help"))) {
        MigrationCommandSupport::printHelp(
            parser,
            tr("Usage: exhibitor-migrate rollback --config FILE [--ids FILE] [SSH options] [--yes] [--pause-each] "
               "[--report DIR] [--format text|json]"),
            tr("Puts every master back on its original env file (exhibitor.orig, byte for byte), restarts the masters "
               "the migration changed one at a time with the same settle gate, and verifies that the ensemble runs "
               "its original IDs again. The original IDs come from the run's journal; without one, give them with "
               "--ids. Ctrl+C, SIGTERM and SIGHUP stop it after its current step (exit status 130)."),
            out);
        return ExitCode::Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return support.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()), err);
    MigrationSetup setup;
    const int prepared = support.prepare(parser, OperationListBuilder::Kind::Rollback, &setup, err);
    if (prepared != ExitCode::Ok)
        return prepared;
    return support.run(OperationListBuilder::Kind::Rollback, setup, support.jsonFormat(parser), out, err);
}
