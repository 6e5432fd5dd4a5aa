#include "core/geo/onlinetilesource.h"

#include "core/net/transfer.h"
#include "core/net/useragent.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace integreat::geo {

namespace {
constexpr int FailureRetrySecs = 60;
constexpr qsizetype MaxMemoryTiles = 256;
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
    return net::userAgent();
}

net::TransferLimits OnlineTileSource::defaultLimits()
{
    net::TransferLimits limits;
    limits.idleTimeoutMs = 15000;
    limits.slowGraceMs = 10000;
    limits.maxBytes = 4ll * 1024 * 1024;
    return limits;
}

net::FreshnessPolicy OnlineTileSource::freshnessPolicy()
{
    net::FreshnessPolicy policy;
    policy.defaultLifetimeSecs = DefaultLifetimeSecs; // the OSM tile policy's minimum
    policy.minimumSecs = MinRevalidateSecs;
    return policy;
}

OnlineTileSource::OnlineTileSource(const QString &urlTemplate, const QString &cacheDir,
                                   const QString &attribution, QObject *parent)
    : TileSource(parent)
    , m_template(urlTemplate)
    , m_attribution(attribution)
    , m_cache(cacheDir)
    , m_network(new QNetworkAccessManager(this))
    , m_limits(defaultLimits())
{
}

OnlineTileSource::~OnlineTileSource()
{
    const auto running = m_running;
    for (net::Transfer *transfer : running) {
        transfer->disconnect(this);
        delete transfer; // aborts its request
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

std::optional<TileDiskCache::Entry> OnlineTileSource::cached(const TileId &id) const
{
    const auto memory = m_memory.constFind(id);
    if (memory != m_memory.constEnd())
        return *memory;
    return m_cache.find(id);
}

QByteArray OnlineTileSource::tile(const TileId &id)
{
    const auto entry = cached(id);
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
        net::Transfer::Request request;
        request.url = urlFor(id);
        request.limits = m_limits;
        request.allowRedirect = [](const QUrl &) {
            return true;
        }; // never https to http
        if (const auto entry = cached(id)) {
            if (!entry->etag.isEmpty())
                request.headers.append({"If-None-Match", entry->etag});
            if (!entry->lastModified.isEmpty())
                request.headers.append({"If-Modified-Since", entry->lastModified});
        }
        auto *transfer = new net::Transfer(*m_network, std::move(request), this);
        m_running.insert(id, transfer);
        m_peak = std::max(m_peak, int(m_running.size()));
        connect(transfer, &net::Transfer::finished, this,
                [this, transfer, id] { finished(transfer, id); });
        transfer->start();
    }
}

void OnlineTileSource::keepInMemory(const TileId &id, const TileDiskCache::Entry &entry)
{
    if (m_memory.size() >= MaxMemoryTiles && !m_memory.contains(id))
        m_memory.erase(m_memory.begin());
    m_memory.insert(id, entry);
}

void OnlineTileSource::finished(net::Transfer *transfer, const TileId &id)
{
    transfer->deleteLater();
    m_running.remove(id);
    const net::Reply &reply = transfer->reply();
    const net::Freshness fresh = net::freshness(reply, now(), freshnessPolicy());
    const QDateTime expires = fresh.expiresAt(now());
    if (reply.ok() && reply.status == 304) {
        if (m_memory.contains(id)) {
            m_memory[id].expires = expires;
        } else {
            m_cache.refresh(id, expires, reply.header("ETag"), reply.header("Last-Modified"));
        }
        m_failedUntil.remove(id);
        emit tileAvailable(id);
    } else if (reply.ok() && reply.status == 200 && !reply.body.isEmpty()) {
        TileDiskCache::Entry entry;
        entry.data = reply.body;
        entry.expires = expires;
        entry.etag = reply.header("ETag");
        entry.lastModified = reply.header("Last-Modified");
        if (fresh.storable) {
            m_memory.remove(id);
            m_cache.store(id, entry);
        } else {
            keepInMemory(id, entry); // no-store: shown, never written
        }
        m_failedUntil.remove(id);
        emit tileAvailable(id);
    } else {
        m_lastError =
            reply.ok()
                ? tr("The tile server gave an unexpected answer (HTTP %1).").arg(reply.status)
                : reply.error;
        m_failedUntil.insert(id, now().addSecs(FailureRetrySecs));
        emit tileFailed(id, m_lastError);
    }
    startNext();
}

} // namespace integreat::geo
