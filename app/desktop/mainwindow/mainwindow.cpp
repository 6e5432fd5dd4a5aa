#include "mainwindow/mainwindow.h"

#include "app/deeplink.h"
#include "app/icons.h"
#include "app/languages.h"
#include "app/settings.h"
#include "app/theme.h"
#include "news/newsreadstate.h"
#include "news/newsview.h"
#include "notify/newswatchcontroller.h"
#include "notify/notificationcenter.h"
#include "mainwindow/headerbar.h"
#include "mainwindow/languagebutton.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindowsections.h"
#include "mainwindow/regionbutton.h"
#include "mainwindow/sectionbar.h"
#include "mainwindow/syncpresenter.h"
#include "mainwindow/syncstatewidget.h"
#include "pages/localinfoview.h"
#include "pages/pagelookup.h"
#include "print/printactions.h"
#include "search/searchrunner.h"
#include "search/searchview.h"
#include "settings/settingsdialog.h"
#include "store/store.h"
#include "sync/datapaths.h"
#include "sync/synccontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QToolButton>
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
    , m_sections(new SectionBar(this))
    , m_sectionStack(new QStackedWidget(this))
    , m_localInfo(new LocalInfoView(store, m_navigator, *m_searchRunner, sync.server(), this))
    , m_syncPresenter(
          new SyncPresenter(store, sync, *m_header->syncState(), m_navigator, *m_localInfo, this))
{
    setObjectName(u"MainWindow"_s);
    setWindowIcon(Icons::appIcon());
    setMinimumSize(720, 480);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_sections);
    layout->addWidget(m_sectionStack, 1);
    m_sectionStack->addWidget(m_localInfo);
    MainWindowSections::build(*this, store, sync, settings, dataDir);
    connect(m_sections, &SectionBar::sectionChosen, this, &MainWindow::showSection);
    setCentralWidget(central);

    m_localInfo->setResourceDir(sync::resourceDirPath(dataDir));
    m_localInfo->setUiLocale(QLocale());
    createActions();

    connect(&m_navigator, &Navigator::currentChanged, this, &MainWindow::onLocationChanged);
    connect(m_localInfo, &LocalInfoView::titleChanged, this, &MainWindow::updateWindowTitle);
    connect(m_header->language(), &LanguageButton::languageChosen, this,
            &MainWindow::switchLanguage);
    connect(m_header->region(), &RegionButton::regionChosen, this,
            [this](const QString &slug) { openRegion(slug); });
    connect(m_header->region(), &RegionButton::findRegionRequested, this, &MainWindow::findRegion);
    connect(m_header->searchField(), &QLineEdit::textEdited, this, &MainWindow::onSearchEdited);
    m_header->searchField()->installEventFilter(this);

    connect(&m_sync, &SyncController::busyChanged, this,
            [this](bool busy) { m_syncAction->setEnabled(!busy); });
    connect(m_syncPresenter, &SyncPresenter::contentChanged, this, [this] {
        m_shownRegion.clear(); // region names and languages may have changed
        updateHeader(m_navigator.current());
    });

    qApp->installEventFilter(this); // mouse back/forward buttons anywhere in the window
    restoreGeometry(m_settings.windowGeometry());
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

QLineEdit *MainWindow::searchField() const
{
    return m_header->searchField();
}

