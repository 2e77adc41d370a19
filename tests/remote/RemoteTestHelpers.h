#pragma once

#include "remote/SshJob.h"
#include "remote/SshSession.h"

#include <QDeadlineTimer>
#include <QSignalSpy>

// Signals arrive only while the event loop runs, so checking then spying cannot miss one.

inline bool isSettled(const SshSession &session)
{
    const SshState state = session.state();
    return state == SshState::Connected || state == SshState::Failed;
}

// Waits until the session is connected or has failed.
inline bool waitSettled(SshSession &session, int timeoutMs = 20000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!isSettled(session) && !deadline.hasExpired()) {
        QSignalSpy spy(&session, &SshSession::stateChanged);
        spy.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return isSettled(session);
}

inline bool waitConnected(SshSession &session, int timeoutMs = 20000)
{
    waitSettled(session, timeoutMs);
    return session.isConnected();
}

inline bool waitFinished(SshJob *job, int timeoutMs = 30000)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &SshJob::finished);
    return spy.wait(timeoutMs) || job->isFinished();
}
