#include "desktop/mainwindow/mainwindow.h"

#include "core/feedback/feedbackoutbox.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "desktop/common/icons.h"
#include "desktop/common/settings.h"
#include "desktop/common/storeguard.h"
#include "desktop/events/eventsview.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/mainwindow/chatsection.h"
#include "desktop/mainwindow/eventssection.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/languagebutton.h"
#include "desktop/mainwindow/localinfosection.h"
#include "desktop/mainwindow/newssection.h"
#include "desktop/mainwindow/placessection.h"
#include "desktop/mainwindow/regionbutton.h"
#include "desktop/mainwindow/searchflow.h"
#include "desktop/mainwindow/sectionbar.h"
#include "desktop/mainwindow/sectionshell.h"
#include "desktop/mainwindow/syncpresenter.h"
#include "desktop/mainwindow/syncstatewidget.h"
#include "desktop/news/newsreadstate.h"
#include "desktop/news/newsview.h"
#include "desktop/notify/notificationcenter.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/places/placesview.h"
#include "desktop/presentation/deeplink.h"
#include "desktop/presentation/languages.h"
#include "desktop/presentation/pagelookup.h"
#include "desktop/search/searchrunner.h"
#include "desktop/search/searchview.h"
#include "desktop/settings/packimporter.h"
#include "desktop/sync/backgroundrefresher.h"
#include "desktop/sync/synccontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QNetworkAccessManager>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

