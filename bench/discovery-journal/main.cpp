// bench-discovery-journal: discovery of five masters whose journals hold a few MB vs hundreds of
// MB, in one run. Goals: under 2 s with 300 MB journals; the workstation's memory flat in the
// journals' size (the journal is searched on the master: journalctl -r | grep -m, only the
// matching lines come back). The masters are sshd-only sims whose journals the benchmark fills
// (JournalFiles); two placements of the line that names the ID: only at start-up 300 MB back
// (each master reads its whole journal) and a recent one (the read stops there).
#include "BenchSim.h"
#include "BenchStats.h"
#include "JournalFiles.h"
#include "JournalRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace {

using BenchStats::out;

struct Step
{
    const BenchSim *sim = nullptr;
    QString phase;
    bool warmUp = false;
};

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
    auto *run = new JournalRun(step.sim);
    QObject::connect(run, &JournalRun::done, run, [plan, index, run, step, whenDone] {
        const JournalRun::Sample s = run->sample();
        out() << QStringLiteral("%1 %2 %3: discovered %4 ms; peak RSS %5 MiB (before %6); CPU s: client %7, "
                                "masters %8%9\n")
                     .arg(step.warmUp ? QStringLiteral("warm-up") : QStringLiteral("run    "))
                     .arg(step.phase, -6)
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

QList<JournalRun::Sample> samples(const Plan &plan, const QString &phase, const BenchSim *sim)
{
    QList<JournalRun::Sample> list;
    for (const Result &r : plan.results) {
        if (!r.step.warmUp && r.step.phase == phase && r.step.sim == sim)
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
        const auto s = samples(plan, phase, &small);
        const auto l = samples(plan, phase, &large);
        const double ts = median(field(s, &JournalRun::Sample::totalMs));
        const double tl = median(field(l, &JournalRun::Sample::totalMs));
        const double ps = median(field(s, &JournalRun::Sample::peakRssMiB));
        const double pl = median(field(l, &JournalRun::Sample::peakRssMiB));
        const double pmax = std::ranges::max(field(l, &JournalRun::Sample::peakRssMiB));
        const double cl = median(field(l, &JournalRun::Sample::mastersCpuS));
        worstPeakRatio = std::max(worstPeakRatio, pmax / ps);
        const QString where = phase == QLatin1String("old")
                                  ? QStringLiteral("the only 'my id' line at start-up: each master reads its whole journal")
                                  : QStringLiteral("a recent 'my id' line: each master's read stops there");
        out() << QStringLiteral("%1 (%2): median time %3 MB %4 ms, %5 MB %6 ms (%7x); peak RSS %8 MiB vs %9 MiB "
                                "(largest %10); masters' CPU %11 s per run, %12 s spread over %13 cores\n")
                     .arg(phase, where)
                     .arg(smallMb).arg(ts, 0, 'f', 0).arg(largeMb).arg(tl, 0, 'f', 0).arg(tl / ts, 0, 'f', 2)
                     .arg(ps, 0, 'f', 1).arg(pl, 0, 'f', 1).arg(pmax, 0, 'f', 1)
                     .arg(cl, 0, 'f', 2).arg(cl / cores, 0, 'f', 2).arg(cores)
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
        out() << QStringLiteral("some runs did not read every master's ID from its journal: figures are not valid\n");
    return problems ? 1 : 0;
}

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

    Plan plan;
    plan.beforePhase = [&](const QString &phase) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const bool ok = phase == QLatin1String("old")
                            ? JournalFiles::writeOldElection(small, mbSmall, &error)
                                  && JournalFiles::writeOldElection(large, mbLarge, &error)
                            : JournalFiles::appendRecentLine(small, &error) && JournalFiles::appendRecentLine(large, &error);
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
    for (const QString &phase : {QStringLiteral("old"), QStringLiteral("recent")}) {
        plan.steps << Step{&small, phase, true} << Step{&large, phase, true};
        for (int round = 0; round < parser.value(rounds).toInt(); ++round) {
            const bool smallFirst = round % 2 == 0;
            plan.steps << Step{smallFirst ? &small : &large, phase, false}
                       << Step{smallFirst ? &large : &small, phase, false};
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
