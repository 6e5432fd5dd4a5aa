#include "desktop/shell/application.h"

#include "core/net/proxy.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "desktop/accessibility/accessibility.h"
#include "desktop/common/settings.h"
#include "desktop/common/storeguard.h"
#include "desktop/common/theme.h"
#include "desktop/common/translations.h"
#include "desktop/firstrun/firstrunwizard.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/notify/newswatchcontroller.h"
#include "desktop/notify/notificationcenter.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/presentation/deeplink.h"
#include "desktop/presentation/languages.h"
#include "desktop/presentation/pagelookup.h"
#include "desktop/search/searchview.h"
#include "desktop/settings/packimportpanel.h"
#include "desktop/settings/settingsdialog.h"
#include "desktop/settings/storagepanel.h"
#include "desktop/shell/commandline.h"
#include "desktop/shell/kioskapp.h"
#include "desktop/shell/screenshot.h"
#include "desktop/shell/singleinstance.h"
#include "desktop/shell/storeopener.h"
#include "desktop/shell/windowplacement.h"
#include "desktop/sync/backgroundrefresher.h"
#include "desktop/sync/synccontroller.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
constexpr qint64 StaleAfterSecs = 24 * 60 * 60;

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
}

/// Where to start without a link: the last place if it is still saved, else any saved region.
std::optional<Location> startLocation(const store::Store &store, const Settings &settings)
{
    const PageLookup lookup(store);
    const QString region = settings.lastRegion();
    const QStringList languages = lookup.storedLanguages(region);
    if (!languages.isEmpty()) {
        const QString language = languages.contains(settings.lastLanguage())
                                     ? settings.lastLanguage()
                                     : languages.constFirst();
        return Location::dashboard(region, language);
    }
    for (const QString &other : lookup.storedRegions()) {
        const QStringList stored = lookup.storedLanguages(other);
        if (!stored.isEmpty())
            return Location::dashboard(other, stored.constFirst());
    }
    return std::nullopt;
}

/// INTEGREAT_DEBUG_ROUTE_LOG=FILE: every location the window shows is appended to FILE, one
/// line each (for tests that drive the real program, e.g. the single-instance forwarding).
void logRoutes(MainWindow &window)
{
    const QString file = qEnvironmentVariable("INTEGREAT_DEBUG_ROUTE_LOG");
    if (file.isEmpty())
        return;
    QObject::connect(&window.navigator(), &Navigator::currentChanged, &window,
                     [file](const Location &location) {
                         QFile log(file);
                         if (log.open(QIODevice::Append | QIODevice::Text))
                             log.write((location.toString() + u'\n').toUtf8());
                     });
}

/// One app per user and data folder: nothing when this start runs the app (`instance` then
/// listens for later starts, unless that is disabled or failed), else the exit code of a start
/// that handed `link` (and `packFile`, a content pack to import) to the running one.
std::optional<int> claimInstance(const QString &link, const QString &packFile,
                                 const QString &dataDir, std::unique_ptr<SingleInstance> &instance)
{
    if (SingleInstance::disabledByEnvironment())
        return std::nullopt;
    QDir().mkpath(dataDir); // the socket is named after the canonical folder
    instance = std::make_unique<SingleInstance>(dataDir);
    const SingleInstance::Role role = instance->start(link, packFile);
    if (!instance->errorString().isEmpty())
        printLine(stderr, u"integreat-desktop: "_s + instance->errorString());
    switch (role) {
    case SingleInstance::Role::Primary:
        return std::nullopt;
    case SingleInstance::Role::Alone:
        instance.reset();
        return std::nullopt;
    case SingleInstance::Role::Forwarded:
        return 0;
    case SingleInstance::Role::Refused:
        return 1;
    }
    return std::nullopt;
}
} // namespace

