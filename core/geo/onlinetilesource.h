#pragma once

#include "core/geo/tilediskcache.h"
#include "core/geo/tilesource.h"
#include "core/net/freshness.h"
#include "core/net/limits.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <functional>

class QNetworkAccessManager;

namespace integreat::net {
class Transfer;
}

namespace integreat::geo {

/// XYZ tiles from a URL template ({z}/{x}/{y}), for viewing online only: fetched on demand
/// for the tiles the view shows (never prefetched), at most MaxConcurrent at a time, through
/// the transport (net::Transfer: one User-Agent naming the app and a contact URL, timeouts,
/// size cap) and a disk cache whose freshness comes from net::freshness(): 7 days when the
/// server says nothing, and at least MinRevalidateSecs whatever it says, so a no-cache or
/// max-age=0 tile is not fetched again on every repaint. no-store tiles are kept in memory
/// only, never written. Expired tiles are shown while they are revalidated with If-None-Match
/// / If-Modified-Since.
class OnlineTileSource final : public TileSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnlineTileSource)

public:
    static constexpr int MaxConcurrent = 2;
    static constexpr qint64 DefaultLifetimeSecs = 7 * 24 * 3600;
    static constexpr qint64 MinRevalidateSecs = 60;
    static QString defaultUrlTemplate(); ///< https://tile.openstreetmap.org/{z}/{x}/{y}.png
    static QString defaultAttribution(); ///< © OpenStreetMap contributors
    /// net::userAgent(): "IntegreatDesktop/<version> (...; +<contact URL>)".
    static QByteArray userAgent();
    /// Tiles are small: 15 s idle timeout, 4 MB at most.
    static net::TransferLimits defaultLimits();
    static net::FreshnessPolicy freshnessPolicy();

    OnlineTileSource(const QString &urlTemplate, const QString &cacheDir,
                     const QString &attribution, QObject *parent = nullptr);
    ~OnlineTileSource() override;

    QByteArray tile(const TileId &id) override;
    int minZoom() const override { return 0; }
    int maxZoom() const override { return 19; }
    QString attribution() const override { return m_attribution; }
    void retainOnly(const QList<TileId> &visible) override;

    /// The clock for freshness (tests); null: the real clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setLimits(const net::TransferLimits &limits) { m_limits = limits; }
    int inFlight() const { return int(m_running.size()); }
    int queued() const { return int(m_queue.size()); }
    /// The most requests that were ever running at once.
    int peakInFlight() const { return m_peak; }
    /// Why the last failed tile failed (a sentence); empty when none failed.
    QString lastError() const { return m_lastError; }
    QUrl urlFor(const TileId &id) const;

signals:
    /// A tile could not be fetched; it is tried again after a minute.
    void tileFailed(const integreat::geo::TileId &id, const QString &error);

private:
    std::optional<TileDiskCache::Entry> cached(const TileId &id) const;
    void enqueue(const TileId &id);
    void startNext();
    void finished(net::Transfer *transfer, const TileId &id);
    void keepInMemory(const TileId &id, const TileDiskCache::Entry &entry);
    QDateTime now() const;

    QString m_template;
    QString m_attribution;
    TileDiskCache m_cache;
    QHash<TileId, TileDiskCache::Entry> m_memory; ///< no-store tiles: never on disk
    QNetworkAccessManager *m_network;
    net::TransferLimits m_limits;
    QList<TileId> m_queue;
    QHash<TileId, net::Transfer *> m_running;
    QHash<TileId, QDateTime> m_failedUntil;
    std::function<QDateTime()> m_clock;
    QString m_lastError;
    int m_peak = 0;
};

} // namespace integreat::geo
