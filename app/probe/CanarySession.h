#pragma once

#include <QObject>
#include <QString>

#include <functional>

class ZkClient;

// A client session that holds an ephemeral znode through the migration. ZooKeeper keeps a
// session alive across a leader change only if the ensemble comes back within its timeout, so a
// surviving canary is the evidence that client sessions (Mesos, Marathon, ...) survived.
class CanarySession : public QObject
{
    Q_OBJECT

public:
    explicit CanarySession(QObject *parent = nullptr);
    ~CanarySession() override;

    void start(const QString &connectString, const QString &path, const QByteArray &data = QByteArray("canary"),
               int sessionTimeoutMsec = 10000);
    // Reads the node back: checked(true) if it exists and this session owns it.
    void check();
    // Removes the node, then ends the session, and calls `done` once both are over (or after
    // `timeoutMs`). Removing it first matters: the session's close request is sent from a pool
    // thread and may never reach ZooKeeper if the process (or its SSH forward) ends first, which
    // would leave the node standing for a whole session timeout, where other runs see it as live.
    void stop(std::function<void()> done = {}, int timeoutMs = 3000);

    bool isReady() const { return m_ready; }
    bool hasExpired() const { return m_expired; }
    // Ready, and the session never expired.
    bool survived() const { return m_ready && !m_expired; }
    qint64 sessionId() const;
    int negotiatedTimeout() const;
    QString path() const { return m_path; }

signals:
    void ready();
    void failed(const QString &errorText);
    void sessionExpired();
    void checked(bool alive);

private:
    void onConnected();

    ZkClient *m_client;
    QString m_path;
    QByteArray m_data;
    bool m_ready = false;
    bool m_expired = false;
};
