#pragma once

#include "desktop/mainwindow/section.h"

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

/// What Places, Events and News share: a list and one item at a time, in one region and
/// language. Keeps the region shown, refreshes in place (scroll positions kept), names the
/// item and the section in the window title, and reports the user's moves (the view's
/// titleChanged) as navigate().
class ItemSection : public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemSection)

public:
    ItemSection(const store::Store &store, QWidget &view, QObject *parent = nullptr);

    QWidget *widget() const override { return &m_view; }
    bool open(const Location &route) override;
    void refresh() override;
    Location currentRoute() const override;
    QStringList titleParts() const override;

protected:
    /// The section's name without counts ("News").
    virtual QString plainTitle() const { return title(); }
    /// Loads the list of `region`/`language` (the view's showRegion): when either changed.
    virtual void showRegion(const QString &region, const QString &language) = 0;
    /// Opens one item (`route.path`); false when it is not saved.
    virtual bool openItem(const Location &route) = 0;
    /// Shows the list for a list route (its filter, if any).
    virtual void showList(const Location &route) = 0;
    /// The view reads the store again, keeping its item where it can.
    virtual void reload() = 0;
    /// The shown item's route, or nothing when the list is shown.
    virtual std::optional<Location> shownItem() const = 0;
    virtual QString shownTitle() const = 0;
    /// "This event is not on this computer …"
    virtual QString missingText() const = 0;
    /// Called when the view's title changed: forwards it, and the user's move.
    void onViewChanged();

    const store::Store &m_store;
    QString m_region;
    QString m_language;

private:
    QWidget &m_view;
    Location m_listRoute; ///< the list route last opened (with its filter)
    bool m_applying = false;
};

} // namespace integreat::desktop
