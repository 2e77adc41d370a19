#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>

class ExhibitorRestProbe;
struct ExhibitorState;
class OperationContext;

// Exhibitor starts ZooKeeper only at its first instance check, check-ms after Exhibitor itself
// started (30 s on DC/OS: RepeatingActivityImpl schedules MonitorRunningInstance that far out).
// A rolling restart would wait that long on every master, and Phase B's quorum change would last
// as long. So once the restarted Exhibitor's REST answers and it knows this master's server ID,
// this asks it to start ZooKeeper now (GET cluster/start, which queues StartInstance).
//
// Only then: a ZooKeeper-backend Exhibitor (a rollback) runs on its defaults until its first
// re-read of the shared config (ZookeeperConfigProvider's cache is filled asynchronously, the
// config re-read every configcheckms), and StartInstance without a servers spec starts ZooKeeper
// standalone with its myid deleted. It retries while the REST port is not up, and gives up, saying
// why, when Exhibitor refuses (authentication, TLS): ZooKeeper then starts at Exhibitor's own
// check and the settle gate waits longer.
class ExhibitorKick : public QObject
{
    Q_OBJECT

public:
    ExhibitorKick(OperationContext *context, const QString &master, int expectedId, QObject *parent = nullptr);

    // Tries until Exhibitor accepts the start, refuses it, or stop().
    void start();
    void stop();
    // When Exhibitor's REST accepted the start (invalid until then).
    QDateTime accepted() const { return m_accepted; }

private:
    void ask();
    void onState(const ExhibitorState &state);
    void onStarted(bool ok, int httpStatus, const QString &error);
    void retry();
    void giveUp(const QString &why);

    OperationContext *m_context;
    QString m_master;
    int m_expectedId;
    QPointer<ExhibitorRestProbe> m_probe;
    QDateTime m_started;
    QDateTime m_accepted;
    bool m_stopped = false;
    bool m_saidWaitingForId = false;
};
