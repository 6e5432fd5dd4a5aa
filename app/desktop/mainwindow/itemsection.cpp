#include "desktop/mainwindow/itemsection.h"

#include "desktop/mainwindow/scrollkeeper.h"

#include <QScopedValueRollback>
#include <QWidget>

namespace integreat::desktop {

ItemSection::ItemSection(const store::Store &store, QWidget &view, QObject *parent)
    : Section(parent)
    , m_store(store)
    , m_view(view)
{
}

bool ItemSection::open(const Location &route)
{
    const QScopedValueRollback<bool> applying(m_applying, true);
    if (route.region != m_region || route.language != m_language) {
        m_region = route.region;
        m_language = route.language;
        showRegion(m_region, m_language);
    }
    if (!route.isItem()) {
        m_listRoute = route;
        showList(route);
        return true;
    }
    if (openItem(route))
        return true;
    showList(startRoute(route.region, route.language));
    showNotice(missingText(), {});
    return false;
}

void ItemSection::refresh()
{
    if (m_region.isEmpty())
        return;
    const QScopedValueRollback<bool> applying(m_applying, true);
    const ScrollKeeper keeper(&m_view);
    reload();
    keeper.restore();
}

Location ItemSection::currentRoute() const
{
    if (const auto item = shownItem())
        return *item;
    if (m_listRoute.region == m_region && m_listRoute.language == m_language &&
        m_listRoute.section() == id())
        return m_listRoute;
    return startRoute(m_region, m_language);
}

QStringList ItemSection::titleParts() const
{
    QStringList parts;
    if (shownItem())
        parts << shownTitle();
    parts << plainTitle();
    return parts;
}

void ItemSection::onViewChanged()
{
    emit titleChanged();
    if (!m_applying && !m_region.isEmpty())
        emit navigate(currentRoute());
}

} // namespace integreat::desktop
