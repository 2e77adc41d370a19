#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <functional>

// Attributes the heartbeat's stalls. Every event the GUI thread delivers at the outermost level
// is timed (a nested event loop's events on their own, not twice); a 5 ms timer of its own marks
// the loop's free moments, and each gap between two of its ticks longer than 30 ms is kept with
// what filled it: the deliveries grouped by receiver class and event type, and the time no
// delivery accounts for (code outside any event: a nested loop's caller, the driver). On Linux
// each gap is also split by the GUI thread's scheduler statistics into time on a CPU, time
// runnable but waiting for a CPU (the machine's load, not the wizard's work) and time blocked
// (waiting for a lock, a semaphore or I/O).
class EventTimingApplication : public QApplication
{
public:
    struct Gap
    {
        double ms = 0;
        QString label;
        QMap<QString, std::pair<int, double>> parts; // "MetaCall to RunLogModel" -> count, ms
        double unaccountedMs = 0;
        double onCpuMs = -1; // -1: no scheduler statistics
        double runnableMs = -1;
        double blockedMs() const { return onCpuMs < 0 ? -1 : std::max(0.0, ms - onCpuMs - runnableMs); }
    };

    EventTimingApplication(int &argc, char **argv);
    ~EventTimingApplication() override;

    bool notify(QObject *receiver, QEvent *event) override;

    void setRecording(bool on);
    void setLabelSource(std::function<QString()> source) { m_labelSource = std::move(source); }
    // The longest gaps, longest first.
    QList<Gap> longestGaps(int count) const;

private:
    void tick();
    // The GUI thread's time on a CPU and time runnable in a run queue so far, in ns.
    bool readSchedStat(qint64 *onCpuNs, qint64 *runnableNs) const;

    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_lastTickNs = 0;
    int m_schedStatFd = -1;
    qint64 m_lastOnCpuNs = 0;
    qint64 m_lastRunnableNs = 0;
    QMap<QString, std::pair<int, double>> m_parts;
    double m_accountedMs = 0;
    QList<Gap> m_gaps;
    std::function<QString()> m_labelSource;
    int m_depth = 0;
    bool m_recording = false;
};
