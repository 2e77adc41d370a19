#include "JournalFiles.h"

#include "BenchSim.h"

#include <QDateTime>
#include <QDir>
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

QString pidPath(const BenchSim &sim, const QString &master)
{
    return sim.stateDir() + QStringLiteral("/masters/") + master + QStringLiteral("/dcos/exhibitor/zk.pid");
}

constexpr int kStampWidth = 17; // "1765101234.123456": seconds since the epoch, microseconds

QByteArray stamp(double epoch)
{
    return QByteArray::number(epoch, 'f', 6).rightJustified(kStampWidth, '0');
}

QByteArray record(double epoch, const QByteArray &ident, qint64 pid, const QByteArray &message)
{
    return stamp(epoch) + '\t' + ident + '\t' + QByteArray::number(pid) + '\t' + message + '\n';
}

// Exhibitor's four-letter-word checks as ZooKeeper 3.4 logs them on DC/OS (about 170 bytes a
// line), with where each record's time is, so that copies can be given later times.
struct Chatter
{
    QByteArray block;
    QList<qsizetype> stamps;

    // This copy's records from `from` on, `step` seconds apart.
    void restamp(double from, double step)
    {
        for (qsizetype i = 0; i < stamps.size(); ++i)
            block.replace(stamps.at(i), kStampWidth, stamp(from + double(i) * step));
    }
};

Chatter chatter(int id, qint64 pid, qsizetype bytes)
{
    const QByteArray prefix = "[myid:" + QByteArray::number(id) + "] - INFO  ";
    Chatter c;
    c.block.reserve(bytes + 512);
    for (int i = 0; c.block.size() < bytes; ++i) {
        const QByteArray port = QByteArray::number(40000 + i % 20000);
        for (const QByteArray &message :
             {prefix + "[NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxnFactory@192] "
                       "- Accepted socket connection from /127.0.0.1:" + port,
              prefix + "[NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxn@883] "
                       "- Processing ruok command from /127.0.0.1:" + port,
              prefix + "[Thread-" + QByteArray::number(i % 97) + ":NIOServerCnxn@1040] "
                       "- Closed socket connection for client /127.0.0.1:" + port + " (no session established for client)"}) {
            c.stamps << c.block.size();
            c.block += record(0, "java", pid, message);
        }
    }
    return c;
}

QByteArray zooKeeperStart(int id, qint64 pid, double at)
{
    const QByteArray myid = "[myid:" + QByteArray::number(id) + "] - ";
    const QByteArray peer = "[QuorumPeer[myid=" + QByteArray::number(id) + "]/0:0:0:0:0:0:0:0:2181:";
    return record(at, "java", pid, "[myid:] - INFO  [main:QuorumPeerMain@127] - Starting quorum peer")
         + record(at + 0.5, "java", pid,
                  myid + "INFO  " + peer + "FastLeaderElection@818] - New election. My id =  " + QByteArray::number(id)
                      + ", proposed zxid=0x400000062")
         + record(at + 0.7, "java", pid, myid + "INFO  " + peer + "QuorumPeer@856] - FOLLOWING");
}

bool writeTo(QFile &file, const QByteArray &data, QString *error)
{
    if (file.write(data) == data.size())
        return true;
    *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

// Chatter from `from` on until the file holds `target` bytes; returns the time after the last.
bool fillWithChatter(QFile &file, Chatter &c, qint64 target, double from, double step, double *end, QString *error)
{
    while (file.size() + c.block.size() <= target) {
        c.restamp(from, step);
        if (!writeTo(file, c.block, error))
            return false;
        from += double(c.stamps.size()) * step;
    }
    *end = from;
    return true;
}

} // namespace

namespace JournalFiles {

bool writeOldElection(const BenchSim &sim, int megabytes, const QMap<QString, qint64> &pids, double startedAt,
                      QString *error)
{
    const qint64 earlierPid = 4242;
    for (const QString &master : sim.masters()) {
        const int id = idOf(sim, master);
        const qint64 pid = pids.value(master);
        QFile pidFile(pidPath(sim, master));
        QDir().mkpath(QFileInfo(pidFile).path());
        if (!pidFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || !writeTo(pidFile, QByteArray::number(pid), error)) {
            *error = QStringLiteral("cannot write %1: %2").arg(pidFile.fileName(), pidFile.errorString());
            return false;
        }
        QFile file(journalPath(sim, master));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        const qint64 target = qint64(megabytes) * 1024 * 1024;
        const qsizetype blockBytes = qsizetype(qMin<qint64>(4 * 1024 * 1024, target / 20));
        // An earlier ZooKeeper, 90 days ago: its start-up and a tenth of the journal of chatter.
        const double longAgo = startedAt - 90 * 86400.0;
        double end = 0;
        Chatter earlier = chatter(id, earlierPid, blockBytes);
        if (!writeTo(file, record(longAgo, "systemd", 1, "Started Exhibitor: Zookeeper Supervisor Service.")
                               + zooKeeperStart(id, earlierPid, longAgo + 1), error)
            || !fillWithChatter(file, earlier, target / 10, longAgo + 10, 1.0, &end, error))
            return false;
        // The running one (the stand-in's pid), started at startedAt; its chatter after it.
        if (!writeTo(file, record(startedAt - 1, "systemd", 1, "Started Exhibitor: Zookeeper Supervisor Service.")
                               + zooKeeperStart(id, pid, startedAt), error))
            return false;
        Chatter running = chatter(id, pid, qsizetype(qMin<qint64>(4 * 1024 * 1024, target - file.size() - 4096)));
        if (!fillWithChatter(file, running, target, startedAt + 1, 1e-6, &end, error))
            return false;
    }
    return true;
}

bool appendRecentLine(const BenchSim &sim, const QMap<QString, qint64> &pids, QString *error)
{
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    for (const QString &master : sim.masters()) {
        const int id = idOf(sim, master);
        const int peer = id % int(sim.masters().size()) + 1;
        const qint64 pid = pids.value(master);
        QFile file(journalPath(sim, master));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        const QByteArray line = record(now, "java", pid, "[myid:" + QByteArray::number(id) + "] - WARN  [RecvWorker:"
                                                             + QByteArray::number(peer)
                                                             + ":QuorumCnxManager$RecvWorker@780] - Connection broken "
                                                               "for id " + QByteArray::number(peer) + ", my id = "
                                                             + QByteArray::number(id) + ", error =");
        Chatter after = chatter(id, pid, 512 * 1024);
        after.restamp(now + 1, 1e-6);
        if (!writeTo(file, line + after.block, error))
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
    for (const QString &master : sim.masters()) {
        QFile::resize(journalPath(sim, master), 0);
        QFile::remove(pidPath(sim, master));
    }
}

} // namespace JournalFiles
