#include "WriteProbe.h"

#include "probe/ZkClient.h"
#include "probe/ZkResult.h"

#include <QSet>

#include <memory>

namespace {

// Writes pile up in the C client while no server answers; beyond this many (20 s at 5/s) a write
// is counted as failed at once instead of queueing without bound.
constexpr int MaxOutstanding = 100;
constexpr int SessionTimeoutMs = 10000;
// A request on a session that expires meanwhile gets no answer (the session is replaced): the
// list and the clean-up give up after this long instead of holding Verify or Finish forever.
constexpr int AnswerTimeoutMs = 30000;

// callback at most once: with the answer, or with (false, why) after timeoutMs.
template<typename Callback, typename OnTimeout>
Callback onceOrTimeout(QObject *context, int timeoutMs, Callback callback, OnTimeout onTimeout)
{
    auto pending = std::make_shared<Callback>(std::move(callback));
    QTimer::singleShot(timeoutMs, context, [pending, onTimeout] {
        if (auto callback = std::exchange(*pending, {}))
            onTimeout(callback);
    });
    return Callback([pending](const auto &...args) {
        if (auto callback = std::exchange(*pending, {}))
            callback(args...);
    });
}

} // namespace

WriteProbe::WriteProbe(QObject *parent)
    : QObject(parent)
{
    m_writeTimer.setInterval(DefaultIntervalMs);
    m_writeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_writeTimer, &QTimer::timeout, this, &WriteProbe::writeNext);
    m_figuresTimer.setInterval(1000);
    connect(&m_figuresTimer, &QTimer::timeout, this, [this] { emit figuresChanged(figures()); });
}

WriteProbe::~WriteProbe()
{
    m_credentials.fill('\0');
}

void WriteProbe::start(const QString &connectString, const QByteArray &credentials, const QString &base,
                       const QString &path, Phase phase)
{
    if (m_started)
        return;
    m_started = true;
    m_connectString = connectString;
    m_credentials = credentials;
    m_base = base;
    m_path = path;
    m_clock.start();
    m_ledger.start(QDateTime::currentDateTimeUtc(), phase);
    openSession();
}

void WriteProbe::openSession()
{
    if (m_client) {
        // Called from the old session's own signal: it goes once that has returned.
        m_client->disconnect(this);
        m_client->deleteLater();
    }
    m_client = new ZkClient(this);
    connect(m_client, &ZkClient::connected, this, &WriteProbe::onConnected);
    connect(m_client, &ZkClient::sessionExpired, this, &WriteProbe::onSessionExpired);
    if (!m_client->open(m_connectString, SessionTimeoutMs)) {
        m_startError = m_client->errorString();
        emit message(LogStream::Warning, tr("write probe not started: %1").arg(m_startError));
        return;
    }
    // Requests queue until the session connects; the credentials go first.
    if (!m_credentials.isEmpty())
        m_client->addAuth(QStringLiteral("digest"), m_credentials, this, [](const ZkResult &) {});
}

void WriteProbe::onConnected()
{
    if (m_writing || m_stopped)
        return; // a reconnection (or a replaced session) of a probe already writing
    m_client->create(m_base, QByteArray(), ZkClient::Persistent, this, [this](const ZkResult &base) {
        if (!base.ok() && base.code != ZkResult::NodeExists) {
            m_startError = tr("%1: %2").arg(m_base, base.errorText());
            emit message(LogStream::Warning, tr("write probe not started: %1").arg(m_startError));
            return;
        }
        m_client->create(m_path, QByteArray(), ZkClient::Persistent, this, [this](const ZkResult &result) {
            if (m_writing || m_stopped)
                return;
            if (!result.ok() && result.code != ZkResult::NodeExists) {
                m_startError = tr("%1: %2").arg(m_path, result.errorText());
                emit message(LogStream::Warning, tr("write probe not started: %1").arg(m_startError));
                return;
            }
            m_writing = true;
            m_startError.clear();
            emit message(LogStream::Info, tr("write probe: one write every %1 ms under %2 until Verify")
                                              .arg(m_writeTimer.interval())
                                              .arg(m_path));
            m_writeTimer.start();
            m_figuresTimer.start();
            writeNext();
        });
    });
}

