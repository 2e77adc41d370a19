#include "SupportBundleCommand.h"

#include "MigrationCommandSupport.h"

#include "migration/MigrationRunner.h"
#include "support/SupportBundle.h"
#include "support/SupportBundleRunner.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>

QString SupportBundleCommand::summary() const
{
    return tr("Collect what the masters say after a failed run, secrets redacted.");
}

int SupportBundleCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    MigrationCommandSupport support(name());
    QCommandLineParser parser;
    parser.addHelpOption();
    support.addOptions(parser, false);
    parser.addOptions({
        {QStringLiteral("out"), tr("Write the bundle into this directory (default: a new one in the app's data "
                                   "directory)."),
         tr("DIR")},
        {QStringLiteral("archive"), tr("Also pack the bundle into DIR.tar.gz.")},
        {QStringLiteral("journal-lines"), tr("Lines of each master's dcos-exhibitor journal (default 300)."),
         tr("N"), QStringLiteral("300")},
    });
    if (!parser.parse(arguments))
        return support.usageError(parser.errorText(), err);
    if (parser.isSet(QStringLiteral("help"))) {
        MigrationCommandSupport::printHelp(
            parser,
            tr("Usage: exhibitor-migrate support-bundle --config FILE [SSH options] [--out DIR] [--report DIR] "
               "[--journal-lines N] [--archive]"),
            tr("Reads, without changing anything, each master's env file (and whether it is a symlink), zoo.cfg, "
               "myid, exhibitor.orig, the unit's state, the last lines of its dcos-exhibitor journal and ZooKeeper's "
               "ruok, srvr, stat, mntr and conf answers, and copies config.yaml and the run's report and journal "
               "(--report DIR names the run's report directory; default: the newest of the journal's run). Secrets "
               "are redacted. findings.txt lists the known failures found, with master, file, line and what to do. "
               "A master that cannot be reached is named in the bundle; the others are still collected."),
            out);
        return ExitCode::Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return support.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()), err);
    bool linesOk = false;
    const int journalLines = parser.value(QStringLiteral("journal-lines")).toInt(&linesOk);
    if (!linesOk || journalLines < 1 || journalLines > 100000)
        return support.usageError(tr("--journal-lines takes a number from 1 to 100000; \"%1\" is not one.")
                                      .arg(parser.value(QStringLiteral("journal-lines"))),
                                  err);

    if (support.jsonFormat(parser))
        return support.usageError(tr("support-bundle writes text only; the bundle itself is the result."), err);

    MigrationSetup setup;
    const int prepared = support.prepare(parser, OperationListBuilder::Kind::Status, &setup, err);
    if (prepared != ExitCode::Ok)
        return prepared;

    SupportBundleRequest request;
    request.targets = setup.targets;
    request.options = setup.options;
    request.clusterName = setup.clusterName;
    request.configYamlPath = QFileInfo(parser.value(QStringLiteral("config"))).absoluteFilePath();
    request.journalPath = MigrationRunner::journalPath(setup);
    // --report is the run's report directory here: read, not written.
    request.runReportDir = parser.isSet(QStringLiteral("report")) ? parser.value(QStringLiteral("report"))
                                                                  : SupportBundle::latestReportDir(request.journalPath);
    request.outDir = parser.isSet(QStringLiteral("out")) ? QDir(parser.value(QStringLiteral("out"))).absolutePath()
                                                         : QString();
    request.makeArchive = parser.isSet(QStringLiteral("archive"));
    request.journalLines = journalLines;
    if (!setup.zkSuperCredentials.isEmpty())
        request.extraSecrets << setup.zkSuperCredentials;

    err << tr("Collecting from %n master(s)...", nullptr, int(request.targets.size())) << Qt::endl;
    SupportBundleRunner runner;
    SupportBundleResult result;
    QEventLoop loop;
    QObject::connect(&runner, &SupportBundleRunner::progress, &runner,
                     [&err](const QString &master, const QString &text) {
                         err << (master.isEmpty() ? QString() : master + QStringLiteral(": ")) << text << Qt::endl;
                     });
    QObject::connect(&runner, &SupportBundleRunner::finished, &loop, [&](const SupportBundleResult &finished) {
        result = finished;
        loop.quit();
    });
    runner.start(request);
    loop.exec();

    if (!result.ok) {
        err << tr("The support bundle could not be written: %1").arg(result.error) << '\n';
        return ExitCode::Failure;
    }
    for (const SupportBundleMaster &master : std::as_const(result.masters)) {
        if (!master.reachable)
            out << tr("%1: not reached (%2); the bundle says so.").arg(master.name, master.error) << '\n';
    }
    for (const SupportFinding &finding : std::as_const(result.findings)) {
        const QString where = finding.line > 0 ? QStringLiteral("%1:%2").arg(finding.file).arg(finding.line)
                                                : finding.file;
        out << (finding.master.isEmpty() ? tr("run") : finding.master) << ": " << finding.title << " (" << where
            << ")\n";
    }
    out << tr("Support bundle written to %1 (%n known failure(s) found; see findings.txt).", nullptr,
              int(result.findings.size()))
               .arg(result.dir)
        << '\n';
    if (!result.archive.isEmpty())
        out << tr("Archive: %1").arg(result.archive) << '\n';
    if (!result.archiveError.isEmpty())
        err << result.archiveError << '\n';
    out << tr("Secrets are redacted; read the files before you send them.") << '\n';
    out.flush();
    return ExitCode::Ok;
}
