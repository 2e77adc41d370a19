#include "MigrationBenchMain.h"

#include "BenchStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

using BenchStats::out;

int migrationBenchMain(int argc, char *argv[], const QString &name, const QString &description,
                       const std::function<void(const MigrationBench::Result &)> &report)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption topology(QStringLiteral("topology"),
                                      QStringLiteral("Topology (default bench-mig5, on 127.0.51.x)."),
                                      QStringLiteral("yaml"), QStringLiteral("bench-mig5"));
    const QCommandLineOption keep(QStringLiteral("keep-sim"), QStringLiteral("Leave the migrated sim up."));
    const QCommandLineOption trace(QStringLiteral("trace"),
                                   QStringLiteral("Print every engine log line and operation with the clock."));
    parser.addOptions({topology, keep, trace});
    parser.process(app);

    BenchStats::printMachine(name);
    QString why;
    if (!BenchSim::available(&why)) {
        out() << "SKIP: " << why << Qt::endl;
        return 77;
    }
    QElapsedTimer clock;
    clock.start();
    int status = 1;
    {
        MigrationBench bench(parser.value(topology));
        bench.keepSim = parser.isSet(keep);
        bench.trace = parser.isSet(trace);
        QObject::connect(&bench, &MigrationBench::progress, &bench, [&clock](const QString &line) {
            out() << QStringLiteral("[%1 s] ").arg(double(clock.elapsed()) / 1000.0, 6, 'f', 1) << line << Qt::endl;
        });
        QObject::connect(&bench, &MigrationBench::done, &app, [&] {
            const MigrationBench::Result &result = bench.result();
            if (!result.error.isEmpty()) {
                out() << "FAILED: " << result.error << Qt::endl;
            } else if (result.outcome != RunOutcome::Succeeded) {
                out() << "the migration did not succeed (" << outcomeKey(result.outcome) << "): " << result.message
                      << "\nfigures are not valid" << Qt::endl;
            } else {
                report(result);
                status = 0;
            }
            app.quit();
        });
        QMetaObject::invokeMethod(&bench, &MigrationBench::start, Qt::QueuedConnection);
        app.exec();
    } // the sim goes down here, unless kept
    return status;
}
