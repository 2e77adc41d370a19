#include "MigrateCommand.h"

#include "MigrationCommandSupport.h"

#include <QCommandLineParser>
#include <QTextStream>

QString MigrateCommand::summary() const
{
    return tr("Migrate to the static backend: preflight, backup, Phase A, Phase B, verify, new config.yaml.");
}

int MigrateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    MigrationCommandSupport support(name());
    QCommandLineParser parser;
    parser.addHelpOption();
    support.addOptions(parser, true);
    parser.addOptions({
        {QStringLiteral("resume"), tr("Go on from the journal after an interruption (crash, lost connection, a stop).")},
        {QStringLiteral("config-out"), tr("Where the new config.yaml goes (default: <config>.static.yaml beside it)."),
         tr("FILE")},
        {QStringLiteral("overwrite-config"), tr("Write the new config.yaml over the original config file.")},
    });
    if (!parser.parse(arguments))
        return support.usageError(parser.errorText(), err);
    if (parser.isSet(QStringLiteral("help"))) {
        MigrationCommandSupport::printHelp(
            parser,
            tr("Usage: exhibitor-migrate migrate --config FILE [--ids FILE] [--user U] [--port P] [--identity KEYFILE] "
               "[--password-stdin] [--sudo none|nopasswd|password] [--yes] [--pause-each] [--report DIR] [--resume] "
               "[--format text|json]"),
            tr("Moves the cluster's Exhibitor to the static backend without taking ZooKeeper down. Nothing changes "
               "before the preflight checks pass; before each phase it asks on the terminal (unless --yes). Without "
               "--ids the current IDs are discovered on the masters. Progress goes to stderr; with --format json, "
               "one JSON event per line goes to stdout. If the run stops, \"migrate --resume\" goes on and "
               "\"rollback\" restores the original files. Ctrl+C, SIGTERM and SIGHUP stop the run after its current "
               "step (exit status 130) and print the command that goes on."),
            out);
        return ExitCode::Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return support.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()), err);
    const auto kind = parser.isSet(QStringLiteral("resume")) ? OperationListBuilder::Kind::Resume
                                                             : OperationListBuilder::Kind::Migrate;
    MigrationSetup setup;
    const int prepared = support.prepare(parser, kind, &setup, err);
    if (prepared != ExitCode::Ok)
        return prepared;
    setup.options.configOutPath = parser.value(QStringLiteral("config-out"));
    setup.options.overwriteConfig = parser.isSet(QStringLiteral("overwrite-config"));
    return support.run(kind, setup, support.jsonFormat(parser), out, err);
}
