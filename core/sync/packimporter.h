#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtGlobal>

namespace integreat::model {
struct Region;
}
namespace integreat::store {
class Store;
struct LanguageContent;
} // namespace integreat::store

namespace integreat::sync {

/// What an import did.
struct PackReport
{
    QString region;        ///< slug
    QStringList languages; ///< imported language codes
    int pages = 0;         ///< over all languages
    int resources = 0;     ///< image files written or already in place
    QString error;         ///< a sentence; empty when the pack was imported whole
    bool ok() const { return error.isEmpty(); }
};

/// Sanitizes the HTML of content that comes from a pack exactly as a sync does it (LanguageFetcher:
/// images keep their CMS URL for the resource cache; numbers isolated in right-to-left languages).
void sanitizePackContent(store::LanguageContent &content, const model::Region &region,
                         const QUrl &server);

/// Imports a content pack: a folder (on disk or in Qt resources, e.g. ":/demo") holding
/// `pack.json` ({region, languages, media_base, images}), `regions.json` and per language
/// `pages.json`, `events.json`, `locations.json`, `location-categories.json`, `imprint.json`,
/// `news.json` in the exact shapes of the API v3, plus `images/`. The JSON goes through the
/// real mappers, its HTML is sanitized exactly as a sync does it (LanguageFetcher: images keep
/// their CMS URL for the resource cache), each language goes into the store in one transaction
/// (Store::applyLanguage), the region through Store::saveRegions; images are copied to
/// <dataDir>/resources/ under content::resourceFileName(media_base + name), the name the resource
/// cache gives the URL the content refers to, and registered as fresh in the resources table. Every
/// list is read and mapped before anything is written, so a broken pack leaves the store as it was.
class PackImporter final
{
public:
    PackImporter(store::Store &store, const QString &dataDir);
    Q_DISABLE_COPY_MOVE(PackImporter)

    /// The CMS the app syncs from: the base for relative URLs in the HTML (default: the
    /// official CMS), as for synced content.
    void setServer(const QUrl &server) { m_server = server; }
    /// The clock for moving one-off events into the future (tests); invalid: now.
    void setNow(const QDateTime &now) { m_now = now; }

    /// Imports `languages` of the pack (empty: all it has).
    PackReport import(const QString &packDir, const QStringList &languages = {});

private:
    store::Store &m_store;
    QString m_dataDir;
    QUrl m_server;
    QDateTime m_now;
};

} // namespace integreat::sync
