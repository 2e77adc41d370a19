#include "SettleProbe.h"

#include "WordClient.h"

namespace {
constexpr int kPollMs = 25;
} // namespace

SettleProbe::SettleProbe(const QElapsedTimer *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &SettleProbe::poll);
}

void SettleProbe::watch(const QString &master, int expectedId)
{
    ++m_generation;
    m_master = master;
    m_expectedId = expectedId;
    m_watchStartMs = double(m_clock->elapsed());
    m_inFlight = false;
    m_restartSeen = false;
    m_readyMs = -1;
    m_lastState.clear();
    m_timer.start();
    poll();
}

void SettleProbe::stop()
{
    ++m_generation;
    m_timer.stop();
}

void SettleProbe::poll()
{
    if (m_inFlight)
        return; // a slow answer: the next tick asks again
    m_inFlight = true;
    const int generation = m_generation;
    const double askedMs = double(m_clock->elapsed());
    WordClient::ask(m_master, "mntr", this, [this, generation, askedMs](const QByteArray &reply) {
        onMntr(generation, askedMs, reply);
    });
}

void SettleProbe::onMntr(int generation, double askedMs, const QByteArray &reply)
{
    if (generation != m_generation)
        return;
    const QString peerState = WordClient::field(reply, "zk_peer_state", '\t');
    m_lastState = reply.isEmpty() ? QStringLiteral("down") : peerState;
    const bool serving = peerState == QLatin1String("leading - broadcast")
                         || peerState == QLatin1String("following - broadcast");
    const double uptimeMs = WordClient::field(reply, "zk_uptime", '\t').toDouble();
    if (!serving || uptimeMs < askedMs - m_watchStartMs)
        m_restartSeen = true;
    if (!serving || !m_restartSeen) {
        m_inFlight = false;
        return;
    }
    // Serving since the restart: the moment it was observed is when the reply arrived.
    const double observedMs = double(m_clock->elapsed());
    WordClient::ask(m_master, "conf", this, [this, generation, observedMs](const QByteArray &conf) {
        onConf(generation, observedMs, conf);
    });
}

void SettleProbe::onConf(int generation, double observedMs, const QByteArray &reply)
{
    if (generation != m_generation)
        return;
    m_inFlight = false;
    if (WordClient::field(reply, "serverId", '=').toInt() != m_expectedId) {
        m_lastState += QStringLiteral(" (serverId %1)").arg(WordClient::field(reply, "serverId", '='));
        return;
    }
    m_readyMs = observedMs;
    m_timer.stop();
}
