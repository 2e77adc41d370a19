#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

#include <libssh/libssh.h>
#include <memory>
#include <vector>

// The worker-thread half of a PortForward: listens on 127.0.0.1:<ephemeral> and, for every local
// connection, opens a direct-tcpip channel to <host>:<port> as seen from the master, then pumps
// bytes both ways. Probes (Qt Network, the ZooKeeper C client) thus reach the master's 2181/8181
// through the SSH connection, even through a bastion, with no port opened on the master.
// Connections from other processes (another user on a shared bastion) are refused: LoopbackPeer.
class ForwardServer : public QObject
{
    Q_OBJECT

public:
    ForwardServer(ssh_session session, const QString &host, quint16 port, const QString &masterLabel,
                  QObject *parent = nullptr);
    ~ForwardServer() override;

    bool listen(QString *error);
    quint16 localPort() const { return m_server.serverPort(); }
    int connectionCount() const { return static_cast<int>(m_pipes.size()); }

    bool pump();
    void close();

signals:
    void notice(const QString &message); // one connection could not be forwarded
    void activity(); // a local socket has data: pump soon

private:
    struct Pipe
    {
        QPointer<QTcpSocket> socket;
        ssh_channel channel = nullptr;
        QByteArray origin; // the local client's address, reported to the master
        quint16 originPort = 0;
        bool open = false; // the master has confirmed the channel
        QByteArray toChannel;
        bool channelEof = false;
        bool done = false;
    };

    void onNewConnection();
    bool pumpPipe(Pipe &pipe);
    void closePipe(Pipe &pipe);

    ssh_session m_session;
    QString m_host;
    QByteArray m_hostUtf8;
    quint16 m_port;
    QString m_master;
    QTcpServer m_server;
    std::vector<std::unique_ptr<Pipe>> m_pipes;
};
