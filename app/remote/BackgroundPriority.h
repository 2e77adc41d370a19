#pragma once

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

// The SSH workers (key exchange, ciphers) and the migration engine run below the GUI thread's
// priority, so that on a workstation with few cores the window keeps answering while five
// masters' connections are being set up (bench/gui-stall saw page changes wait for a core
// behind them). Their work is mostly waiting on the network; the lower priority costs them
// little. On Linux each thread has a nice value of its own, and raising it needs no privilege
// (QThread's priorities do nothing there under the default scheduler); threads they start,
// such as the ZooKeeper client's, inherit it.
namespace BackgroundPriority {

constexpr int kNiceIncrement = 5;

// Lowers the calling thread once; later calls on the same thread do nothing.
inline void lowerCurrentThread()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    const auto tid = id_t(::syscall(SYS_gettid));
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        ::setpriority(PRIO_PROCESS, tid, nice + kNiceIncrement);
#endif
    QThread::currentThread()->setPriority(QThread::LowPriority);
}

// Call before thread->start().
inline void apply(QThread *thread)
{
    QObject::connect(thread, &QThread::started, thread, [] { lowerCurrentThread(); }, Qt::DirectConnection);
}

} // namespace BackgroundPriority
