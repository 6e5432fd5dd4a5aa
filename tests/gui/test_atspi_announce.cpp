// Live announcements where the platform bridge gets them: under X with Qt's AT-SPI bridge on
// (run_atspi.sh), an accessibility update handler records the NameChanged events of live
// regions (role status bar) that the bridge would send as object:property-change:accessible-name:
// the search result count, "Nothing found", an update's progress, end and failure; and the Focus
// events of links that Tab reaches in page text (object:state-changed:focused, what Orca speaks).
#include "catchqt.h"
#include "demowindow.h"
#include "desktop/accessibility/accessibility.h"
#include "desktop/mainwindow/syncstatewidget.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/presentation/languages.h"
#include "desktop/search/searchview.h"

#include <QAccessible>
#include <QTest>
#include <QTextBlock>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;

namespace {

QStringList &announced()
{
    static QStringList names;
    return names;
}

/// The events a Recorder keeps: of this type, from elements of this role.
QAccessible::Event recordedEvent = QAccessible::NameChanged;
QAccessible::Role recordedRole = QAccessible::StatusBar;

/// Records the names of what announces itself while it lives (the bridge is bypassed meanwhile):
/// by default what live regions announce.
struct Recorder
{
    explicit Recorder(QAccessible::Event event = QAccessible::NameChanged,
                      QAccessible::Role role = QAccessible::StatusBar)
    {
        announced().clear();
        recordedEvent = event;
        recordedRole = role;
        m_previous = QAccessible::installUpdateHandler([](QAccessibleEvent *update) {
            QAccessibleInterface *node = update->accessibleInterface();
            if (update->type() == recordedEvent && node && node->role() == recordedRole)
                announced() << node->text(QAccessible::Name);
        });
    }
    ~Recorder() { QAccessible::installUpdateHandler(m_previous); }
    Q_DISABLE_COPY_MOVE(Recorder)
    QAccessible::UpdateHandler m_previous = nullptr;
};

bool bridgeActive()
{
    if (QAccessible::isActive())
        return true;
    WARN("SKIPPED: accessibility is not active (run through tests/gui/run_atspi.sh)");
    return false;
}

} // namespace

TEST_CASE("Search result counts are announced to the accessibility bridge")
{
    if (!bridgeActive())
        return;
    a11y::installAccessibility();
    DemoWindow demo;
    const Recorder recorder;
    SearchView *search = demo.window.localInformation()->searchView();
    demo.window.open(Location::search(DemoPack::regionSlug(), u"de"_s, u"Amt"_s));
    REQUIRE(waitUntil([&] { return !search->isSearching() && search->resultCount() > 0; }));
    REQUIRE_FALSE(announced().isEmpty());
    CHECK(announced().constLast() == search->summaryText());
    CHECK(announced().constLast().contains(QString::number(search->resultCount())));
    demo.window.open(Location::search(DemoPack::regionSlug(), u"de"_s, u"Qxzvwq"_s));
    REQUIRE(waitUntil([&] { return !search->isSearching() && search->resultCount() == 0; }));
    REQUIRE_FALSE(announced().isEmpty());
    CHECK(announced().constLast().contains(u"Nothing found"_s));
}

TEST_CASE("An update's progress, end and failure are announced to the accessibility bridge")
{
    if (!bridgeActive())
        return;
    a11y::installAccessibility();
    SyncStateWidget state;
    state.show();
    const Recorder recorder;
    state.setBusy(true, u"Deutsch: pages (3 of 12)"_s);
    REQUIRE_FALSE(announced().isEmpty());
    CHECK(announced().constLast() == u"Deutsch: pages (3 of 12)"_s);
    state.setLastUpdate(QDateTime::currentDateTimeUtc());
    state.setBusy(false);
    CHECK(announced().constLast() == state.stateText());
    state.setFailed(u"The server did not answer."_s);
    CHECK(announced().constLast().contains(u"failed"_s));
    CHECK(announced().size() == 3);
}

TEST_CASE("Tab between the links of a page announces each link to the accessibility bridge")
{
    if (!bridgeActive())
        return;
    a11y::installAccessibility();
    ContentBrowser browser;
    browser.resize(700, 500);
    ContentLanguage german;
    german.code = u"de"_s;
    browser.showDocument(uR"(<h1>Wohnsitz anmelden</h1>
<p>Beim <a href="https://integreat.app/musterstadt/de/buergerbuero/">Bürgerbüro</a> anmelden,
mit der Bestätigung des <a href="mailto:amt@musterstadt.example">Vermieters</a>.</p>)"_s,
                         {}, german);
    browser.show();
    browser.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&browser));
    browser.setFocus();
    const Recorder recorder(QAccessible::Focus, QAccessible::Link);
    QTest::keyClick(&browser, Qt::Key_Tab);
    QTest::keyClick(&browser, Qt::Key_Tab);
    CHECK(announced() == QStringList{u"Bürgerbüro"_s, u"Vermieters"_s});
}

TEST_CASE("With a screen reader the page text has a caret that the arrow keys move line by line")
{
    if (!bridgeActive())
        return;
    ContentBrowser browser;
    browser.resize(400, 500);
    ContentLanguage arabic;
    arabic.code = u"ar"_s;
    arabic.rightToLeft = true;
    browser.showDocument(u"<h1>تسجيل السكن</h1><p>سطر أول</p><p>سطر ثان</p>"_s, {}, arabic);
    browser.show();
    browser.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&browser));
    browser.setFocus();
    CHECK(browser.textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    const int before = browser.textCursor().position();
    QTest::keyClick(&browser, Qt::Key_Down);
    const int line = browser.textCursor().position();
    CHECK(line > before);
    CHECK(browser.textCursor().block().text() == u"سطر أول"_s);
    QTest::keyClick(&browser, Qt::Key_Down);
    CHECK(browser.textCursor().block().text() == u"سطر ثان"_s);
}
