#pragma once

#include "geo/tilediskcache.h"
#include "geo/tilesource.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace integreat::geo {

/// XYZ tiles from a URL template ({z}/{x}/{y}), for viewing online only: fetched on demand
/// for the tiles the view shows (never prefetched), at most MaxConcurrent at a time, through
/// a disk cache that honours Cache-Control / Expires (7 days when the server says nothing)
/// and revalidates expired tiles with If-None-Match / If-Modified-Since. An expired tile is
/// shown while it is revalidated. The User-Agent names the app, its version and a contact URL.
class OnlineTileSource final : public TileSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnlineTileSource)

public:
    static constexpr int MaxConcurrent = 2;
    static QString defaultUrlTemplate(); ///< https://tile.openstreetmap.org/{z}/{x}/{y}.png
    static QString defaultAttribution(); ///< © OpenStreetMap contributors
    /// "IntegreatDesktop/<version> (+<contact URL>)".
    static QByteArray userAgent();

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
    int inFlight() const { return int(m_running.size()); }
    int queued() const { return int(m_queue.size()); }
    /// The most requests that were ever running at once.
    int peakInFlight() const { return m_peak; }
    QUrl urlFor(const TileId &id) const;

private:
    void enqueue(const TileId &id);
    void startNext();
    void finished(QNetworkReply *reply, const TileId &id);
    QDateTime now() const;

    QString m_template;
    QString m_attribution;
    TileDiskCache m_cache;
    QNetworkAccessManager *m_network;
    QList<TileId> m_queue;
    QHash<TileId, QNetworkReply *> m_running;
    QHash<TileId, QDateTime> m_failedUntil;
    std::function<QDateTime()> m_clock;
    int m_peak = 0;
};

} // namespace integreat::geo
