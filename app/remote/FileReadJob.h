#pragma once

#include "SshJob.h"

#include <QByteArray>
#include <QCoreApplication>

class CommandJob;

// A remote file's content (cat, under sudo if asked). The content is never streamed to the log:
// env files may hold cloud credentials.
class FileReadJob : public SshJob
{
    Q_OBJECT

public:
    const QString &path() const { return m_path; }
    const QByteArray &content() const { return m_content; }
    void cancel() override;

private:
    friend class SshSession;
    FileReadJob(SshSession *session, quint64 id, const QString &path, CommandJob *command);
    void onCommandFinished();

    QString m_path;
    CommandJob *m_command;
    QByteArray m_content;
};
