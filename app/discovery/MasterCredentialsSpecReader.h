#pragma once

#include "SpecReader.h"

#include <QPointer>
#include <QTimer>

#include <functional>

class FileReadJob;
class SshSession;

// Reads an object store's shared config (S3, Azure) when config.yaml lacks the keys: operators
// often keep a copy of config.yaml with the secrets stripped, while DC/OS's installer rendered
// them into every master's /opt/mesosphere/etc/exhibitor.properties (gen/dcos-config.yaml:
// com.netflix.exhibitor.s3.access-key-id / access-secret-key with exhibitor_explicit_keys true,
// com.netflix.exhibitor.azure.account-name / account-key always). So first that file is read
// with sudo through one master's SSH connection (SshSession::readFile: never logged), then the
// backend's own reader, made by the factory from the file's text, reads the config from this
// workstation as usual; its log lines and result become this reader's.
//
// The file's text is a secret: it stays in memory, is handed to the factory and dropped; the log
// says only where the credentials came from, errors only the path, the master and cat's stderr.
class MasterCredentialsSpecReader : public SpecReader
{
    Q_OBJECT

public:
    static constexpr const char *PropertiesFile = "/opt/mesosphere/etc/exhibitor.properties";

    // The backend's reader from the properties' text, owned by parent; nullptr with *error set
    // (translated) when the file gives no usable credentials either.
    using ReaderFactory = std::function<SpecReader *(const QByteArray &exhibitorProperties, QObject *parent,
                                                     QString *error)>;

    // location: the result's location as known before the file is read (the inner reader's
    // replaces it when it finishes).
    MasterCredentialsSpecReader(SshSession *session, const QString &location, ReaderFactory factory, int timeoutMs,
                                QObject *parent = nullptr);
    ~MasterCredentialsSpecReader() override;

    void start() override;

protected:
    void cleanUp() override;

private:
    void onReadFinished();
    void onInnerFinished();

    QPointer<SshSession> m_session;
    ReaderFactory m_factory;
    QPointer<FileReadJob> m_job;
    QPointer<SpecReader> m_inner;
    QTimer m_timer;
};
