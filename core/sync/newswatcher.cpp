#include "core/sync/newswatcher.h"

#include "core/api/endpoints.h"
#include "core/api/httpclient.h"
#include "core/api/mappers.h"
#include "core/store/newswatchtable.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace integreat::sync {

NewsWatcher::NewsWatcher(store::Store &store, api::HttpClient &http, const QUrl &server)
    : m_store(store)
    , m_http(http)
    , m_server(server)
{
}

NewsPoll NewsWatcher::poll(const model::ContentKey &key, const QDateTime &now)
{
    NewsPoll result;
    const api::Endpoints endpoints(m_server);
    api::HttpResult reply = m_http.get(endpoints.news(key.region, key.language, {u"local"_s}, 1));
    if (reply.notFound())
        reply = m_http.get(endpoints.fcm(key.region, key.language));
    store::NewsWatchTable table = m_store.newsWatch();
    if (!reply.ok()) {
        result.error = reply.error;
        table.recordError(key, result.error, now);
        return result;
    }
    const auto mapped = api::mapNews(QJsonDocument::fromJson(reply.body));
    if (!mapped.error.isEmpty()) {
        result.error = QCoreApplication::translate("integreat::sync::NewsWatcher",
                                                   "The news list could not be read: %1")
                           .arg(mapped.error);
        table.recordError(key, result.error, now);
        return result;
    }
    QList<model::NewsItem> local;
    QStringList ids;
    for (const model::NewsItem &item : mapped.items) {
        if (!item.source.isEmpty() && item.source != u"local"_s)
            continue;
        local << item;
        ids << item.id;
    }
    result.ok = true;
    result.baseline = !table.hasBaseline(key);
    if (!result.baseline) {
        const QSet<QString> seen = table.seen(key);
        for (const model::NewsItem &item : local) {
            if (!seen.contains(item.id))
                result.fresh << item;
        }
    }
    table.record(key, ids, now);
    return result;
}

} // namespace integreat::sync
