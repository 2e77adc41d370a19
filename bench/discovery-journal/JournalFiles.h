#pragma once

#include <QString>

class BenchSim;

// Fills the simulated masters' journals (`<state>/masters/<ip>/run/journal`, records
// "epoch<TAB>ident<TAB>pid<TAB>message", tests/cluster-sim/lib/journal.py) with what a DC/OS
// master's dcos-exhibitor journal holds after months: ZooKeeper 3.4's start-up with its election
// ("New election. My id =  N", two spaces), then its chatter ("[myid:N] - INFO [...] - Accepted
// socket connection ...", three lines per four-letter word) up to the size asked for. The chatter
// is one 4 MiB block written again and again, so 300 MB per master costs a second or two.
namespace JournalFiles {

// Every master's journal: start-up and election under the master's ID, then chatter up to
// `megabytes` MiB. The election is then the only line that names the ID: a reader has to go
// back through the whole journal to find it.
bool writeOldElection(const BenchSim &sim, int megabytes, QString *error);

// Appends a recent "Connection broken for id P, my id = N" and a few hundred KB of chatter
// after it (a peer restarted lately).
bool appendRecentLine(const BenchSim &sim, QString *error);

// The masters' journals together, in bytes.
qint64 totalBytes(const BenchSim &sim);

void remove(const BenchSim &sim);

} // namespace JournalFiles
