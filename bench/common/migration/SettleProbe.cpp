#include "SettleProbe.h"

#include "WordClient.h"

#include <QFile>

namespace {
constexpr int kPollMs = 25;
} // namespace

SettleProbe::SettleProbe(const QElapsedTimer *clock, const QString &simStateDir, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_stateDir(simStateDir)
{
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &SettleProbe::poll);
}

void SettleProbe::watch(const QString &master, int expectedId)
{
    ++m_generation;
    m_master = master;
    m_expectedId = expectedId;
    m_inFlight = false;
    m_downSeen = false;
    m_runningMs = -1;
    m_servingMs = -1;
    m_lastState.clear();
    m_timer.start();
    poll();
}

void SettleProbe::stop()
{
    ++m_generation;
    m_timer.stop();
}

int SettleProbe::myidOnDisk() const
{
    QFile file(m_stateDir + QStringLiteral("/masters/") + m_master
               + QStringLiteral("/dcos/exhibitor/zookeeper/snapshot/myid"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : 0;
}

void SettleProbe::poll()
{
    if (m_inFlight)
        return; // a slow answer: the next tick asks again
    m_inFlight = true;
    const int generation = m_generation;
    WordClient::ask(m_master, "mntr", this, [this, generation](const QByteArray &reply) { onMntr(generation, reply); });
}

void SettleProbe::onMntr(int generation, const QByteArray &reply)
{
    if (generation != m_generation)
        return;
    const double now = double(m_clock->elapsed());
    if (reply.isEmpty()) {
        // Refused: the old ZooKeeper is gone. Only what answers after this is the new one (an
        // old one shutting down may still say "not serving").
        m_downSeen = true;
        m_lastState = QStringLiteral("down");
        m_inFlight = false;
        return;
    }
    const QString peerState = WordClient::field(reply, "zk_peer_state", '\t');
    m_lastState = peerState.isEmpty() ? QStringLiteral("not serving") : peerState;
    if (!m_downSeen) {
        m_inFlight = false;
        return;
    }
    if (m_runningMs < 0 && myidOnDisk() == m_expectedId)
        m_runningMs = now;
    const bool serving = peerState == QLatin1String("leading - broadcast")
                         || peerState == QLatin1String("following - broadcast");
    if (!serving) {
        m_inFlight = false;
        return;
    }
    WordClient::ask(m_master, "conf", this, [this, generation, now](const QByteArray &conf) {
        onConf(generation, now, conf);
    });
}

void SettleProbe::onConf(int generation, double observedMs, const QByteArray &reply)
{
    if (generation != m_generation)
        return;
    m_inFlight = false;
    const QString serverId = WordClient::field(reply, "serverId", '=');
    if (serverId.toInt() != m_expectedId) {
        m_lastState += QStringLiteral(" (serverId %1)").arg(serverId);
        return;
    }
    // Serving under the right ID: the moment it was observed is when mntr's reply arrived.
    m_servingMs = observedMs;
    m_timer.stop();
}
