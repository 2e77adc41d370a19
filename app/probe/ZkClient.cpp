#include "ZkClient.h"

#include "remote/BlockingWorkPool.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QMetaObject>

#include <zookeeper/zookeeper.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <vector>

Q_LOGGING_CATEGORY(lcZooKeeper, "emw.probe.zookeeper", QtWarningMsg)

namespace
{
    constexpr bool same(ZkResult::Code ours, ZOO_ERRORS theirs)
    {
        return int(ours) == int(theirs);
    }
} // namespace
static_assert(same(ZkResult::Ok, ZOK) && same(ZkResult::ConnectionLoss, ZCONNECTIONLOSS)
              && same(ZkResult::OperationTimeout, ZOPERATIONTIMEOUT) && same(ZkResult::InvalidState, ZINVALIDSTATE)
              && same(ZkResult::NoNode, ZNONODE) && same(ZkResult::NodeExists, ZNODEEXISTS)
              && same(ZkResult::NotEmpty, ZNOTEMPTY) && same(ZkResult::BadVersion, ZBADVERSION)
              && same(ZkResult::SessionExpired, ZSESSIONEXPIRED) && same(ZkResult::Closing, ZCLOSING)
              && same(ZkResult::BadArguments, ZBADARGUMENTS) && same(ZkResult::NoAuth, ZNOAUTH)
              && same(ZkResult::SystemError, ZSYSTEMERROR) && same(ZkResult::AuthFailed, ZAUTHFAILED),
              "ZkResult::Code must mirror zookeeper.h");

// Shared between the ZkClient (its thread) and the C client's threads. The C client keeps a raw
// pointer to it as the watcher context, so whoever closes the handle holds a reference until
// zookeeper_close() has returned. `owner` is cleared, under the mutex, before the ZkClient goes
// away: a callback that finds it null drops its result.
struct ZkClientCore
{
    std::mutex mutex;
    ZkClient *owner = nullptr;
    zhandle_t *handle = nullptr;

    void deliver(quint64 id, ZkResult result)
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (!owner)
            return;
        ZkClient *client = owner;
        // The queued call is discarded by ~QObject if the client dies before it runs.
        QMetaObject::invokeMethod(
            client, [client, id, result = std::move(result)] { client->finishRequest(id, result); },
            Qt::QueuedConnection);
    }

    void deliverState(ZkClient::State state, qint64 sessionId, int timeout)
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (!owner)
            return;
        ZkClient *client = owner;
        ZkClientCore *self = this;
        QMetaObject::invokeMethod(
            client,
            [client, self, state, sessionId, timeout] { client->onSessionEvent(self, state, sessionId, timeout); },
            Qt::QueuedConnection);
    }
};

namespace
{
    // What the C client gets as `data` for one request; the completion takes ownership.
    struct RequestContext
    {
        std::shared_ptr<ZkClientCore> core;
        quint64 id;
        QString path;
    };

    RequestContext *takeContext(const void *data)
    {
        return static_cast<RequestContext *>(const_cast<void *>(data));
    }

    ZkResult resultFor(const RequestContext &ctx, int rc)
    {
        ZkResult result;
        result.code = rc;
        result.path = ctx.path;
        return result;
    }

    ZkResult::Stat toStat(const struct Stat *stat)
    {
        ZkResult::Stat s;
        if (!stat)
            return s;
        s.czxid = stat->czxid;
        s.mzxid = stat->mzxid;
        s.pzxid = stat->pzxid;
        s.cversion = stat->cversion;
        s.ephemeralOwner = stat->ephemeralOwner;
        s.version = stat->version;
        s.dataLength = stat->dataLength;
        s.numChildren = stat->numChildren;
        return s;
    }

    void dataCompletion(int rc, const char *value, int valueLength, const struct Stat *stat, const void *data)
    {
        std::unique_ptr<RequestContext> ctx(takeContext(data));
        ZkResult result = resultFor(*ctx, rc);
        if (rc == ZOK) {
            result.exists = true;
            // A node created with NULL data reports length -1.
            if (value && valueLength > 0)
                result.data = QByteArray(value, valueLength);
            result.stat = toStat(stat);
        }
        ctx->core->deliver(ctx->id, std::move(result));
    }

