#include "ZkAccess.h"

#include "MasterLink.h"

#include "probe/CanarySession.h"
#include "probe/ZkClient.h"
#include "probe/ZkResult.h"
#include "probe/ZkTreeWalker.h"
#include "remote/PortForward.h"

#include <QTimer>

#include <memory>

ZkAccess::ZkAccess(const QList<MasterLink *> &links, const QString &basePath, QObject *parent)
    : QObject(parent)
    , m_links(links)
    , m_basePath(basePath)
{
}

ZkAccess::~ZkAccess()
{
    m_credentials.fill('\0'); // the only copy this object made
}

bool ZkAccess::isOpen() const
{
    return m_client && m_client->isConnected();
}

void ZkAccess::open(OpenCallback callback, int timeoutMs)
{
    if (isOpen()) {
        callback(true, QString());
        return;
    }
    struct Pending
    {
        QList<quint16> ports;
        int outstanding = 1;
        bool done = false;
        OpenCallback callback;
    };
    auto pending = std::make_shared<Pending>();
    pending->callback = std::move(callback);
    auto finish = [pending](bool ok, const QString &error) {
        if (pending->done)
            return;
        pending->done = true;
        pending->callback(ok, error);
    };
    auto connectClient = [this, pending, finish, timeoutMs] {
        if (--pending->outstanding > 0)
            return;
        if (pending->ports.isEmpty()) {
            finish(false, tr("no master's ZooKeeper could be reached through SSH"));
            return;
        }
        QStringList hosts;
        for (quint16 port : pending->ports)
            hosts << QStringLiteral("127.0.0.1:%1").arg(port);
        m_connectString = hosts.join(QLatin1Char(','));
        delete m_client;
        m_client = new ZkClient(this);
        connect(m_client, &ZkClient::connected, this, [finish] { finish(true, QString()); });
        connect(m_client, &ZkClient::sessionExpired, this, &ZkAccess::reopenIfExpired);
        if (!m_client->open(m_connectString, m_sessionTimeoutMs)) {
            finish(false, m_client->errorString());
            return;
        }
        // A session opened again (Verify, Finish, a resume) keeps the super credentials: without
        // them Verify could not compare the subtrees preflight read with them.
        if (!m_credentials.isEmpty())
            m_client->addAuth(QStringLiteral("digest"), m_credentials, this, [](const ZkResult &) {});
        QTimer::singleShot(timeoutMs, this, [finish] {
            finish(false, tr("the run's ZooKeeper session did not connect in time"));
        });
    };
    for (MasterLink *link : m_links) {
        if (!link->isConnected())
            continue;
        PortForward *forward = link->forwardZooKeeper();
        if (forward->isListening()) {
            pending->ports << forward->localPort();
            continue;
        }
        ++pending->outstanding;
        auto once = std::make_shared<bool>(false);
        connect(forward, &PortForward::listening, this, [pending, connectClient, once](quint16 port) {
            if (std::exchange(*once, true))
                return;
            pending->ports << port;
            connectClient();
        });
        connect(forward, &PortForward::closed, this, [connectClient, once] {
            if (!std::exchange(*once, true))
                connectClient();
        });
    }
    connectClient();
}

void ZkAccess::reopenIfExpired()
{
    // A session that expired (the ensemble was without quorum longer than its timeout) cannot
    // come back; a fresh one is opened with the same forwards.
    if (m_client && m_client->state() == ZkClient::State::Expired) {
        m_client->close();
        m_client->open(m_connectString, m_sessionTimeoutMs);
        // Requests queue until the session connects; the credentials go first.
        if (!m_credentials.isEmpty())
            m_client->addAuth(QStringLiteral("digest"), m_credentials, this, [](const ZkResult &) {});
    }
}

void ZkAccess::ensureBase(OpenCallback callback)
{
    m_client->create(m_basePath, QByteArray(), ZkClient::Persistent, this,
                     [callback = std::move(callback)](const ZkResult &result) {
                         if (result.ok() || result.code == ZkResult::NodeExists)
                             callback(true, QString());
                         else
                             callback(false, result.errorText());
                     });
}

void ZkAccess::touch(TouchCallback callback)
{
    if (!m_client) {
        callback(false, -1, tr("no ZooKeeper session"));
        return;
    }
    const QByteArray data = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    m_client->set(touchPath(), data, -1, this, [this, data, callback](const ZkResult &result) {
        if (result.ok()) {
            callback(true, result.stat.mzxid, QString());
            return;
        }
        if (result.code != ZkResult::NoNode) {
            callback(false, -1, result.errorText());
            return;
        }
        ensureBase([this, data, callback](bool ok, const QString &error) {
            if (!ok) {
                callback(false, -1, error);
                return;
            }
            m_client->create(touchPath(), data, ZkClient::Persistent, this, [this, callback](const ZkResult &created) {
                if (!created.ok() && created.code != ZkResult::NodeExists) {
                    callback(false, -1, created.errorText());
                    return;
                }
                touch(callback); // set once more: create does not report the zxid
            });
        });
    });
}

