#pragma once

#include "core/model/region.h"
#include "desktop/pages/noticebar.h"
#include "desktop/presentation/location.h"

#include <QObject>
#include <QStringList>
#include <optional>

namespace integreat::desktop {

/// One section of the main window (Local information, Places, Events, News): a widget in the
/// window's section stack that shows the routes of its kinds (Location::section()). The window
/// holds a list of them and treats them alike: it shows the section a route belongs to, asks it
/// for its title and current route, refreshes it in place and switches its language.
class Section : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Section)

public:
    using QObject::QObject;

    /// "local", "places", "events", "news" (as Location::section()).
    virtual QString id() const = 0;
    /// The tab's text (may carry a count, "News (2)").
    virtual QString title() const = 0;
    virtual QString accessibleTitle() const { return title(); }
    virtual QWidget *widget() const = 0;
    /// Whether the region offers this section (`region` unknown: only what every town has).
    virtual bool isEnabledFor(const std::optional<model::Region> &region) const = 0;
    /// Why the section shows nothing in `region` on this computer (the chat in a town without
    /// it, or in kiosk mode); empty where it can. The shell shows a route of such a section as
    /// the start of the first section that can, with this notice.
    virtual QString unavailableText(const std::optional<model::Region> &region) const
    {
        Q_UNUSED(region);
        return {};
    }
    /// Where the section starts in a region and language (its list, the dashboard).
    virtual Location startRoute(const QString &region, const QString &language) const = 0;

    /// The window's region or language changed; the section may be hidden (cheap work only:
    /// counts for the tab).
    virtual void regionChanged(const QString &region, const QString &language);
    /// Shows `route` (one of this section's kinds) and loads its region and language as
    /// needed; false when it is not saved here (the section then shows what it can).
    virtual bool open(const Location &route) = 0;
    /// Reads the shown content again from the store (sync, text size, theme), keeping the
    /// shown item and every scroll position.
    virtual void refresh() = 0;
    /// What is shown now (for the window title, "keep your place" and the tab's return).
    virtual Location currentRoute() const = 0;
    /// The window title's leading parts for what is shown, most specific first.
    virtual QStringList titleParts() const = 0;
    /// Where the shown route leads in `language` (saved here): the item's translation where it
    /// exists, else the list; empty when the section handled the switch itself.
    virtual std::optional<Location> switchLanguage(const QString &language);
    virtual void showNotice(const QString &text, const QList<NoticeBar::Action> &actions) = 0;

signals:
    /// The user moved within the section (opened an item, went back to the list): a new
    /// history entry. Not emitted while the window applies a route (open, refresh).
    void navigate(const integreat::desktop::Location &route);
    /// A link leads somewhere else in the app (a new history entry, also another section).
    void linkNavigate(const integreat::desktop::Location &route);
    /// The title or the tab's title changed.
    void titleChanged();
    void downloadRequested(const QString &region, const QString &language);
};

} // namespace integreat::desktop
