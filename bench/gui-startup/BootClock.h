#pragma once

#include <QFile>

#include <ctime>
#include <unistd.h>

// One clock that the parent, the child and the kernel's process start time all share:
// CLOCK_BOOTTIME, which /proc/<pid>/stat's starttime counts in (in clock ticks).
namespace BootClock {

inline double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// When the kernel started this process (fork), in ms since boot; resolution one clock tick (10 ms).
inline double processStartMs()
{
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Field 22; count from after the ")" that ends the command name, which may hold spaces.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    return double(fields.at(19).toLongLong()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

} // namespace BootClock