void Application::setIdentity()
{
    QCoreApplication::setOrganizationName(u"integreat-desktop"_s);
    QCoreApplication::setApplicationName(u"integreat-desktop"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INTEGREAT_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Integreat"_s);
    QGuiApplication::setDesktopFileName(u"de.integreat_app.IntegreatDesktop"_s); // packaging/
}

std::optional<int> Application::answerWithoutDisplay(int &argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments += QString::fromLocal8Bit(argv[i]);
    // Usage errors wait for QApplication: it takes its own options (-platform …) out first.
    if (CommandLine::parse(arguments).outcome != CommandLine::Outcome::Exit)
        return std::nullopt;
    const QCoreApplication core(argc, argv); // the help text names the program
    printLine(stdout, CommandLine::parse(QCoreApplication::arguments()).message);
    return 0;
}

int Application::run(QApplication &app, const QStringList &arguments)
{
    const CommandLine cli = CommandLine::parse(arguments);
    if (cli.outcome == CommandLine::Outcome::Exit) {
        printLine(stdout, cli.message);
        return 0;
    }
    if (cli.outcome == CommandLine::Outcome::Error) {
        printLine(stderr, u"integreat-desktop: "_s + cli.message);
        return 2;
    }
    net::Proxy::configure(cli.proxy); // checked by CommandLine: every request goes through it
    a11y::installAccessibility();     // before any window: screen readers see our structure
    if (cli.kiosk)
        return KioskApp::run(app, cli); // its own shell; never reads or writes the settings
    const bool screenshot = !cli.screenshot.isEmpty();

    Settings settings;
    Translations translations;
    const QString uiLanguage = translations.install(settings.uiLanguage());
    QLocale::setDefault(QLocale(uiLanguage));
    // Qt does not know every UI language's direction (Dari "prs" is no QLocale): our list too.
    const bool rightToLeft = QLocale(uiLanguage).textDirection() == Qt::RightToLeft ||
                             ContentLanguage::isRightToLeftCode(uiLanguage);
    QGuiApplication::setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);

    const QString dataDir =
        cli.dataDir.isEmpty() ? paths::DataPaths::defaultDataDir() : cli.dataDir;
    // Requests from later starts: before the window exists (first run), the last link waits.
    QPointer<MainWindow> shown;
    QString pendingLink;
    QString pendingPack = cli.importPack; ///< imported once the window is shown
    std::unique_ptr<SingleInstance> instance;
    if (!screenshot) {
        if (const std::optional<int> handedOver =
                claimInstance(cli.openLink, cli.importPack, dataDir, instance))
            return *handedOver;
    }
    if (instance) {
        QObject::connect(instance.get(), &SingleInstance::activationRequested, instance.get(),
                         [&shown, &pendingLink](const QString &link) {
                             if (shown) {
                                 shown->openLink(link);
                                 return;
                             }
                             if (!link.isEmpty())
                                 pendingLink = link;
                             if (QWidget *dialog = QApplication::activeModalWidget()) {
                                 dialog->raise();
                                 dialog->activateWindow();
                             }
                         });
        QObject::connect(instance.get(), &SingleInstance::importRequested, instance.get(),
                         [&shown, &pendingPack](const QString &packFile) {
                             if (shown)
                                 shown->importPack(packFile);
                             else
                                 pendingPack = packFile;
                         });
    }
    Theme::apply(app, Theme::make(settings.highContrast(), settings.textScale()));

    StoreOpener::Result opened = StoreOpener::open(dataDir, !screenshot);
    if (!opened.store)
        return opened.exitCode;
    std::unique_ptr<store::Store> store = std::move(opened.store);
    SyncController sync(dataDir, cli.server, cli.offline);
    StoreOpener::downloadAgain(sync, opened.downloadAgain); // after Download again

    std::optional<Location> start;
    QString notice;
    QString storeProblem; ///< a StoreError while finding where to start
    StoreGuard::run(
        [&] {
            if (!cli.openLink.isEmpty()) {
                const DeepLink::Result link =
                    DeepLink::resolve(cli.openLink, cli.server, *store, settings.lastLanguage());
                start = link.location;
                notice = link.message;
            }
            if (!start)
                start = startLocation(*store, settings);
        },
        [&](const QString &text) { storeProblem = text; });

    const auto runFirstRun = [&](QWidget *parent) -> std::optional<MainWindow::RegionChoice> {
        FirstRunWizard wizard(sync, *store, parent);
        wizard.setUiLanguage(uiLanguage);
        if (wizard.exec() != QDialog::Accepted || wizard.region().isEmpty())
            return std::nullopt;
        return MainWindow::RegionChoice{wizard.region(), wizard.languages()};
    };
    if (!start && !pendingPack.isEmpty()) {
        // Nothing saved yet and a content pack given (a PC without internet): the pack first,
        // in the settings as always; the first-run flow only if it brought no town.
        SettingsDialog packDialog(*store, settings, dataDir);
        packDialog.storage()->packImport()->setServer(cli.server);
        packDialog.storage()->packImport()->importFile(std::exchange(pendingPack, QString()));
        packDialog.exec();
        StoreGuard::run([&] { start = startLocation(*store, settings); },
                        [&](const QString &text) { storeProblem = text; });
    }
    if (!start) {
        if (screenshot) {
            printLine(stderr,
                      u"integreat-desktop: "_s + tr("nothing is saved in %1 yet; sync a town first")
                                                     .arg(QDir::toNativeSeparators(dataDir)));
            return 1;
        }
        const auto choice = runFirstRun(nullptr);
        if (!choice)
            return 0;
        start = Location::dashboard(choice->region, choice->languages.value(0));
        if (start->language.isEmpty()) {
            StoreGuard::run(
                [&] {
                    start->language = PageLookup(*store).storedLanguages(choice->region).value(0);
                },
                {});
        }
    }

    MainWindow window(*store, sync, settings, dataDir);
    window.setRegionFinder([&] { return runFirstRun(&window); });
    logRoutes(window);
    window.start(*start);
    window.searchField()->setFocus(Qt::OtherFocusReason);
    if (!notice.isEmpty() && !screenshot)
        window.openLink(cli.openLink); // the same place; its notice offers what is missing
    else if (!notice.isEmpty())
        window.localInformation()->showNotice(notice);
    if (!storeProblem.isEmpty())
        window.localInformation()->showNotice(storeProblem);

    if (screenshot) {
        SearchView *search = window.localInformation()->searchView();
        const bool saved = Screenshot::capture(window, cli.screenshot,
                                               [search] { return !search->isSearching(); });
        if (!saved) {
            printLine(stderr, u"integreat-desktop: "_s +
                                  tr("could not write the screenshot %1").arg(cli.screenshot));
            return 1;
        }
        return 0;
    }

    if (settings.windowGeometry().isEmpty())
        WindowPlacement::applyFirst(window);
    window.show();
    shown = &window;
    if (!pendingLink.isEmpty())
        window.openLink(pendingLink);
    if (!pendingPack.isEmpty()) {
        // Once the event loop runs: the import shows its result in the settings.
        QTimer::singleShot(0, &window, [&window, pack = pendingPack] { window.importPack(pack); });
    }
    window.notifications()->watcher()->start(); // does nothing in offline mode
    if (!cli.offline) {
        if (window.isStale(StaleAfterSecs))
            window.syncNow();
        else
            window.checkConnection();
        window.refresher()->start(); // the other saved towns and languages, one at a time
    }
    return app.exec();
}

} // namespace integreat::desktop
