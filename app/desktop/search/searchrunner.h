#pragma once

#include "core/store/search.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class QThread;

namespace integreat::desktop {

class SearchWorker;

/// Search as you type without freezing the window: queries wait ~150 ms for the typing to
/// pause, then run in a worker thread on its own store connection; only the answer to the
/// latest query is delivered.
class SearchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchRunner)

public:
    static constexpr int DebounceMs = 150;

    explicit SearchRunner(const QString &storeFile, QObject *parent = nullptr);
    ~SearchRunner() override;

    /// Asks for the hits of `query` in (region, language) and German; an empty query is
    /// answered at once with no hits.
    void search(const QString &region, const QString &language, const QString &query);
    /// Drops the pending and running query: no answer will come for it.
    void cancel();
    bool isBusy() const { return m_timer.isActive() || m_running; }

signals:
    void resultsReady(const QString &query, const QList<integreat::store::SearchHit> &hits,
                      const QString &error);

private:
    void start();

    QTimer m_timer;
    QThread *m_thread;
    SearchWorker *m_worker;
    QString m_region, m_language, m_query;
    quint64 m_ticket = 0;
    bool m_running = false;
};

} // namespace integreat::desktop
