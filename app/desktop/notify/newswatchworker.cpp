#include "desktop/notify/newswatchworker.h"

#include "core/paths/datapaths.h"
#include "core/store/contentwriter.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "core/store/storeerror.h"
#include "core/sync/newswatcher.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

NewsWatchWorker::NewsWatchWorker(const QString &dataDir, const QUrl &server,
                                 const api::HttpOptions &options)
    : m_dataDir(dataDir)
    , m_server(server)
    , m_options(options)
{
}

NewsWatchWorker::~NewsWatchWorker()
{
    m_liveHttp = nullptr;
    m_watcher.reset(); // before the store and client it refers to
}

void NewsWatchWorker::cancel()
{
    m_cancelled = true;
    if (api::HttpClient *http = m_liveHttp.load())
        http->cancel();
}

bool NewsWatchWorker::ensureWatcher(QString &error)
{
    if (m_watcher)
        return true;
    try {
        m_store = std::make_unique<store::Store>(paths::DataPaths(m_dataDir).storeFile());
    } catch (const store::StoreError &e) {
        error = QString::fromUtf8(e.what());
        return false;
    }
    m_http = std::make_unique<api::HttpClient>(m_options);
    m_liveHttp = m_http.get();
    m_store->setCancelCheck([this] { return m_cancelled.load(); });
    if (m_cancelled)
        m_http->cancel();
    m_watcher = std::make_unique<sync::NewsWatcher>(*m_store, *m_http, m_server);
    return true;
}

void NewsWatchWorker::poll(const QList<model::ContentKey> &pairs)
{
    QString error;
    if (!ensureWatcher(error)) {
        emit done(int(pairs.size()), error);
        return;
    }
    int failures = 0;
    for (const model::ContentKey &pair : pairs) {
        if (m_cancelled)
            break;
        const sync::NewsPoll result = m_watcher->poll(pair);
        if (!result.ok) {
            ++failures;
            error = result.error;
            continue;
        }
        if (result.fresh.isEmpty())
            continue;
        try {
            // Waits for a sync that is writing, then saves them.
            m_store->addWatchedNews(pair, result.fresh, QDateTime::currentDateTimeUtc());
        } catch (const store::StoreError &) {
            // Announced anyway; the News section shows it after the next sync.
        }
        QStringList ids;
        QStringList titles;
        for (const model::NewsItem &item : result.fresh) {
            ids << item.id;
            titles << item.title;
        }
        emit found(pair.region, pair.language, ids, titles);
    }
    emit done(failures, error);
}

} // namespace integreat::desktop
