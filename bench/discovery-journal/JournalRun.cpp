#include "JournalRun.h"

#include "BenchSim.h"
#include "BenchStats.h"

#include <QFile>
#include <QTimer>

namespace {

// After disconnecting, how long to wait before reading the masters' CPU time: a session's sshd
// is reaped (and its CPU counted) only once the session has ended.
constexpr int kDrainMs = 500;

// VmHWM, the peak resident set, can be reset (Linux ≥ 4.0: "5" to clear_refs); ru_maxrss cannot,
// so it would only ever show the largest run so far.
void resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

double peakRssSinceResetMiB()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified().split(' ').value(0).toDouble() / 1024.0; // kB
    }
    return 0;
}

} // namespace

JournalRun::JournalRun(const BenchSim *sim, Way way, QObject *parent)
    : QObject(parent)
    , m_sim(sim)
    , m_way(way)
    , m_connections(new MasterConnections(this))
    , m_discovery(new Discovery(this))
{
    // sshd-only masters: no backend to read (no exhibitor_zk_hosts); their 2181/8181 forwards
    // are refused at once, like a stopped Exhibitor.
    DiscoveryOptions options;
    if (way == Way::BackwardOnly)
        options.zooKeeperPidPath.clear();
    m_discovery->setOptions(options);
    connect(m_discovery, &Discovery::finished, this, &JournalRun::onFinished);
}

void JournalRun::start()
{
    m_connections->setTargets(m_sim->targets());
    m_sample.rssBeforeMiB = BenchStats::currentRssMiB();
    resetPeakRss();
    m_clientCpuAtStart = BenchStats::processCpuSeconds();
    m_mastersCpuAtStart = m_sim->mastersCpuSeconds();
    m_clock.start();
    m_connections->connectAll();
    m_discovery->start(m_connections);
}

void JournalRun::onFinished()
{
    m_sample.totalMs = double(m_clock.nsecsElapsed()) / 1e6;
    m_sample.peakRssMiB = peakRssSinceResetMiB();
    QStringList problems;
    const QStringList masters = m_sim->masters();
    for (const MasterDiscovery &result : m_discovery->results()) {
        const IdReading journal = result.reading(IdSource::Journal);
        const int expected = int(masters.indexOf(result.master())) + 1;
        if (!result.isReachable())
            problems << result.master() + QStringLiteral(": ") + result.connectionError();
        else if (!journal.isFound() || journal.id != expected)
            problems << result.master() + QStringLiteral(": ") + journal.describe()
                            + QStringLiteral(" (expected %1)").arg(expected);
        else if (!journal.detail.contains(m_way == Way::ZooKeeperFirst
                                              ? QStringLiteral("\", in ZooKeeper's own entries (pid ")
                                              : QStringLiteral("\", read back through the whole journal: ")))
            problems << result.master() + QStringLiteral(": found another way: ") + journal.detail;
    }
    m_sample.problem = problems.join(QStringLiteral("; "));
    m_connections->disconnectAll();
    QTimer::singleShot(kDrainMs, this, &JournalRun::account);
}

void JournalRun::account()
{
    m_sample.clientCpuS = BenchStats::processCpuSeconds() - m_clientCpuAtStart;
    m_sample.mastersCpuS = m_sim->mastersCpuSeconds() - m_mastersCpuAtStart;
    emit done();
}