    void statCompletion(int rc, const struct Stat *stat, const void *data)
    {
        std::unique_ptr<RequestContext> ctx(takeContext(data));
        ZkResult result = resultFor(*ctx, rc);
        if (rc == ZOK) {
            result.exists = true;
            result.stat = toStat(stat);
        }
        ctx->core->deliver(ctx->id, std::move(result));
    }

    void stringsStatCompletion(int rc, const struct String_vector *strings, const struct Stat *stat, const void *data)
    {
        std::unique_ptr<RequestContext> ctx(takeContext(data));
        ZkResult result = resultFor(*ctx, rc);
        if (rc == ZOK && strings) {
            result.exists = true;
            result.children.reserve(strings->count);
            for (int i = 0; i < strings->count; ++i)
                result.children.append(QString::fromUtf8(strings->data[i]));
            result.stat = toStat(stat);
        }
        ctx->core->deliver(ctx->id, std::move(result));
    }

    void stringCompletion(int rc, const char *value, const void *data)
    {
        std::unique_ptr<RequestContext> ctx(takeContext(data));
        ZkResult result = resultFor(*ctx, rc);
        if (rc == ZOK && value)
            result.createdPath = QString::fromUtf8(value);
        ctx->core->deliver(ctx->id, std::move(result));
    }

    void voidCompletion(int rc, const void *data)
    {
        std::unique_ptr<RequestContext> ctx(takeContext(data));
        ctx->core->deliver(ctx->id, resultFor(*ctx, rc));
    }

    ZkClient::State toState(int state)
    {
        if (state == ZOO_CONNECTED_STATE || state == ZOO_READONLY_STATE)
            return ZkClient::State::Connected;
        if (state == ZOO_EXPIRED_SESSION_STATE)
            return ZkClient::State::Expired;
        if (state == ZOO_AUTH_FAILED_STATE)
            return ZkClient::State::AuthFailed;
        return ZkClient::State::Connecting; // connecting, associating, not connected
    }

    void sessionWatcher(zhandle_t *zh, int type, int state, const char *, void *watcherContext)
    {
        if (type != ZOO_SESSION_EVENT || !watcherContext)
            return;
        auto *core = static_cast<ZkClientCore *>(watcherContext);
        const ZkClient::State mapped = toState(state);
        qint64 sessionId = 0;
        int timeout = 0;
        if (mapped == ZkClient::State::Connected) {
            if (const clientid_t *id = zoo_client_id(zh))
                sessionId = id->client_id;
            timeout = zoo_recv_timeout(zh);
        }
        core->deliverState(mapped, sessionId, timeout);
    }

    // Runs on the C client's threads; QMessageLogger is thread-safe.
    void logToQt(const char *message)
    {
        qCDebug(lcZooKeeper).noquote() << QString::fromLocal8Bit(message).trimmed();
    }

    void quietLibraryLogging()
    {
        static std::once_flag once;
        std::call_once(once, [] {
            // Messages logged without a handle still go to the library's global stream, stderr by
            // default; a debug session turns the category on to see the rest.
            if (FILE *devNull = std::fopen("/dev/null", "w"))
                zoo_set_log_stream(devNull); // lives as long as the process, like stderr
            zoo_set_debug_level(lcZooKeeper().isDebugEnabled() ? ZOO_LOG_LEVEL_INFO : ZOO_LOG_LEVEL_WARN);
        });
    }
} // namespace

QString ZkResult::errorText() const
{
    if (ok())
        return {};
    return tr("%1: %2").arg(path, QString::fromUtf8(zerror(code)));
}

ZkClient::ZkClient(QObject *parent)
    : QObject(parent)
{
}

ZkClient::~ZkClient()
{
    close();
}

