#include "AtomicWriteJob.h"

#include "CommandJob.h"
#include "RemoteScripts.h"
#include "SshSession.h"


AtomicWriteJob::AtomicWriteJob(SshSession *session, quint64 id, const QString &path,
                               const QString &expectedSha256, CommandJob *command)
    : SshJob(session, id)
    , m_path(path)
    , m_expected(expectedSha256)
    , m_command(command)
{
    command->setParent(this);
    connect(command, &SshJob::finished, this, &AtomicWriteJob::onCommandFinished);
}

void AtomicWriteJob::cancel()
{
    m_command->cancel();
}

void AtomicWriteJob::onCommandFinished()
{
    const CommandResult &result = m_command->result();
    const QString master = session() ? session()->name() : QString();
    if (result.error.isError()) {
        finishWith(result.error);
        return;
    }
    const QString detail = QString::fromUtf8(result.stderrData).trimmed();
    QString step;
    switch (result.exitStatus) {
    case 0: {
        const QStringList sums = RemoteScripts::checksums(result.stdoutData);
        if (sums.size() != 1 || sums.first() != m_expected) {
            finishWith(
                SshError::make(SshError::Code::ChecksumMismatch,
                               tr("%1 on %2 was replaced, but reading it back gave checksum %3 instead of "
                                  "%4. Check the disk and the file before going on.")
                                   .arg(m_path, master, sums.value(0, tr("(none)")), m_expected)));
            return;
        }
        m_checksum = sums.first();
        finishWith({});
        return;
    }
    case RemoteScripts::NotRegularFile:
        step = tr("it does not exist or is not a regular file");
        break;
    case RemoteScripts::TempWriteFailed:
        step = tr("writing the temporary file beside it failed (disk full? read-only?)");
        break;
    case RemoteScripts::ChownFailed:
        step = tr("giving the temporary file the old owner failed (does this need sudo?)");
        break;
    case RemoteScripts::ChmodFailed:
        step = tr("giving the temporary file the old mode failed");
        break;
    case RemoteScripts::LabelFailed:
        step = tr("giving the temporary file the old SELinux label failed");
        break;
    case RemoteScripts::RenameFailed:
        step = tr("renaming the temporary file over it failed (immutable file?)");
        break;
    case RemoteScripts::ContentMismatch:
        step = tr("the temporary file did not receive the whole content (connection dropped?), so it was "
                  "removed instead of renamed");
        break;
    case RemoteScripts::ReadBackFailed:
        step = tr("the file was replaced, but reading it back failed");
        break;
    default:
        step = result.exitSignal.isEmpty()
            ? tr("the remote command ended with status %1").arg(result.exitStatus)
            : tr("the remote command was killed (%1)").arg(result.exitSignal);
        break;
    }
    // Steps before the rename leave the old file; a killed script may have been anywhere, but the
    // rename is atomic: the file has either its old or its new content.
    QString unchanged;
    if ((result.exitStatus >= RemoteScripts::NotRegularFile
         && result.exitStatus <= RemoteScripts::RenameFailed)
        || result.exitStatus == RemoteScripts::ContentMismatch)
        unchanged = tr(" The file is unchanged.");
    else if (result.exitStatus != RemoteScripts::ReadBackFailed)
        unchanged
            = tr(" The file has either its old or its new content, never a mix: read it back to see which.");
    finishWith(SshError::make(
        SshError::Code::RemoteFailed,
        tr("Could not write %1 on %2: %3.%4 %5").arg(m_path, master, step, unchanged, detail).trimmed()));
}
