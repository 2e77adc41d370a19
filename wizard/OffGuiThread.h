#pragma once

#include "remote/BlockingWorkPool.h"

#include <QFutureWatcher>
#include <QObject>

#include <type_traits>
#include <utility>

// Runs `work` on BlockingWorkPool (not Qt's global pool: the raster engine waits on that one),
// so that reading files never blocks the event loop, then calls `done(result)` on `context`'s
// thread through its event loop; never synchronously inside this call, and not at all once
// `context` is gone.
//
// A QFutureWatcher owned by `context` carries the result back: it receives the future's
// notifications as posted events and stops receiving them when it is destroyed, which makes
// the hand-over safe against `context` dying while the work runs. (Qt 6.4's
// QFuture::then(context, ...) asserts in that case instead of dropping the call.)
//
// This is QtConcurrent::run() built from QtCore alone (BlockingWorkPool::run): the wizard needs
// nothing else from Qt Concurrent, and the build needs one component less.
template<typename Work, typename Done>
void runOffGuiThread(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(BlockingWorkPool::run(std::move(work)));
}
