#pragma once

#include "core/pack/packmanifest.h"
#include "core/store/store.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace integreat::pack {

/// What an import did with one language of a pack.
struct PackLanguageOutcome
{
    QString code;
    bool imported = false; ///< false: skipped, the store's content is newer
    QDateTime packSync;    ///< when the pack's content was synced
    QDateTime storeSync;   ///< the store's last sync before the import; invalid: never
    store::ApplyResult applied;
};

struct PackImportResult
{
    PackManifest manifest; ///< valid once the pack was read
    QList<PackLanguageOutcome> languages;
    int resources = 0;  ///< images and documents put into the resource cache
    bool tiles = false; ///< the offline map was installed
    QString error;      ///< a sentence; empty on success
    bool ok() const { return error.isEmpty(); }
    int imported() const;
};

/// Imports a content pack file (PackExporter's) into a store. It reads and checks the WHOLE pack
/// first (PackReader: manifest, format version, every SHA-256, every list; the map is opened as
/// MBTiles) and changes nothing unless all of it is sound. Then: the images into the resource
/// cache, the region, each language in its own transaction (Store::applyLanguage; HTML sanitized
/// and the page tree repaired as after a download, as the pack is input from outside), the map.
/// A language whose pack content is older than the store's last sync of it is skipped (kept as
/// it is) unless `force`. The caller holds the data folder's sync lock.
class PackInstaller final
{
public:
    PackInstaller(store::Store &store, const QString &dataDir);
    Q_DISABLE_COPY_MOVE(PackInstaller)

    /// The CMS the app syncs from: the base for relative URLs in the HTML.
    void setServer(const QUrl &server) { m_server = server; }
    /// Import languages even when the store holds newer content of them.
    void setForce(bool force) { m_force = force; }

    PackImportResult importFile(const QString &filePath);

private:
    store::Store &m_store;
    QString m_dataDir;
    QUrl m_server;
    bool m_force = false;
};

} // namespace integreat::pack
