#pragma once

#include "core/api/httpclient.h"
#include "core/model/contentkey.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <memory>

namespace integreat::store {
class Store;
}
namespace integreat::sync {
class NewsWatcher;
}

namespace integreat::desktop {

/// Lives in NewsWatchController's worker thread: owns that thread's Store connection,
/// HttpClient and NewsWatcher (created there on first use, destroyed there when the thread
/// ends). A new item is also written to the store's news so that the News section can open it
/// before the next sync.
class NewsWatchWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsWatchWorker)

public:
    NewsWatchWorker(const QString &dataDir, const QUrl &server, const api::HttpOptions &options);
    ~NewsWatchWorker() override;

    /// Thread-safe: aborts the running request and every later poll (the app is closing).
    void cancel();

public slots:
    /// Polls each (region, language) of `pairs` in turn -> found() per pair with news, then
    /// done().
    void poll(const QList<model::ContentKey> &pairs);

signals:
    void found(const QString &region, const QString &language, const QStringList &ids,
               const QStringList &titles);
    /// A round is over; `failures` of its polls failed (the last failure's sentence in `error`).
    void done(int failures, const QString &error);

private:
    bool ensureWatcher(QString &error);

    QString m_dataDir;
    QUrl m_server;
    api::HttpOptions m_options;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<api::HttpClient> m_http;
    std::unique_ptr<sync::NewsWatcher> m_watcher;
    std::atomic<api::HttpClient *> m_liveHttp{nullptr};
    std::atomic<bool> m_cancelled{false};
};

} // namespace integreat::desktop