void WriteProbe::onSessionExpired()
{
    // The writes in flight on the expired session have no answer to come: failed (one that was
    // applied anyway is present and unacknowledged, which proves nothing either way). A new
    // session writes on, as a real client's would.
    ++m_sessionsExpired;
    ++m_generation;
    const qint64 now = m_clock.elapsed();
    for (const WriteProbeLedger::Write &write : m_ledger.writes()) {
        if (write.completedMs < 0)
            m_ledger.fail(write.sequence, now);
    }
    m_outstanding = 0;
    emit message(LogStream::Warning, tr("write probe: its ZooKeeper session expired; opening a new one"));
    openSession(); // also when stopped: Verify and the clean-up still need one
}

void WriteProbe::setPhase(Phase phase)
{
    if (m_started)
        m_ledger.setPhase(phase, m_clock.elapsed());
}

void WriteProbe::stop()
{
    if (!m_started || m_stopped)
        return;
    m_stopped = true;
    m_writeTimer.stop();
    m_figuresTimer.stop();
    m_ledger.stop(m_clock.elapsed());
    emit figuresChanged(figures());
}

void WriteProbe::writeNext()
{
    const qint64 sequence = m_ledger.issue(m_clock.elapsed());
    if (m_outstanding >= MaxOutstanding) {
        onWriteDone(sequence, false, QString(), tr("%1 writes waiting for ZooKeeper").arg(m_outstanding));
        return;
    }
    ++m_outstanding;
    m_client->create(m_path + QStringLiteral("/w-"), QByteArray::number(sequence), ZkClient::Sequential, this,
                     [this, sequence, generation = m_generation](const ZkResult &result) {
                         if (generation != m_generation)
                             return;
                         --m_outstanding;
                         onWriteDone(sequence, result.ok(), result.createdPath.section(QLatin1Char('/'), -1),
                                     result.errorText());
                     });
}

void WriteProbe::onWriteDone(qint64 sequence, bool ok, const QString &name, const QString &error)
{
    const qint64 now = m_clock.elapsed();
    if (ok)
        m_ledger.acknowledge(sequence, now, name);
    else
        m_ledger.fail(sequence, now);
    // The log gets the transitions only: one line when writes start failing, one when they
    // succeed again, whatever the rate.
    if (!ok && !m_failing) {
        m_failing = true;
        m_failingSinceMs = std::max<qint64>(0, m_ledger.lastAcknowledgedMs());
        emit message(LogStream::Warning, tr("write probe: writes failing (%1)").arg(error));
    } else if (ok && m_failing) {
        m_failing = false;
        emit message(LogStream::Info, tr("write probe: writes acknowledged again, %1 s after the last one before")
                                          .arg(double(now - m_failingSinceMs) / 1000.0, 0, 'f', 1));
    }
    if (m_verifyCallback && m_outstanding == 0)
        finishVerify();
}

void WriteProbe::verify(VerifyCallback callback, int timeoutMs)
{
    if (!m_writing) {
        callback(false, {}, m_startError.isEmpty() ? tr("the write probe did not run") : m_startError);
        return;
    }
    stop();
    m_verifyCallback = std::move(callback);
    if (m_outstanding == 0) {
        finishVerify();
        return;
    }
    QTimer::singleShot(timeoutMs, this, [this] {
        if (m_verifyCallback)
            finishVerify(); // what is still in flight stays unanswered ("pending" in the report)
    });
}

void WriteProbe::finishVerify()
{
    VerifyCallback answer = std::exchange(m_verifyCallback, {});
    if (!answer)
        return;
    const VerifyCallback callback = onceOrTimeout(
        this, AnswerTimeoutMs, answer, [](const VerifyCallback &late) {
            late(false, {}, tr("ZooKeeper did not answer the list in time"));
        });
    m_client->getChildren(m_path, this, [this, callback](const ZkResult &result) {
        if (!result.ok() && result.code != ZkResult::NoNode) {
            callback(false, {}, result.errorText());
            return;
        }
        // No parent at all: every acknowledged write is gone.
        const QSet<QString> present(result.children.cbegin(), result.children.cend());
        m_lost = m_ledger.lost(present);
        m_verified = true;
        callback(true, m_lost, QString());
    });
}

