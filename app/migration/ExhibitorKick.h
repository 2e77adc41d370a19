#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

class ExhibitorRestProbe;
class OperationContext;
class QTimer;

// Exhibitor starts ZooKeeper only at its first instance check, check-ms after Exhibitor itself
// started (30 s on DC/OS: RepeatingActivityImpl schedules MonitorRunningInstance that far out).
// A rolling restart would wait that long on every master, and Phase B's quorum change would last
// as long. So once the restarted Exhibitor's REST answers, this asks it to start ZooKeeper now
// (GET cluster/start, which queues StartInstance). It retries while the REST port is not up
// yet and gives up, saying why, when Exhibitor refuses (authentication, TLS): ZooKeeper then
// starts at Exhibitor's own check and the settle gate simply waits longer.
class ExhibitorKick : public QObject
{
    Q_OBJECT

public:
    ExhibitorKick(OperationContext *context, const QString &master, QObject *parent = nullptr);

    // Tries until Exhibitor accepts the start, refuses it, or stop().
    void start();
    void stop();
    // When Exhibitor's REST accepted the start (invalid until then).
    QDateTime accepted() const { return m_accepted; }

private:
    void attempt(quint16 localPort);
    void retry();

    OperationContext *m_context;
    QString m_master;
    QPointer<ExhibitorRestProbe> m_probe;
    QDateTime m_started;
    QDateTime m_accepted;
    bool m_stopped = false;
    int m_attempts = 0;
};
