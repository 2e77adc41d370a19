#pragma once

#include "SpecReader.h"

#include <QPointer>
#include <QTimer>

class CommandJob;
class SshSession;

// Reads Exhibitor's shared config for exhibitor_storage_backend: shared_filesystem. DC/OS starts
// Exhibitor with "--configtype=file --fsconfigdir $EXHIBITOR_FSCONFIGDIR" and no --fsconfigname
// (dcos/dcos packages/exhibitor/extra/start_exhibitor.py), so the config is the file
// "exhibitor.properties" (ExhibitorCLI.DEFAULT_FILESYSTEMCONFIG_NAME) in that directory, Java
// properties written by Properties.store (dcos/exhibitor FileSystemConfigProvider.storeConfig).
// The directory is a share mounted on the masters, so it is read there: cat under sudo through
// one master's SSH connection, like the env file. The content is not logged (it is the whole
// shared config). Finishes exactly once, also on timeout.
class SharedFsSpecReader : public SpecReader
{
    Q_OBJECT

public:
    static constexpr const char *FileName = "exhibitor.properties";

    SharedFsSpecReader(SshSession *session, const QString &configDir, int timeoutMs, QObject *parent = nullptr);
    ~SharedFsSpecReader() override;

    void start() override;

    // "<configDir>/exhibitor.properties" (one slash between them).
    static QString configFile(const QString &configDir);

protected:
    void cleanUp() override;

private:
    void onReadFinished();

    QPointer<SshSession> m_session;
    QString m_configDir;
    QPointer<CommandJob> m_job;
    QTimer m_timer;
};
