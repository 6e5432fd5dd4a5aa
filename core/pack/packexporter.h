#pragma once

#include "core/pack/packmanifest.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace integreat::store {
class Store;
}

namespace integreat::pack {

/// What an export wrote.
struct PackExportResult
{
    PackManifest manifest;
    qint64 bytes = 0;
    QString error; ///< a sentence; empty on success
    bool ok() const { return error.isEmpty(); }
};

/// Writes a region's stored content as one content pack file (see PackManifest): each language's
/// pages, events, places, categories, imprint and news as the store holds them, the region, the
/// cached images and documents the content refers to, and the region's offline map if there is
/// one. The file appears whole or not at all (QSaveFile). Reads the store only.
class PackExporter final
{
public:
    PackExporter(store::Store &store, const QString &dataDir);
    Q_DISABLE_COPY_MOVE(PackExporter)

    /// The CMS the content came from: the base for relative image URLs in it.
    void setServer(const QUrl &server) { m_server = server; }
    /// The clock for created_at (tests); invalid: now.
    void setNow(const QDateTime &now) { m_now = now; }

    /// `languages` empty: every stored language of the region. Each must have been synced.
    PackExportResult exportPack(const QString &region, const QStringList &languages,
                                const QString &filePath);

private:
    store::Store &m_store;
    QString m_dataDir;
    QUrl m_server;
    QDateTime m_now;
};

} // namespace integreat::pack
