#pragma once

#include <QMap>
#include <QString>

class BenchSim;

// Fills the simulated masters' journals (`<state>/masters/<ip>/run/journal`, records
// "epoch<TAB>ident<TAB>pid<TAB>message", tests/cluster-sim/lib/journal.py) with what a DC/OS
// master's dcos-exhibitor journal holds after months: an earlier ZooKeeper's run, then the
// running ZooKeeper's start-up with its election ("New election. My id =  N", two spaces), then
// its chatter ("[myid:N] - INFO [...] - Accepted socket connection ...", three lines per
// four-letter word) up to the size asked for. Times only grow, as journald's do. The chatter is
// one 4 MiB block written again and again with new times, so 300 MB per master costs seconds.
//
// The running ZooKeeper: sshd-only masters run none, so a process stands in for its JVM (`sleep`,
// started by the benchmark: what matters to discovery is a live pid, its start time and the
// journal's entries carrying that pid); its pid goes where zkServer.sh keeps it
// (/var/lib/dcos/exhibitor/zk.pid, no newline) and its entries carry it (_PID).
namespace JournalFiles {

// Every master's journal: an earlier ZooKeeper's run (a tenth of the size, long ago), the running
// one's start-up and election under the master's ID (at `startedAt`, pid from `pids`, written to
// its pid file), then chatter up to `megabytes` MiB. The election is 300 MB back: a reader going
// backwards has to read the whole journal to find it.
bool writeOldElection(const BenchSim &sim, int megabytes, const QMap<QString, qint64> &pids, double startedAt,
                      QString *error);

// Appends a recent "Connection broken for id P, my id = N" and a few hundred KB of chatter
// after it (a peer restarted lately), from the running ZooKeeper.
bool appendRecentLine(const BenchSim &sim, const QMap<QString, qint64> &pids, QString *error);

// The masters' journals together, in bytes.
qint64 totalBytes(const BenchSim &sim);

void remove(const BenchSim &sim);

} // namespace JournalFiles
