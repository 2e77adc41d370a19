#pragma once

#include "SshJob.h"

#include <QByteArray>

class CommandJob;

// Replaces a remote file atomically (see RemoteScripts::atomicWriteScript) and verifies it: the
// temp file must have the size and sha256 of what was sent before it is renamed (a dropped
// connection cuts stdin short), and the sha256 read back must equal it too. Afterwards the file either has
// the old content or the new one, never a mix, with the old owner and mode.
class AtomicWriteJob : public SshJob
{
    Q_OBJECT

public:
    const QString &path() const { return m_path; }
    const QString &checksum() const { return m_checksum; } // verified sha256 (hex) on success
    void cancel() override;

private:
    friend class SshSession;
    AtomicWriteJob(SshSession *session, quint64 id, const QString &path, const QString &expectedSha256,
                   CommandJob *command);
    void onCommandFinished();

    QString m_path;
    QString m_expected;
    QString m_checksum;
    CommandJob *m_command;
};
