#pragma once

#include "discovery/Discovery.h"
#include "remote/MasterConnections.h"

#include <QElapsedTimer>
#include <QObject>

class BenchSim;

// One discovery over fresh SSH connections, timed like the wizard's step 3 is experienced: from
// the moment the operator starts it (nothing connected yet) until Discovery::finished(). The
// connection phase (MasterConnections::allSettled) is recorded on the way.
class ScalingRun : public QObject
{
    Q_OBJECT

public:
    struct Sample
    {
        int masters = 0;
        double connectMs = 0;  // until every master connected or failed
        double totalMs = 0;    // until discovery finished on every master
        // CPU seconds the run cost: this process (libssh, the engine), the masters (sshd, sudo,
        // the commands) and the whole machine (also other load on a shared machine).
        double clientCpuS = 0;
        double mastersCpuS = 0;
        double machineCpuS = 0;
        double workCpuS() const { return clientCpuS + mastersCpuS; }
        int envFilesRead = 0;  // masters whose env file came back: proof the SSH reads ran
        QString problem;       // empty when every master was reached and read
    };

    ScalingRun(const BenchSim *sim, QObject *parent = nullptr);

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
    double m_machineCpuAtStart = 0;
    Sample m_sample;
};
