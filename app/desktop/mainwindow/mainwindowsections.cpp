#include "mainwindow/mainwindowsections.h"

#include "app/settings.h"
#include "events/eventsview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sectionbar.h"
#include "news/newsreadstate.h"
#include "news/newsview.h"
#include "notify/notificationcenter.h"
#include "pages/localinfoview.h"
#include "pages/pagelookup.h"
#include "places/placesview.h"
#include "search/searchview.h"
#include "store/store.h"
#include "sync/datapaths.h"
#include "sync/synccontroller.h"

#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

void MainWindowSections::build(MainWindow &window, store::Store &store, SyncController &sync,
                               Settings &settings, const QString &dataDir)
{
    MainWindow *const w = &window;
    // --- events section
    w->m_events = new EventsView(store, sync.server(), w);
    w->m_events->setResourceDir(sync::resourceDirPath(dataDir));
    w->m_sectionStack->addWidget(w->m_events);
    QObject::connect(w->m_events, &EventsView::titleChanged, w, &MainWindow::updateWindowTitle);
    QObject::connect(w->m_events, &EventsView::navigate, w, [w](const Location &location) {
        w->showSection(u"local"_s);
        w->m_navigator.open(location);
    });
    QObject::connect(w->m_events, &EventsView::downloadRequested, w->m_localInfo,
                     &LocalInfoView::downloadRequested);
    QObject::connect(&w->m_sync, &SyncController::finished, w->m_events, [w] {
        if (w->m_sectionStack->currentWidget() == w->m_events)
            w->m_events->refresh();
    });
    // --- end events section
    // --- news section
    w->m_newsRead = std::make_unique<NewsReadState>(settings.fileName());
    w->m_news = new NewsView(store, *w->m_newsRead, sync.server(), w);
    w->m_news->setResourceDir(sync::resourceDirPath(dataDir));
    w->m_sectionStack->addWidget(w->m_news);
    QObject::connect(w->m_news, &NewsView::titleChanged, w, &MainWindow::updateWindowTitle);
    QObject::connect(w->m_news, &NewsView::navigate, w, [w](const Location &location) {
        w->showSection(u"local"_s);
        w->m_navigator.open(location);
    });
    QObject::connect(w->m_news, &NewsView::downloadRequested, w->m_localInfo,
                     &LocalInfoView::downloadRequested);
    QObject::connect(w->m_news, &NewsView::newCountChanged, w, &MainWindow::showNewsBadge);
    QObject::connect(&w->m_sync, &SyncController::finished, w->m_news, [w] {
        if (w->m_sectionStack->currentWidget() == w->m_news)
            w->m_news->refresh();
        const Location current = w->m_navigator.current();
        w->showNewsBadge(w->m_news->newCount(current.region, current.language));
    });
    // Event and news search hits open in their sections.
    QObject::connect(w->m_localInfo->searchView(), &SearchView::itemActivated, w,
                     [w](const QString &kind, const QString &path) {
                         if (kind == u"place"_s)
                             return; // the places section's own handler below
                         w->showSection(kind == u"event"_s ? u"events"_s : u"news"_s);
                         if (kind == u"event"_s)
                             w->m_events->openEvent(path);
                         else
                             w->m_news->openNews(path);
                     });
    // News notifications: the "Notifications" menu entry shows the in-app list.
    w->m_notifications = new NotificationCenter(store, sync, settings, w);
    QObject::connect(w->m_notifications, &NotificationCenter::openRequested, w,
                     &MainWindow::openNewsItem);
    // --- end news section
    // --- places section
    w->m_placesView = new PlacesView(store, dataDir, sync.server(), w);
    w->m_placesView->setResourceDir(sync::resourceDirPath(dataDir));
    w->m_placesView->setOnlineTiles(sync.isOffline() ? QString()
                                                     : PlacesView::configuredTileUrl());
    w->m_sectionStack->addWidget(w->m_placesView);
    QObject::connect(w->m_placesView, &PlacesView::titleChanged, w,
                     &MainWindow::updateWindowTitle);
    QObject::connect(w->m_placesView, &PlacesView::navigate, w, [w](const Location &location) {
        w->showSection(u"local"_s);
        w->m_navigator.open(location);
    });
    QObject::connect(&w->m_sync, &SyncController::finished, w->m_placesView,
                     [w] { w->m_placesView->refresh(); });
    QObject::connect(w->m_localInfo->searchView(), &SearchView::itemActivated, w,
                     [w](const QString &kind, const QString &path) {
                         if (kind != u"place"_s)
                             return;
                         w->showSection(u"places"_s);
                         w->m_placesView->openPlace(path);
                     });
    // --- end places section
}

