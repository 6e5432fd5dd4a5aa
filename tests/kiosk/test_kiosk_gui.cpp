// The kiosk shell in a real window (run under Xvfb by run_under_xvfb.sh): full screen and
// locked, the hidden gesture and the PIN, links as QR codes, the idle reset that leaves nothing.
#include "bytesearch.h"
#include "core/kiosk/kioskconfigfile.h"
#include "core/paths/datapaths.h"
#include "desktop/common/idlemonitor.h"
#include "desktop/common/statusloader.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/kiosk/adminpanel.h"
#include "desktop/kiosk/countdownoverlay.h"
#include "desktop/kiosk/kiosksession.h"
#include "desktop/kiosk/kioskwindow.h"
#include "desktop/kiosk/pinpad.h"
#include "desktop/kiosk/qrcard.h"
#include "desktop/kiosk/startscreen.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/pages/contactformdialog.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/feedbackbox.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/qr/qrcodewidget.h"
#include "guifixture.h"
#include "kioskfixture.h"
#include "storeaccess.h"
#include "zbar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

const QString Pin = KioskFixture::Pin;

TEST_CASE("The kiosk starts full screen at the language tiles and ignores quit shortcuts")
{
    KioskFixture f;
    KioskWindow &w = *f.window;
    CHECK(w.isFullScreen());
    CHECK(w.geometry() == QGuiApplication::primaryScreen()->geometry());
    CHECK(w.windowFlags().testFlag(Qt::FramelessWindowHint));
    CHECK(w.startScreen()->isVisible());
    CHECK(w.startScreen()->languageCodes() == QStringList{u"de"_s, u"en"_s, u"ar"_s});
    for (const QString &code : w.startScreen()->languageCodes()) {
        auto *tile = w.startScreen()->findChild<QPushButton *>(u"KioskLanguage_"_s + code);
        REQUIRE(tile);
        CHECK(tile->text() != code); // a native name, not a code
        CHECK(tile->height() >= 44);
    }

    // The UI direction follows the chosen content language.
    f.startSession(u"ar"_s);
    CHECK(QGuiApplication::layoutDirection() == Qt::RightToLeft);
    QTest::mouseClick(w.session()->startOverButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return w.session() == nullptr; }));
    CHECK(QGuiApplication::layoutDirection() == Qt::LeftToRight);

    f.startSession(u"de"_s);
    KioskSession *session = w.session();
    int triggered = 0;
    for (QAction *action : session->window()->findChildren<QAction *>())
        QObject::connect(action, &QAction::triggered, [&triggered] { ++triggered; });
    int dialogs = 0; // a modal dialog would block keyClick: close it and count it
    QTimer guard;
    QObject::connect(&guard, &QTimer::timeout, [&dialogs] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            ++dialogs;
            modal->close();
        }
    });
    guard.start(50);
    QLineEdit *search = session->window()->searchField();
    const QList<QPair<Qt::Key, Qt::KeyboardModifiers>> keys{
        {Qt::Key_F4, Qt::AltModifier},        {Qt::Key_Q, Qt::ControlModifier},
        {Qt::Key_Comma, Qt::ControlModifier}, {Qt::Key_F11, Qt::NoModifier},
        {Qt::Key_P, Qt::ControlModifier},     {Qt::Key_W, Qt::ControlModifier},
        {Qt::Key_Left, Qt::AltModifier},
    };
    for (const auto &[key, modifiers] : keys) {
        QTest::keyClick(search, key, modifiers);
        QTest::keyClick(&w, key, modifiers);
    }
    CHECK(triggered == 0);
    CHECK(dialogs == 0);
    CHECK_FALSE(w.close()); // the window manager's close, too
    CHECK(w.isVisible());
    CHECK(w.isFullScreen());
    CHECK(w.session() == session);
    CHECK(session->window()->isVisible());
    CHECK(search->isVisible());
}

