#pragma once

#include "core/model/contentkey.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <functional>

namespace integreat::store {
class Store;
}
namespace integreat::sync {
struct SyncReport;
}

namespace integreat::desktop {

class SyncController;

/// Keeps every saved (town, language) up to date in the background: at start each one older
/// than a day, then every few hours each one older than that interval. One town at a time
/// through the SyncController (never while it is busy with the user's own sync), so the GUI
/// stays responsive; the views re-render when a sync of the shown town ends (SyncPresenter).
class BackgroundRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundRefresher)

public:
    static constexpr qint64 StartMaxAgeSecs = 24 * 60 * 60;
    using Clock = std::function<QDateTime()>;

    BackgroundRefresher(store::Store &store, SyncController &sync, QObject *parent = nullptr);

    /// The time against which the ages of the saved languages are measured (tests inject one).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// Towns never refreshed in the background (the demo town).
    void setSkippedRegions(const QStringList &regions) { m_skipped = regions; }
    /// Hours between two rounds while the app runs (at least 1); restarts the timer.
    void setIntervalHours(int hours);
    int intervalHours() const { return m_intervalHours; }

    /// The first round (older than a day) and the timer for the later ones.
    void start();
    /// One round now: every saved language older than `maxAgeSecs`, town by town.
    void refresh(qint64 maxAgeSecs);
    bool isRefreshing() const { return m_active; }

signals:
    /// A round ended: every stale town was synced once (or failed) -> `regions` in order.
    void roundFinished(const QStringList &regions);

private:
    void next();
    void onFinished(const sync::SyncReport &report);
    /// The stale languages of the first town not done in this round, or {} when none is left.
    QList<model::ContentKey> nextStale() const;

    store::Store &m_store;
    SyncController &m_sync;
    Clock m_clock;
    QStringList m_skipped;
    QTimer m_timer;
    int m_intervalHours = 6;
    qint64 m_maxAgeSecs = StartMaxAgeSecs;
    bool m_active = false;
    QString m_running;  ///< the town this refresher is syncing now
    QStringList m_done; ///< towns synced (or tried) in this round
};

} // namespace integreat::desktop
