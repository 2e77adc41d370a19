#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

// Small helpers every benchmark shares: medians, machine-wide CPU time, memory figures and the
// "goal met / not met" line, so that all of them report the same way.
namespace BenchStats {

double median(QList<double> values);

// CPU seconds the whole machine spent busy (user+nice+system+irq+softirq+steal) since boot, from
// /proc/stat. The difference over an interval shows how much work that interval did, whoever did
// it: the benchmark's own threads, sshd and sudo on the simulated masters, and also any other
// load on a shared machine.
double machineBusySeconds();
int onlineCores();
// CPU seconds this process has used so far, all threads.
double processCpuSeconds();

// This process: resident set now (VmRSS) and at its peak (getrusage ru_maxrss), in MiB.
double currentRssMiB();
double peakRssMiB();

// stdout, shared by every line a benchmark prints, so that they come out in order.
QTextStream &out();

// "goal ≤ 1.5×: met" style lines: figure, goal, verdict.
QString verdict(bool met);
void printGoal(const QString &what, const QString &figure, const QString &goal, bool met);

// One-line header: date, host, cores, so that figures in README.md say where they come from.
void printMachine(const QString &benchmark);

} // namespace BenchStats