bool ZkClient::open(const QString &connectString, int sessionTimeoutMsec)
{
    close();
    quietLibraryLogging();
    m_connectString = connectString;
    m_errorString.clear();

    auto core = std::make_shared<ZkClientCore>();
    // Set before the handle exists: the first session event may come before zookeeper_init2 returns.
    core->owner = this;
    m_core = core;
    zhandle_t *handle = zookeeper_init2(connectString.toUtf8().constData(), sessionWatcher, sessionTimeoutMsec,
                                        nullptr, core.get(), 0, logToQt);
    if (!handle) {
        const int error = errno;
        {
            std::lock_guard<std::mutex> lock(core->mutex);
            core->owner = nullptr;
        }
        m_core.reset();
        m_errorString = tr("Cannot connect to ZooKeeper at \"%1\": %2")
                            .arg(connectString, QString::fromLocal8Bit(std::strerror(error)));
        return false;
    }
    {
        std::lock_guard<std::mutex> lock(core->mutex);
        core->handle = handle;
    }
    m_state = State::Connecting;
    emit stateChanged(m_state);
    return true;
}

void ZkClient::close()
{
    if (!m_core)
        return;
    std::shared_ptr<ZkClientCore> core = std::move(m_core);
    zhandle_t *handle = nullptr;
    {
        std::lock_guard<std::mutex> lock(core->mutex);
        core->owner = nullptr;
        handle = core->handle;
        core->handle = nullptr;
    }
    // zookeeper_close() sends a close request and joins the C client's threads; it may take
    // seconds when a server is slow, so it runs on a pool thread. `core` stays alive until then,
    // because the C client may still call the session watcher with it as context.
    BlockingWorkPool::start([core, handle] { zookeeper_close(handle); });

    const QList<quint64> pending = m_pending.keys();
    for (const quint64 id : pending)
        failLater(id, QString(), ZkResult::Closing);
    m_sessionId = 0;
    m_negotiatedTimeout = 0;
    if (m_state != State::Closed) {
        m_state = State::Closed;
        emit stateChanged(m_state);
    }
}

quint64 ZkClient::addPending(const QObject *context, Callback callback)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, Pending{QPointer<const QObject>(context), std::move(callback)});
    return id;
}

void ZkClient::failLater(quint64 id, const QString &path, int code)
{
    ZkResult result;
    result.code = code;
    result.path = path;
    QMetaObject::invokeMethod(this, [this, id, result] { finishRequest(id, result); }, Qt::QueuedConnection);
}

void ZkClient::finishRequest(quint64 id, const ZkResult &result)
{
    const Pending pending = m_pending.take(id);
    if (!pending.callback || !pending.context)
        return;
    // Last use of `this`: the callback may destroy the client.
    pending.callback(result);
}

void ZkClient::onSessionEvent(const ZkClientCore *core, State state, qint64 sessionId, int negotiatedTimeout)
{
    if (core != m_core.get())
        return; // queued by a session that has been closed since
    if (state == State::Connected) {
        m_sessionId = sessionId;
        m_negotiatedTimeout = negotiatedTimeout;
    }
    const bool changed = state != m_state;
    m_state = state;
    if (!changed)
        return;
    emit stateChanged(state);
    if (state == State::Connected)
        emit connected();
    else if (state == State::Expired)
        emit sessionExpired();
}

void ZkClient::submit(const QString &path, const QObject *context, Callback callback, const Submit &call)
{
    const quint64 id = addPending(context, std::move(callback));
    if (!m_core) {
        failLater(id, path, ZkResult::InvalidState);
        return;
    }
    // Freed by the completion, which the C client calls exactly once for an accepted request.
    auto *request = new RequestContext{m_core, id, path};
    const int rc = call(m_core->handle, path.toUtf8(), request);
    if (rc != ZOK) {
        delete request;
        failLater(id, path, rc);
    }
}

void ZkClient::get(const QString &path, const QObject *context, Callback callback)
{
    submit(path, context, std::move(callback), [](zhandle_t *zh, const QByteArray &p, void *request) {
        return zoo_aget(zh, p.constData(), 0, dataCompletion, request);
    });
}

void ZkClient::exists(const QString &path, const QObject *context, Callback callback)
{
    submit(path, context, std::move(callback), [](zhandle_t *zh, const QByteArray &p, void *request) {
        return zoo_aexists(zh, p.constData(), 0, statCompletion, request);
    });
}

