#include "ExhibitorKick.h"

#include "MasterLink.h"
#include "OperationContext.h"

#include "probe/ExhibitorRestProbe.h"
#include "remote/PortForward.h"

#include <QTimer>

namespace
{
    constexpr int RetryMs = 300;
    constexpr int RequestTimeoutMs = 2000;
    const QString kLocalHost = QStringLiteral("127.0.0.1");
} // namespace

ExhibitorKick::ExhibitorKick(OperationContext *context, const QString &master, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_master(master)
{
}

void ExhibitorKick::start()
{
    m_started = QDateTime::currentDateTimeUtc();
    PortForward *forward = m_context->link(m_master)->forwardExhibitor(m_context->options().exhibitorPort);
    if (forward->isListening()) {
        attempt(forward->localPort());
        return;
    }
    connect(forward, &PortForward::listening, this, &ExhibitorKick::attempt);
    connect(forward, &PortForward::closed, this, [this](const SshError &error) {
        if (error.isError() && !m_stopped && m_accepted.isNull())
            m_context->log(m_master, LogStream::Warning,
                           tr("cannot reach Exhibitor's REST through SSH (%1): ZooKeeper starts at Exhibitor's own "
                              "first check (check-ms after Exhibitor started)")
                               .arg(error.message));
    });
}

void ExhibitorKick::stop()
{
    m_stopped = true;
    if (m_probe)
        m_probe->deleteLater();
}

void ExhibitorKick::attempt(quint16 localPort)
{
    if (m_stopped)
        return;
    if (!m_probe) {
        m_probe = new ExhibitorRestProbe(kLocalHost, localPort, this);
        m_probe->setTimeout(RequestTimeoutMs);
        connect(m_probe, &ExhibitorRestProbe::startRequested, this, [this](bool ok, int httpStatus, const QString &error) {
            if (m_stopped)
                return;
            if (ok) {
                m_accepted = QDateTime::currentDateTimeUtc();
                m_context->log(m_master, LogStream::Info,
                               tr("Exhibitor's REST answered %1 ms after the start; asked it to start ZooKeeper now "
                                  "(cluster/start) instead of waiting for its first instance check")
                                   .arg(m_started.msecsTo(m_accepted)));
                return;
            }
            // Before the new Exhibitor listens the forward's connection is refused: no HTTP
            // status. An HTTP error is Exhibitor's answer and will not change by asking again.
            if (httpStatus != 0) {
                m_context->log(m_master, LogStream::Warning,
                               tr("Exhibitor did not take the start request (%1): ZooKeeper starts at Exhibitor's own "
                                  "first check, check-ms after Exhibitor started (30 s on DC/OS)")
                                   .arg(error));
                m_stopped = true;
                return;
            }
            retry();
        });
    }
    ++m_attempts;
    m_probe->requestStart();
}

void ExhibitorKick::retry()
{
    QTimer::singleShot(RetryMs, this, [this] {
        if (m_stopped)
            return;
        PortForward *forward = m_context->link(m_master)->forwardExhibitor(m_context->options().exhibitorPort);
        if (forward->isListening())
            attempt(forward->localPort());
    });
}
