#include "EngineMemory.h"

#include "BenchSim.h"
#include "BenchStats.h"

#include "discovery/Discovery.h"
#include "remote/MasterConnections.h"

#include <QTimer>

EngineMemory::EngineMemory(const QString &topology, QObject *parent)
    : QObject(parent)
    , m_sim(new BenchSim(topology))
    , m_connections(new MasterConnections(this))
    , m_discovery(new Discovery(this))
{
    connect(m_connections, &MasterConnections::allSettled, this, &EngineMemory::onSettled);
    connect(m_discovery, &Discovery::finished, this, [this] {
        m_figures.insert(QStringLiteral("rss_discovered_mib"), BenchStats::currentRssMiB());
        m_figures.insert(QStringLiteral("peak_rss_engine_mib"), BenchStats::peakRssMiB());
        emit done();
    });
}

EngineMemory::~EngineMemory()
{
    delete m_sim;
}

void EngineMemory::start()
{
    m_figures.insert(QStringLiteral("rss_before_connect_mib"), BenchStats::currentRssMiB());
    // The parent brought the sim up; this `sim up` only reads it back (key, host keys).
    QString error;
    if (!m_sim->up(&error)) {
        fail(error);
        return;
    }
    m_connections->setTargets(m_sim->targets());
    m_connections->connectAll();
}

void EngineMemory::onSettled(int connected, int failed)
{
    m_figures.insert(QStringLiteral("masters_connected"), connected);
    m_figures.insert(QStringLiteral("masters_failed"), failed);
    m_figures.insert(QStringLiteral("rss_connected_mib"), BenchStats::currentRssMiB());
    // No ZooKeeper backend on sshd-only masters (exhibitor_zk_hosts left empty).
    m_discovery->start(m_connections);
}

void EngineMemory::fail(const QString &error)
{
    m_figures.insert(QStringLiteral("engine_error"), error);
    QTimer::singleShot(0, this, &EngineMemory::done);
}
