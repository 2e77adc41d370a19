// bench-settle-detection: how quickly the engine's settle gate notices that a restarted master is
// back. Per restart of a full migration (dcos timing profile): the time from an independent probe
// first seeing the master serving, synced and under its expected ID, to the engine declaring it
// settled (goal < 1 s each); and the whole run's wall time over the sum of the restarts'
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
    out() << "restart                  master         ID  restart->declared  probe ready->declared\n";
    for (const MigrationBench::Restart &r : result.restarts) {
        sum += r.durationMs();
        const bool seen = r.readyMs >= 0 && r.restartSeen;
        allSeen = allSeen && seen;
        if (seen)
            worst = std::max(worst, r.detectionMs());
        out() << QStringLiteral("%1 %2 %3 %4 ms  %5\n")
                     .arg(r.id, -24).arg(r.master, -14).arg(r.expectedId, 2)
                     .arg(r.durationMs(), 13, 'f', 0)
                     .arg(seen ? QStringLiteral("%1 ms").arg(r.detectionMs(), 17, 'f', 0)
                               : QStringLiteral("probe never saw it ready (%1)").arg(r.probeState));
    }
    const double ratio = result.wallMs / sum;
    out() << QStringLiteral("%1 restarts; whole run %2 s, restarts %3 s, everything else %4 s\n")
                 .arg(result.restarts.size()).arg(result.wallMs / 1000, 0, 'f', 1).arg(sum / 1000, 0, 'f', 1)
                 .arg((result.wallMs - sum) / 1000, 0, 'f', 1)
          << Qt::flush;
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
