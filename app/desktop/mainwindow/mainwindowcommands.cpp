// MainWindow's menu commands and the dialogs they open; the window's structure and navigation
// are in mainwindow.cpp.
#include "core/feedback/feedbackoutbox.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "desktop/accessibility/regioncycler.h"
#include "desktop/common/settings.h"
#include "desktop/common/theme.h"
#include "desktop/counsel/counseltools.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/mainactions.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/mainwindow/sectionbar.h"
#include "desktop/notify/newswatchcontroller.h"
#include "desktop/notify/notificationcenter.h"
#include "desktop/presentation/pagelookup.h"
#include "desktop/print/printactions.h"
#include "desktop/settings/packimportpanel.h"
#include "desktop/settings/settingsdialog.h"
#include "desktop/settings/storagepanel.h"
#include "desktop/sync/backgroundrefresher.h"
#include "desktop/sync/synccontroller.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

void MainWindow::createActions()
{
    using Command = MainActions::Command;
    auto *actions = new MainActions(this, m_header->menuButton()->menu());
    // F6 / Shift+F6: header (search), section tabs, the section's regions in reading order
    // (breadcrumbs, content, lists, map), then the side panels and tools.
    m_header->setFocusProxy(m_header->searchField());
    new a11y::RegionCycler(this, [this] {
        static const QStringList content{u"BreadcrumbBar"_s,  u"DashboardScroll"_s, u"SearchView"_s,
                                         u"ContentBrowser"_s, u"PlaceList"_s,       u"PlacesMap"_s,
                                         u"PlaceDetail"_s,    u"EventList"_s,       u"NewsList"_s,
                                         u"ChatView"_s};
        static const QStringList panels{u"SideBySidePane"_s, u"ReadAloudPanel"_s,
                                        u"CounselTools"_s};
        return QList<QWidget *>{m_header, m_sectionBar} +
               a11y::RegionCycler::regionsIn(m_sectionStack, content) +
               a11y::RegionCycler::regionsIn(centralWidget(), panels);
    });
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
    auto *printing =
        new print::PrintActions(m_store, paths::DataPaths(m_dataDir).resourceDir(), this);
    const QList<QAction *> printActions{printing->printAction(), printing->savePdfAction(),
                                        printing->printNextWeekAction(),
                                        printing->savePdfNextWeekAction()};
    actions->pageMenu()->addActions(printActions);
    addActions(printActions);
    connect(&m_navigator, &Navigator::currentChanged, printing, [printing](const Location &at) {
        // Pages, place cards and events print; the events list prints this week's events
        // (news items and other lists do not print).
        if (at.kind == Location::Kind::Events && at.isValid()) {
            printing->setWeek(at.region, at.language);
            return;
        }
        const bool printable = at.kind == Location::Kind::Page ||
                               at.kind == Location::Kind::Place || at.kind == Location::Kind::Event;
        printing->setRoute(at.region, at.language, printable ? at.path : QString());
    });
}

void MainWindow::importPack(const QString &file)
{
    raiseWindow();
    if (m_settingsDialog) {
        m_settingsDialog->storage()->packImport()->importFile(file);
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    showSettings(file);
}

void MainWindow::showSettings(const QString &packFile)
{
    SettingsDialog dialog(m_store, m_settings, m_dataDir, this, m_packImporter);
    m_settingsDialog = &dialog;
    dialog.storage()->packImport()->setServer(m_sync.server());
    dialog.storage()->setBeforeDelete([this](const QString &slug) { m_sync.stopRegion(slug); });
    connect(&dialog, &SettingsDialog::appearanceChanged, this, &MainWindow::applySettings);
    connect(&dialog, &SettingsDialog::notificationsChanged, m_notifications->watcher(),
            &NewsWatchController::applySettings);
    connect(&dialog, &SettingsDialog::refreshIntervalChanged, m_refresher,
            &BackgroundRefresher::setIntervalHours);
    if (!packFile.isEmpty())
        dialog.storage()->packImport()->importFile(packFile);
    dialog.exec();
    applySharedComputer();
    if (!dialog.deletedRegions().isEmpty()) {
        readStore([&] { showAfterDeleting(dialog.deletedRegions()); });
    }
}

void MainWindow::showAfterDeleting(const QStringList &deleted)
{
    m_shownRegion.clear();
    const Location current = m_navigator.current();
    if (deleted.contains(current.region)) {
        const QStringList regions = PageLookup(m_store).storedRegions();
        if (!regions.isEmpty()) {
            const QString region = regions.constFirst();
            start(
                Location::dashboard(region, PageLookup(m_store).storedLanguages(region).value(0)));
        } else {
            findRegion();
        }
    } else {
        updateHeader(current);
    }
}

void MainWindow::applySettings()
{
    Theme::apply(*qApp, Theme::make(m_settings.highContrast(), m_settings.textScale()));
    m_header->setStyleSheet({}); // re-polish with the new sheet
    refreshContent();
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

} // namespace integreat::desktop
