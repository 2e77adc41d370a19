#pragma once

#include "ChannelOp.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <libssh/libssh.h>

// Sends bytes to <host>:<port> as seen from the master (a direct-tcpip channel) and reads until
// the other side closes: a ZooKeeper four-letter word ("srvr", "conf", ...) without opening a
// port forward.
class ChannelExchange : public ChannelOp
{
    Q_DECLARE_TR_FUNCTIONS(ChannelExchange)

public:
    struct Request
    {
        QString host;
        quint16 port = 0;
        QByteArray data;
        int timeoutMs = 5000;
        bool halfClose = false; // send EOF after the data (some services wait for it)
    };

    ChannelExchange(ssh_session session, const Request &request, const QString &masterLabel);
    ~ChannelExchange() override;

    void start();
    bool pump() override;
    bool isFinished() const override { return m_finished; }
    void abort(const SshError &error) override;

    const QByteArray &reply() const { return m_reply; }
    const SshError &error() const { return m_error; }

private:
    void finish(const SshError &error);
    void releaseChannel();

    ssh_session m_session;
    ssh_channel m_channel = nullptr;
    Request m_request;
    QString m_master;
    QByteArray m_host;
    bool m_open = false;
    QByteArray m_toWrite;
    QByteArray m_reply;
    QElapsedTimer m_elapsed;
    SshError m_error;
    bool m_finished = false;
};
