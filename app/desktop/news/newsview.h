#pragma once

#include "core/events/clock.h"
#include "core/model/news.h"
#include "desktop/presentation/location.h"

#include <QUrl>
#include <QWidget>
#include <optional>

class QButtonGroup;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class ContentBrowser;
class LinkRouter;
class NewsListModel;
class NewsReadState;
class NoticeBar;

/// The News section: local and external news in one list, newest first, with the source on
/// each item and an All / Local / External filter when both kinds exist; a news page with its
/// links clickable. Items not opened and younger than 5 days are marked new and counted
/// (newCountChanged) for the badge on the section. Reads the store only.
class NewsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsView)

public:
    enum class Filter
    {
        All,
        Local,
        External
    };
    static constexpr int IdRole = Qt::UserRole + 1; ///< NewsListModel::IdRole

    NewsView(const store::Store &store, NewsReadState &readState, const QUrl &server,
             QWidget *parent = nullptr);

    void setResourceDir(const QString &dir);
    void setClock(events::Clock clock);

    /// Shows the list of `region` in `language` (again after a sync or a language switch).
    void showRegion(const QString &region, const QString &language);
    /// Reads the list again, and the shown item.
    void refresh();
    /// Opens the news item `id` (and counts it as read); false when it is not stored.
    bool openNews(const QString &id);
    void showList();
    void setFilter(Filter filter);

    /// New items of `region`/`language` now (for the badge, also when the view is hidden).
    int newCount(const QString &region, const QString &language) const;

    QListView *list() const { return m_list; }
    NewsListModel *model() const { return m_model; }
    ContentBrowser *browser() const { return m_browser; }
    LinkRouter *linkRouter() const { return m_router; }
    bool filterVisible() const;
    QStringList titles() const;
    bool isShowingNews() const { return m_shown.has_value(); }
    QString shownTitle() const { return m_shown ? m_shown->title : QString(); }
    const std::optional<model::NewsItem> &shownNews() const { return m_shown; }
    NoticeBar *notice() const { return m_notice; }

signals:
    void titleChanged();
    void newCountChanged(int count);
    void navigate(const integreat::desktop::Location &location);
    void downloadRequested(const QString &region, const QString &language);

private:
    void reloadList();

    const store::Store &m_store;
    NewsReadState &m_readState;
    events::Clock m_clock;
    QString m_region;
    QString m_language;
    Filter m_filter = Filter::All;
    QStackedWidget *m_stack;
    QWidget *m_listPage;
    QWidget *m_filterRow;
    QButtonGroup *m_filterGroup;
    NewsListModel *m_model;
    QListView *m_list;
    QLabel *m_empty = nullptr; ///< what to do when the list is empty
    QWidget *m_page;
    QPushButton *m_back;
    ContentBrowser *m_browser;
    NoticeBar *m_notice;
    LinkRouter *m_router;
    std::optional<model::NewsItem> m_shown;
};

} // namespace integreat::desktop
