#pragma once

#include "ZkResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

struct ZkClientCore;
typedef struct _zhandle zhandle_t; // as zookeeper.h declares it; that header stays out of ours

// A ZooKeeper session over the C client (zookeeper_mt). Every operation is asynchronous: the C
// client calls back on its own threads, and the result is handed to this object's thread through
// a queued call, where the callback runs. A callback is dropped when its context object is
// destroyed first, and none runs after the ZkClient is destroyed.
//
// zookeeper_close() may block (it flushes a close request to the server), so closing happens on
// a pool thread; the GUI thread never waits for it. The C client's own logging goes to the Qt
// category "emw.probe.zookeeper" (debug level, off by default), not to stderr.
class ZkClient : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Connecting, Connected, Expired, AuthFailed };
    Q_ENUM(State)

    enum CreateFlag { Persistent = 0, Ephemeral = 1, Sequential = 2 };
    Q_DECLARE_FLAGS(CreateFlags, CreateFlag)

    using Callback = std::function<void(const ZkResult &)>;

    // One entry of a znode's ACL: scheme "world"/"digest"/"ip", its id, ZooKeeper's perms bits.
    struct Acl
    {
        enum Perm { Read = 1, Write = 2, Create = 4, Delete = 8, Admin = 16, All = 31 };
        QString scheme;
        QString id;
        int perms = All;
    };
    // The id of a digest ACL for user:password, as ZooKeeper's DigestAuthenticationProvider
    // computes it: "user:" + base64(sha1("user:password")).
    static QString digestId(const QString &user, const QByteArray &password);

    explicit ZkClient(QObject *parent = nullptr);
    ~ZkClient() override;

    // Starts connecting to "host:port,host:port". The session timeout is a request: the servers
    // clamp it to [2, 20] ticks. False (and errorString()) if the C client refused the arguments.
    bool open(const QString &connectString, int sessionTimeoutMsec = 10000);
    // Ends the session (its ephemeral nodes go away). Pending callbacks get Closing, queued.
    void close();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    qint64 sessionId() const { return m_sessionId; }
    int negotiatedTimeout() const { return m_negotiatedTimeout; }
    QString connectString() const { return m_connectString; }
    QString errorString() const { return m_errorString; }

    void get(const QString &path, const QObject *context, Callback callback);
    void exists(const QString &path, const QObject *context, Callback callback);
    void getChildren(const QString &path, const QObject *context, Callback callback);
    void create(const QString &path, const QByteArray &data, CreateFlags flags, const QObject *context,
                Callback callback);
    // With an ACL of its own instead of world:anyone with every right.
    void create(const QString &path, const QByteArray &data, CreateFlags flags, const QList<Acl> &acl,
                const QObject *context, Callback callback);
    // Adds credentials to the session (e.g. "digest", "super:<password>"); they last as long as
    // the session and are sent again on reconnection. The callback tells whether the server took
    // them (ZkResult::code AuthFailed ends the session). The credentials are not kept here.
    void addAuth(const QString &scheme, const QByteArray &credentials, const QObject *context, Callback callback);
    // version -1: any version.
    void set(const QString &path, const QByteArray &data, int version, const QObject *context, Callback callback);
    void remove(const QString &path, int version, const QObject *context, Callback callback);

signals:
    void stateChanged(ZkClient::State state);
    void connected();
    void sessionExpired();

private:
    friend struct ZkClientCore;
typedef struct _zhandle zhandle_t; // as zookeeper.h declares it; that header stays out of ours

    struct Pending
    {
        QPointer<const QObject> context;
        Callback callback;
    };

    // Registers a callback; returns the request ID handed to the C client with the path.
    quint64 addPending(const QObject *context, Callback callback);
    // When the C client refused the request outright: report it like any answer, but queued.
    void failLater(quint64 id, const QString &path, int code);
    void finishRequest(quint64 id, const ZkResult &result);
    void onSessionEvent(const ZkClientCore *core, State state, qint64 sessionId, int negotiatedTimeout);
    using Submit = std::function<int(zhandle_t *handle, const QByteArray &path, void *request)>;
    void submit(const QString &path, const QObject *context, Callback callback, const Submit &call);

    std::shared_ptr<ZkClientCore> m_core;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    State m_state = State::Closed;
    qint64 m_sessionId = 0;
    int m_negotiatedTimeout = 0;
    QString m_connectString;
    QString m_errorString;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ZkClient::CreateFlags)