TEST_CASE("The hidden gesture and a wrong PIN do not open the administration, the right PIN does")
{
    KioskFixture f;
    QDateTime now = QDateTime::currentDateTimeUtc();
    f.window->setPinClock([&now] { return now; });
    f.startSession(u"de"_s);

    for (int i = 0; i < 4; ++i)
        f.tap({10, 10});
    CHECK_FALSE(f.window->pinPad()->isVisible()); // four taps are not the gesture
    f.tap({600, 400});                            // a tap elsewhere starts the count again
    for (int i = 0; i < 4; ++i)
        f.tap({20, 30});
    CHECK_FALSE(f.window->pinPad()->isVisible());
    f.tap({20, 30});
    REQUIRE(f.window->pinPad()->isVisible());

    f.enterPin(u"0000"_s);
    CHECK_FALSE(f.window->adminPanel()->isVisible());
    CHECK(f.window->pinPad()->isVisible());
    f.enterPin(u"1111"_s);
    f.enterPin(u"2222"_s);
    f.enterPin(Pin); // too many wrong PINs: even the right one waits
    CHECK_FALSE(f.window->adminPanel()->isVisible());
    now = now.addSecs(5);
    f.enterPin(Pin);
    REQUIRE(f.window->adminPanel()->isVisible());
    CHECK_FALSE(f.window->pinPad()->isVisible());
    // The state of the updates is counted in a worker thread: shown when it comes.
    REQUIRE(waitUntil([&] { return !f.window->adminPanel()->statusLoader()->isLoading(); }));
    CHECK(f.window->adminPanel()->statusText().contains(u"de"_s));

    bool exitAsked = false;
    QObject::connect(f.window.get(), &KioskWindow::exitRequested,
                     [&exitAsked] { exitAsked = true; });
    QTest::mouseClick(f.window->adminPanel()->exitButton(), Qt::LeftButton);
    CHECK(exitAsked);
    CHECK(f.window->close()); // allowed now
}

TEST_CASE("A phone number in the content shows a QR code that decodes back to the number")
{
    KioskFixture f;
    f.startSession(u"de"_s);
    MainWindow *main = f.window->session()->window();
    const QUrl tel(u"tel:+49821324123"_s);
    main->localInformation()->linkRouter()->activate(tel, main->currentLocation());
    QrCard *card = f.window->qrCard();
    REQUIRE(card);
    REQUIRE(card->isVisible());
    CHECK(card->payload() == u"tel:+49821324123"_s);
    CHECK(card->geometry() == f.window->rect());
    if (zbarimg().isEmpty()) {
        WARN("SKIPPED: decoding needs zbarimg (Debian zbar-tools)");
    } else {
        CHECK(decodeQr(card->code()->grab().toImage()).trimmed() == u"tel:+49821324123"_s);
    }
    QTest::mouseClick(card->closeButton(), Qt::LeftButton);
    CHECK_FALSE(card->isVisible());

    // A website and "Take this page with you" leave the same way.
    main->localInformation()->linkRouter()->activate(QUrl(u"https://example.org/termin"_s),
                                                     main->currentLocation());
    CHECK(card->payload() == u"https://example.org/termin"_s);
    QTest::mouseClick(card->closeButton(), Qt::LeftButton);
    QTest::mouseClick(f.window->session()->takeAlongButton(), Qt::LeftButton);
    CHECK(card->payload().startsWith(u"https://integreat.app/"_s + DemoPack::regionSlug() +
                                     u"/de/"_s));
}

