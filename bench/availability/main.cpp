// bench-availability: what a ZooKeeper client sees during a full migration (dcos timing
// profile). Goals: no failed write in Phase A (writer on the leader, which Phase A does not
// restart), and in Phase B the longest time without an acknowledged write < 10 s (writer on every
// master, failing over as DC/OS's clients do). Every acknowledged write must still be there.
#include "BenchStats.h"
#include "MigrationBenchMain.h"

using BenchStats::out;

namespace {

void printWriter(const QString &name, const MigrationBench::Writes &w)
{
    out() << QStringLiteral("%1: %2 writes, %3 acknowledged, %4 failed (%5 in Phase A), %6 sessions expired; "
                            "longest gap overlapping Phase B %7 ms; acknowledged writes missing afterwards: %8\n")
                 .arg(name).arg(w.report.issued).arg(w.report.acknowledged).arg(w.report.failed)
                 .arg(w.failedInPhaseA).arg(w.report.sessionsExpired).arg(w.longestGapInPhaseBMs, 0, 'f', 0)
                 .arg(w.lostAcknowledged < 0 ? QStringLiteral("not checked") : QString::number(w.lostAcknowledged))
          << Qt::flush;
}

void report(const MigrationBench::Result &result)
{
    const auto a = result.phases.value(Phase::PhaseA, {-1, -1});
    const auto b = result.phases.value(Phase::PhaseB, {-1, -1});
    out() << QStringLiteral("Phase A %1 s, Phase B %2 s (whole run %3 s)\n")
                 .arg((a.second - a.first) / 1000, 0, 'f', 1).arg((b.second - b.first) / 1000, 0, 'f', 1)
                 .arg(result.wallMs / 1000, 0, 'f', 1);
    printWriter(QStringLiteral("writer on the leader"), result.leaderWriter);
    printWriter(QStringLiteral("writer on every master"), result.anyWriter);
    const QJsonObject loss = result.report.value(QStringLiteral("longestQuorumLossMs")).toObject();
    out() << QStringLiteral("the engine's own report: longest quorum loss Phase A %1 ms, Phase B %2 ms\n")
                 .arg(loss.value(QStringLiteral("phaseA")).toDouble(), 0, 'f', 0)
                 .arg(loss.value(QStringLiteral("phaseB")).toDouble(), 0, 'f', 0)
          << Qt::flush;
    const int failedA = result.leaderWriter.failedInPhaseA;
    BenchStats::printGoal(QStringLiteral("availability Phase A failed writes (writer on the leader)"),
                          QString::number(failedA), QStringLiteral("0"), failedA == 0);
    const double gapB = result.anyWriter.longestGapInPhaseBMs;
    BenchStats::printGoal(QStringLiteral("availability Phase B unavailable window (writer on every master)"),
                          QStringLiteral("%1 ms").arg(gapB, 0, 'f', 0), QStringLiteral("< 10000 ms"),
                          b.first >= 0 && gapB < 10000);
    const qint64 lost = std::max(result.leaderWriter.lostAcknowledged, result.anyWriter.lostAcknowledged);
    BenchStats::printGoal(QStringLiteral("availability acknowledged writes lost"), QString::number(lost),
                          QStringLiteral("0"), result.leaderWriter.lostAcknowledged == 0
                                                   && result.anyWriter.lostAcknowledged == 0);
}

} // namespace

int main(int argc, char *argv[])
{
    return migrationBenchMain(argc, argv, QStringLiteral("availability"),
                              QStringLiteral("Failed writes in Phase A, unavailable window in Phase B."), report);
}
