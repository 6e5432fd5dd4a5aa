#pragma once

#include "desktop/mainwindow/section.h"

namespace integreat::desktop {

class LocalInfoView;

/// The Local information section: dashboard, pages, imprint and search (LocalInfoView). Its
/// links, tiles and breadcrumbs move the Navigator themselves; search hits for events, places
/// and news lead into their sections (linkNavigate).
class LocalInfoSection final : public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalInfoSection)

public:
    LocalInfoSection(LocalInfoView &view, QObject *parent = nullptr);

    QString id() const override;
    QString title() const override;
    QWidget *widget() const override;
    bool isEnabledFor(const std::optional<model::Region> &region) const override;
    Location startRoute(const QString &region, const QString &language) const override;
    bool open(const Location &route) override;
    void refresh() override;
    Location currentRoute() const override;
    QStringList titleParts() const override;
    std::optional<Location> switchLanguage(const QString &language) override;
    void showNotice(const QString &text, const QList<NoticeBar::Action> &actions) override;

private:
    LocalInfoView &m_view;
};

} // namespace integreat::desktop