void ZkClient::getChildren(const QString &path, const QObject *context, Callback callback)
{
    submit(path, context, std::move(callback), [](zhandle_t *zh, const QByteArray &p, void *request) {
        // children2: the parent's stat comes with the list, read at the same moment (its pzxid
        // tells a data check whether a missing child was deleted after this read).
        return zoo_aget_children2(zh, p.constData(), 0, stringsStatCompletion, request);
    });
}

void ZkClient::create(const QString &path, const QByteArray &data, CreateFlags flags, const QObject *context,
                      Callback callback)
{
    int mode = ZOO_PERSISTENT;
    if (flags.testFlag(Ephemeral))
        mode = flags.testFlag(Sequential) ? ZOO_EPHEMERAL_SEQUENTIAL : ZOO_EPHEMERAL;
    else if (flags.testFlag(Sequential))
        mode = ZOO_PERSISTENT_SEQUENTIAL;
    submit(path, context, std::move(callback), [data, mode](zhandle_t *zh, const QByteArray &p, void *request) {
        return zoo_acreate(zh, p.constData(), data.constData(), int(data.size()), &ZOO_OPEN_ACL_UNSAFE, mode,
                           stringCompletion, request);
    });
}

void ZkClient::create(const QString &path, const QByteArray &data, CreateFlags flags, const QList<Acl> &acl,
                      const QObject *context, Callback callback)
{
    int mode = ZOO_PERSISTENT;
    if (flags.testFlag(Ephemeral))
        mode = flags.testFlag(Sequential) ? ZOO_EPHEMERAL_SEQUENTIAL : ZOO_EPHEMERAL;
    else if (flags.testFlag(Sequential))
        mode = ZOO_PERSISTENT_SEQUENTIAL;
    // The C client copies the ACL into the request before zoo_acreate returns.
    QList<QByteArray> strings;
    for (const Acl &entry : acl)
        strings << entry.scheme.toUtf8() << entry.id.toUtf8();
    submit(path, context, std::move(callback), [data, mode, acl, strings](zhandle_t *zh, const QByteArray &p, void *request) {
        std::vector<struct ACL> entries(size_t(acl.size()));
        for (qsizetype i = 0; i < acl.size(); ++i) {
            entries[size_t(i)].perms = acl.at(i).perms;
            entries[size_t(i)].id.scheme = const_cast<char *>(strings.at(2 * i).constData());
            entries[size_t(i)].id.id = const_cast<char *>(strings.at(2 * i + 1).constData());
        }
        struct ACL_vector vector;
        vector.count = int32_t(entries.size());
        vector.data = entries.data();
        return zoo_acreate(zh, p.constData(), data.constData(), int(data.size()), &vector, mode, stringCompletion,
                           request);
    });
}

QString ZkClient::digestId(const QString &user, const QByteArray &password)
{
    const QByteArray sha1 = QCryptographicHash::hash(user.toUtf8() + ':' + password, QCryptographicHash::Sha1);
    return user + QLatin1Char(':') + QString::fromLatin1(sha1.toBase64());
}

void ZkClient::addAuth(const QString &scheme, const QByteArray &credentials, const QObject *context, Callback callback)
{
    // The path is only what the result reports; the credentials never go into it or a log.
    submit(QStringLiteral("auth:") + scheme, context, std::move(callback),
           [scheme, credentials](zhandle_t *zh, const QByteArray &, void *request) {
               return zoo_add_auth(zh, scheme.toUtf8().constData(), credentials.constData(), int(credentials.size()),
                                   voidCompletion, request);
           });
}

void ZkClient::set(const QString &path, const QByteArray &data, int version, const QObject *context, Callback callback)
{
    submit(path, context, std::move(callback), [data, version](zhandle_t *zh, const QByteArray &p, void *request) {
        return zoo_aset(zh, p.constData(), data.constData(), int(data.size()), version, statCompletion, request);
    });
}

void ZkClient::remove(const QString &path, int version, const QObject *context, Callback callback)
{
    submit(path, context, std::move(callback), [version](zhandle_t *zh, const QByteArray &p, void *request) {
        return zoo_adelete(zh, p.constData(), version, voidCompletion, request);
    });
}
