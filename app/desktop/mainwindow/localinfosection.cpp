#include "desktop/mainwindow/localinfosection.h"

#include "desktop/mainwindow/scrollkeeper.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/search/searchview.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

LocalInfoSection::LocalInfoSection(LocalInfoView &view, QObject *parent)
    : Section(parent)
    , m_view(view)
{
    connect(&m_view, &LocalInfoView::titleChanged, this, &Section::titleChanged);
    connect(&m_view, &LocalInfoView::downloadRequested, this, &Section::downloadRequested);
    // Event, place and news hits open in their sections.
    connect(m_view.searchView(), &SearchView::itemActivated, this,
            [this](const QString &kind, const QString &path) {
                const Location from = m_view.shownLocation();
                if (kind == u"event"_s)
                    emit linkNavigate(Location::event(from.region, from.language, path));
                else if (kind == u"place"_s)
                    emit linkNavigate(Location::place(from.region, from.language, path));
                else if (kind == u"news"_s)
                    emit linkNavigate(Location::newsItem(from.region, from.language, path));
            });
}

QString LocalInfoSection::id() const
{
    return u"local"_s;
}

QString LocalInfoSection::title() const
{
    return tr("Local information");
}

QWidget *LocalInfoSection::widget() const
{
    return &m_view;
}

bool LocalInfoSection::isEnabledFor(const std::optional<model::Region> &region) const
{
    Q_UNUSED(region);
    return true;
}

Location LocalInfoSection::startRoute(const QString &region, const QString &language) const
{
    return Location::dashboard(region, language);
}

bool LocalInfoSection::open(const Location &route)
{
    m_view.show(route);
    return true;
}

void LocalInfoSection::refresh()
{
    const ScrollKeeper keeper(&m_view);
    m_view.refresh();
    keeper.restore();
}

Location LocalInfoSection::currentRoute() const
{
    return m_view.shownLocation();
}

QStringList LocalInfoSection::titleParts() const
{
    return m_view.currentTitle().isEmpty() ? QStringList{} : QStringList{m_view.currentTitle()};
}

std::optional<Location> LocalInfoSection::switchLanguage(const QString &language)
{
    m_view.switchLanguage(language); // a page's translation, or a notice naming its languages
    return std::nullopt;
}

void LocalInfoSection::showNotice(const QString &text, const QList<NoticeBar::Action> &actions)
{
    m_view.showNotice(text, actions);
}

} // namespace integreat::desktop
