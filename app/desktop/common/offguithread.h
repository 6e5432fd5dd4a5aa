#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <type_traits>
#include <utility>

namespace integreat::desktop {

/// The one way views run work off the GUI thread (event dates for the Events list, an event page
/// and Side by side, this week's events for Print, a content pack's import): `work` runs in the
/// thread pool, `done` gets its result in the GUI thread unless `context` is gone.
template <typename Work, typename Done> void runOffGuiThread(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace integreat::desktop
