#include "SequencedWriter.h"

#include "ZkClient.h"

#include <QSet>

#include <algorithm>

namespace
{
    // Writes pile up in the C client while no server answers; beyond this many, a tick is
    // recorded as failed at once instead of queueing without bound.
    constexpr int MaxOutstanding = 400;
} // namespace

SequencedWriter::SequencedWriter(QObject *parent)
    : QObject(parent)
    , m_client(new ZkClient(this))
{
    m_timer.setInterval(50);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SequencedWriter::writeNext);
    connect(m_client, &ZkClient::connected, this, &SequencedWriter::onConnected);
    connect(m_client, &ZkClient::sessionExpired, this, &SequencedWriter::onSessionExpired);
}

SequencedWriter::~SequencedWriter() = default;

void SequencedWriter::start(const QString &connectString)
{
    m_connectString = connectString;
    m_writes.clear();
    m_outstanding = 0;
    m_sessionsExpired = 0;
    m_stoppedAtMs = -1;
    m_stopped = false;
    ++m_run;
    m_clock.start();
    openSession();
}

void SequencedWriter::openSession()
{
    if (!m_client->open(m_connectString, m_sessionTimeout))
        emit failedToStart(m_client->errorString());
}

void SequencedWriter::onConnected()
{
    if (m_stopped || m_timer.isActive())
        return; // a reconnection of the running session: keep writing
    m_client->create(m_basePath, QByteArray(), ZkClient::Persistent, this, [this](const ZkResult &result) {
        if (m_stopped)
            return;
        if (!result.ok() && result.code != ZkResult::NodeExists) {
            emit failedToStart(result.errorText());
            return;
        }
        if (!m_timer.isActive()) {
            m_timer.start();
            emit started();
        }
    });
}

void SequencedWriter::onSessionExpired()
{
    // A real client would open a new session; so does the writer, and the report says it had to.
    ++m_sessionsExpired;
    if (!m_stopped)
        openSession();
}

void SequencedWriter::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_timer.stop();
    m_stoppedAtMs = m_clock.elapsed();
}

void SequencedWriter::writeNext()
{
    Write write;
    write.sequence = m_writes.size();
    write.issuedMs = m_clock.elapsed();
    const qsizetype index = m_writes.size();
    if (m_outstanding >= MaxOutstanding) {
        write.completedMs = write.issuedMs;
        write.code = ZkResult::OperationTimeout;
        m_writes.append(write);
        emit writeFailed(write.sequence, tr("too many writes waiting for ZooKeeper"));
        return;
    }
    m_writes.append(write);
    ++m_outstanding;
    m_client->create(m_basePath + QStringLiteral("/w-"), QByteArray::number(write.sequence), ZkClient::Sequential, this,
                     [this, index, run = m_run](const ZkResult &result) {
                         if (run == m_run)
                             onWriteDone(index, result);
                     });
}

void SequencedWriter::onWriteDone(qsizetype index, const ZkResult &result)
{
    --m_outstanding;
    Write &write = m_writes[index];
    write.completedMs = m_clock.elapsed();
    write.code = result.code;
    write.createdName = result.createdPath.section(QLatin1Char('/'), -1);
    if (result.ok())
        emit writeAcknowledged(write.sequence);
    else
        emit writeFailed(write.sequence, result.errorText());
}

void SequencedWriter::verifyAcknowledged()
{
    m_client->getChildren(m_basePath, this, [this](const ZkResult &result) {
        if (!result.ok()) {
            emit acknowledgedVerified(-1, result.errorText());
            return;
        }
        const QSet<QString> present(result.children.cbegin(), result.children.cend());
        qint64 missing = 0;
        for (const Write &write : std::as_const(m_writes)) {
            if (write.acknowledged() && !present.contains(write.createdName))
                ++missing;
        }
        emit acknowledgedVerified(missing, QString());
    });
}

SequencedWriter::Report SequencedWriter::report() const
{
    Report report;
    const qint64 end = m_stoppedAtMs >= 0 ? m_stoppedAtMs : elapsedMs();
    report.durationMs = end;
    report.sessionsExpired = m_sessionsExpired;
    QList<qint64> acks;
    qint64 lastFailureIssued = -1;
    for (const Write &write : m_writes) {
        ++report.issued;
        if (write.acknowledged()) {
            ++report.acknowledged;
            acks.append(write.completedMs);
        } else if (write.failed()) {
            ++report.failed;
            lastFailureIssued = std::max(lastFailureIssued, write.issuedMs);
        } else {
            ++report.pending;
        }
    }
    if (m_writes.isEmpty())
        return report;
    std::sort(acks.begin(), acks.end());
    qint64 previous = m_writes.first().issuedMs;
    for (const qint64 ack : std::as_const(acks)) {
        if (ack - previous > report.longestUnavailableMs) {
            report.longestUnavailableMs = ack - previous;
            report.unavailableFromMs = previous;
        }
        previous = ack;
    }
    // Still failing (or never acknowledged) at the end of the run: that window counts too.
    const bool unavailableAtEnd = acks.isEmpty() || lastFailureIssued > acks.last() || report.pending > 0;
    if (unavailableAtEnd && end - previous > report.longestUnavailableMs) {
        report.longestUnavailableMs = end - previous;
        report.unavailableFromMs = previous;
    }
    return report;
}
