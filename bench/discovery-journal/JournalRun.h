#pragma once

#include "discovery/Discovery.h"
#include "remote/MasterConnections.h"

#include <QElapsedTimer>
#include <QObject>

class BenchSim;

// One discovery of a sim's masters over fresh SSH connections (the wizard's step 3: connect,
// authenticate, the one sudo'd read per master with the journal search, the forwards), timed to
// Discovery::finished(), with this process's peak memory during it (VmHWM, reset before the
// run) and a check that every master's journal gave its ID.
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
        QString problem;         // empty when every master's journal named its ID
    };

    JournalRun(const BenchSim *sim, QObject *parent = nullptr);

    void start();
    const Sample &sample() const { return m_sample; }

signals:
    void done();

private:
    void onFinished();
    void account();

    const BenchSim *m_sim;
    MasterConnections *m_connections;
    Discovery *m_discovery;
    QElapsedTimer m_clock;
    double m_clientCpuAtStart = 0;
    double m_mastersCpuAtStart = 0;
    Sample m_sample;
};
