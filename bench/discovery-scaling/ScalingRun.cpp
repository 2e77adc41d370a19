#include "ScalingRun.h"

#include "BenchStats.h"

ScalingRun::ScalingRun(const QList<SshTarget> &targets, QObject *parent)
    : QObject(parent)
    , m_targets(targets)
    , m_connections(new MasterConnections(this))
    , m_discovery(new Discovery(this))
{
    m_sample.masters = int(targets.size());
    // The sshd-only masters have no ZooKeeper backend: leaving exhibitor_zk_hosts out skips that
    // read instead of timing it out. The per-master ZooKeeper/Exhibitor probes still run and are
    // refused at once by the master (nothing listens on 2181/8181), like a stopped Exhibitor.
    DiscoveryOptions options;
    options.masterTimeoutMs = 120000;
    m_discovery->setOptions(options);
    connect(m_connections, &MasterConnections::allSettled, this,
            [this] { m_sample.connectMs = double(m_clock.nsecsElapsed()) / 1e6; });
    connect(m_discovery, &Discovery::finished, this, &ScalingRun::onFinished);
}

void ScalingRun::start()
{
    m_connections->setTargets(m_targets);
    m_busyAtStart = BenchStats::machineBusySeconds();
    m_clock.start();
    // Discovery::start() connects every master that is not connected yet, all at once, exactly
    // as the wizard does; connectAll() first so that allSettled() reports the connect phase.
    m_connections->connectAll();
    m_discovery->start(m_connections);
}

void ScalingRun::onFinished()
{
    m_sample.totalMs = double(m_clock.nsecsElapsed()) / 1e6;
    m_sample.busyCpuS = BenchStats::machineBusySeconds() - m_busyAtStart;
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
    emit done();
}
