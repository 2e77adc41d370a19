#include "SshJob.h"

#include "SshSession.h"

SshJob::SshJob(SshSession *session, quint64 id)
    : QObject(session)
    , m_session(session)
    , m_id(id)
{ }

SshJob::~SshJob()
{
    if (!m_finished && m_session != nullptr)
        m_session->cancelJob(m_id);
}

void SshJob::cancel()
{
    if (!m_finished && m_session != nullptr)
        m_session->cancelJob(m_id);
}

void SshJob::finishWith(const SshError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
    if (m_autoDelete)
        deleteLater();
}

SshSession *SshJob::session() const
{
    return m_session;
}
