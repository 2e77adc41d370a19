#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

// The benchmarks' independent judge of "settled": polls the master being restarted straight on
// <ip>:2181 every 25 ms (4x the engine's 200 ms poll, so it sees the moment first) and records when
// it first serves again, synced, under the ID it must run: `mntr` says zk_peer_state "leading -
// broadcast" or "following - broadcast" (ZooKeeper's own "synchronisation done, serving") and
// `conf` says serverId = the expected ID (a renumbered master can follow under a duplicate ID).
// Only after it has seen the restart happen: the master not serving, or zk_uptime younger than
// the watch.
class SettleProbe : public QObject
{
    Q_OBJECT

public:
    // clock: the benchmark's clock; every time recorded is its elapsed() in ms.
    explicit SettleProbe(const QElapsedTimer *clock, QObject *parent = nullptr);

    void watch(const QString &master, int expectedId);
    void stop();

    bool restartSeen() const { return m_restartSeen; }
    double readyMs() const { return m_readyMs; } // -1 until seen serving and synced
    QString lastState() const { return m_lastState; }

private:
    void poll();
    void onMntr(int generation, double askedMs, const QByteArray &reply);
    void onConf(int generation, double observedMs, const QByteArray &reply);

    const QElapsedTimer *m_clock;
    QTimer m_timer;
    QString m_master;
    int m_expectedId = 0;
    int m_generation = 0; // answers to an earlier watch are dropped
    double m_watchStartMs = 0;
    bool m_inFlight = false;
    bool m_restartSeen = false;
    double m_readyMs = -1;
    QString m_lastState;
};
