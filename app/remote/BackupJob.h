#pragma once

#include "SshJob.h"

class CommandJob;

// Copies a remote file to its backup (cp -p), see RemoteScripts::backupScript. An existing backup
// with the same content counts as done ("already backed up"); one that differs is refused with
// BackupDiffers, because it is an earlier run's backup of the original file.
class BackupJob : public SshJob
{
    Q_OBJECT

public:
    enum class Outcome { None, Created, AlreadyBackedUp };

    const QString &path() const { return m_path; }
    const QString &backupPath() const { return m_backupPath; }
    Outcome outcome() const { return m_outcome; }
    const QString &checksum() const { return m_checksum; } // of the backup, verified
    QString outcomeText() const;
    void cancel() override;

private:
    friend class SshSession;
    BackupJob(SshSession *session, quint64 id, const QString &path, const QString &backupPath,
              CommandJob *command);
    void onCommandFinished();

    QString m_path;
    QString m_backupPath;
    CommandJob *m_command;
    Outcome m_outcome = Outcome::None;
    QString m_checksum;
};
