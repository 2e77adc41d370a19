#include "Discovery.h"

#include "SpecReader.h"
#include "MasterProbe.h"

#include "remote/MasterConnections.h"
#include "remote/SshSession.h"

#include <algorithm>

Discovery::Discovery(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<MasterDiscovery>();
}

Discovery::~Discovery()
{
    delete m_run;
}

void Discovery::start(MasterConnections *connections)
{
    delete m_run; // a previous run's probes and signal connections
    m_run = new QObject(this);
    m_backendReader = nullptr;
    m_probes.clear();
    m_results.clear();
    m_done.clear();
    m_masters.clear();
    m_running = true;

    const QList<SshSession *> sessions = connections->sessions();
    for (SshSession *session : sessions) {
        m_masters << session->name();
        m_results.insert(session->name(), MasterDiscovery(session->name()));
        m_done.insert(session->name(), false);
    }
    m_backendSpec = BackendSpec();
    emit started(m_masters);

    for (SshSession *session : sessions) {
        const QString master = session->name();
        connect(session, &SshSession::connected, m_run, [this, session] { startMaster(session); });
        connect(session, &SshSession::errorOccurred, m_run, [this, master](const SshError &error) {
            // After the probe started, its own jobs report a lost connection.
            if (!m_probes.contains(master))
                failMaster(master, error.message);
        });
        switch (session->state()) {
        case SshState::Connected:
            startMaster(session);
            break;
        case SshState::Disconnected:
        case SshState::Failed:
            emit masterProgress(master, tr("connecting"));
            session->connectToHost();
            break;
        case SshState::Connecting:
        case SshState::Authenticating:
        case SshState::AwaitingHostKeyDecision:
            emit masterProgress(master, tr("connecting"));
            break;
        }
    }
    if (sessions.isEmpty())
        QMetaObject::invokeMethod(this, &Discovery::checkFinished, Qt::QueuedConnection);
}

void Discovery::startMaster(SshSession *session)
{
    const QString master = session->name();
    if (!m_running || m_probes.contains(master))
        return;
    emit masterProgress(master, tr("discovering"));
    auto *probe = new MasterProbe(session, m_options, m_run);
    m_probes.insert(master, probe);
    connect(probe, &MasterProbe::logLine, this, [this, master](const QString &line) { emit logLine(master, line); });
    connect(probe, &MasterProbe::updated, this, [this, master, probe] {
        m_results.insert(master, probe->result());
        emit masterUpdated(master);
    });
    connect(probe, &MasterProbe::finished, this, [this, master, probe] {
        m_results.insert(master, probe->result());
        m_done.insert(master, true);
        emit masterProgress(master, probe->result().agreementText());
        emit masterFinished(master);
        checkFinished();
    });
    if (!m_backendReader && m_backendSpec.isPending())
        startBackendReader(session);
    if (!m_backendSpec.isPending())
        probe->setBackendSpec(m_backendSpec);
    probe->start();
}

void Discovery::failMaster(const QString &master, const QString &error)
{
    if (!m_running || m_done.value(master, true))
        return;
    MasterDiscovery result(master);
    result.setConnectionError(error);
    m_results.insert(master, result);
    m_done.insert(master, true);
    emit logLine(master, tr("cannot connect: %1").arg(error));
    emit masterProgress(master, result.agreementText());
    emit masterUpdated(master);
    emit masterFinished(master);
    checkFinished();
}

void Discovery::startBackendReader(SshSession *session)
{
    QString error;
    m_backendReader = m_options.backend.create(session, m_options.backendTimeoutMs, m_run, &error);
    if (!m_backendReader) {
        m_backendSpec = BackendSpec::failed(error);
        return;
    }
    const QString via = session->name();
    connect(m_backendReader, &SpecReader::logLine, this, [this, via](const QString &line) { emit logLine(via, line); });
    connect(m_backendReader, &SpecReader::finished, this, &Discovery::onBackendFinished);
    m_backendReader->start();
}

void Discovery::onBackendFinished()
{
    m_backendSpec = m_backendReader->result();
    for (MasterProbe *probe : std::as_const(m_probes))
        probe->setBackendSpec(m_backendSpec);
    checkFinished();
}

void Discovery::cancel()
{
    if (!m_running)
        return;
    const QString reason = tr("cancelled");
    if (m_backendReader)
        m_backendReader->abort(reason);
    for (const QString &master : std::as_const(m_masters)) {
        if (MasterProbe *probe = m_probes.value(master))
            probe->abort(reason);
        else
            failMaster(master, reason);
    }
}

void Discovery::checkFinished()
{
    if (!m_running)
        return;
    for (auto it = m_done.cbegin(); it != m_done.cend(); ++it) {
        if (!it.value())
            return;
    }
    if (m_backendReader && !m_backendReader->isFinished())
        return;
    // The sessions stay connected for the next steps. This run's signal connections stay until
    // the next start() but do nothing once it is over.
    m_running = false;
    emit finished();
}

QList<MasterDiscovery> Discovery::results() const
{
    QList<MasterDiscovery> list;
    for (const QString &master : m_masters)
        list << m_results.value(master);
    return list;
}

QStringList Discovery::problems() const
{
    QStringList list;
    for (const MasterDiscovery &result : results())
        list << result.problems();
    return list;
}

bool Discovery::allAgree() const
{
    const QList<MasterDiscovery> list = results();
    return !list.isEmpty() && std::all_of(list.cbegin(), list.cend(), [](const MasterDiscovery &result) {
        return result.agreement() == MasterDiscovery::Agreement::Agreed;
    });
}
