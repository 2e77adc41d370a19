// bench-settle-detection: how quickly the engine's settle gate notices that a restarted master is
// back. Per restart of a full migration (dcos timing profile): the time from an independent probe
// first seeing the master serving, synced and under its expected ID (or, for the restarts that
// cannot serve yet, its new ZooKeeper running), to the engine declaring it settled (goal < 1 s
// each); and the whole run's wall time over the sum of the restarts'
// durations (goal <= 1.2x: little time goes anywhere but the restarts themselves).
#include "BenchStats.h"
#include "MigrationBenchMain.h"

#include <algorithm>

using BenchStats::out;

namespace {

void report(const MigrationBench::Result &result)
{
    double sum = 0;
    double worst = 0;
    bool allSeen = true;
    out() << "restart            master        ID gate          restart->declared  probe saw ...      ->declared\n";
    for (const MigrationBench::Restart &r : result.restarts) {
        sum += r.durationMs();
        const bool seen = r.readyMs() >= 0;
        allSeen = allSeen && seen;
        if (seen)
            worst = std::max(worst, r.detectionMs());
        out() << QStringLiteral("%1 %2 %3 %4 %5 ms  %6 %7\n")
                     .arg(r.id, -18).arg(r.master, -13).arg(r.expectedId, 2).arg(r.gate, -13)
                     .arg(r.durationMs(), 14, 'f', 0)
                     .arg(r.servingExpected() ? QStringLiteral("serving") : QStringLiteral("running"), -8)
                     .arg(seen ? QStringLiteral("%1 ms").arg(r.detectionMs(), 15, 'f', 0)
                               : QStringLiteral("never (last: %1)").arg(r.probeState));
    }
    const double ratio = result.wallMs / sum;
    out() << QStringLiteral("%1 restarts; whole run %2 s, restarts %3 s, everything else %4 s\n")
                 .arg(result.restarts.size()).arg(result.wallMs / 1000, 0, 'f', 1).arg(sum / 1000, 0, 'f', 1)
                 .arg((result.wallMs - sum) / 1000, 0, 'f', 1);
    // Where "everything else" goes: each phase's window (Phase A and B include their env writes).
    QStringList phases;
    for (auto it = result.phases.cbegin(); it != result.phases.cend(); ++it)
        phases << QStringLiteral("%1 %2 s").arg(phaseKey(it.key())).arg((it->second - it->first) / 1000, 0, 'f', 1);
    out() << "phases: " << phases.join(QStringLiteral(", ")) << Qt::endl;
    BenchStats::printGoal(QStringLiteral("settle-detection worst probe-ready->declared"),
                          allSeen ? QStringLiteral("%1 ms").arg(worst, 0, 'f', 0) : QStringLiteral("not measurable"),
                          QStringLiteral("< 1000 ms each"), allSeen && worst < 1000);
    BenchStats::printGoal(QStringLiteral("settle-detection wall time / sum of restart durations"),
                          QStringLiteral("%1x").arg(ratio, 0, 'f', 2), QStringLiteral("<= 1.2x"), ratio <= 1.2);
}

} // namespace

int main(int argc, char *argv[])
{
    return migrationBenchMain(argc, argv, QStringLiteral("settle-detection"),
                              QStringLiteral("Settle-gate detection latency per restart, wall time over restart time."),
                              report);
}
