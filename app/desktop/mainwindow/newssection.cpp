#include "desktop/mainwindow/newssection.h"

#include "desktop/news/newsview.h"
#include "desktop/pages/noticebar.h"
#include "desktop/presentation/pagelookup.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

NewsSection::NewsSection(const store::Store &store, NewsView &view, QObject *parent)
    : ItemSection(store, view, parent)
    , m_news(view)
{
    connect(&m_news, &NewsView::titleChanged, this, &NewsSection::onViewChanged);
    connect(&m_news, &NewsView::navigate, this, &Section::linkNavigate);
    connect(&m_news, &NewsView::downloadRequested, this, &Section::downloadRequested);
    connect(&m_news, &NewsView::newCountChanged, this, &NewsSection::setNewCount);
}

QString NewsSection::id() const
{
    return u"news"_s;
}

QString NewsSection::plainTitle() const
{
    return tr("News");
}

QString NewsSection::title() const
{
    return m_newCount > 0 ? tr("News (%1)").arg(m_newCount) : plainTitle();
}

QString NewsSection::accessibleTitle() const
{
    return m_newCount > 0 ? tr("News, %1 new").arg(m_newCount) : plainTitle();
}

bool NewsSection::isEnabledFor(const std::optional<model::Region> &region) const
{
    return region && (region->localNewsEnabled || region->externalNewsEnabled);
}

Location NewsSection::startRoute(const QString &region, const QString &language) const
{
    return Location::news(region, language);
}

void NewsSection::regionChanged(const QString &region, const QString &language)
{
    // Guarded on its own: news that cannot be read cost the badge, not the page being shown.
    int count = 0;
    m_news.notice()->readStore([&] { count = m_news.newCount(region, language); });
    setNewCount(count);
}

void NewsSection::setNewCount(int count)
{
    if (count == m_newCount)
        return;
    m_newCount = count;
    emit titleChanged();
}

std::optional<Location> NewsSection::switchLanguage(const QString &language)
{
    const auto &shown = m_news.shownNews();
    if (shown) {
        const QString id = shown->availableLanguages.value(language);
        if (!id.isEmpty() && PageLookup(m_store).findNews(m_region, language, id))
            return Location::newsItem(m_region, language, id);
    }
    return Location::news(m_region, language);
}

void NewsSection::showNotice(const QString &text, const QList<NoticeBar::Action> &actions)
{
    m_news.notice()->showNotice(text, actions);
}

void NewsSection::showRegion(const QString &region, const QString &language)
{
    m_news.showRegion(region, language);
}

bool NewsSection::openItem(const Location &route)
{
    if (const auto item = PageLookup(m_store).findNews(m_region, m_language, route.path))
        return m_news.openNews(item->id);
    return false;
}

void NewsSection::showList(const Location &route)
{
    // A link to /news/local or /news/tu-news picks that kind; Back keeps the user's choice.
    if (route.path == u"local"_s)
        m_news.setFilter(NewsView::Filter::Local);
    else if (route.path == u"external"_s)
        m_news.setFilter(NewsView::Filter::External);
    if (m_news.isShowingNews())
        m_news.showList();
}

void NewsSection::reload()
{
    m_news.refresh();
}

std::optional<Location> NewsSection::shownItem() const
{
    const auto &shown = m_news.shownNews();
    if (!shown)
        return std::nullopt;
    return Location::newsItem(m_region, m_language, shown->id);
}

QString NewsSection::shownTitle() const
{
    return m_news.shownTitle();
}

QString NewsSection::missingText() const
{
    return tr("This news item is not on this computer. It may have been removed, or it is "
              "newer than the last update.");
}

} // namespace integreat::desktop
