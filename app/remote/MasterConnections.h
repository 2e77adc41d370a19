#pragma once

#include "HostKeyInfo.h"
#include "SshError.h"
#include "SshState.h"
#include "SshTarget.h"

#include <QList>
#include <QObject>

class SshSession;

// The SSH connections to every master, opened in parallel (one SshSession, hence one worker
// thread, each). Reports per master; allSettled() once each master is connected or failed. A
// master waiting for a host key decision does not hold up the others.
class MasterConnections : public QObject
{
    Q_OBJECT

public:
    explicit MasterConnections(QObject *parent = nullptr);
    ~MasterConnections() override;

    // Replaces all sessions (closing the old ones). Master names must be unique.
    void setTargets(const QList<SshTarget> &targets);
    void connectAll();
    void disconnectAll();

    QList<SshSession *> sessions() const { return m_sessions; }
    SshSession *session(const QString &master) const;
    int connectedCount() const;
    int failedCount() const;
    bool isSettled() const;

signals:
    void masterStateChanged(const QString &master, SshState state);
    void masterConnected(const QString &master);
    void masterFailed(const QString &master, const SshError &error);
    void hostKeyUnknown(const QString &master, const HostKeyInfo &info);
    void logLine(const QString &master, const QString &line);
    void allSettled(int connected, int failed);

private:
    void checkSettled();

    QList<SshSession *> m_sessions;
    bool m_settledReported = true;
};
