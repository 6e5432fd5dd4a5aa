#include "desktop/presentation/pagelookup.h"

#include "core/store/store.h"

#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

PageLookup::PageLookup(const store::Store &store)
    : m_store(store)
{
}

QStringList PageLookup::pathVariants(const QString &path)
{
    QStringList variants;
    const auto add = [&variants](const QString &candidate) {
        if (!candidate.isEmpty() && !variants.contains(candidate))
            variants.append(candidate);
    };
    const auto withSlashes = [](QString p) {
        if (!p.startsWith(u'/'))
            p.prepend(u'/');
        while (p.contains(u"//"_s))
            p.replace(u"//"_s, u"/"_s);
        if (!p.endsWith(u'/'))
            p.append(u'/');
        return p;
    };
    add(path);
    const QString decoded = QUrl::fromPercentEncoding(path.toUtf8());
    add(decoded);
    add(withSlashes(decoded));
    add(withSlashes(decoded).toLower());
    return variants;
}

std::optional<model::Page> PageLookup::find(const QString &region, const QString &language,
                                            const QString &path) const
{
    for (const QString &candidate : pathVariants(path)) {
        if (auto page = m_store.page(region, language, candidate))
            return page;
    }
    return std::nullopt;
}

std::optional<model::Page> PageLookup::findById(const QString &region, const QString &language,
                                                int id) const
{
    const QList<model::Page> pages = m_store.pages(region, language);
    for (const model::Page &page : pages) {
        if (page.id && *page.id == id)
            return page;
    }
    return std::nullopt;
}

std::optional<model::Event> PageLookup::findEvent(const QString &region, const QString &language,
                                                  const QString &path) const
{
    const QStringList variants = pathVariants(path);
    for (const QString &candidate : variants) {
        if (auto event = m_store.event(region, language, candidate))
            return event;
    }
    // The slug is the last segment; a stored recurrence appends "$date" to it.
    const QString wanted = variants.constLast().section(u'/', -2, -2);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const model::Event &event : m_store.events(region, language)) {
        const QString slug = event.path.toLower().section(u'/', -2, -2).section(u'$', 0, 0);
        if (slug == wanted.section(u'$', 0, 0))
            return event;
    }
    return std::nullopt;
}

std::optional<model::Place> PageLookup::findPlace(const QString &region, const QString &language,
                                                  const QString &path) const
{
    for (const QString &candidate : pathVariants(path)) {
        if (auto place = m_store.place(region, language, candidate))
            return place;
    }
    return std::nullopt;
}

std::optional<model::NewsItem> PageLookup::findNews(const QString &region, const QString &language,
                                                    const QString &id) const
{
    for (const model::NewsItem &item : m_store.news(region, language)) {
        if (item.id.compare(id, Qt::CaseInsensitive) == 0)
            return item;
    }
    return std::nullopt;
}

QList<model::Page> PageLookup::ancestors(const QString &region, const QString &language,
                                         const model::Page &page) const
{
    QList<model::Page> chain;
    QString parent = page.parentPath;
    QSet<QString> seen{page.path};
    // Bounded: a broken tree with a cycle must not hang the window nor repeat a crumb.
    for (int depth = 0; !parent.isEmpty() && depth < 32 && !seen.contains(parent); ++depth) {
        seen.insert(parent);
        const auto found = m_store.page(region, language, parent);
        if (!found)
            break;
        chain.prepend(*found);
        parent = found->parentPath;
    }
    return chain;
}

QStringList PageLookup::storedRegions() const
{
    return m_store.storedRegions();
}

QStringList PageLookup::storedLanguages(const QString &region) const
{
    return m_store.storedLanguages(region); // in the region's own order (Deutsch first)
}

bool PageLookup::isStored(const QString &region, const QString &language) const
{
    return storedLanguages(region).contains(language);
}

std::optional<Location> PageLookup::resolve(const content::LinkTarget &target,
                                            const Location &from) const
{
    const QString region = target.region.isEmpty() ? from.region : target.region;
    const QString language = target.language.isEmpty() ? from.language : target.language;
    const QString &route = target.route;
    if (route == u"short-page"_s) {
        bool ok = false;
        const int id = target.id.toInt(&ok);
        if (ok && from.isValid()) {
            if (const auto page = findById(from.region, from.language, id))
                return Location::page(from.region, from.language, page->path);
        }
        return std::nullopt;
    }
    if (region.isEmpty() || language.isEmpty() || !isStored(region, language))
        return std::nullopt;
    if (route == u"dashboard"_s)
        return Location::dashboard(region, language);
    if (route == u"imprint"_s)
        return Location::imprint(region, language);
    if (route == u"search"_s)
        return Location::search(region, language, target.searchText);
    if (route == u"events"_s)
        return Location::events(region, language);
    if (route == u"places"_s)
        return Location::places(region, language, target.placeCategory);
    if (route == u"news"_s)
        return Location::news(region, language, target.newsSource);
    if (route == u"chat"_s) {
        // Only where the town has the chat; else the link is not followed (the caller says so).
        const auto stored = m_store.region(region);
        if (stored && stored->chatEnabled)
            return Location::chat(region, language);
        return std::nullopt;
    }
    if (route == u"event"_s) {
        if (const auto event = findEvent(region, language, target.path))
            return Location::event(region, language, event->path);
    }
    if (route == u"place"_s) {
        if (const auto place = findPlace(region, language, target.path))
            return Location::place(region, language, place->path);
    }
    if (route == u"news-item"_s) {
        if (const auto item = findNews(region, language, target.id))
            return Location::newsItem(region, language, item->id);
    }
    if (route == u"page"_s) {
        if (isDashboardPath(region, language, target.path))
            return Location::dashboard(region, language);
        if (const auto page = find(region, language, target.path))
            return Location::page(region, language, page->path);
    }
    return std::nullopt;
}

bool PageLookup::isDashboardPath(const QString &region, const QString &language,
                                 const QString &path)
{
    QString p = QUrl::fromPercentEncoding(path.toUtf8()).toLower();
    while (p.endsWith(u'/'))
        p.chop(1);
    return p.isEmpty() || p == u'/' + region.toLower() + u'/' + language.toLower();
}

} // namespace integreat::desktop
