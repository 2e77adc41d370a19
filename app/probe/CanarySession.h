#pragma once

#include <QObject>
#include <QString>

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
    // Ends the session; ZooKeeper removes the node.
    void stop();

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
