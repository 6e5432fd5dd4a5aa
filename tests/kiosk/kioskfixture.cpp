#include "kioskfixture.h"

#include "core/kiosk/kioskconfigfile.h"
#include "core/paths/datapaths.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/kiosk/kiosksession.h"
#include "desktop/kiosk/pinpad.h"
#include "desktop/kiosk/startscreen.h"
#include "desktop/mainwindow/mainwindow.h"
#include "guifixture.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace integreat::testing {

using desktop::DemoPack;

KioskFixture::KioskFixture(int idleSeconds, int countdownSeconds, const Prepare &prepare)
{
    store = std::make_unique<store::Store>(paths::DataPaths(dataDir.path()).storeFile());
    DemoPack::import(*store, dataDir.path());
    kiosk::KioskConfig config;
    config.regions = {DemoPack::regionSlug()};
    config.languages = {u"de"_s, u"en"_s, u"ar"_s};
    config.startLanguage = u"de"_s;
    config.idleSeconds = idleSeconds;
    config.countdownSeconds = countdownSeconds;
    config.pin = kiosk::PinHash::create(Pin, kiosk::PinHash::MinIterations);
    if (prepare)
        prepare(config, *store, dataDir.path());
    configFile = configDir.filePath(u"kiosk.conf"_s);
    REQUIRE(kiosk::KioskConfigFile::save(configFile, config).isEmpty());
    const kiosk::KioskConfigLoad load = kiosk::KioskConfigFile::load(configFile);
    REQUIRE(load.status == kiosk::KioskConfigLoad::Status::Loaded);
    syncController = std::make_unique<desktop::SyncController>(dataDir.path(),
                                                               QUrl(u"http://127.0.0.1:9"_s), true);
    window = std::make_unique<desktop::KioskWindow>(*store, *syncController, dataDir.path(), load);
    window->setUiLanguageSetter([](const QString &code) {
        QGuiApplication::setLayoutDirection(QLocale(code).textDirection());
    });
    window->showKiosk();
    REQUIRE(waitUntil(
        [this] { return window->windowHandle() && window->windowHandle()->isExposed(); }));
    // Shortcuts only act in the active window: make sure it is (no window manager here).
    QApplication::setActiveWindow(window.get());
    REQUIRE(waitUntil([this] { return window->isActiveWindow(); }));
}

KioskFixture::~KioskFixture()
{
    window.reset();
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void KioskFixture::startSession(const QString &language)
{
    auto *tile = window->startScreen()->findChild<QPushButton *>(u"KioskLanguage_"_s + language);
    REQUIRE(tile);
    QTest::mouseClick(tile, Qt::LeftButton);
    REQUIRE(window->session());
    REQUIRE(waitUntil([this] { return window->session()->window()->isVisible(); }));
}

void KioskFixture::tap(QPoint pos)
{
    QWidget *target = window->childAt(pos);
    if (!target)
        target = window.get();
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(window.get(), pos));
}

void KioskFixture::enterPin(const QString &pin)
{
    QLineEdit *field = window->pinPad()->field();
    QTest::keyClicks(field, pin);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace integreat::testing
