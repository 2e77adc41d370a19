#pragma once

#include "SshError.h"

#include <QObject>
#include <QPointer>
#include <QString>

class SshSession;

// 127.0.0.1:<localPort()> on this machine, connected through the master's SSH connection to
// <host>:<port> as the master sees it (e.g. its ZooKeeper on 127.0.0.1:2181). Anything that speaks
// TCP can use it: QTcpSocket, QNetworkAccessManager, the ZooKeeper C client. Bytes are pumped in
// the session's thread. Deleting the object (or close()) stops listening and drops connections.
class PortForward : public QObject
{
    Q_OBJECT

public:
    ~PortForward() override;

    const QString &remoteHost() const { return m_host; }
    quint16 remotePort() const { return m_port; }
    quint16 localPort() const { return m_localPort; } // 0 until listening()
    bool isListening() const { return m_localPort != 0 && !m_closed; }
    const SshError &error() const { return m_error; }

    void close();

signals:
    void listening(quint16 localPort);
    void notice(const QString &message); // one connection could not reach the service
    void closed(const SshError &error); // error is None after close()

private:
    friend class SshSession;
    PortForward(SshSession *session, quint64 id, const QString &host, quint16 port);
    void deliverListening(quint16 localPort);
    void deliverClosed(const SshError &error);

    QPointer<SshSession> m_session;
    quint64 m_id;
    QString m_host;
    quint16 m_port;
    quint16 m_localPort = 0;
    bool m_closed = false;
    SshError m_error;
};
