#pragma once

#include "desktop/mainwindow/itemsection.h"

namespace integreat::desktop {

class PlacesView;

/// The Places section: the list and map, and one place (PlacesView). A list route may carry a
/// category (?category= of the official app's links) that becomes the list's filter.
class PlacesSection final : public ItemSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacesSection)

public:
    PlacesSection(const store::Store &store, PlacesView &view, QObject *parent = nullptr);

    QString id() const override;
    QString title() const override;
    bool isEnabledFor(const std::optional<model::Region> &region) const override;
    Location startRoute(const QString &region, const QString &language) const override;
    std::optional<Location> switchLanguage(const QString &language) override;
    void showNotice(const QString &text, const QList<NoticeBar::Action> &actions) override;

protected:
    void showRegion(const QString &region, const QString &language) override;
    bool openItem(const Location &route) override;
    void showList(const Location &route) override;
    void reload() override;
    std::optional<Location> shownItem() const override;
    QString shownTitle() const override;
    QString missingText() const override;

private:
    PlacesView &m_places;
};

} // namespace integreat::desktop
