#pragma once

#include "probe/ZkTreeDigest.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class CanarySession;
class MasterLink;
class ZkClient;

// The run's own ZooKeeper client, reaching every master's ZooKeeper through an SSH port forward
// (127.0.0.1:<local port> per master, all in one connect string, so the client moves to another
// server when one restarts). Used for the gate's touch write, the data digest and the canary.
class ZkAccess : public QObject
{
    Q_OBJECT

public:
    using OpenCallback = std::function<void(bool ok, const QString &error)>;
    using TouchCallback = std::function<void(bool ok, qint64 zxid, const QString &error)>;
    using DigestCallback = std::function<void(const ZkTreeDigest &digest)>;
    using NodeCallback = std::function<void(bool ok, bool exists, const QByteArray &data, const QString &error)>;

    ZkAccess(const QList<MasterLink *> &links, const QString &basePath, QObject *parent = nullptr);
    ~ZkAccess() override;

    // Forwards (for the connected links) and a session; callback once connected or after timeoutMs.
    void open(OpenCallback callback, int timeoutMs = 15000);
    bool isOpen() const;
    QString connectString() const { return m_connectString; }
    QString basePath() const { return m_basePath; }
    QString touchPath() const { return m_basePath + QStringLiteral("/touch"); }

    // Writes the touch node (creating it and its parent if needed); zxid of the write.
    void touch(TouchCallback callback);
    // The tree without `excluded`, stamped with the zxid of a touch written just before the walk.
    void digest(const QStringList &excluded, DigestCallback callback);
    // Adds ZooKeeper digest credentials ("super:<password>") to the run's session, and again to
    // any session that replaces an expired one. Held in memory only, never logged.
    void addDigestAuth(const QByteArray &credentials, OpenCallback callback);
    bool hasAuth() const { return !m_credentials.isEmpty(); }
    // For the run's other sessions (the write probe): the same credentials, in memory only.
    QByteArray credentials() const { return m_credentials; }
    void createPersistent(const QString &path, const QByteArray &data, OpenCallback callback);
    void read(const QString &path, NodeCallback callback);
    // The names of path's children (none, ok, if path does not exist).
    void children(const QString &path, std::function<void(bool ok, const QStringList &names, const QString &error)> callback);
    // Removes a node if it exists (no children expected).
    void remove(const QString &path, OpenCallback callback);

    // The canary: an ephemeral node held by a session of its own for the whole run; data names
    // the run (RunLock::Holder's record) for other runs' preflight.
    void startCanary(const QString &path, const QByteArray &data, int sessionTimeoutMs, OpenCallback callback);
    // callback(alive): ready, never expired, and the node is still this session's.
    void checkCanary(std::function<void(bool alive, const QString &detail)> callback);
    bool hasCanary() const { return m_canary != nullptr; }
    // The canary session connected and never expired (false without one).
    bool canarySurvived() const;
    // Ends the canary session, its node removed first; `done` runs once that is over.
    void stopCanary(std::function<void()> done = {});

private:
    void ensureBase(OpenCallback callback);
    void reopenIfExpired();

    QList<MasterLink *> m_links;
    QString m_basePath;
    QString m_connectString;
    ZkClient *m_client = nullptr;
    CanarySession *m_canary = nullptr;
    int m_sessionTimeoutMs = 10000;
    QByteArray m_credentials;
};
