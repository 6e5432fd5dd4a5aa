#include "desktop/shell/kioskapp.h"

#include "core/kiosk/kioskconfigfile.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "desktop/common/theme.h"
#include "desktop/common/translations.h"
#include "desktop/kiosk/kioskwindow.h"
#include "desktop/shell/commandline.h"
#include "desktop/sync/synccontroller.h"

#include <QApplication>
#include <QDir>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
void printError(const QString &text)
{
    std::fputs((u"integreat-desktop: "_s + text + u'\n').toLocal8Bit().constData(), stderr);
}
} // namespace

int KioskApp::run(QApplication &app, const CommandLine &cli)
{
    const QString configPath =
        cli.kioskConfig.isEmpty() ? paths::DataPaths::kioskConfigFile() : cli.kioskConfig;
    const kiosk::KioskConfigLoad config = kiosk::KioskConfigFile::load(configPath);
    if (!config.message.isEmpty())
        printError(config.message);
    if (config.status == kiosk::KioskConfigLoad::Status::Loaded && !config.config.enabled) {
        printError(tr("kiosk mode is disabled in %1 (integreat-cli kiosk setup enables it)")
                       .arg(QDir::toNativeSeparators(configPath)));
        return 0;
    }

    Translations translations;
    const auto setUiLanguage = [&translations, &app](const QString &code) {
        const QString installed = translations.install(code);
        QLocale::setDefault(QLocale(installed));
        QGuiApplication::setLayoutDirection(QLocale(installed).textDirection());
        Theme::apply(app, Theme::make(false, 100));
    };
    setUiLanguage(config.config.startLanguage.isEmpty() ? config.config.languages.value(0)
                                                        : config.config.startLanguage);

    const QString dataDir =
        cli.dataDir.isEmpty() ? paths::DataPaths::defaultDataDir() : cli.dataDir;
    std::unique_ptr<store::Store> store;
    try {
        if (!QDir().mkpath(dataDir))
            throw store::StoreError(store::StoreError::Reason::CannotOpen,
                                    tr("cannot create the folder %1").arg(dataDir));
        store = std::make_unique<store::Store>(paths::DataPaths(dataDir).storeFile());
    } catch (const store::StoreError &error) {
        printError(
            tr("The saved content cannot be opened: %1").arg(QString::fromUtf8(error.what())));
        return 1; // the kiosk service starts it again
    }
    SyncController sync(dataDir, cli.server, cli.offline);
    KioskWindow window(*store, sync, dataDir, config);
    window.setUiLanguageSetter(setUiLanguage);
    QObject::connect(&window, &KioskWindow::exitRequested, &app, &QApplication::quit);
    window.showKiosk();
    return app.exec();
}

} // namespace integreat::desktop
