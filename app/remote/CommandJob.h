#pragma once

#include "RemoteCommand.h"
#include "SshJob.h"

// A running remote command. Lines arrive while it runs (for live log panes); result() is
// complete once finished() has been emitted.
class CommandJob : public SshJob
{
    Q_OBJECT

public:
    const CommandResult &result() const { return m_result; }
    const QString &displayLine() const { return m_displayLine; }

signals:
    void outputLine(OutputStream stream, const QString &line);

private:
    friend class SshSession;
    CommandJob(SshSession *session, quint64 id)
        : SshJob(session, id)
    { }
    void deliverResult(const CommandResult &result);

    CommandResult m_result;
    QString m_displayLine;
};
