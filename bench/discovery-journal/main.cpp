// bench-discovery-journal: discovery of five masters whose journals hold a few MB vs hundreds of
// MB, in one run. Goals: under 2 s with 300 MB journals; the workstation's memory flat in the
// journals' size. The journal is searched on the master: first the running ZooKeeper's own
// entries (journalctl _PID=<zk.pid> --since <its start>: journald's index, a bisection in the
// sim), else the whole journal backwards (journalctl -r | grep -m 1); only the matching line comes
// back. The masters are sshd-only sims whose journals the benchmark fills (JournalFiles); two
// placements of the line that names the ID: only at start-up 300 MB back and a recent one. Each
// placement is measured both ways in the same run: as discovery searches now (ZooKeeper's own
// entries first) and backwards only (as it searched before; the same script's fallback), so the
// before/after ratio comes from one run on one machine state.
#include "BenchSim.h"
#include "BenchStats.h"
#include "JournalFiles.h"
#include "JournalRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace {

using BenchStats::out;

using Way = JournalRun::Way;

struct Step
{
    const BenchSim *sim = nullptr;
    QString phase;
    Way way = Way::ZooKeeperFirst;
    bool warmUp = false;
};

QString wayName(Way way)
{
    return way == Way::ZooKeeperFirst ? QStringLiteral("zk-first") : QStringLiteral("backward");
}

struct Result
{
    Step step;
    JournalRun::Sample sample;
};

struct Plan
{
    QList<Step> steps;
    QList<Result> results;
    std::function<bool(const QString &phase)> beforePhase; // set up the journals for a phase
};

QString label(const BenchSim *sim)
{
    return sim->topologyPath().contains(QStringLiteral("large")) ? QStringLiteral("large") : QStringLiteral("small");
}

void runNext(Plan *plan, int index, const std::function<void(bool)> &whenDone)
{
    if (index == plan->steps.size()) {
        whenDone(true);
        return;
    }
    const Step step = plan->steps.at(index);
    if (index == 0 || plan->steps.at(index - 1).phase != step.phase) {
        if (!plan->beforePhase(step.phase)) {
            whenDone(false);
            return;
        }
    }
    auto *run = new JournalRun(step.sim, step.way);
    QObject::connect(run, &JournalRun::done, run, [plan, index, run, step, whenDone] {
        const JournalRun::Sample s = run->sample();
        out() << QStringLiteral("%1 %2 %3 %4: discovered %5 ms; peak RSS %6 MiB (before %7); CPU s: client %8, "
                                "masters %9%10\n")
                     .arg(step.warmUp ? QStringLiteral("warm-up") : QStringLiteral("run    "))
                     .arg(step.phase, -6)
                     .arg(wayName(step.way), -8)
                     .arg(label(step.sim), -5)
                     .arg(s.totalMs, 6, 'f', 0)
                     .arg(s.peakRssMiB, 5, 'f', 1)
                     .arg(s.rssBeforeMiB, 5, 'f', 1)
                     .arg(s.clientCpuS, 4, 'f', 2)
                     .arg(s.mastersCpuS, 5, 'f', 2)
                     .arg(s.problem.isEmpty() ? QString() : QStringLiteral("  PROBLEM: ") + s.problem)
              << Qt::flush;
        plan->results << Result{step, s};
        run->deleteLater();
        QTimer::singleShot(0, [plan, index, whenDone] { runNext(plan, index + 1, whenDone); });
    });
    run->start();
}

QList<JournalRun::Sample> samples(const Plan &plan, const QString &phase, Way way, const BenchSim *sim)
{
    QList<JournalRun::Sample> list;
    for (const Result &r : plan.results) {
        if (!r.step.warmUp && r.step.phase == phase && r.step.way == way && r.step.sim == sim)
            list << r.sample;
    }
    return list;
}

QList<double> field(const QList<JournalRun::Sample> &list, double JournalRun::Sample::*member)
{
    QList<double> values;
    for (const JournalRun::Sample &s : list)
        values << s.*member;
    return values;
}