void WriteProbe::removeZnodes(const QString &connectString, const QString &base,
                              std::function<void(bool ok, const QString &error)> answer)
{
    using Callback = std::function<void(bool, const QString &)>;
    const Callback callback = onceOrTimeout(
        this, AnswerTimeoutMs, std::move(answer),
        [](const Callback &late) { late(false, tr("ZooKeeper did not answer in time")); });
    stop();
    if (!m_client) {
        // A run in which the probe never wrote (a rollback after a failed run): a session only
        // for the clean-up; onConnected() starts no writing once stopped.
        m_stopped = true;
        m_connectString = connectString;
        m_base = base;
        m_clock.start();
        openSession();
    }
    if (!m_client) {
        callback(false, m_startError);
        return;
    }
    // Earlier runs' probes too (a failed run leaves its probe's znodes for the next run or the
    // rollback to remove); everything under base named probe-* is a probe's.
    m_client->getChildren(base, this, [this, base, callback](const ZkResult &result) {
        if (result.code == ZkResult::NoNode) {
            callback(true, QString());
            return;
        }
        if (!result.ok()) {
            callback(false, result.errorText());
            return;
        }
        QStringList probes;
        for (const QString &child : result.children) {
            if (child.startsWith(QLatin1String("probe-")))
                probes << base + QLatin1Char('/') + child;
        }
        struct Pending
        {
            int outstanding = 1;
            QString error;
        };
        auto pending = std::make_shared<Pending>();
        auto done = [pending, callback](bool ok, const QString &error) {
            if (!ok && pending->error.isEmpty())
                pending->error = error;
            if (--pending->outstanding == 0)
                callback(pending->error.isEmpty(), pending->error);
        };
        for (const QString &probe : std::as_const(probes)) {
            ++pending->outstanding;
            removeTree(probe, done);
        }
        done(true, QString());
    });
}

void WriteProbe::removeTree(const QString &path, std::function<void(bool ok, const QString &error)> callback)
{
    m_client->getChildren(path, this, [this, path, callback](const ZkResult &result) {
        if (result.code == ZkResult::NoNode) {
            callback(true, QString());
            return;
        }
        if (!result.ok()) {
            callback(false, tr("%1: %2").arg(path, result.errorText()));
            return;
        }
        auto outstanding = std::make_shared<int>(int(result.children.size()) + 1);
        auto error = std::make_shared<QString>();
        auto childDone = [this, path, callback, outstanding, error](bool ok, const QString &why) {
            if (!ok && error->isEmpty())
                *error = why;
            if (--*outstanding > 0)
                return;
            if (!error->isEmpty()) {
                callback(false, *error);
                return;
            }
            m_client->remove(path, -1, this, [path, callback](const ZkResult &removed) {
                const bool ok = removed.ok() || removed.code == ZkResult::NoNode;
                callback(ok, ok ? QString() : tr("%1: %2").arg(path, removed.errorText()));
            });
        };
        for (const QString &child : result.children)
            removeTree(path + QLatin1Char('/') + child, childDone);
        childDone(true, QString());
    });
}

LiveClientFigures WriteProbe::figures() const
{
    LiveClientFigures live = m_ledger.live(m_clock.isValid() ? m_clock.elapsed() : 0);
    live.running = m_writing && !m_stopped;
    return live;
}

WriteProbeReport WriteProbe::report() const
{
    WriteProbeReport report;
    report.ran = m_writing;
    report.error = m_startError;
    if (!m_started)
        return report;
    const qint64 now = m_clock.elapsed();
    report.path = m_path;
    report.intervalMs = m_writeTimer.interval();
    report.sessionsExpired = m_sessionsExpired;
    report.phases = m_ledger.phaseFigures(now);
    report.samples = m_ledger.samples();
    for (const WriteProbeLedger::Write &write : m_ledger.writes()) {
        ++report.issued;
        if (write.acknowledged())
            ++report.writes;
        else if (write.failed())
            ++report.failed;
        else
            ++report.pending;
    }
    for (const WriteProbePhaseFigures &figures : std::as_const(report.phases))
        report.longestGapMs = std::max(report.longestGapMs, figures.longestGapMs);
    report.verified = m_verified;
    report.lost = m_verified ? m_lost.size() : -1;
    report.lostWrites = m_lost;
    return report;
}
