#include "JournalFiles.h"

#include "BenchSim.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace {

QString journalPath(const BenchSim &sim, const QString &master)
{
    return sim.stateDir() + QStringLiteral("/masters/") + master + QStringLiteral("/run/journal");
}

int idOf(const BenchSim &sim, const QString &master)
{
    return int(sim.masters().indexOf(master)) + 1; // the topologies number master_list from 1
}

QByteArray record(double epoch, const QByteArray &ident, int pid, const QByteArray &message)
{
    return QByteArray::number(epoch, 'f', 6) + '\t' + ident + '\t' + QByteArray::number(pid) + '\t' + message + '\n';
}

// Exhibitor's four-letter-word checks as ZooKeeper 3.4 logs them on DC/OS (about 170 bytes a line).
QByteArray chatter(int id, double from, qsizetype bytes)
{
    const QByteArray prefix = "[myid:" + QByteArray::number(id) + "] - INFO  ";
    QByteArray block;
    block.reserve(bytes + 512);
    for (int i = 0; block.size() < bytes; ++i) {
        const double t = from + i * 0.01;
        const QByteArray port = QByteArray::number(40000 + i % 20000);
        block += record(t, "java", 4242, prefix + "[NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxnFactory@192] "
                                                   "- Accepted socket connection from /127.0.0.1:" + port);
        block += record(t, "java", 4242, prefix + "[NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxn@883] "
                                                   "- Processing ruok command from /127.0.0.1:" + port);
        block += record(t, "java", 4242, prefix + "[Thread-" + QByteArray::number(i % 97) + ":NIOServerCnxn@1040] "
                                                   "- Closed socket connection for client /127.0.0.1:" + port
                                                   + " (no session established for client)");
    }
    return block;
}

bool writeTo(QFile &file, const QByteArray &data, QString *error)
{
    if (file.write(data) == data.size())
        return true;
    *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

} // namespace

namespace JournalFiles {

bool writeOldElection(const BenchSim &sim, int megabytes, QString *error)
{
    const double start = double(QDateTime::currentSecsSinceEpoch()) - 90 * 86400.0;
    for (const QString &master : sim.masters()) {
        const int id = idOf(sim, master);
        QFile file(journalPath(sim, master));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        const QByteArray myid = "[myid:" + QByteArray::number(id) + "] - ";
        QByteArray head = record(start, "systemd", 1, "Started Exhibitor: Zookeeper Supervisor Service.")
                        + record(start + 1, "java", 4242, "[myid:] - INFO  [main:QuorumPeerMain@127] - Starting quorum peer")
                        + record(start + 2, "java", 4242,
                                 myid + "INFO  [QuorumPeer[myid=" + QByteArray::number(id)
                                     + "]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@818] - New election. My id =  "
                                     + QByteArray::number(id) + ", proposed zxid=0x400000062")
                        + record(start + 3, "java", 4242, myid + "INFO  [QuorumPeer[myid=" + QByteArray::number(id)
                                                              + "]/0:0:0:0:0:0:0:0:2181:QuorumPeer@856] - FOLLOWING");
        if (!writeTo(file, head, error))
            return false;
        const qint64 target = qint64(megabytes) * 1024 * 1024;
        const QByteArray block = chatter(id, start + 10, qMin<qint64>(4 * 1024 * 1024, target - head.size() - 4096));
        while (file.size() + block.size() <= target) {
            if (!writeTo(file, block, error))
                return false;
        }
    }
    return true;
}

bool appendRecentLine(const BenchSim &sim, QString *error)
{
    const double now = double(QDateTime::currentSecsSinceEpoch()) - 3600.0;
    for (const QString &master : sim.masters()) {
        const int id = idOf(sim, master);
        const int peer = id % int(sim.masters().size()) + 1;
        QFile file(journalPath(sim, master));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        const QByteArray line = record(now, "java", 4242, "[myid:" + QByteArray::number(id) + "] - WARN  [RecvWorker:"
                                                             + QByteArray::number(peer)
                                                             + ":QuorumCnxManager$RecvWorker@780] - Connection broken "
                                                               "for id " + QByteArray::number(peer) + ", my id = "
                                                             + QByteArray::number(id) + ", error =");
        if (!writeTo(file, line + chatter(id, now + 1, 512 * 1024), error))
            return false;
    }
    return true;
}

qint64 totalBytes(const BenchSim &sim)
{
    qint64 bytes = 0;
    for (const QString &master : sim.masters())
        bytes += QFileInfo(journalPath(sim, master)).size();
    return bytes;
}

void remove(const BenchSim &sim)
{
    for (const QString &master : sim.masters())
        QFile::resize(journalPath(sim, master), 0);
}

} // namespace JournalFiles