int report(const Plan &plan, const BenchSim &small, const BenchSim &large, int smallMb, int largeMb)
{
    using BenchStats::median;
    bool problems = false;
    for (const Result &r : plan.results)
        problems = problems || !r.sample.problem.isEmpty();
    const int cores = BenchStats::onlineCores();
    const int masters = int(large.masters().size());
    double worstPeakRatio = 0;
    for (const QString &phase : {QStringLiteral("old"), QStringLiteral("recent")}) {
        QMap<Way, double> largeMs;
        for (const Way way : {Way::BackwardOnly, Way::ZooKeeperFirst}) {
            const auto s = samples(plan, phase, way, &small);
            const auto l = samples(plan, phase, way, &large);
            const double ts = median(field(s, &JournalRun::Sample::totalMs));
            const double tl = median(field(l, &JournalRun::Sample::totalMs));
            const double ps = median(field(s, &JournalRun::Sample::peakRssMiB));
            const double pl = median(field(l, &JournalRun::Sample::peakRssMiB));
            const double pmax = std::ranges::max(field(l, &JournalRun::Sample::peakRssMiB));
            const double cl = median(field(l, &JournalRun::Sample::mastersCpuS));
            largeMs[way] = tl;
            if (way == Way::ZooKeeperFirst)
                worstPeakRatio = std::max(worstPeakRatio, pmax / ps);
            const QString where = phase == QLatin1String("old")
                                      ? QStringLiteral("the only 'my id' line at start-up, %1 MB back").arg(largeMb)
                                      : QStringLiteral("also a recent 'my id' line");
            out() << QStringLiteral("%1, %2 (%3): median time %4 MB %5 ms, %6 MB %7 ms (%8x); peak RSS %9 MiB vs %10 "
                                    "MiB (largest %11); masters' CPU %12 s per run, %13 s spread over %14 cores\n")
                         .arg(phase, wayName(way), where)
                         .arg(smallMb).arg(ts, 0, 'f', 0).arg(largeMb).arg(tl, 0, 'f', 0).arg(tl / ts, 0, 'f', 2)
                         .arg(ps, 0, 'f', 1).arg(pl, 0, 'f', 1).arg(pmax, 0, 'f', 1)
                         .arg(cl, 0, 'f', 2).arg(cl / cores, 0, 'f', 2).arg(cores)
                  << Qt::flush;
        }
        const double tl = largeMs.value(Way::ZooKeeperFirst);
        out() << QStringLiteral("%1: backward only / ZooKeeper's entries first, %2 MB journals: %3 / %4 ms = %5x\n")
                     .arg(phase).arg(largeMb)
                     .arg(largeMs.value(Way::BackwardOnly), 0, 'f', 0).arg(tl, 0, 'f', 0)
                     .arg(largeMs.value(Way::BackwardOnly) / tl, 0, 'f', 1)
              << Qt::flush;
        BenchStats::printGoal(QStringLiteral("discovery-journal %1 masters x %2 MB journals, %3 'my id' line")
                                  .arg(masters).arg(largeMb).arg(phase),
                              QStringLiteral("%1 ms").arg(tl, 0, 'f', 0), QStringLiteral("< 2000 ms"), tl < 2000);
    }
    BenchStats::printGoal(QStringLiteral("discovery-journal memory, peak RSS %1 MB / %2 MB journals (worst run)")
                              .arg(largeMb).arg(smallMb),
                          QStringLiteral("%1x").arg(worstPeakRatio, 0, 'f', 3), QStringLiteral("<= 1.05x (flat)"),
                          worstPeakRatio <= 1.05);
    if (problems)
        out() << QStringLiteral("some runs did not read every master's ID from its journal the way asked for: figures "
                                "are not valid\n");
    return problems ? 1 : 0;
}