MainWindow::MainWindow(store::Store &store, SyncController &sync, Settings &settings,
                       const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_sync(sync)
    , m_settings(settings)
    , m_dataDir(dataDir)
    , m_searchRunner(new SearchRunner(store.filePath(), this))
    , m_header(new HeaderBar(this))
    , m_sectionBar(new SectionBar(this))
    , m_sectionStack(new QStackedWidget(this))
    , m_shell(new SectionShell(*m_sectionBar, *m_sectionStack, this))
    , m_newsRead(std::make_unique<NewsReadState>(settings.fileName()))
    , m_localInfo(new LocalInfoView(store, m_navigator, *m_searchRunner, sync.server(), this))
    , m_events(new EventsView(store, sync.server(), this))
    , m_news(new NewsView(store, *m_newsRead, sync.server(), this))
    , m_placesView(new PlacesView(store, dataDir, sync.server(), this))
    , m_syncPresenter(new SyncPresenter(store, sync, *m_header->syncState(), m_navigator, this))
    , m_notifications(new NotificationCenter(store, sync, settings, this))
    , m_refresher(new BackgroundRefresher(store, sync, this))
    , m_packImporter(new PackImporter(store, dataDir, this))
{
    m_refresher->setSkippedRegions({DemoPack::regionSlug()});
    m_refresher->setIntervalHours(settings.refreshHours());
    setObjectName(u"MainWindow"_s);
    setWindowIcon(Icons::appIcon());
    setMinimumSize(720, 480);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_sectionBar);
    layout->addWidget(m_sectionStack, 1);
    setCentralWidget(central);

    const QString resources = paths::DataPaths(dataDir).resourceDir();
    m_localInfo->setResourceDir(resources);
    m_localInfo->setUiLocale(QLocale());
    m_events->setResourceDir(resources);
    m_news->setResourceDir(resources);
    m_placesView->setResourceDir(resources);
    m_placesView->setOnlineTiles(sync.isOffline() ? QString() : PlacesView::configuredTileUrl());
    m_shell->add(new LocalInfoSection(*m_localInfo, this));
    m_shell->add(new PlacesSection(store, *m_placesView, this));
    m_shell->add(new EventsSection(store, *m_events, this));
    m_shell->add(new NewsSection(store, *m_news, this));
    m_shell->add(m_chat = new ChatSection(store, sync.server(), settings.fileName(), this));
    connect(m_shell, &SectionShell::navigate, &m_navigator, &Navigator::open);
    connect(m_shell, &SectionShell::titleChanged, this, &MainWindow::updateWindowTitle);
    connect(m_shell, &SectionShell::downloadRequested, m_syncPresenter,
            &SyncPresenter::downloadLanguage);
    connect(m_sectionBar, &SectionBar::sectionChosen, this, &MainWindow::showSection);
    createActions();
    createFeedback();

    connect(&m_navigator, &Navigator::currentChanged, this, &MainWindow::onLocationChanged);
    createCounselTools(layout);
    connect(m_header->language(), &LanguageButton::languageChosen, this,
            &MainWindow::switchLanguage);
    connect(m_header->region(), &RegionButton::regionChosen, this,
            [this](const QString &slug) { openRegion(slug); });
    connect(m_header->region(), &RegionButton::findRegionRequested, this, &MainWindow::findRegion);
    m_searchFlow = new SearchFlow(m_navigator, store, *m_header->searchField(),
                                  *m_localInfo->searchView(), this);

    connect(&m_sync, &SyncController::busyChanged, this,
            [this](bool busy) { m_syncAction->setEnabled(!busy); });
    connect(m_syncPresenter, &SyncPresenter::contentChanged, this, &MainWindow::refreshContent);
    // A content pack's import outlives the settings: shown in place when it ends, also after
    // the settings were closed.
    connect(m_packImporter, &PackImporter::contentImported, this, &MainWindow::refreshContent);
    connect(m_syncPresenter, &SyncPresenter::notice, this,
            [this](const QString &text) { currentSection()->showNotice(text, {}); });
    connect(m_syncPresenter, &SyncPresenter::languageReady, this,
            [this](const QString &region, const QString &language) {
                if (region == m_navigator.current().region)
                    switchLanguage(language);
                else
                    openRegion(region, language);
            });
    connect(m_notifications, &NotificationCenter::openRequested, this, &MainWindow::openNewsItem);

    qApp->installEventFilter(this); // mouse back/forward buttons anywhere in the window
    restoreGeometry(m_settings.windowGeometry());
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

Section *MainWindow::currentSection() const
{
    return m_shell->current();
}

QLineEdit *MainWindow::searchField() const
{
    return m_header->searchField();
}

void MainWindow::raiseWindow()
{
    if (isMinimized())
        showNormal();
    else if (!isVisible())
        show();
    raise();
    activateWindow();
}

void MainWindow::openNewsItem(const QString &region, const QString &language, const QString &id)
{
    readStore([&] {
        raiseWindow();
        if (PageLookup(m_store).isStored(region, language)) // else: not saved (any more)
            open(Location::newsItem(region, language, id));
    });
}

void MainWindow::openLink(const QString &link)
{
    raiseWindow();
    if (link.trimmed().isEmpty())
        return; // a second start without a link: only come forward
    readStore([&] {
        const Location current = m_navigator.current();
        const DeepLink::Result result =
            DeepLink::resolve(link, m_sync.server(), m_store,
                              current.isValid() ? current.language : m_settings.lastLanguage());
        if (result.location)
            m_navigator.hasCurrent() ? open(*result.location) : start(*result.location);
        if (result.message.isEmpty())
            return;
        if (result.missingRegion.isEmpty())
            currentSection()->showNotice(result.message, {});
        else
            offerDownload(result.message, result.missingRegion, result.missingLanguage);
    });
}

void MainWindow::offerDownload(const QString &text, const QString &region, const QString &language)
{
    const QString name = ContentLanguage::of(m_store.region(region), language).nativeName;
    currentSection()->showNotice(text, {{tr("Download %1").arg(name), [this, region, language] {
                                             m_syncPresenter->downloadLanguage(region, language);
                                         }}});
}

void MainWindow::setRegionFinder(RegionFinder finder)
{
    m_regionFinder = std::move(finder);
    m_header->region()->setCanFindRegions(bool(m_regionFinder));
}

void MainWindow::start(const Location &location)
{
    m_shownRegion.clear();
    m_navigator.reset(location);
}

void MainWindow::open(const Location &location)
{
    m_navigator.open(location);
}

void MainWindow::onLocationChanged(const Location &location)
{
    readStore([&] {
        updateHeader(location);
        m_shell->show(location);
        QLineEdit *search = m_header->searchField();
        if (location.kind == Location::Kind::Search) {
            if (search->text() != location.query)
                search->setText(location.query);
        } else if (!search->text().isEmpty()) {
            search->clear();
        }
        // On a shared computer the start place stays the configured one (a first one is kept).
        if (!m_settings.sharedComputer() || m_settings.lastRegion().isEmpty())
            m_settings.setLastPlace(location.region, location.language);
        updateWindowTitle();
    });
}

void MainWindow::updateHeader(const Location &location)
{
    if (m_shownRegion != location.region) {
        m_shownRegion = location.region;
        m_shownLanguage.clear();
        m_header->showRegion(m_store, location.region);
        m_shell->setRegion(m_store.region(location.region), location.section());
    }
    if (m_shownLanguage != location.language) {
        m_shownLanguage = location.language;
        m_shell->setLanguage(location.region, location.language);
    }
    m_header->showLanguages(m_store, location.region, location.language);
    m_syncPresenter->showFreshness(location);
}

void MainWindow::refreshContent()
{
    readStore([&] {
        m_shownRegion.clear(); // region names, languages and sections may have changed
        m_shownLanguage.clear();
        if (!m_navigator.hasCurrent())
            return;
        updateHeader(m_navigator.current());
        m_shell->refresh();
        updateWindowTitle();
    });
}

bool MainWindow::isStale(qint64 maxAgeSecs) const
{
    bool stale = true;
    readStore([&] { stale = m_syncPresenter->isStale(maxAgeSecs); });
    return stale;
}

bool MainWindow::readStore(const std::function<void()> &read) const
{
    return StoreGuard::run(read,
                           [this](const QString &text) { currentSection()->showNotice(text, {}); });
}

void MainWindow::showSection(const QString &id)
{
    readStore([&] {
        const Location current = m_navigator.current();
        if (!current.isValid())
            return;
        if (const auto route = m_shell->routeOf(id, current))
            open(*route);
    });
}

void MainWindow::updateWindowTitle()
{
    readStore([&] {
        const auto region = m_store.region(m_navigator.current().region);
        QStringList parts = currentSection()->titleParts();
        if (region)
            parts << region->name;
        parts << u"Integreat"_s;
        setWindowTitle(parts.join(u" – "_s));
    });
}

void MainWindow::switchLanguage(const QString &language)
{
    readStore([&] {
        const Location current = m_navigator.current();
        if (current.isValid() && current.language != language) {
            if (!PageLookup(m_store).isStored(current.region, language)) {
                const ContentLanguage target =
                    ContentLanguage::of(m_store.region(current.region), language);
                offerDownload(tr("%1 is not saved on this computer yet.").arg(target.nativeName),
                              current.region, language);
            } else if (const auto route = currentSection()->switchLanguage(language)) {
                open(*route);
            }
        }
        // The menu shows what is current again if nothing changed.
        updateHeader(m_navigator.current());
    });
}

void MainWindow::syncNow()
{
    m_syncPresenter->syncNow();
}

void MainWindow::checkConnection()
{
    m_syncPresenter->checkConnection();
}

void MainWindow::openRegion(const QString &region, const QString &preferredLanguage)
{
    readStore([&] {
        const QStringList stored = PageLookup(m_store).storedLanguages(region);
        if (stored.isEmpty())
            return;
        QString language = preferredLanguage;
        if (!stored.contains(language))
            language = stored.contains(m_navigator.current().language)
                           ? m_navigator.current().language
                           : stored.constFirst();
        open(Location::dashboard(region, language));
    });
}

void MainWindow::findRegion()
{
    readStore([&] {
        if (!m_regionFinder)
            return;
        if (const auto choice = m_regionFinder()) {
            m_shownRegion.clear();
            openRegion(choice->region, choice->languages.value(0));
        }
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (widget && widget->window() == this) {
            if (mouse->button() == Qt::BackButton) {
                m_navigator.back();
                return true;
            }
            if (mouse->button() == Qt::ForwardButton) {
                m_navigator.forward();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace integreat::desktop
