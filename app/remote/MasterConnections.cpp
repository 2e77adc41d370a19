#include "MasterConnections.h"

#include "SshSession.h"

MasterConnections::MasterConnections(QObject *parent)
    : QObject(parent)
{ }

MasterConnections::~MasterConnections()
{
    qDeleteAll(m_sessions);
}

void MasterConnections::setTargets(const QList<SshTarget> &targets)
{
    qDeleteAll(m_sessions);
    m_sessions.clear();
    // One sudo password gate for the masters that came without one (SudoPasswordGate).
    const auto gate = std::make_shared<SudoPasswordGate>();
    for (SshTarget target : targets) {
        if (!target.sudoGate)
            target.sudoGate = gate;
        auto *session = new SshSession(target, this);
        const QString master = session->name();
        connect(session, &SshSession::stateChanged, this, [this, master](SshState state) {
            emit masterStateChanged(master, state);
            checkSettled();
        });
        connect(session, &SshSession::connected, this, [this, master] { emit masterConnected(master); });
        connect(session, &SshSession::errorOccurred, this,
                [this, master](const SshError &error) { emit masterFailed(master, error); });
        connect(session, &SshSession::hostKeyUnknown, this,
                [this, master](const HostKeyInfo &info) { emit hostKeyUnknown(master, info); });
        connect(session, &SshSession::logLine, this,
                [this, master](const QString &line) { emit logLine(master, line); });
        m_sessions << session;
    }
}

void MasterConnections::connectAll()
{
    m_settledReported = false;
    for (SshSession *session : std::as_const(m_sessions))
        session->connectToHost();
}

void MasterConnections::disconnectAll()
{
    for (SshSession *session : std::as_const(m_sessions))
        session->disconnectFromHost();
}

SshSession *MasterConnections::session(const QString &master) const
{
    for (SshSession *session : m_sessions) {
        if (session->name() == master)
            return session;
    }
    return nullptr;
}

int MasterConnections::connectedCount() const
{
    return static_cast<int>(std::count_if(m_sessions.begin(), m_sessions.end(),
                                          [](SshSession *session) { return session->isConnected(); }));
}

int MasterConnections::failedCount() const
{
    return static_cast<int>(std::count_if(m_sessions.begin(), m_sessions.end(), [](SshSession *session) {
        return session->state() == SshState::Failed;
    }));
}

bool MasterConnections::isSettled() const
{
    return connectedCount() + failedCount() == m_sessions.size();
}

void MasterConnections::checkSettled()
{
    if (m_settledReported || !isSettled())
        return;
    m_settledReported = true;
    emit allSettled(connectedCount(), failedCount());
}
