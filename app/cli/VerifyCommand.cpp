#include "VerifyCommand.h"

#include "MigrationCommandSupport.h"

#include <QCommandLineParser>
#include <QTextStream>

QString VerifyCommand::summary() const
{
    return tr("Check a migrated cluster: one leader, followers synced, DC/OS's IDs everywhere.");
}

int VerifyCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    MigrationCommandSupport support(name());
    QCommandLineParser parser;
    parser.addHelpOption();
    support.addOptions(parser, false);
    if (!parser.parse(arguments))
        return support.usageError(parser.errorText(), err);
    if (parser.isSet(QStringLiteral("help"))) {
        MigrationCommandSupport::printHelp(
            parser, tr("Usage: exhibitor-migrate verify --config FILE [SSH options] [--report DIR] [--format text|json]"),
            tr("Checks, without changing anything, that the cluster is where a migration leaves it: exactly one "
               "leader, every follower synced, every server's ID the one DC/OS generates from master_list, every env "
               "file with DC/OS's static ensemble and otherwise the original, myid and zoo.cfg agreeing. Give the "
               "config.yaml from before the migration."),
            out);
        return ExitCode::Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return support.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()), err);
    MigrationSetup setup;
    const int prepared = support.prepare(parser, OperationListBuilder::Kind::Verify, &setup, err);
    if (prepared != ExitCode::Ok)
        return prepared;
    const bool json = support.jsonFormat(parser);
    int failed = 0;
    const int status = support.run(OperationListBuilder::Kind::Verify, setup, json, out, err,
                                   [&](const CheckResult &check) {
                                       if (check.id == QLatin1String("state"))
                                           return;
                                       failed += !check.passed && !check.skipped;
                                       if (!json) {
                                           out << (check.skipped ? tr("skip") : check.passed ? tr("ok  ") : tr("FAIL"))
                                               << "  " << (check.master.isEmpty() ? QString() : check.master + QStringLiteral(": "))
                                               << check.title << " — " << check.detail << '\n';
                                       }
                                   });
    out.flush();
    return failed > 0 ? ExitCode::Failure : status;
}