void ZkAccess::digest(const QStringList &excluded, DigestCallback callback)
{
    if (!m_client) {
        ZkTreeDigest failed;
        failed.errorText = tr("no ZooKeeper session");
        callback(failed);
        return;
    }
    // A write first: every read of this session after it comes from a server that applied it,
    // so its zxid is one the whole walk has seen (the digest's zxid; ZkTreeIntegrity). The
    // leader's zxid read beside the session would not be: a lagging follower may answer the reads.
    touch([this, excluded, callback](bool ok, qint64 zxid, const QString &error) {
        if (!ok) {
            ZkTreeDigest failed;
            failed.errorText = tr("Reading the ZooKeeper tree failed: %1").arg(error);
            callback(failed);
            return;
        }
        auto *walker = new ZkTreeWalker(m_client, this);
        walker->setExcludedPaths(excluded);
        connect(walker, &ZkTreeWalker::finished, this, [walker, zxid, callback](const ZkTreeDigest &digest) {
            walker->deleteLater();
            ZkTreeDigest stamped = digest;
            stamped.zxid = zxid;
            callback(stamped);
        });
        walker->start();
    });
}

void ZkAccess::addDigestAuth(const QByteArray &credentials, OpenCallback callback)
{
    if (!m_client) {
        callback(false, tr("no ZooKeeper session"));
        return;
    }
    m_credentials = credentials;
    m_client->addAuth(QStringLiteral("digest"), credentials, this, [this, callback](const ZkResult &result) {
        if (!result.ok())
            m_credentials.clear();
        callback(result.ok(), result.ok() ? QString() : result.errorText());
    });
}

void ZkAccess::createPersistent(const QString &path, const QByteArray &data, OpenCallback callback)
{
    ensureBase([this, path, data, callback](bool ok, const QString &error) {
        if (!ok) {
            callback(false, error);
            return;
        }
        m_client->create(path, data, ZkClient::Persistent, this, [callback](const ZkResult &result) {
            callback(result.ok(), result.errorText());
        });
    });
}

void ZkAccess::read(const QString &path, NodeCallback callback)
{
    if (!m_client) {
        callback(false, false, QByteArray(), tr("no ZooKeeper session"));
        return;
    }
    m_client->get(path, this, [callback](const ZkResult &result) {
        if (result.code == ZkResult::NoNode)
            callback(true, false, QByteArray(), QString());
        else
            callback(result.ok(), result.ok(), result.data, result.errorText());
    });
}

void ZkAccess::children(const QString &path,
                        std::function<void(bool ok, const QStringList &names, const QString &error)> callback)
{
    if (!m_client) {
        callback(false, {}, tr("no ZooKeeper session"));
        return;
    }
    m_client->getChildren(path, this, [callback](const ZkResult &result) {
        if (result.code == ZkResult::NoNode)
            callback(true, {}, QString());
        else
            callback(result.ok(), result.children, result.errorText());
    });
}

void ZkAccess::remove(const QString &path, OpenCallback callback)
{
    if (!m_client) {
        callback(false, tr("no ZooKeeper session"));
        return;
    }
    m_client->remove(path, -1, this, [callback](const ZkResult &result) {
        callback(result.ok() || result.code == ZkResult::NoNode, result.errorText());
    });
}

void ZkAccess::startCanary(const QString &path, const QByteArray &data, int sessionTimeoutMs, OpenCallback callback)
{
    ensureBase([this, path, data, sessionTimeoutMs, callback](bool ok, const QString &error) {
        if (!ok) {
            callback(false, error);
            return;
        }
        delete m_canary;
        m_canary = new CanarySession(this);
        auto once = std::make_shared<bool>(false);
        connect(m_canary, &CanarySession::ready, this, [callback, once] {
            if (!std::exchange(*once, true))
                callback(true, QString());
        });
        connect(m_canary, &CanarySession::failed, this, [callback, once](const QString &errorText) {
            if (!std::exchange(*once, true))
                callback(false, errorText);
        });
        m_canary->start(m_connectString, path, data, sessionTimeoutMs);
    });
}

void ZkAccess::checkCanary(std::function<void(bool, const QString &)> callback)
{
    if (!m_canary) {
        callback(false, tr("no canary session in this run"));
        return;
    }
    if (m_canary->hasExpired()) {
        callback(false, tr("the canary session expired: client sessions did not survive"));
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_canary, &CanarySession::checked, this, [this, callback, once](bool alive) {
        disconnect(*once);
        callback(alive, alive ? tr("session 0x%1 alive, its ephemeral node still there")
                                    .arg(QString::number(m_canary->sessionId(), 16))
                              : tr("the canary's ephemeral node is gone or belongs to another session"));
    });
    m_canary->check();
}

bool ZkAccess::canarySurvived() const
{
    return m_canary && m_canary->survived();
}

void ZkAccess::stopCanary(std::function<void()> done)
{
    CanarySession *canary = std::exchange(m_canary, nullptr);
    if (!canary) {
        if (done)
            done();
        return;
    }
    canary->stop([canary, done] {
        canary->deleteLater();
        if (done)
            done();
    });
}
