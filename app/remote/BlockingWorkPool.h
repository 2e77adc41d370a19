#pragma once

#include "BackgroundPriority.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

// Work that blocks or takes long off the caller's thread (zookeeper_close() joining the C
// client's threads, parsing a months-long journal) runs here, never on
// QThreadPool::globalInstance(): Qt's raster engine splits tall fills across the global pool
// and waits for them on the GUI thread, so one blocking task there (the global pool has a
// thread per core) froze painting for as long as the task took (bench/gui-stall).
namespace BlockingWorkPool {

inline QThreadPool *instance()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(8);
        // As the global pool is at exit: a ZooKeeper session closed just before the program
        // ends is closed on the server too, so its ephemeral nodes go at once.
        qAddPostRoutine([] { instance()->waitForDone(); });
        return p;
    }();
    return pool;
}

template <typename Function>
void start(Function &&function)
{
    instance()->start([function = std::forward<Function>(function)]() mutable {
        BackgroundPriority::lowerCurrentThread();
        function();
    });
}

// Runs work() here and hands its result over as a QFuture.
template <typename Work>
QFuture<std::invoke_result_t<Work>> run(Work work)
{
    using Result = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

} // namespace BlockingWorkPool