void MainWindowSections::show(MainWindow &window, const QString &id)
{
    MainWindow *const w = &window;
    const Location current = w->m_navigator.current();
    if (id == u"places"_s && w->m_sections->sectionIds().contains(id)) {
        w->m_placesView->showRegion(current.region, current.language);
        w->m_sectionStack->setCurrentWidget(w->m_placesView);
    } else if (id == u"events"_s && w->m_sections->sectionIds().contains(id)) {
        w->m_events->showRegion(current.region, current.language);
        w->m_sectionStack->setCurrentWidget(w->m_events);
    } else if (id == u"news"_s && w->m_sections->sectionIds().contains(id)) {
        w->m_news->showRegion(current.region, current.language);
        w->m_sectionStack->setCurrentWidget(w->m_news);
    } else {
        w->m_sectionStack->setCurrentWidget(w->m_localInfo);
    }
    QString shown = w->m_sectionStack->currentWidget() == w->m_events ? u"events"_s : u"local"_s;
    if (w->m_sectionStack->currentWidget() == w->m_news)
        shown = u"news"_s;
    w->m_sections->setCurrent(shown);
    if (w->m_sectionStack->currentWidget() == w->m_placesView)
        w->m_sections->setCurrent(u"places"_s);
    w->updateWindowTitle();
}

void MainWindowSections::openNewsItem(MainWindow &window, const QString &region,
                                      const QString &language, const QString &id)
{
    MainWindow *const w = &window;
    if (w->isMinimized())
        w->showNormal();
    w->raise();
    w->activateWindow();
    const Location current = w->m_navigator.current();
    if (current.region != region || current.language != language) {
        if (!PageLookup(w->m_store).storedLanguages(region).contains(language))
            return; // that content is not saved (any more)
        w->open(Location::dashboard(region, language));
    }
    w->showSection(u"news"_s);
    if (w->m_sectionStack->currentWidget() == w->m_news)
        w->m_news->openNews(id);
}

void MainWindowSections::switchLanguage(MainWindow &window, const QString &language)
{
    MainWindow *const w = &window;
    const bool inEvents = w->m_sectionStack->currentWidget() == w->m_events;
    const bool inNews = w->m_sectionStack->currentWidget() == w->m_news;
    const bool inPlaces = w->m_sectionStack->currentWidget() == w->m_placesView;
    w->m_localInfo->switchLanguage(language);
    if (inEvents)
        w->showSection(u"events"_s);
    if (inNews)
        w->showSection(u"news"_s);
    if (inPlaces)
        w->showSection(u"places"_s);
}

QStringList MainWindowSections::titleParts(const MainWindow &window)
{
    const MainWindow *const w = &window;
    QStringList parts;
    if (w->m_sectionStack->currentWidget() == w->m_placesView) {
        if (w->m_placesView->isDetailShown() && w->m_placesView->openedPlace() >= 0)
            parts << w->m_placesView->places().at(w->m_placesView->openedPlace()).title;
        parts << MainWindow::tr("Places");
    } else if (w->m_sectionStack->currentWidget() == w->m_events) {
        if (w->m_events->isShowingEvent())
            parts << w->m_events->shownTitle();
        parts << MainWindow::tr("Events");
    } else if (w->m_sectionStack->currentWidget() == w->m_news) {
        if (w->m_news->isShowingNews())
            parts << w->m_news->shownTitle();
        parts << MainWindow::tr("News");
    } else if (!w->m_localInfo->currentTitle().isEmpty()) {
        parts << w->m_localInfo->currentTitle();
    }
    return parts;
}

void MainWindowSections::showNewsBadge(MainWindow &window, int count)
{
    window.m_sections->setTitle(
        u"news"_s, count > 0 ? MainWindow::tr("News (%1)").arg(count) : MainWindow::tr("News"),
        count > 0 ? MainWindow::tr("News, %1 new").arg(count) : MainWindow::tr("News"));
}

} // namespace integreat::desktop
