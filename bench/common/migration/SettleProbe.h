#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

// The benchmarks' independent judge of "settled": polls the master being restarted straight on
// <ip>:2181 every 25 ms (8x as often as the engine's 200 ms poll, so it sees the moment first) and
// records, once it has seen the old ZooKeeper gone (connection refused):
//  - runningMs: the new ZooKeeper answers at all, and the master's myid file (read from the
//    sim's state dir, not over SSH) holds the expected ID. What the engine's gates for restarts
//    that cannot serve yet (old-quorum, no-quorum) wait for;
//  - servingMs: `mntr` says zk_peer_state "leading - broadcast" or "following - broadcast"
//    (ZooKeeper's own "synchronisation done, serving") and `conf` says serverId = the expected ID
//    (a renumbered master can follow under a duplicate ID). What the other gates wait for.
class SettleProbe : public QObject
{
    Q_OBJECT

public:
    // clock: the benchmark's clock; every time recorded is its elapsed() in ms.
    // simStateDir: /run/emw-sim/<name>, for the masters' myid files.
    SettleProbe(const QElapsedTimer *clock, const QString &simStateDir, QObject *parent = nullptr);

    void watch(const QString &master, int expectedId);
    void stop();

    bool downSeen() const { return m_downSeen; }
    double runningMs() const { return m_runningMs; } // -1 until seen
    double servingMs() const { return m_servingMs; } // -1 until seen
    QString lastState() const { return m_lastState; }

private:
    void poll();
    void onMntr(int generation, const QByteArray &reply);
    void onConf(int generation, double observedMs, const QByteArray &reply);
    int myidOnDisk() const;

    const QElapsedTimer *m_clock;
    QString m_stateDir;
    QTimer m_timer;
    QString m_master;
    int m_expectedId = 0;
    int m_generation = 0; // answers to an earlier watch are dropped
    bool m_inFlight = false;
    bool m_downSeen = false;
    double m_runningMs = -1;
    double m_servingMs = -1;
    QString m_lastState;
};