void MainWindow::createActions()
{
    using Command = MainActions::Command;
    auto *actions = new MainActions(this, m_header->menuButton()->menu());
    const auto on = [this, actions](Command command, auto slot) {
        connect(actions->action(command), &QAction::triggered, this, slot);
    };
    on(Command::Back, [this] { m_navigator.back(); });
    on(Command::Forward, [this] { m_navigator.forward(); });
    on(Command::Home, [this] {
        const Location current = m_navigator.current();
        if (current.isValid())
            open(Location::dashboard(current.region, current.language));
    });
    on(Command::Search, [this] {
        m_header->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_header->searchField()->selectAll();
    });
    on(Command::Sync, [this] { syncNow(); });
    on(Command::Imprint, [this] {
        const Location current = m_navigator.current();
        if (current.isValid())
            open(Location::imprint(current.region, current.language));
    });
    on(Command::Settings, [this] { showSettings(); });
    on(Command::LargerText, [this] { changeTextScale(+25); });
    on(Command::SmallerText, [this] { changeTextScale(-25); });
    on(Command::NormalText, [this] { changeTextScale(0); });
    on(Command::About, [this] { showAbout(); });
    on(Command::Quit, [this] { close(); });
    m_syncAction = actions->action(Command::Sync);
    QMenu *menu = m_header->menuButton()->menu();
    menu->insertAction(menu->actions().value(0), m_notifications->menuAction());
    // Print… / Save as PDF… of the page shown (app/desktop/print).
    auto *printing = new print::PrintActions(m_store, sync::resourceDirPath(m_dataDir), this);
    const QList<QAction *> printActions{printing->printAction(), printing->savePdfAction()};
    menu->insertActions(actions->action(Command::Settings), printActions);
    addActions(printActions);
    connect(&m_navigator, &Navigator::currentChanged, printing, [printing](const Location &at) {
        const bool isPage = at.kind == Location::Kind::Page;
        printing->setRoute(at.region, at.language, isPage ? at.path : QString());
    });
}