TEST_CASE("After the idle time a countdown asks, a touch keeps the session, no touch wipes it")
{
    KioskFixture f(2, 2);
    f.startSession(u"de"_s);
    KioskSession *session = f.window->session();
    QLineEdit *search = session->window()->searchField();
    QTest::keyClicks(search, u"Zauberwort"_s);
    REQUIRE(waitUntil([&] { return session->window()->navigator().size() > 1; }));
    QGuiApplication::clipboard()->setText(u"Zauberwort Klemmbrett"_s);

    REQUIRE(waitUntil([&] { return f.window->countdown() && f.window->countdown()->isVisible(); },
                      15000));
    QTest::mouseClick(f.window->countdown()->continueButton(), Qt::LeftButton);
    CHECK_FALSE(f.window->countdown()->isVisible());
    CHECK(f.window->session() == session); // kept
    CHECK(search->text() == u"Zauberwort"_s);

    // No touch this time: back to the start screen with everything gone.
    REQUIRE(waitUntil([&] { return f.window->session() == nullptr; }, 20000));
    CHECK(f.window->startScreen()->isVisible());
    CHECK(QGuiApplication::clipboard()->text().isEmpty());
    QStringList dirs{f.dataDir.path(), f.configDir.path(),
                     QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                     QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                     QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
    for (const QString &dir : dirs) {
        INFO(dir.toStdString());
        CHECK(integreat::testing::filesContaining(dir, "Zauberwort", QDir::System).isEmpty());
    }

    f.startSession(u"de"_s);
    CHECK(f.window->session()->window()->searchField()->text().isEmpty());
    CHECK(f.window->session()->window()->navigator().size() == 1);
    CHECK_FALSE(f.window->session()->window()->navigator().canGoBack());
}

TEST_CASE("The town's contact form offer shows the page's QR code in a kiosk, never the form")
{
    KioskFixture f;
    f.startSession(u"de"_s);
    MainWindow *main = f.window->session()->window();
    LinkRouter *router = main->localInformation()->linkRouter();
    int opened = 0;
    QObject::connect(router, &LinkRouter::contactFormOpened, [&opened] { ++opened; });
    const model::Offer zammad{
        u"Kontakt"_s,
        u"zammad-formular"_s,
        {},
        {},
        {{u"form-id"_s, u"7"_s}, {u"zammad-url"_s, u"https://zammad.example.com"_s}}};
    const QString path = u"/"_s + DemoPack::regionSlug() + u"/de/kontakt/"_s;
    router->openOffer(zammad, Location::page(DemoPack::regionSlug(), u"de"_s, path));
    QrCard *card = f.window->qrCard();
    REQUIRE(card);
    REQUIRE(card->isVisible());
    CHECK(card->payload() == u"https://integreat.app"_s + path);
    CHECK(opened == 0);
    QTest::mouseClick(card->closeButton(), Qt::LeftButton);
}

TEST_CASE("A store that cannot be read leaves the kiosk up with one sentence on the start screen")
{
    // The table of a town's languages is gone (as a damaged file or a half-written repair
    // leaves it): reading the towns throws a StoreError while the start screen is made.
    KioskFixture f(120, 20, [](kiosk::KioskConfig &, store::Store &store, const QString &) {
        StoreAccess::database(store).exec(u"DROP TABLE languages"_s);
    });
    KioskWindow &w = *f.window;
    CHECK(w.isVisible());
    CHECK(w.startScreen()->isVisible());
    CHECK(w.startScreen()->languageCodes().isEmpty());
    CHECK(w.startScreen()->notice().startsWith(u"The saved content could not be read"_s));
    CHECK(w.session() == nullptr);

    // The idle reset shows the start screen again, the sentence stays, nothing throws.
    w.showStartScreen();
    CHECK(w.startScreen()->isVisible());
    CHECK(w.startScreen()->notice().startsWith(u"The saved content could not be read"_s));
}

TEST_CASE("A kiosk page has no feedback box: nothing a visitor writes is kept or sent")
{
    KioskFixture f;
    f.startSession(u"de"_s);
    MainWindow *main = f.window->session()->window();
    QString path;
    for (const model::Page &page : f.store->pages(DemoPack::regionSlug(), u"de"_s)) {
        if (!page.parentPath.isEmpty())
            path = page.path;
    }
    REQUIRE_FALSE(path.isEmpty());
    main->open(Location::page(DemoPack::regionSlug(), u"de"_s, path));
    CHECK(main->localInformation()->browser()->isVisible());
    CHECK_FALSE(main->localInformation()->feedbackBox()->isVisible());
}
