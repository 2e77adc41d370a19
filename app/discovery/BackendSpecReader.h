#pragma once

#include "SpecReader.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class PortForward;
class SshSession;
class ZkClient;

// Reads Exhibitor's shared config from the ZooKeeper backend ensemble (config.yaml's
// exhibitor_zk_hosts) and returns its servers-spec. The ensemble is usually reachable only from
// the masters, so every backend server gets a forward through one master's SSH connection and the
// ZooKeeper client connects to those local ports. Finishes exactly once, also on timeout.
class BackendSpecReader : public SpecReader
{
    Q_OBJECT

public:
    BackendSpecReader(SshSession *session, const QString &zkHosts, const QString &zkPath, int timeoutMs,
                      QObject *parent = nullptr);
    ~BackendSpecReader() override;

    void start() override;

    struct HostPort
    {
        QString host;
        quint16 port = 0;
    };
    // "h:p,h:p" (a missing port means 2181); empty on a malformed entry, with *error set.
    static QList<HostPort> parseHosts(const QString &zkHosts, QString *error);

protected:
    void cleanUp() override;

private:
    void onForwardSettled();
    void connectClient();

    QPointer<SshSession> m_session;
    QString m_zkHosts;
    QString m_zkPath;
    QList<QPointer<PortForward>> m_forwards; // owned by the session, which may go first
    int m_settledForwards = 0;
    QString m_lastNotice;
    ZkClient *m_client = nullptr;
    QTimer m_timer;
};
