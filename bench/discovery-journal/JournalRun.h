#pragma once

#include "discovery/Discovery.h"
#include "remote/MasterConnections.h"

#include <QElapsedTimer>
#include <QObject>

class BenchSim;

// One discovery of a sim's masters over fresh SSH connections (the wizard's step 3: connect,
// authenticate, the one sudo'd read per master with the journal search, the forwards), timed to
// Discovery::finished(), with this process's peak memory during it (VmHWM, reset before the
// run) and a check that every master's journal gave its ID, found the way asked for:
// ZooKeeperFirst (discovery as it is: the running ZooKeeper's own entries, then backwards) or
// BackwardOnly (DiscoveryOptions::zooKeeperPidPath empty: the whole journal backwards, as
// discovery searched before; the same script's fallback).
class JournalRun : public QObject
{
    Q_OBJECT

public:
    struct Sample
    {
        double totalMs = 0;
        double clientCpuS = 0;   // this process
        double mastersCpuS = 0;  // the masters' sshd, sudo, journalctl, grep, ...
        double peakRssMiB = 0;   // this process's peak resident set during the run
        double rssBeforeMiB = 0; // ... and before it
        QString problem;         // empty when every master's journal named its ID, the way asked for
    };

    enum class Way { ZooKeeperFirst, BackwardOnly };

    JournalRun(const BenchSim *sim, Way way, QObject *parent = nullptr);

    void start();
    const Sample &sample() const { return m_sample; }

signals:
    void done();

private:
    void onFinished();
    void account();

    const BenchSim *m_sim;
    Way m_way;
    MasterConnections *m_connections;
    Discovery *m_discovery;
    QElapsedTimer m_clock;
    double m_clientCpuAtStart = 0;
    double m_mastersCpuAtStart = 0;
    Sample m_sample;
};
