#include "FileReadJob.h"

#include "CommandJob.h"
#include "SshSession.h"

FileReadJob::FileReadJob(SshSession *session, quint64 id, const QString &path, CommandJob *command)
    : SshJob(session, id)
    , m_path(path)
    , m_command(command)
{
    command->setParent(this);
    connect(command, &SshJob::finished, this, &FileReadJob::onCommandFinished);
}

void FileReadJob::cancel()
{
    m_command->cancel();
}

void FileReadJob::onCommandFinished()
{
    const CommandResult &result = m_command->result();
    if (result.error.isError()) {
        finishWith(result.error);
        return;
    }
    if (result.exitStatus != 0) {
        finishWith(SshError::make(SshError::Code::RemoteFailed,
                                  tr("Could not read %1 on %2: %3")
                                      .arg(m_path, session() ? session()->name() : QString(),
                                           QString::fromUtf8(result.stderrData).trimmed())));
        return;
    }
    m_content = result.stdoutData;
    finishWith({});
}
