// bench-discovery-scaling: discovery over 1 master vs over 25 masters in one run, interleaved,
// medians compared. Goal: time(25) / time(1) ≤ 1.5×, i.e. masters are discovered in parallel.
// The masters are sshd-only sims (bench/topologies): connect, authenticate and the read-only
// remote commands are the part that scales with the number of masters.
#include "BenchSim.h"
#include "BenchStats.h"
#include "ScalingRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace {

using BenchStats::out;

struct Plan
{
    QList<const BenchSim *> runs; // in order
    QList<bool> warmUp;           // parallel to runs: not counted
    QList<ScalingRun::Sample> samples;
};

void printSample(const QString &label, const ScalingRun::Sample &s)
{
    out() << QStringLiteral("%1 %2 master(s): connected %3 ms, discovered %4 ms; CPU s: client %5, masters %6, "
                            "machine %7%8\n")
                 .arg(label)
                 .arg(s.masters, 2)
                 .arg(s.connectMs, 5, 'f', 0)
                 .arg(s.totalMs, 5, 'f', 0)
                 .arg(s.clientCpuS, 4, 'f', 2)
                 .arg(s.mastersCpuS, 4, 'f', 2)
                 .arg(s.machineCpuS, 4, 'f', 2)
                 .arg(s.problem.isEmpty() ? QString() : QStringLiteral("  PROBLEM: ") + s.problem)
          << Qt::flush;
}

// Runs the plan's discoveries one after another from the event loop, then calls whenDone.
void runNext(Plan *plan, int index, const std::function<void()> &whenDone)
{
    if (index == plan->runs.size()) {
        whenDone();
        return;
    }
    auto *run = new ScalingRun(plan->runs.at(index));
    QObject::connect(run, &ScalingRun::done, run, [plan, index, run, whenDone] {
        const ScalingRun::Sample sample = run->sample();
        printSample(plan->warmUp.at(index) ? QStringLiteral("warm-up  ")
                                           : QStringLiteral("run %1   ").arg(index, 2),
                    sample);
        if (!plan->warmUp.at(index))
            plan->samples << sample;
        run->deleteLater();
        QTimer::singleShot(0, [plan, index, whenDone] { runNext(plan, index + 1, whenDone); });
    });
    run->start();
}

int report(const Plan &plan, int small, int large)
{
    QList<double> smallTotal, largeTotal, smallConnect, largeConnect, largeWork, largeClient, smallWork;
    bool problems = false;
    for (const ScalingRun::Sample &s : plan.samples) {
        problems = problems || !s.problem.isEmpty();
        if (s.masters == small) {
            smallTotal << s.totalMs;
            smallConnect << s.connectMs;
            smallWork << s.workCpuS();
        } else {
            largeTotal << s.totalMs;
            largeConnect << s.connectMs;
            largeWork << s.workCpuS();
            largeClient << s.clientCpuS;
        }
    }
    using BenchStats::median;
    const double t1 = median(smallTotal), t25 = median(largeTotal);
    const double ratio = t25 / t1;
    const double connectRatio = median(largeConnect) / median(smallConnect);
    // The 25-master run's CPU work (client and masters: all on this machine) spread over all
    // cores, in units of time(1): a floor that no amount of parallelism gets under here. Real
    // masters do their share on their own CPUs; only the client's share stays on one machine.
    const int cores = BenchStats::onlineCores();
    const double cpuFloor = median(largeWork) / cores / (t1 / 1000.0);
    const double clientFloor = median(largeClient) / cores / (t1 / 1000.0);
    out() << QStringLiteral("median time(%1) = %2 ms, median time(%3) = %4 ms (%5 rounds)\n")
                 .arg(small).arg(t1, 0, 'f', 0).arg(large).arg(t25, 0, 'f', 0).arg(smallTotal.size());
    out() << QStringLiteral("connect phase alone: time(%1)/time(%2) = %3x\n")
                 .arg(large).arg(small).arg(connectRatio, 0, 'f', 2);
    out() << QStringLiteral("CPU work: %1 master(s) %2 s, %3 masters %4 s (%5 s of it in this process); "
                            "spread over %6 cores that alone takes %7x time(%1) (the client's part alone: %8x)\n")
                 .arg(small).arg(median(smallWork), 0, 'f', 2).arg(large).arg(median(largeWork), 0, 'f', 2)
                 .arg(median(largeClient), 0, 'f', 2).arg(cores).arg(cpuFloor, 0, 'f', 2).arg(clientFloor, 0, 'f', 2);
    out() << QStringLiteral("parallel efficiency: time(%1)/time(%2) / max(1, CPU floor) = %3x (1.0x: as parallel as "
                            "this machine allows)\n")
                 .arg(large).arg(small).arg(ratio / std::max(1.0, cpuFloor), 0, 'f', 2);
    out() << Qt::flush;
    BenchStats::printGoal(QStringLiteral("discovery-scaling time(%1)/time(%2)").arg(large).arg(small),
                          QStringLiteral("%1x").arg(ratio, 0, 'f', 2), QStringLiteral("<= 1.5x"), ratio <= 1.5);
    if (problems)
        out() << QStringLiteral("some runs did not reach or read every master: figures are not valid\n");
    return problems ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Discovery over 1 vs 25 masters; prints time(25)/time(1)."));
    parser.addHelpOption();
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Rounds of (1, 25) (default 5)."),
                                    QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption keep(QStringLiteral("keep-sim"), QStringLiteral("Leave the sims up afterwards."));
    const QCommandLineOption smallTopo(QStringLiteral("small"), QStringLiteral("Topology with one master."),
                                       QStringLiteral("yaml"), QStringLiteral("bench-ssh1"));
    const QCommandLineOption largeTopo(QStringLiteral("large"), QStringLiteral("Topology with many masters."),
                                       QStringLiteral("yaml"), QStringLiteral("bench-ssh25"));
    parser.addOptions({rounds, keep, smallTopo, largeTopo});
    parser.process(app);

    BenchStats::printMachine(QStringLiteral("discovery-scaling"));
    QString why;
    if (!BenchSim::available(&why)) {
        out() << "SKIP: " << why << Qt::endl;
        return 77;
    }
    BenchSim small(parser.value(smallTopo)), large(parser.value(largeTopo));
    for (BenchSim *sim : {&small, &large}) {
        if (!sim->up(&why)) {
            out() << "cannot bring up " << sim->topologyPath() << ": " << why << Qt::endl;
            return 1;
        }
    }
    const int n1 = int(small.masters().size()), n25 = int(large.masters().size());
    out() << QStringLiteral("%1 vs %2 sshd-only masters; discovery = connect + auth + env file, journal, myid, "
                            ".orig checksum in one sudo'd command + refused ZooKeeper/Exhibitor forwards\n")
                 .arg(n1).arg(n25) << Qt::flush;

    // One warm-up of each (first logins fill caches on both sides), then alternate which size
    // goes first in each round so that a slow drift in machine load hits both alike.
    Plan plan;
    plan.runs << &small << &large;
    plan.warmUp << true << true;
    for (int round = 0; round < parser.value(rounds).toInt(); ++round) {
        const bool smallFirst = round % 2 == 0;
        plan.runs << (smallFirst ? &small : &large) << (smallFirst ? &large : &small);
        plan.warmUp << false << false;
    }
    int status = 0;
    QTimer::singleShot(0, &app, [&] {
        runNext(&plan, 0, [&] {
            status = report(plan, n1, n25);
            app.quit();
        });
    });
    app.exec();
    if (!parser.isSet(keep)) {
        small.down();
        large.down();
    }
    return status;
}
