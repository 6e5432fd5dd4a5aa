#pragma once

#include "desktop/mainwindow/itemsection.h"

namespace integreat::desktop {

class EventsView;

/// The Events section: the events list and one event (EventsView).
class EventsSection final : public ItemSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsSection)

public:
    EventsSection(const store::Store &store, EventsView &view, QObject *parent = nullptr);

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
    EventsView &m_events;
};

} // namespace integreat::desktop
