#pragma once

#include "core/content/linkclassifier.h"
#include "core/model/event.h"
#include "core/model/news.h"
#include "core/model/page.h"
#include "core/model/place.h"
#include "desktop/presentation/location.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

/// Read helpers over the store for the views: tolerant page lookup (links come with or without
/// the trailing slash, percent-encoded or not, in other letter case), ancestors for
/// breadcrumbs, and which regions and languages have content on this computer.
class PageLookup final
{
public:
    explicit PageLookup(const store::Store &store);

    std::optional<model::Page> find(const QString &region, const QString &language,
                                    const QString &path) const;
    /// The page whose translation id is `id` (short links /s/p/<id>/).
    std::optional<model::Page> findById(const QString &region, const QString &language,
                                        int id) const;
    /// The event at `path`; an event whose recurrences are stored one per date
    /// (/events/slug$2030-01-01/) is found by its slug too: its first stored date.
    std::optional<model::Event> findEvent(const QString &region, const QString &language,
                                          const QString &path) const;
    std::optional<model::Place> findPlace(const QString &region, const QString &language,
                                          const QString &path) const;
    std::optional<model::NewsItem> findNews(const QString &region, const QString &language,
                                            const QString &id) const;
    /// Root first, the immediate parent last; stops at a missing parent.
    QList<model::Page> ancestors(const QString &region, const QString &language,
                                 const model::Page &page) const;

    /// Regions with content for at least one language.
    QStringList storedRegions() const;
    /// Languages of `region` with content, in the region's order.
    QStringList storedLanguages(const QString &region) const;
    bool isStored(const QString &region, const QString &language) const;

    /// Where an internal link (content::classifyLink) leads when it is saved here: a page,
    /// a dashboard, the imprint, a search, the events, places or news list or one of their
    /// items, the chat (where the region has it enabled), in the link's region and language
    /// (or `from`'s where the link has none). nullopt when it is not on this computer.
    std::optional<Location> resolve(const content::LinkTarget &target, const Location &from) const;

    /// "/augsburg/de" or "/augsburg/de/" is the dashboard of that region and language.
    static bool isDashboardPath(const QString &region, const QString &language,
                                const QString &path);
    /// Candidate spellings of a path, best first (as given, decoded, with slashes, lower case).
    static QStringList pathVariants(const QString &path);

private:
    const store::Store &m_store;
};

} // namespace integreat::desktop
