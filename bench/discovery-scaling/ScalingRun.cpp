#include "ScalingRun.h"

#include "BenchSim.h"
#include "BenchStats.h"

#include <QTimer>

namespace {
// After disconnecting, how long to wait before reading the masters' CPU time: a session's sshd
// is reaped (and its CPU counted) only once the session has ended.
constexpr int kDrainMs = 500;
} // namespace

ScalingRun::ScalingRun(const BenchSim *sim, QObject *parent)
    : QObject(parent)
    , m_sim(sim)
    , m_connections(new MasterConnections(this))
    , m_discovery(new Discovery(this))
{
    m_sample.masters = int(sim->masters().size());
    // The sshd-only masters have no ZooKeeper backend: leaving exhibitor_zk_hosts out skips that
    // read instead of timing it out. The per-master ZooKeeper/Exhibitor probes still run and are
    // refused at once by the master (nothing listens on 2181/8181), like a stopped Exhibitor.
    m_discovery->setOptions(DiscoveryOptions());
    connect(m_connections, &MasterConnections::allSettled, this,
            [this] { m_sample.connectMs = double(m_clock.nsecsElapsed()) / 1e6; });
    connect(m_discovery, &Discovery::finished, this, &ScalingRun::onFinished);
}

void ScalingRun::start()
{
    m_connections->setTargets(m_sim->targets());
    m_clientCpuAtStart = BenchStats::processCpuSeconds();
    m_mastersCpuAtStart = m_sim->mastersCpuSeconds();
    m_machineCpuAtStart = BenchStats::machineBusySeconds();
    m_clock.start();
    // Discovery::start() connects every master that is not connected yet, all at once, exactly
    // as the wizard does; connectAll() first so that allSettled() reports the connect phase.
    m_connections->connectAll();
    m_discovery->start(m_connections);
}

void ScalingRun::onFinished()
{
    m_sample.totalMs = double(m_clock.nsecsElapsed()) / 1e6;
    QStringList problems;
    for (const MasterDiscovery &result : m_discovery->results()) {
        if (!result.isReachable())
            problems << result.master() + QStringLiteral(": ") + result.connectionError();
        else if (!result.hasEnvFile())
            problems << result.master() + QStringLiteral(": env file not read: ") + result.envFileError();
        else
            ++m_sample.envFilesRead;
    }
    m_sample.problem = problems.join(QStringLiteral("; "));
    m_connections->disconnectAll();
    QTimer::singleShot(kDrainMs, this, &ScalingRun::account);
}

void ScalingRun::account()
{
    // Includes disconnecting, which the timed part does not: a slight overcount of the work.
    m_sample.clientCpuS = BenchStats::processCpuSeconds() - m_clientCpuAtStart;
    m_sample.mastersCpuS = m_sim->mastersCpuSeconds() - m_mastersCpuAtStart;
    m_sample.machineCpuS = BenchStats::machineBusySeconds() - m_machineCpuAtStart;
    emit done();
}
