#include "desktop/mainwindow/placessection.h"

#include "desktop/common/theme.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/pages/noticebar.h"
#include "desktop/places/mapwidget.h"
#include "desktop/places/placesview.h"
#include "desktop/presentation/pagelookup.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

PlacesSection::PlacesSection(const store::Store &store, PlacesView &view, QObject *parent)
    : ItemSection(store, view, parent)
    , m_places(view)
{
    connect(&m_places, &PlacesView::titleChanged, this, &PlacesSection::onViewChanged);
    connect(&m_places, &PlacesView::navigate, this, &Section::linkNavigate);
    connect(m_places.linkRouter(), &LinkRouter::downloadRequested, this,
            &Section::downloadRequested);
}

QString PlacesSection::id() const
{
    return u"places"_s;
}

QString PlacesSection::title() const
{
    return tr("Places");
}

bool PlacesSection::isEnabledFor(const std::optional<model::Region> &region) const
{
    return region && region->placesEnabled;
}

Location PlacesSection::startRoute(const QString &region, const QString &language) const
{
    return Location::places(region, language);
}

std::optional<Location> PlacesSection::switchLanguage(const QString &language)
{
    if (const auto item = shownItem()) {
        const auto place = PageLookup(m_store).findPlace(m_region, m_language, item->path);
        const QString path = place ? place->availableLanguages.value(language) : QString();
        const auto translated =
            path.isEmpty() ? std::nullopt : PageLookup(m_store).findPlace(m_region, language, path);
        if (translated)
            return Location::place(m_region, language, translated->path);
    }
    return Location::places(m_region, language);
}

void PlacesSection::showNotice(const QString &text, const QList<NoticeBar::Action> &actions)
{
    m_places.notice()->showNotice(text, actions);
}

void PlacesSection::showRegion(const QString &region, const QString &language)
{
    m_places.setHighContrast(Theme::current().highContrast);
    m_places.showRegion(region, language);
}

bool PlacesSection::openItem(const Location &route)
{
    m_places.showRegion(m_region, m_language); // an offline map imported since shows now
    return m_places.openPlace(route.path);
}

void PlacesSection::showList(const Location &route)
{
    m_places.showRegion(m_region, m_language);
    if (route.category) {
        geo::PlaceFilter filter = m_places.filter();
        filter.categoryId = route.category;
        m_places.setFilter(filter);
    }
    if (m_places.isDetailShown())
        m_places.showList();
}

void PlacesSection::reload()
{
    // The map stays where the user moved it; the list and the detail are read again.
    const geo::LatLon centre = m_places.map()->centre();
    const double zoom = m_places.map()->zoom();
    m_places.setHighContrast(Theme::current().highContrast);
    m_places.refresh();
    m_places.map()->setView(centre, zoom);
}

std::optional<Location> PlacesSection::shownItem() const
{
    const int opened = m_places.openedPlace();
    if (!m_places.isDetailShown() || opened < 0 || opened >= m_places.places().size())
        return std::nullopt;
    return Location::place(m_region, m_language, m_places.places().at(opened).path);
}

QString PlacesSection::shownTitle() const
{
    const auto item = shownItem();
    return item ? m_places.places().at(m_places.openedPlace()).title : QString();
}

QString PlacesSection::missingText() const
{
    return tr("This place is not on this computer. It may have been removed, or it is newer "
              "than the last update.");
}

} // namespace integreat::desktop