// A process standing in for each master's ZooKeeper JVM (sshd-only masters run none): a live
// pid with a start time, which the journals' running-ZooKeeper entries carry and zk.pid names.
class StandIns
{
public:
    ~StandIns()
    {
        for (QProcess *p : m_processes) {
            p->kill();
            p->waitForFinished(5000);
            delete p;
        }
    }
    bool start(const BenchSim &sim, QString *error)
    {
        for (const QString &master : sim.masters()) {
            auto *p = new QProcess;
            m_processes << p;
            p->start(QStringLiteral("sleep"), {QStringLiteral("infinity")});
            if (!p->waitForStarted(10000)) {
                *error = QStringLiteral("cannot start a stand-in process: %1").arg(p->errorString());
                return false;
            }
            m_pids[&sim][master] = p->processId();
        }
        return true;
    }
    QMap<QString, qint64> pids(const BenchSim &sim) const { return m_pids.value(&sim); }

private:
    QList<QProcess *> m_processes;
    QMap<const BenchSim *, QMap<QString, qint64>> m_pids;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Discovery of 5 masters with small vs large journals; prints times and peak memory."));
    parser.addHelpOption();
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Rounds per placement (default 3)."),
                                    QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption smallMb(QStringLiteral("small-mb"), QStringLiteral("Small journals, MiB (default 3)."),
                                     QStringLiteral("mb"), QStringLiteral("3"));
    const QCommandLineOption largeMb(QStringLiteral("large-mb"), QStringLiteral("Large journals, MiB (default 300)."),
                                     QStringLiteral("mb"), QStringLiteral("300"));
    const QCommandLineOption keep(QStringLiteral("keep-sim"), QStringLiteral("Leave the sims (and journals) up."));
    parser.addOptions({rounds, smallMb, largeMb, keep});
    parser.process(app);

    BenchStats::printMachine(QStringLiteral("discovery-journal"));
    QString why;
    if (!BenchSim::available(&why)) {
        out() << "SKIP: " << why << Qt::endl;
        return 77;
    }
    BenchSim small(QStringLiteral("bench-journal-small")), large(QStringLiteral("bench-journal-large"));
    for (BenchSim *sim : {&small, &large}) {
        if (!sim->up(&why)) {
            out() << "cannot bring up " << sim->topologyPath() << ": " << why << Qt::endl;
            return 1;
        }
    }
    const int mbSmall = parser.value(smallMb).toInt(), mbLarge = parser.value(largeMb).toInt();
    StandIns standIns;
    if (!standIns.start(small, &why) || !standIns.start(large, &why)) {
        out() << why << Qt::endl;
        return 1;
    }
    // After every stand-in started: their entries are no older than their processes.
    const double startedAt = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;

    Plan plan;
    plan.beforePhase = [&](const QString &phase) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const bool ok = phase == QLatin1String("old")
                            ? JournalFiles::writeOldElection(small, mbSmall, standIns.pids(small), startedAt, &error)
                                  && JournalFiles::writeOldElection(large, mbLarge, standIns.pids(large), startedAt, &error)
                            : JournalFiles::appendRecentLine(small, standIns.pids(small), &error)
                                  && JournalFiles::appendRecentLine(large, standIns.pids(large), &error);
        if (!ok) {
            out() << "cannot write the journals: " << error << Qt::endl;
            return false;
        }
        out() << QStringLiteral("journals for '%1': %2 MB and %3 MB in all (%4 masters each), written in %5 s\n")
                     .arg(phase)
                     .arg(double(JournalFiles::totalBytes(small)) / 1048576.0, 0, 'f', 1)
                     .arg(double(JournalFiles::totalBytes(large)) / 1048576.0, 0, 'f', 1)
                     .arg(large.masters().size())
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::flush;
        return true;
    };
    // Each placement: one warm-up of each size (first logins fill caches on both sides; the
    // journals' pages are in the page cache from being written), then rounds alternating which
    // size goes first, so that drifting machine load hits both alike.
    // Both ways alternate too.
    for (const QString &phase : {QStringLiteral("old"), QStringLiteral("recent")}) {
        for (const Way way : {Way::ZooKeeperFirst, Way::BackwardOnly})
            plan.steps << Step{&small, phase, way, true} << Step{&large, phase, way, true};
        for (int round = 0; round < parser.value(rounds).toInt(); ++round) {
            const bool smallFirst = round % 2 == 0;
            for (const Way way : round % 2 == 0 ? QList<Way>{Way::ZooKeeperFirst, Way::BackwardOnly}
                                                : QList<Way>{Way::BackwardOnly, Way::ZooKeeperFirst}) {
                plan.steps << Step{smallFirst ? &small : &large, phase, way, false}
                           << Step{smallFirst ? &large : &small, phase, way, false};
            }
        }
    }
    int status = 0;
    QTimer::singleShot(0, &app, [&] {
        runNext(&plan, 0, [&](bool ok) {
            status = ok ? report(plan, small, large, mbSmall, mbLarge) : 1;
            app.quit();
        });
    });
    app.exec();
    if (!parser.isSet(keep)) {
        JournalFiles::remove(small);
        JournalFiles::remove(large);
        small.down();
        large.down();
    }
    return status;
}
