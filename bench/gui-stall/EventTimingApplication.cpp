#include "EventTimingApplication.h"

#include <QEvent>
#include <QMetaEnum>
#include <QThread>

#include <algorithm>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

EventTimingApplication::EventTimingApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
    m_clock.start();
    m_schedStatFd = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    m_ticker.setInterval(5);
    QObject::connect(&m_ticker, &QTimer::timeout, [this] { tick(); });
}

EventTimingApplication::~EventTimingApplication()
{
    if (m_schedStatFd >= 0)
        ::close(m_schedStatFd);
}

bool EventTimingApplication::readSchedStat(qint64 *onCpuNs, qint64 *runnableNs) const
{
    char buffer[128];
    const ssize_t size = m_schedStatFd < 0 ? -1 : ::pread(m_schedStatFd, buffer, sizeof buffer - 1, 0);
    if (size <= 0)
        return false;
    buffer[size] = 0;
    long long cpu = 0, runnable = 0;
    if (std::sscanf(buffer, "%lld %lld", &cpu, &runnable) != 2)
        return false;
    *onCpuNs = cpu;
    *runnableNs = runnable;
    return true;
}

void EventTimingApplication::setRecording(bool on)
{
    m_recording = on;
    m_parts.clear();
    m_accountedMs = 0;
    m_lastTickNs = m_clock.nsecsElapsed();
    readSchedStat(&m_lastOnCpuNs, &m_lastRunnableNs);
    if (on)
        m_ticker.start();
    else
        m_ticker.stop();
}

bool EventTimingApplication::notify(QObject *receiver, QEvent *event)
{
    // notify() runs in the receiver's thread: the SSH workers' and probes' events are not the
    // GUI thread's time.
    if (!m_recording || m_depth > 0 || QThread::currentThread() != thread()) {
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        return result;
    }
    static const QMetaEnum types = QMetaEnum::fromType<QEvent::Type>();
    const char *type = types.valueToKey(int(event->type()));
    const QString key = QString::fromLatin1(type ? type : "?") + QStringLiteral(" to ") +
                        QString::fromLatin1(receiver->metaObject()->className()) +
                        (receiver->objectName().isEmpty() ? QString() : QLatin1Char('#') + receiver->objectName()) +
                        (receiver->parent() ? QStringLiteral(" in ") + QString::fromLatin1(receiver->parent()->metaObject()->className())
                                            : QString());
    const qint64 started = m_clock.nsecsElapsed();
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    const double ms = double(m_clock.nsecsElapsed() - started) / 1e6;
    auto &part = m_parts[key];
    ++part.first;
    part.second += ms;
    m_accountedMs += ms;
    return result;
}

void EventTimingApplication::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double gapMs = double(now - m_lastTickNs) / 1e6;
    qint64 onCpuNs = 0, runnableNs = 0;
    const bool haveSchedStat = readSchedStat(&onCpuNs, &runnableNs);
    if (gapMs > 30) {
        Gap gap;
        gap.ms = gapMs;
        gap.label = m_labelSource ? m_labelSource() : QString();
        gap.parts = m_parts;
        gap.unaccountedMs = std::max(0.0, gapMs - m_accountedMs);
        if (haveSchedStat) {
            gap.onCpuMs = double(onCpuNs - m_lastOnCpuNs) / 1e6;
            gap.runnableMs = double(runnableNs - m_lastRunnableNs) / 1e6;
        }
        m_gaps.append(gap);
    }
    if (haveSchedStat) {
        m_lastOnCpuNs = onCpuNs;
        m_lastRunnableNs = runnableNs;
    }
    m_parts.clear();
    m_accountedMs = 0;
    m_lastTickNs = now;
}

QList<EventTimingApplication::Gap> EventTimingApplication::longestGaps(int count) const
{
    QList<Gap> sorted = m_gaps;
    std::sort(sorted.begin(), sorted.end(), [](const Gap &a, const Gap &b) { return a.ms > b.ms; });
    return sorted.mid(0, count);
}
