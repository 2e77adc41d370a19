#pragma once

#include "SshJob.h"

#include <QByteArray>

// Bytes sent to <host>:<port> as seen from a master, and everything it answered until it closed
// the connection (a ZooKeeper four-letter word).
class ExchangeJob : public SshJob
{
    Q_OBJECT

public:
    const QByteArray &reply() const { return m_reply; }

private:
    friend class SshSession;
    ExchangeJob(SshSession *session, quint64 id)
        : SshJob(session, id)
    { }
    void deliver(const QByteArray &reply, const SshError &error)
    {
        m_reply = reply;
        finishWith(error);
    }

    QByteArray m_reply;
};
