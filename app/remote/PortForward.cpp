#include "PortForward.h"

#include "SshSession.h"

PortForward::PortForward(SshSession *session, quint64 id, const QString &host, quint16 port)
    : QObject(session)
    , m_session(session)
    , m_id(id)
    , m_host(host)
    , m_port(port)
{ }

PortForward::~PortForward()
{
    if (!m_closed && m_session != nullptr)
        m_session->cancelJob(m_id);
}

void PortForward::close()
{
    if (!m_closed && m_session != nullptr)
        m_session->cancelJob(m_id);
}

void PortForward::deliverListening(quint16 localPort)
{
    m_localPort = localPort;
    emit listening(localPort);
}

void PortForward::deliverClosed(const SshError &error)
{
    if (m_closed)
        return;
    m_closed = true;
    m_error = error;
    emit closed(error);
}
