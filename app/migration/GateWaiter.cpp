#include "GateWaiter.h"

#include "ClusterProber.h"
#include "OperationContext.h"
#include "SettleGate.h"
#include "ZkAccess.h"

#include <QTimer>

GateWaiter::GateWaiter(OperationContext *context, const RestartPlanner::Step &step, Phase phase, int expectedId,
                       QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_step(step)
    , m_phase(phase)
    , m_expectedId(expectedId)
    , m_watch(step.master, context->options().unit)
{
}

void GateWaiter::start(Done done)
{
    m_done = std::move(done);
    m_clock.start();
    // A poll or a test write that hangs must not hold the run: the gate ends at its deadline.
    QTimer::singleShot(m_context->options().gateTimeoutMs + 3 * m_context->options().pollIntervalMs + 2000, this,
                       [this] { finish(false, timeoutMessage()); });
    m_context->log(m_step.master, LogStream::Info,
                   tr("settle gate (%1): %2").arg(RestartPlanner::gateKey(m_step.gate),
                                                  RestartPlanner::gateDescription(m_step.gate)));
    m_context->reportSettling(m_step.master);
    poll();
}

void GateWaiter::schedule()
{
    if (m_clock.elapsed() >= m_context->options().gateTimeoutMs) {
        finish(false, timeoutMessage());
        return;
    }
    QTimer::singleShot(m_context->options().pollIntervalMs, this, &GateWaiter::poll);
}

QString GateWaiter::timeoutMessage() const
{
    const QString seen = m_watch.summary();
    return tr("%1 did not settle within %2 s; still waiting for: %3. The run stops here: nothing else is "
              "restarted. Check the master (journalctl -u %4), then resume or roll back.")
               .arg(m_step.master)
               .arg(m_context->options().gateTimeoutMs / 1000.0, 0, 'f', 1)
               .arg(m_lastWaiting.join(QStringLiteral("; ")), m_context->options().unit) +
           (seen.isEmpty() ? QString() : QLatin1Char(' ') + tr("Seen meanwhile: %1.").arg(seen));
}

void GateWaiter::poll()
{
    if (m_finished)
        return;
    ClusterProber::Request request;
    request.unitOn = {m_step.master};
    request.confOn = {m_step.master};
    request.unit = m_context->options().unit;
    request.timeoutMs = qMax(500, m_context->options().pollIntervalMs * 5);
    m_context->prober()->poll(request, [this](const ClusterSnapshot &snapshot) {
        if (m_finished)
            return;
        m_context->recordQuorum(snapshot, m_phase, m_step.master);
        const bool touchAvailable = !m_context->zk()->connectString().isEmpty();
        const SettleGate::Verdict verdict = SettleGate::evaluate(m_step, m_expectedId, snapshot, m_touchZxid, touchAvailable);
        const MasterPoll *restarted = snapshot.probe(m_step.master);
        if (restarted) {
            for (const QString &line : m_watch.observe(*restarted, snapshot.time()))
                m_context->log(m_step.master, LogStream::Warning, line);
        }
        const bool runsAsExpected = restarted && restarted->zooKeeperRuns() &&
                                    !(restarted->serverId() > 0 && restarted->serverId() != m_expectedId);
        if (runsAsExpected && m_zooKeeperUp.isNull())
            m_zooKeeperUp = snapshot.time();
        if (runsAsExpected && restarted->isServing() && m_serving.isNull())
            m_serving = snapshot.time();
        if (m_onRunning && runsAsExpected) {
            auto onRunning = std::move(m_onRunning);
            m_onRunning = nullptr;
            onRunning();
        }
        if (verdict.waitingFor != m_lastWaiting && !verdict.waitingFor.isEmpty()) {
            m_context->log(m_step.master, LogStream::Info,
                           tr("waiting (%1 ms): %2").arg(m_clock.elapsed()).arg(verdict.waitingFor.join(QStringLiteral("; "))));
        }
        m_lastWaiting = verdict.waitingFor;
        if (verdict.passed) {
            m_passedSnapshot = snapshot;
            finish(true, tr("%1 settled after %2 ms: %3").arg(m_step.master).arg(m_clock.elapsed()).arg(snapshot.summary()));
            return;
        }
        if (verdict.wantsTouch && !m_touchInFlight) {
            m_touchInFlight = true;
            m_lastWaiting = {tr("the test write to %1").arg(m_context->zk()->touchPath())};
            m_context->zk()->touch([this](bool ok, qint64 zxid, const QString &error) {
                m_touchInFlight = false;
                if (m_finished)
                    return;
                if (ok)
                    m_touchZxid = zxid;
                else
                    m_lastWaiting = {tr("the test write failed: %1").arg(error)};
                schedule();
            });
            return;
        }
        if (!m_touchInFlight)
            schedule();
    });
}

void GateWaiter::finish(bool passed, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_done)
        m_done(passed, message);
}
