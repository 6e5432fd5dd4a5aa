#include "desktop/mainwindow/eventssection.h"

#include "desktop/events/eventsview.h"
#include "desktop/presentation/pagelookup.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

EventsSection::EventsSection(const store::Store &store, EventsView &view, QObject *parent)
    : ItemSection(store, view, parent)
    , m_events(view)
{
    connect(&m_events, &EventsView::titleChanged, this, &EventsSection::onViewChanged);
    connect(&m_events, &EventsView::navigate, this, &Section::linkNavigate);
    connect(&m_events, &EventsView::downloadRequested, this, &Section::downloadRequested);
}

QString EventsSection::id() const
{
    return u"events"_s;
}

QString EventsSection::title() const
{
    return tr("Events");
}

bool EventsSection::isEnabledFor(const std::optional<model::Region> &region) const
{
    return region && region->eventsEnabled;
}

Location EventsSection::startRoute(const QString &region, const QString &language) const
{
    return Location::events(region, language);
}

std::optional<Location> EventsSection::switchLanguage(const QString &language)
{
    const auto &shown = m_events.shownEvent();
    if (shown) {
        const QString path = shown->availableLanguages.value(language);
        const auto translated =
            path.isEmpty() ? std::nullopt : PageLookup(m_store).findEvent(m_region, language, path);
        if (translated)
            return Location::event(m_region, language, translated->path);
    }
    return Location::events(m_region, language);
}

void EventsSection::showNotice(const QString &text, const QList<NoticeBar::Action> &actions)
{
    m_events.notice()->showNotice(text, actions);
}

void EventsSection::showRegion(const QString &region, const QString &language)
{
    m_events.showRegion(region, language);
}

bool EventsSection::openItem(const Location &route)
{
    return m_events.openEvent(route.path);
}

void EventsSection::showList(const Location &route)
{
    Q_UNUSED(route);
    if (m_events.isShowingEvent())
        m_events.showList();
}

void EventsSection::reload()
{
    m_events.refresh();
}

std::optional<Location> EventsSection::shownItem() const
{
    const auto &shown = m_events.shownEvent();
    if (!shown)
        return std::nullopt;
    return Location::event(m_region, m_language, shown->path);
}

QString EventsSection::shownTitle() const
{
    return m_events.shownTitle();
}

QString EventsSection::missingText() const
{
    return tr("This event is not on this computer. It may be over or removed, or it is newer "
              "than the last update.");
}

} // namespace integreat::desktop
