#pragma once

#include "SshError.h"

#include <QObject>
#include <QPointer>

class SshSession;

// One piece of remote work, handed out by SshSession and living in the caller's thread. It
// finishes exactly once (finished()), also when cancelled or when the connection goes away.
// The session owns its jobs; a caller done with one may delete it (a running job is cancelled).
class SshJob : public QObject
{
    Q_OBJECT

public:
    ~SshJob() override;

    bool isFinished() const { return m_finished; }
    const SshError &error() const { return m_error; }
    SshSession *session() const;

    virtual void cancel();

    // Delete the job (deleteLater) right after finished(): for fire-and-forget callers that only
    // connect to finished(). Off by default; the session deletes leftover jobs when it goes.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    void finished();

protected:
    SshJob(SshSession *session, quint64 id);
    quint64 id() const { return m_id; }
    void finishWith(const SshError &error);

private:
    friend class SshSession;
    QPointer<SshSession> m_session;
    quint64 m_id;
    bool m_finished = false;
    bool m_autoDelete = false;
    SshError m_error;
};
