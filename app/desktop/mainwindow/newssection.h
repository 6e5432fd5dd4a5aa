#pragma once

#include "desktop/mainwindow/itemsection.h"

namespace integreat::desktop {

class NewsView;

/// The News section: the news list (all, local or external) and one news item (NewsView);
/// its tab counts the new items of the window's region and language.
class NewsSection final : public ItemSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsSection)

public:
    NewsSection(const store::Store &store, NewsView &view, QObject *parent = nullptr);

    QString id() const override;
    QString title() const override;
    QString accessibleTitle() const override;
    bool isEnabledFor(const std::optional<model::Region> &region) const override;
    Location startRoute(const QString &region, const QString &language) const override;
    void regionChanged(const QString &region, const QString &language) override;
    std::optional<Location> switchLanguage(const QString &language) override;
    void showNotice(const QString &text, const QList<NoticeBar::Action> &actions) override;

protected:
    QString plainTitle() const override;
    void showRegion(const QString &region, const QString &language) override;
    bool openItem(const Location &route) override;
    void showList(const Location &route) override;
    void reload() override;
    std::optional<Location> shownItem() const override;
    QString shownTitle() const override;
    QString missingText() const override;

private:
    void setNewCount(int count);

    NewsView &m_news;
    int m_newCount = 0;
};

} // namespace integreat::desktop
