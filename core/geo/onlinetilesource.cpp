#include "geo/onlinetilesource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace integreat::geo {

namespace {
constexpr int FailureRetrySecs = 60;
constexpr int TransferTimeoutMs = 15000;
} // namespace

QString OnlineTileSource::defaultUrlTemplate()
{
    return u"https://tile.openstreetmap.org/{z}/{x}/{y}.png"_s;
}

QString OnlineTileSource::defaultAttribution()
{
    return u"© OpenStreetMap contributors"_s;
}

QByteArray OnlineTileSource::userAgent()
{
#ifdef INTEGREAT_VERSION
    const QByteArray version = INTEGREAT_VERSION;
#else
    const QByteArray version = "dev";
#endif
    return "IntegreatDesktop/" + version + " (+https://integreat.app; desktop client)";
}

OnlineTileSource::OnlineTileSource(const QString &urlTemplate, const QString &cacheDir,
                                   const QString &attribution, QObject *parent)
    : TileSource(parent)
    , m_template(urlTemplate)
    , m_attribution(attribution)
    , m_cache(cacheDir)
    , m_network(new QNetworkAccessManager(this))
{
}

OnlineTileSource::~OnlineTileSource()
{
    const auto running = m_running;
    for (QNetworkReply *reply : running) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QDateTime OnlineTileSource::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QUrl OnlineTileSource::urlFor(const TileId &id) const
{
    QString url = m_template;
    url.replace(u"{z}"_s, QString::number(id.z))
        .replace(u"{x}"_s, QString::number(id.x))
        .replace(u"{y}"_s, QString::number(id.y));
    return QUrl(url);
}

QByteArray OnlineTileSource::tile(const TileId &id)
{
    const auto entry = m_cache.find(id);
    if (entry && entry->isFresh(now()))
        return entry->data;
    // Missing or expired: fetch (revalidate) unless it failed a moment ago; an expired tile
    // is shown meanwhile.
    const auto failed = m_failedUntil.constFind(id);
    if (failed == m_failedUntil.constEnd() || *failed <= now())
        enqueue(id);
    return entry ? entry->data : QByteArray();
}

void OnlineTileSource::retainOnly(const QList<TileId> &visible)
{
    const QSet<TileId> keep(visible.cbegin(), visible.cend());
    m_queue.removeIf([&keep](const TileId &id) { return !keep.contains(id); });
}

void OnlineTileSource::enqueue(const TileId &id)
{
    if (m_running.contains(id) || m_queue.contains(id))
        return;
    m_queue.append(id);
    startNext();
}

void OnlineTileSource::startNext()
{
    while (m_running.size() < MaxConcurrent && !m_queue.isEmpty()) {
        const TileId id = m_queue.takeFirst();
        QNetworkRequest request(urlFor(id));
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        request.setTransferTimeout(TransferTimeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        if (const auto entry = m_cache.find(id)) {
            if (!entry->etag.isEmpty())
                request.setRawHeader("If-None-Match", entry->etag);
            if (!entry->lastModified.isEmpty())
                request.setRawHeader("If-Modified-Since", entry->lastModified);
        }
        QNetworkReply *reply = m_network->get(request);
        m_running.insert(id, reply);
        m_peak = std::max(m_peak, int(m_running.size()));
        connect(reply, &QNetworkReply::finished, this, [this, reply, id] { finished(reply, id); });
    }
}

void OnlineTileSource::finished(QNetworkReply *reply, const TileId &id)
{
    reply->deleteLater();
    m_running.remove(id);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray control = reply->rawHeader("Cache-Control");
    const QDateTime expires = TileDiskCache::expiryFrom(control, reply->rawHeader("Expires"), now());
    if (reply->error() == QNetworkReply::NoError && status == 304) {
        m_cache.refresh(id, expires, reply->rawHeader("ETag"), reply->rawHeader("Last-Modified"));
        m_failedUntil.remove(id);
        emit tileAvailable(id);
    } else if (reply->error() == QNetworkReply::NoError && status == 200) {
        TileDiskCache::Entry entry;
        entry.data = reply->readAll();
        entry.expires = TileDiskCache::forbidsStoring(control) ? now() : expires;
        entry.etag = reply->rawHeader("ETag");
        entry.lastModified = reply->rawHeader("Last-Modified");
        m_cache.store(id, entry);
        m_failedUntil.remove(id);
        emit tileAvailable(id);
    } else {
        m_failedUntil.insert(id, now().addSecs(FailureRetrySecs));
    }
    startNext();
}

} // namespace integreat::geo
