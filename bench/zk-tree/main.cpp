// bench-zk-tree: preflight's data snapshot and Verify's data check of a large ZooKeeper tree
// (50 000 znodes, 10 MB by default), read as a run reads it: the run's ZooKeeper client through
// the masters' SSH forwards (ZkAccess). Goal: each under 10 s. The tree is built on a three-master
// sim (topologies/bench-zk3.yaml, 127.0.56.x) straight through ZooKeeper's port (set-up, not
// measured); between the two reads another client changes some znodes, which Verify counts.
// For the ratio, the same tree is also walked with 64 requests in flight, the walker's limit
// before pipelining; peak memory of this process is reported.
#include "BenchSim.h"
#include "BenchStats.h"

#include "migration/MasterLink.h"
#include "migration/ZkAccess.h"
#include "probe/ZkClient.h"
#include "probe/ZkResult.h"
#include "probe/ZkTreeIntegrity.h"
#include "probe/ZkTreeWalker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <functional>

using BenchStats::out;

namespace {

const QString kTree = QStringLiteral("/bench-tree");
const QString kBase = QStringLiteral("/emw-bench");

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

// Sends `count` requests with at most `window` outstanding; false on the first error other than
// `tolerated`.
bool pipelined(int count, int window, const std::function<void(int, ZkClient::Callback)> &send,
               int tolerated = ZkResult::Ok, QString *error = nullptr)
{
    int next = 0;
    int outstanding = 0;
    int done = 0;
    bool ok = true;
    std::function<void()> fill;
    fill = [&] {
        while (ok && next < count && outstanding < window) {
            ++outstanding;
            send(next++, [&](const ZkResult &result) {
                --outstanding;
                ++done;
                if (!result.ok() && result.code != tolerated) {
                    ok = false;
                    if (error)
                        *error = result.errorText();
                }
                fill();
            });
        }
    };
    fill();
    waitFor([&] { return !ok || done == count; }, 600000);
    return ok && done == count;
}

QString path(int group, int node)
{
    return node < 0 ? QStringLiteral("%1/g-%2").arg(kTree).arg(group, 3, 10, QLatin1Char('0'))
                    : QStringLiteral("%1/g-%2/n-%3").arg(kTree).arg(group, 3, 10, QLatin1Char('0')).arg(node, 4, 10,
                                                                                                        QLatin1Char('0'));
}

// /bench-tree/g-XXX/n-YYYY: `groups` groups, znodes - groups - 1 leaves of `bytes` bytes each.
bool buildTree(ZkClient &client, int znodes, int bytes, QString *error)
{
    const QByteArray marker = QByteArray::number(znodes) + '/' + QByteArray::number(bytes);
    QByteArray existing;
    bool read = false;
    client.get(kTree, &client, [&](const ZkResult &result) {
        existing = result.ok() ? result.data : QByteArray();
        read = true;
    });
    waitFor([&] { return read; }, 15000);
    if (existing == marker) {
        out() << "tree already there (--keep-sim)\n";
        return true;
    }
    if (!existing.isEmpty()) {
        *error = QStringLiteral("%1 holds another tree (%2); bring the sim down first").arg(kTree, QString::fromUtf8(existing));
        return false;
    }
    const int groups = 100;
    const int perGroup = (znodes - groups - 1) / groups;
    const QByteArray payload(bytes, 'x');
    QElapsedTimer timer;
    timer.start();
    bool created = false;
    client.create(kTree, QByteArray(), ZkClient::Persistent, &client, [&](const ZkResult &) { created = true; });
    waitFor([&] { return created; }, 15000);
    if (!pipelined(groups, 1000, [&](int g, ZkClient::Callback cb) {
            client.create(path(g, -1), QByteArray(), ZkClient::Persistent, &client, cb);
        }, ZkResult::NodeExists, error))
        return false;
    if (!pipelined(groups * perGroup, 1000, [&](int i, ZkClient::Callback cb) {
            client.create(path(i / perGroup, i % perGroup), payload, ZkClient::Persistent, &client, cb);
        }, ZkResult::NodeExists, error))
        return false;
    bool marked = false;
    client.set(kTree, marker, -1, &client, [&](const ZkResult &) { marked = true; });
    waitFor([&] { return marked; }, 15000);
    out() << QStringLiteral("built %1 znodes of %2 bytes in %3 s\n")
                 .arg(groups * (perGroup + 1) + 1)
                 .arg(bytes)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::flush;
    return true;
}

struct Timed
{
    ZkTreeDigest digest;
    double seconds = 0;
    double cpuSeconds = 0;     // this process, all threads
    double machineSeconds = 0; // the whole machine busy: sshd, the ZooKeeper JVMs, us
};

struct Clock
{
    QElapsedTimer timer;
    double cpu = BenchStats::processCpuSeconds();
    double machine = BenchStats::machineBusySeconds();
    Clock() { timer.start(); }
    void stamp(Timed &timed) const
    {
        timed.seconds = timer.elapsed() / 1000.0;
        timed.cpuSeconds = BenchStats::processCpuSeconds() - cpu;
        timed.machineSeconds = BenchStats::machineBusySeconds() - machine;
    }
};

QString cpuText(const Timed &timed)
{
    return QStringLiteral("CPU: this process %1 s, machine %2 s")
        .arg(timed.cpuSeconds, 0, 'f', 1)
        .arg(timed.machineSeconds, 0, 'f', 1);
}

Timed accessDigest(ZkAccess &zk)
{
    Timed timed;
    bool done = false;
    const Clock clock;
    zk.digest({QStringLiteral("/zookeeper"), kBase}, [&](const ZkTreeDigest &digest) {
        timed.digest = digest;
        done = true;
    });
    waitFor([&] { return done; }, 600000);
    clock.stamp(timed);
    return timed;
}

Timed walkWith(const QString &connectString, int inFlight)
{
    Timed timed;
    ZkClient client;
    client.open(connectString);
    if (!waitFor([&] { return client.isConnected(); }, 15000))
        return timed;
    ZkTreeWalker walker(&client);
    walker.setExcludedPaths({QStringLiteral("/zookeeper"), kBase});
    walker.setMaxInFlight(inFlight);
    bool done = false;
    QObject::connect(&walker, &ZkTreeWalker::finished, [&](const ZkTreeDigest &digest) {
        timed.digest = digest;
        done = true;
    });
    const Clock clock;
    walker.start();
    waitFor([&] { return done; }, 900000);
    clock.stamp(timed);
    return timed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Snapshot and Verify of a large ZooKeeper tree through SSH forwards."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("znodes"), QStringLiteral("Znodes in the tree (50000)."), QStringLiteral("n"),
                      QStringLiteral("50000")});
    parser.addOption({QStringLiteral("bytes"), QStringLiteral("Bytes per leaf (200: 10 MB)."), QStringLiteral("n"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("keep-sim"), QStringLiteral("Leave the sim (and its tree) up.")});
    parser.process(app);
    const int znodes = parser.value(QStringLiteral("znodes")).toInt();
    const int bytes = parser.value(QStringLiteral("bytes")).toInt();

    BenchStats::printMachine(QStringLiteral("zk-tree"));
    QString why;
    if (!BenchSim::available(&why)) {
        out() << "cannot run: " << why << Qt::endl;
        return 1;
    }
    BenchSim sim(QStringLiteral("bench-zk3"));
    if (!sim.up(&why)) {
        out() << "sim up failed: " << why << Qt::endl;
        return 1;
    }
    int status = 1;
    [&] {
        ZkClient direct;
        direct.open(sim.connectString());
        if (!waitFor([&] { return direct.isConnected(); }, 30000)) {
            out() << "no ZooKeeper session to " << sim.connectString() << Qt::endl;
            return;
        }
        if (!buildTree(direct, znodes, bytes, &why)) {
            out() << "building the tree failed: " << why << Qt::endl;
            return;
        }

        // As a run reaches ZooKeeper: one SSH connection per master, a forward each.
        QList<MasterLink *> links;
        for (const SshTarget &target : sim.targets())
            links << new MasterLink(target, 2181, {}, {}, &app);
        int opened = 0;
        for (MasterLink *link : std::as_const(links))
            link->open([&opened](bool, const QString &) { ++opened; });
        waitFor([&] { return opened == links.size(); }, 60000);
        ZkAccess zk(links, kBase);
        bool zkOpen = false;
        QString zkError;
        zk.open([&](bool ok, const QString &error) {
            zkOpen = ok;
            zkError = ok ? QStringLiteral("ok") : error;
        });
        waitFor([&] { return !zkError.isEmpty(); }, 30000);
        if (!zkOpen) {
            out() << "the run's ZooKeeper session through SSH did not open: " << zkError << Qt::endl;
            return;
        }
        out() << "through SSH forwards: " << zk.connectString() << Qt::endl;
        const double rssBefore = BenchStats::currentRssMiB();

        const Timed snapshot = accessDigest(zk);
        if (!snapshot.digest.ok) {
            out() << "snapshot failed: " << snapshot.digest.errorText << Qt::endl;
            return;
        }
        out() << QStringLiteral("snapshot: %1 znodes after zxid 0x%4 in %2 s (%3 znodes/s)\n")
                     .arg(snapshot.digest.znodeCount())
                     .arg(snapshot.seconds, 0, 'f', 2)
                     .arg(snapshot.digest.znodeCount() / snapshot.seconds, 0, 'f', 0)
                     .arg(QString::number(snapshot.digest.zxid, 16))
              << "  " << cpuText(snapshot) << Qt::endl;

        // Another client writes meanwhile: 1000 leaves set, which Verify counts as changed.
        const int perGroup = (znodes - 101) / 100;
        QString setError;
        pipelined(1000, 500, [&](int i, ZkClient::Callback cb) {
            direct.set(path(i % 100, (i / 100) % perGroup), "changed", -1, &direct, cb);
        }, ZkResult::Ok, &setError);

        QElapsedTimer verifyTimer;
        verifyTimer.start();
        const Timed after = accessDigest(zk);
        const ZkTreeIntegrity integrity = ZkTreeIntegrity::check(snapshot.digest, after.digest);
        const double verifySeconds = verifyTimer.elapsed() / 1000.0;
        out() << QStringLiteral("verify: read %1 s, compared in %2 s: %3%4\n")
                     .arg(after.seconds, 0, 'f', 2)
                     .arg(verifySeconds - after.seconds, 0, 'f', 2)
                     .arg(integrity.summary())
                     .arg(integrity.ok() ? QString() : QStringLiteral("; PROBLEMS: ") + integrity.problemText(5))
              << Qt::flush;
        const double rssAfter = BenchStats::currentRssMiB();
        const double peak = BenchStats::peakRssMiB();

        // The same walk with the walker's old limit, for the ratio.
        const Timed old = walkWith(zk.connectString(), 64);
        out() << QStringLiteral("64 requests in flight (the limit before): %1 znodes in %2 s  ")
                     .arg(old.digest.znodeCount())
                     .arg(old.seconds, 0, 'f', 2)
              << cpuText(old) << Qt::endl;
        // Without SSH: straight to ZooKeeper's port, to tell the link's share from the rest.
        const Timed withoutSsh = walkWith(sim.connectString(), 768);
        out() << QStringLiteral("without SSH (straight to port 2181): %1 znodes in %2 s  ")
                     .arg(withoutSsh.digest.znodeCount())
                     .arg(withoutSsh.seconds, 0, 'f', 2)
              << cpuText(withoutSsh) << Qt::endl;

        out() << QStringLiteral("memory: %1 MiB before the snapshot, %2 MiB with both digests held, peak %3 MiB\n")
                     .arg(rssBefore, 0, 'f', 1)
                     .arg(rssAfter, 0, 'f', 1)
                     .arg(peak, 0, 'f', 1);
        out() << QStringLiteral("ratio old walk / pipelined snapshot: %1x\n").arg(old.seconds / snapshot.seconds, 0, 'f', 1);
        BenchStats::printGoal(QStringLiteral("zk-tree snapshot of %1 znodes").arg(snapshot.digest.znodeCount()),
                              QStringLiteral("%1 s").arg(snapshot.seconds, 0, 'f', 2), QStringLiteral("< 10 s"),
                              snapshot.seconds < 10);
        BenchStats::printGoal(QStringLiteral("zk-tree verify (read + compare) of %1 znodes").arg(after.digest.znodeCount()),
                              QStringLiteral("%1 s").arg(verifySeconds, 0, 'f', 2), QStringLiteral("< 10 s"),
                              verifySeconds < 10);
        BenchStats::printGoal(QStringLiteral("zk-tree peak memory"), QStringLiteral("%1 MiB").arg(peak, 0, 'f', 1),
                              QStringLiteral("< 150 MB"), peak < 150);
        status = integrity.ok() && integrity.changed.size() == 1000 && old.digest.ok ? 0 : 1;
    }();
    if (!parser.isSet(QStringLiteral("keep-sim")))
        sim.down();
    return status;
}
