#pragma once

#include "core/model/page.h"
#include "desktop/pages/noticebar.h"
#include "desktop/presentation/languages.h"
#include "desktop/presentation/location.h"

#include <QHash>
#include <QLocale>
#include <QUrl>
#include <QWidget>

class QStackedWidget;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class ContentBrowser;
class FeedbackBox;
class DashboardView;
class LinkRouter;
class NavigationBar;
class Navigator;
class SearchRunner;
class SearchView;

/// The "Local information" section: renders a location the window gives it (dashboard
/// tiles, a category or leaf page, the imprint, search results) from the store, with
/// breadcrumbs, Back/Forward and a notice bar; links and tiles move the Navigator. Its layout
/// direction follows the content language (mirrored for Arabic, Farsi, Sorani, Pashto, Urdu), set
/// per page.
class LocalInfoView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalInfoView)

public:
    LocalInfoView(store::Store &store, Navigator &navigator, SearchRunner &search,
                  const QUrl &server, QWidget *parent = nullptr);

    void setResourceDir(const QString &dir);
    /// Dates under the content follow the UI language.
    void setUiLocale(const QLocale &locale) { m_uiLocale = locale; }

    /// Shows `location` (a dashboard, page, imprint or search) at the Navigator's remembered
    /// scroll position.
    void show(const Location &location);
    /// Shows the shown location again (after a sync, a theme change, a deleted region).
    void refresh();
    Location shownLocation() const { return m_shown; }
    /// Opens the shown location in `language` (saved here): the page's translation, or a
    /// notice naming the languages it exists in.
    void switchLanguage(const QString &language);
    void showNotice(const QString &text, const QList<NoticeBar::Action> &actions = {});

    ContentBrowser *browser() const { return m_browser; }
    /// "Was this page helpful?" under the item shown.
    FeedbackBox *feedbackBox() const { return m_feedback; }
    DashboardView *dashboard() const { return m_dashboard; }
    SearchView *searchView() const { return m_search; }
    NavigationBar *navigationBar() const { return m_navigationBar; }
    NoticeBar *noticeBar() const { return m_notice; }
    LinkRouter *linkRouter() const { return m_router; }
    /// The widget on screen in the content stack.
    QWidget *currentView() const;
    /// The title of what is shown (page title, "Local information", "Search: …").
    QString currentTitle() const { return m_title; }

signals:
    void downloadRequested(const QString &region, const QString &language);
    /// The title of the shown content changed (window title).
    void titleChanged(const QString &title);

private:
    void render(const Location &location);
    void renderDashboard(const Location &location, const ContentLanguage &language);
    void renderPage(const Location &location, const ContentLanguage &language);
    void renderImprint(const Location &location, const ContentLanguage &language);
    void renderSearch(const Location &location, const ContentLanguage &language);
    void renderMissing(const Location &location, const QString &title, const QString &text,
                       const ContentLanguage &language);
    void showInBrowser(const QString &html, const ContentLanguage &language, int scroll);
    QString regionName(const QString &region) const;
    QImage tileImage(const QString &path) const;
    void setTitle(const QString &title);
    /// Offer cards open their offer; every other link goes to the LinkRouter.
    void activateLink(const QUrl &url);

    store::Store &m_store;
    Navigator &m_navigator;
    QString m_resourceDir;
    QLocale m_uiLocale;
    NavigationBar *m_navigationBar;
    NoticeBar *m_notice;
    QStackedWidget *m_stack;
    DashboardView *m_dashboard;
    ContentBrowser *m_browser;
    SearchView *m_search;
    FeedbackBox *m_feedback;
    LinkRouter *m_router;
    QHash<QString, model::Page> m_tilePages; ///< child pages of the shown page, by path
    QList<model::Offer> m_offers;            ///< the shown page's embedded offers
    QString m_title;
    Location m_shown;
    bool m_rendering = false;
};

} // namespace integreat::desktop
