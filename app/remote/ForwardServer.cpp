#include "ForwardServer.h"

#include "LoopbackPeer.h"

#include <algorithm>

namespace {

// Stop reading from the channel while the local peer is this far behind; the SSH window then
// throttles the remote side.
constexpr qint64 MaxSocketBacklog = 1 << 20;

} // namespace

ForwardServer::ForwardServer(ssh_session session, const QString &host, quint16 port,
                             const QString &masterLabel, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_host(host)
    , m_hostUtf8(host.toUtf8())
    , m_port(port)
    , m_master(masterLabel)
    , m_server(this)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ForwardServer::onNewConnection);
}

ForwardServer::~ForwardServer()
{
    close();
}

bool ForwardServer::listen(QString *error)
{
    // Loopback only: the forward must not become a way into the cluster for anyone else.
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    *error = m_server.errorString();
    return false;
}

void ForwardServer::close()
{
    m_server.close();
    for (auto &pipe : m_pipes)
        closePipe(*pipe);
    m_pipes.clear();
}

void ForwardServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        // Only this process's own clients: another user on a shared machine must not reach the
        // master through the operator's session (LoopbackPeer says why descriptors are matched).
        if (!LoopbackPeer::isOwnConnection(socket->socketDescriptor())) {
            emit notice(tr("%1: refused a connection to the forward for %2:%3 from %4:%5: it is not one of "
                           "this program's own (another user or program on this machine)")
                            .arg(m_master, m_host)
                            .arg(m_port)
                            .arg(socket->peerAddress().toString())
                            .arg(socket->peerPort()));
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto pipe = std::make_unique<Pipe>();
        pipe->socket = socket;
        socket->setParent(this);
        pipe->origin = socket->peerAddress().toString().toUtf8();
        pipe->originPort = socket->peerPort();
        pipe->channel = ssh_channel_new(m_session);
        if (pipe->channel == nullptr) {
            emit notice(tr("%1 could not open a channel for %2:%3: %4")
                            .arg(m_master, m_host)
                            .arg(m_port)
                            .arg(QString::fromUtf8(ssh_get_error(m_session))));
            closePipe(*pipe);
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, &ForwardServer::activity);
        connect(socket, &QTcpSocket::disconnected, this, &ForwardServer::activity);
        m_pipes.push_back(std::move(pipe));
    }
    emit activity();
}

bool ForwardServer::pump()
{
    bool progress = false;
    for (auto &pipe : m_pipes)
        progress |= pumpPipe(*pipe);
    m_pipes.erase(std::remove_if(m_pipes.begin(), m_pipes.end(), [](const auto &pipe) { return pipe->done; }),
                  m_pipes.end());
    return progress;
}

bool ForwardServer::pumpPipe(Pipe &pipe)
{
    if (pipe.done)
        return false;
    bool progress = false;
    QTcpSocket *socket = pipe.socket;
    if (!pipe.open) {
        // Non-blocking open: SSH_AGAIN until the master has connected to the service (or not).
        // What the local client sends meanwhile waits in toChannel.
        const int rc = ssh_channel_open_forward(pipe.channel, m_hostUtf8.constData(), m_port,
                                                pipe.origin.constData(), pipe.originPort);
        if (rc == SSH_AGAIN)
            return false;
        if (rc != SSH_OK) {
            emit notice(tr("%1 could not connect to %2:%3: %4")
                            .arg(m_master, m_host)
                            .arg(m_port)
                            .arg(QString::fromUtf8(ssh_get_error(m_session))));
            closePipe(pipe);
            return true;
        }
        pipe.open = true;
        progress = true;
    }
    const bool socketOpen = socket != nullptr && socket->state() == QAbstractSocket::ConnectedState;

    if (socket != nullptr && socket->bytesAvailable() > 0)
        pipe.toChannel += socket->readAll();
    while (!pipe.toChannel.isEmpty()) {
        const uint32_t window = ssh_channel_window_size(pipe.channel);
        if (window == 0)
            break;
        const uint32_t n
            = std::min({ window, uint32_t(32768), static_cast<uint32_t>(pipe.toChannel.size()) });
        const int written = ssh_channel_write(pipe.channel, pipe.toChannel.constData(), n);
        if (written == SSH_ERROR) {
            closePipe(pipe);
            return true;
        }
        pipe.toChannel.remove(0, written);
        progress = true;
    }

    char buffer[16384];
    while (!pipe.channelEof && (socket == nullptr || socket->bytesToWrite() < MaxSocketBacklog)) {
        const int n = ssh_channel_read_nonblocking(pipe.channel, buffer, sizeof buffer, 0);
        if (n > 0) {
            if (socketOpen)
                socket->write(buffer, n);
            progress = true;
        } else if (n == SSH_EOF || (n == 0 && ssh_channel_is_closed(pipe.channel))) {
            pipe.channelEof = true;
        } else if (n == 0) {
            break;
        } else {
            closePipe(pipe);
            return true;
        }
    }

    if (pipe.channelEof && socketOpen && socket->bytesToWrite() == 0) {
        // The service closed its end: let the local client see EOF once it has everything.
        socket->disconnectFromHost();
    }
    if (!socketOpen && pipe.toChannel.isEmpty())
        closePipe(pipe); // the local client is gone (or the service's EOF has been delivered)
    return progress;
}

void ForwardServer::closePipe(Pipe &pipe)
{
    pipe.done = true;
    if (pipe.channel != nullptr) {
        if (ssh_channel_is_open(pipe.channel)) {
            ssh_channel_send_eof(pipe.channel);
            ssh_channel_close(pipe.channel);
        }
        ssh_channel_free(pipe.channel);
        pipe.channel = nullptr;
    }
    if (pipe.socket != nullptr) {
        pipe.socket->disconnect(this);
        pipe.socket->abort();
        pipe.socket->deleteLater();
    }
}
