#include "BackupJob.h"

#include "CommandJob.h"
#include "RemoteScripts.h"
#include "SshSession.h"

BackupJob::BackupJob(SshSession *session, quint64 id, const QString &path, const QString &backupPath,
                     CommandJob *command)
    : SshJob(session, id)
    , m_path(path)
    , m_backupPath(backupPath)
    , m_command(command)
{
    command->setParent(this);
    connect(command, &SshJob::finished, this, &BackupJob::onCommandFinished);
}

void BackupJob::cancel()
{
    m_command->cancel();
}

QString BackupJob::outcomeText() const
{
    switch (m_outcome) {
    case Outcome::Created:
        return tr("backed up to %1").arg(m_backupPath);
    case Outcome::AlreadyBackedUp:
        return tr("already backed up (%1 has the same content)").arg(m_backupPath);
    case Outcome::None:
    default:
        return {};
    }
}

void BackupJob::onCommandFinished()
{
    const CommandResult &result = m_command->result();
    const QString master = session() ? session()->name() : QString();
    if (result.error.isError()) {
        finishWith(result.error);
        return;
    }
    if (result.exitStatus == RemoteScripts::BackupDiffers) {
        finishWith(
            SshError::make(SshError::Code::BackupDiffers,
                           tr("%1 on %2 already exists and differs from %3: it is probably the backup of "
                              "an earlier run, holding the original configuration. It was left as it is. "
                              "Compare the two files and move the old backup away before going on.")
                               .arg(m_backupPath, master, m_path)));
        return;
    }
    if (result.exitStatus != 0) {
        finishWith(SshError::make(SshError::Code::RemoteFailed,
                                  tr("Could not back up %1 to %2 on %3 (status %4): %5")
                                      .arg(m_path, m_backupPath, master)
                                      .arg(result.exitStatus)
                                      .arg(QString::fromUtf8(result.stderrData).trimmed())));
        return;
    }
    const QStringList sums = RemoteScripts::checksums(result.stdoutData);
    if (sums.size() != 2 || sums.at(0) != sums.at(1)) {
        finishWith(SshError::make(
            SshError::Code::ChecksumMismatch,
            tr("The backup %1 on %2 does not have the checksum of %3.").arg(m_backupPath, master, m_path)));
        return;
    }
    m_checksum = sums.at(1);
    m_outcome
        = result.stdoutData.contains("emw-backup=already") ? Outcome::AlreadyBackedUp : Outcome::Created;
    finishWith({});
}