void MainWindow::openNewsItem(const QString &region, const QString &language, const QString &id)
{
    MainWindowSections::openNewsItem(*this, region, language, id);
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

void MainWindow::openLink(const QString &link)
{
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
    if (link.isEmpty())
        return;
    const DeepLink::Result result =
        DeepLink::resolve(link, m_sync.server(), m_store, m_settings.lastLanguage());
    if (result.location)
        open(*result.location);
    if (!result.message.isEmpty())
        m_localInfo->showNotice(result.message);
}

void MainWindow::onLocationChanged(const Location &location)
{
    if (m_sectionStack->currentWidget() != m_localInfo)
        showSection(u"local"_s);
    updateHeader(location);
    QLineEdit *search = m_header->searchField();
    if (location.kind == Location::Kind::Search) {
        if (search->text() != location.query)
            search->setText(location.query);
    } else if (!search->text().isEmpty()) {
        search->clear();
    }
    m_settings.setLastPlace(location.region, location.language);
    updateWindowTitle();
}

void MainWindow::updateHeader(const Location &location)
{
    const auto region = m_store.region(location.region);
    const PageLookup lookup(m_store);
    if (m_shownRegion != location.region) {
        m_shownRegion = location.region;
        QString name = region ? region->nameWithoutPrefix : location.region;
        if (name.isEmpty())
            name = region ? region->name : location.region;
        m_header->region()->setRegion(region ? region->prefix : QString(), name);
        QList<RegionButton::Entry> others;
        for (const QString &slug : lookup.storedRegions()) {
            if (slug == location.region)
                continue;
            const auto other = m_store.region(slug);
            others.append({slug, other ? other->name : slug});
        }
        m_header->region()->setOtherRegions(others);
        m_header->searchField()->setPlaceholderText(tr("Search in %1").arg(name));
        // Sections the region enables and this app has screens for. Places and news join
        // here when their screens exist.
        QList<SectionBar::Section> sections{{u"local"_s, tr("Local information")}};
        if (region && region->placesEnabled)
            sections.append({u"places"_s, tr("Places")});
        if (region && region->eventsEnabled)
            sections.append({u"events"_s, tr("Events")});
        if (region && (region->localNewsEnabled || region->externalNewsEnabled))
            sections.append({u"news"_s, tr("News")});
        m_sections->setSections(sections, u"local"_s);
        m_sectionStack->setCurrentWidget(m_localInfo);
    }
    if (m_sections->sectionIds().contains(u"news"_s))
        showNewsBadge(m_news->newCount(location.region, location.language));
    QList<LanguageButton::Entry> languages;
    const QStringList stored = lookup.storedLanguages(location.region);
    if (region) {
        for (const model::Language &language : region->languages)
            languages.append({language.code, language.nativeName, stored.contains(language.code)});
    } else {
        for (const QString &code : stored)
            languages.append({code, ContentLanguage::of(region, code).nativeName, true});
    }
    m_header->language()->setLanguages(languages, location.language);
    m_syncPresenter->showFreshness(location);
}

bool MainWindow::isStale(qint64 maxAgeSecs) const
{
    return m_syncPresenter->isStale(maxAgeSecs);
}

void MainWindow::showSection(const QString &id)
{
    MainWindowSections::show(*this, id);
}

void MainWindow::showNewsBadge(int count)
{
    MainWindowSections::showNewsBadge(*this, count);
}

void MainWindow::updateWindowTitle()
{
    const auto region = m_store.region(m_navigator.current().region);
    QStringList parts = MainWindowSections::titleParts(*this);
    if (region)
        parts << region->name;
    parts << u"Integreat"_s;
    setWindowTitle(parts.join(u" – "_s));
}

void MainWindow::onSearchEdited(const QString &text)
{
    const Location current = m_navigator.current();
    if (!current.isValid())
        return;
    if (text.trimmed().isEmpty()) {
        if (current.kind == Location::Kind::Search) {
            if (m_navigator.canGoBack())
                m_navigator.back();
            else
                m_navigator.replace(Location::dashboard(current.region, current.language));
        }
        return;
    }
    const Location search = Location::search(current.region, current.language, text);
    if (current.kind == Location::Kind::Search)
        m_navigator.replace(search);
    else
        m_navigator.open(search);
}

void MainWindow::switchLanguage(const QString &language)
{
    MainWindowSections::switchLanguage(*this, language);
    // The menu shows what is current again if nothing changed.
    updateHeader(m_navigator.current());
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
    const QStringList stored = PageLookup(m_store).storedLanguages(region);
    if (stored.isEmpty())
        return;
    QString language = preferredLanguage;
    if (!stored.contains(language))
        language = stored.contains(m_navigator.current().language) ? m_navigator.current().language
                                                                   : stored.constFirst();
    open(Location::dashboard(region, language));
}

void MainWindow::findRegion()
{
    if (!m_regionFinder)
        return;
    if (const auto choice = m_regionFinder()) {
        m_shownRegion.clear();
        openRegion(choice->region, choice->languages.value(0));
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_store, m_settings, m_dataDir, this);
    connect(&dialog, &SettingsDialog::appearanceChanged, this, &MainWindow::applySettings);
    connect(&dialog, &SettingsDialog::notificationsChanged, m_notifications->watcher(),
            &NewsWatchController::applySettings);
    dialog.exec();
    if (!dialog.deletedRegions().isEmpty()) {
        m_shownRegion.clear();
        const Location current = m_navigator.current();
        if (dialog.deletedRegions().contains(current.region)) {
            const QStringList regions = PageLookup(m_store).storedRegions();
            if (!regions.isEmpty()) {
                const QString region = regions.constFirst();
                start(Location::dashboard(region,
                                          PageLookup(m_store).storedLanguages(region).value(0)));
            } else {
                findRegion();
            }
        } else {
            updateHeader(current);
        }
    }
}

void MainWindow::applySettings()
{
    Theme::apply(*qApp, Theme::make(m_settings.highContrast(), m_settings.textScale()));
    m_shownRegion.clear();
    m_header->setStyleSheet({}); // re-polish with the new sheet
    m_localInfo->refresh();
    if (m_navigator.hasCurrent())
        updateHeader(m_navigator.current());
}

void MainWindow::changeTextScale(int delta)
{
    const int scale = delta == 0 ? 100 : m_settings.textScale() + delta;
    m_settings.setTextScale(scale);
    applySettings();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Integreat Desktop"),
        tr("<h3>Integreat Desktop %1</h3><p>Local information for newcomers, in their "
           "language, also without internet.</p><p>The content comes from the towns and "
           "districts that take part in <a href=\"https://integreat-app.de\">Integreat</a>.</p>")
            .arg(QStringLiteral(INTEGREAT_VERSION)));
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
    if (watched == m_header->searchField() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_header->searchField()->text().isEmpty()) {
            m_header->searchField()->clear();
            onSearchEdited({});
            return true;
        }
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
             key->key() == Qt::Key_Enter) &&
            m_navigator.current().kind == Location::Kind::Search) {
            m_localInfo->searchView()->focusResults();
            return true;
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
