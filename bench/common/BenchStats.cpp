#include "BenchStats.h"

#include <QDateTime>
#include <QFile>
#include <QSysInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace BenchStats {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

double machineBusySeconds()
{
    QFile file(QStringLiteral("/proc/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    // "cpu  user nice system idle iowait irq softirq steal guest guest_nice", in clock ticks.
    const QList<QByteArray> fields = file.readLine().simplified().split(' ');
    if (fields.size() < 9)
        return 0;
    qint64 busy = 0;
    for (int i : {1, 2, 3, 6, 7, 8})
        busy += fields.at(i).toLongLong();
    return double(busy) / double(sysconf(_SC_CLK_TCK));
}

int onlineCores()
{
    return int(sysconf(_SC_NPROCESSORS_ONLN));
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double currentRssMiB()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    // readAll, not atEnd()/readLine(): /proc files report size 0, so atEnd() is true at once.
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).simplified().split(' ').value(0).toDouble() / 1024.0; // kB
    }
    return 0;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kB on Linux
}

QString verdict(bool met)
{
    return met ? QStringLiteral("MET") : QStringLiteral("NOT MET");
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printGoal(const QString &what, const QString &figure, const QString &goal, bool met)
{
    out() << QStringLiteral("RESULT %1: %2 (goal %3): %4\n").arg(what, figure, goal, verdict(met)) << Qt::flush;
}

void printMachine(const QString &benchmark)
{
    out() << QStringLiteral("# %1 on %2, %3, %4 cores online, Qt %5\n")
                               .arg(benchmark, QSysInfo::machineHostName(),
                                    QDateTime::currentDateTime().toString(Qt::ISODate))
                               .arg(onlineCores())
                               .arg(QString::fromLatin1(qVersion()))
          << Qt::flush;
}

} // namespace BenchStats
