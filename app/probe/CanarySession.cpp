#include "CanarySession.h"

#include "ZkClient.h"

#include <QTimer>

#include <utility>

CanarySession::CanarySession(QObject *parent)
    : QObject(parent)
    , m_client(new ZkClient(this))
{
    connect(m_client, &ZkClient::connected, this, &CanarySession::onConnected);
    connect(m_client, &ZkClient::sessionExpired, this, [this] {
        m_expired = true;
        emit sessionExpired();
    });
}

CanarySession::~CanarySession() = default;

void CanarySession::start(const QString &connectString, const QString &path, const QByteArray &data,
                          int sessionTimeoutMsec)
{
    m_path = path;
    m_data = data;
    m_ready = false;
    m_expired = false;
    if (!m_client->open(connectString, sessionTimeoutMsec))
        emit failed(m_client->errorString());
}

void CanarySession::onConnected()
{
    if (m_ready)
        return; // reconnected to the same session: the node is still ours
    m_client->create(m_path, m_data, ZkClient::Ephemeral, this, [this](const ZkResult &result) {
        if (!result.ok()) {
            // NodeExists usually means an earlier run's session has not expired yet.
            emit failed(result.errorText());
            return;
        }
        m_ready = true;
        emit ready();
    });
}

void CanarySession::check()
{
    m_client->exists(m_path, this, [this](const ZkResult &result) {
        emit checked(result.ok() && result.stat.ephemeralOwner == m_client->sessionId() && !m_expired);
    });
}

void CanarySession::stop(std::function<void()> done, int timeoutMs)
{
    auto finish = std::make_shared<std::function<void()>>(std::move(done));
    auto closeAndFinish = [this, finish] {
        m_client->close();
        if (auto callback = std::exchange(*finish, nullptr))
            callback();
    };
    if (!m_ready || m_expired || !m_client->isConnected()) {
        closeAndFinish();
        return;
    }
    QTimer::singleShot(timeoutMs, this, closeAndFinish);
    m_client->remove(m_path, -1, this, [closeAndFinish](const ZkResult &) { closeAndFinish(); });
}

qint64 CanarySession::sessionId() const
{
    return m_client->sessionId();
}

int CanarySession::negotiatedTimeout() const
{
    return m_client->negotiatedTimeout();
}
