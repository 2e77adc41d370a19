#include "ChannelExchange.h"

#include <algorithm>

ChannelExchange::ChannelExchange(ssh_session session, const Request &request, const QString &masterLabel)
    : m_session(session)
    , m_request(request)
    , m_master(masterLabel)
    , m_toWrite(request.data)
{ }

ChannelExchange::~ChannelExchange()
{
    releaseChannel();
}

void ChannelExchange::releaseChannel()
{
    if (m_channel == nullptr)
        return;
    // Only an open channel may be closed: libssh would otherwise send EOF for a remote channel
    // id that was never assigned, and sshd drops the whole connection for that.
    if (ssh_channel_is_open(m_channel))
        ssh_channel_close(m_channel);
    ssh_channel_free(m_channel);
    m_channel = nullptr;
}

void ChannelExchange::start()
{
    m_elapsed.start();
    m_host = m_request.host.toUtf8();
    m_channel = ssh_channel_new(m_session);
    if (m_channel == nullptr) {
        finish(SshError::make(SshError::Code::ForwardFailed,
                              tr("Could not open a channel on %1: %2")
                                  .arg(m_master, QString::fromUtf8(ssh_get_error(m_session)))));
        return;
    }
    pump();
}

bool ChannelExchange::pump()
{
    if (m_finished)
        return false;
    if (m_elapsed.hasExpired(m_request.timeoutMs)) {
        finish(SshError::make(SshError::Code::CommandTimeout,
                              tr("%1:%2 (seen from %3) did not answer within %n second(s).", nullptr,
                                 m_request.timeoutMs / 1000)
                                  .arg(m_request.host)
                                  .arg(m_request.port)
                                  .arg(m_master)));
        return false;
    }
    if (!m_open) {
        // Non-blocking open: SSH_AGAIN until the master answers.
        const int rc
            = ssh_channel_open_forward(m_channel, m_host.constData(), m_request.port, "127.0.0.1", 0);
        if (rc == SSH_AGAIN)
            return false;
        if (rc != SSH_OK) {
            finish(SshError::make(SshError::Code::ForwardFailed,
                                  tr("%1 could not connect to %2:%3: %4")
                                      .arg(m_master, m_request.host)
                                      .arg(m_request.port)
                                      .arg(QString::fromUtf8(ssh_get_error(m_session)))));
            return false;
        }
        m_open = true;
    }
    bool progress = false;
    while (!m_toWrite.isEmpty()) {
        const uint32_t window = ssh_channel_window_size(m_channel);
        if (window == 0)
            break;
        const uint32_t n = std::min(window, static_cast<uint32_t>(m_toWrite.size()));
        const int written = ssh_channel_write(m_channel, m_toWrite.constData(), n);
        if (written == SSH_ERROR) {
            finish(
                SshError::make(SshError::Code::ConnectionLost, QString::fromUtf8(ssh_get_error(m_session))));
            return progress;
        }
        m_toWrite.remove(0, written);
        progress = true;
        if (m_toWrite.isEmpty() && m_request.halfClose)
            ssh_channel_send_eof(m_channel);
    }
    char buffer[16384];
    for (;;) {
        const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 0);
        if (n > 0) {
            m_reply.append(buffer, n);
            progress = true;
        } else if (n == SSH_EOF || (n == 0 && ssh_channel_is_closed(m_channel))) {
            finish({});
            break;
        } else if (n == 0) {
            break;
        } else {
            finish(SshError::make(SshError::Code::ConnectionLost,
                                  tr("Lost the connection to %1: %2")
                                      .arg(m_master, QString::fromUtf8(ssh_get_error(m_session)))));
            break;
        }
    }
    return progress;
}

void ChannelExchange::abort(const SshError &error)
{
    finish(error);
}

void ChannelExchange::finish(const SshError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    releaseChannel();
}
