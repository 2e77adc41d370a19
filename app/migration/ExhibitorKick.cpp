#include "ExhibitorKick.h"

#include "MasterLink.h"
#include "OperationContext.h"

#include "config/ExhibitorEnvFile.h"
#include "probe/ExhibitorRestProbe.h"
#include "remote/PortForward.h"

#include <QTimer>

namespace
{
    constexpr int RetryMs = 300;
    constexpr int RequestTimeoutMs = 2000;
    const QString kLocalHost = QStringLiteral("127.0.0.1");
} // namespace

ExhibitorKick::ExhibitorKick(OperationContext *context, const QString &master, int expectedId, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_master(master)
    , m_expectedId(expectedId)
{
}

void ExhibitorKick::start()
{
    m_started = QDateTime::currentDateTimeUtc();
    if (ExhibitorEnvFile::parse(m_context->state().currentEnv.value(m_master)).tlsEnabled()) {
        giveUp(ExhibitorRestProbe::tlsUnavailable());
        return;
    }
    PortForward *forward = m_context->link(m_master)->forwardExhibitor(m_context->options().exhibitorPort);
    const auto listening = [this](quint16 port) {
        if (m_probe || m_stopped)
            return;
        m_probe = new ExhibitorRestProbe(kLocalHost, port, this);
        m_probe->setTimeout(RequestTimeoutMs);
        m_probe->setAdminPassword(m_context->plan().exhibitorAdminPassword());
        connect(m_probe, &ExhibitorRestProbe::stateReceived, this, &ExhibitorKick::onState);
        connect(m_probe, &ExhibitorRestProbe::startRequested, this, &ExhibitorKick::onStarted);
        ask();
    };
    if (forward->isListening()) {
        listening(forward->localPort());
        return;
    }
    connect(forward, &PortForward::listening, this, listening);
    connect(forward, &PortForward::closed, this, [this](const SshError &error) {
        if (error.isError())
            giveUp(tr("cannot reach Exhibitor's REST through SSH (%1)").arg(error.message));
    });
}

void ExhibitorKick::stop()
{
    m_stopped = true;
}

void ExhibitorKick::ask()
{
    if (!m_stopped && m_probe)
        m_probe->fetchState();
}

void ExhibitorKick::onState(const ExhibitorState &state)
{
    if (m_stopped)
        return;
    if (!state.ok) {
        // Before the new Exhibitor listens the forwarded connection is refused: no HTTP status.
        // An HTTP error is Exhibitor's answer and does not change by asking again.
        if (state.httpStatus != 0)
            giveUp(state.errorText);
        else
            retry();
        return;
    }
    if (state.running) {
        m_stopped = true; // its own check started ZooKeeper first
        return;
    }
    if (state.serverId != m_expectedId) {
        if (!m_saidWaitingForId) {
            m_saidWaitingForId = true;
            m_context->log(m_master, LogStream::Info,
                           tr("Exhibitor's REST is up but it does not know this master as server %1 yet (serverId %2; a "
                              "ZooKeeper backend's config is read every 30 s): asking it to start ZooKeeper now would "
                              "start it standalone, so waiting")
                               .arg(m_expectedId)
                               .arg(state.serverId));
        }
        retry();
        return;
    }
    m_probe->requestStart();
}

void ExhibitorKick::onStarted(bool ok, int httpStatus, const QString &error)
{
    if (m_stopped)
        return;
    if (ok) {
        m_accepted = QDateTime::currentDateTimeUtc();
        m_stopped = true;
        m_context->log(m_master, LogStream::Info,
                       tr("Exhibitor's REST answered %1 ms after the start; asked it to start ZooKeeper now "
                          "(cluster/start) instead of waiting for its first instance check")
                           .arg(m_started.msecsTo(m_accepted)));
    } else if (httpStatus != 0) {
        giveUp(error);
    } else {
        retry();
    }
}

void ExhibitorKick::retry()
{
    QTimer::singleShot(RetryMs, this, &ExhibitorKick::ask);
}

void ExhibitorKick::giveUp(const QString &why)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_context->log(m_master, LogStream::Warning,
                   tr("Exhibitor could not be asked to start ZooKeeper (%1): it starts at Exhibitor's own first "
                      "check, check-ms after Exhibitor started (30 s on DC/OS)")
                       .arg(why));
}
