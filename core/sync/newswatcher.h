#pragma once

#include "core/model/contentkey.h"
#include "core/model/news.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <QtGlobal>

namespace integreat::api {
class HttpClient;
}
namespace integreat::store {
class Store;
}

namespace integreat::sync {

/// What one poll of one (region, language) found.
struct NewsPoll
{
    bool ok = false;
    bool baseline = false;        ///< the first poll: everything was recorded, nothing is new
    QList<model::NewsItem> fresh; ///< new local news since the last poll, newest first
    QString error;                ///< a sentence when !ok
};

/// Polls a region's local news (`news/?source=local`, or `fcm/` where that answers 404) and
/// tells which items are new: the first poll of a (region, language) records every item as
/// the baseline and announces none; later polls announce each unseen id exactly once (also
/// across restarts: the ids live in the store's news_seen table). A failed poll announces
/// nothing and changes nothing. Blocking (HttpClient): run it in a worker thread.
class NewsWatcher final
{
    Q_DISABLE_COPY_MOVE(NewsWatcher)

public:
    NewsWatcher(store::Store &store, api::HttpClient &http, const QUrl &server);

    NewsPoll poll(const model::ContentKey &key,
                  const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    store::Store &m_store;
    api::HttpClient &m_http;
    QUrl m_server;
};

} // namespace integreat::sync
