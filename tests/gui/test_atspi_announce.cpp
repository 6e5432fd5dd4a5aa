// Live announcements where the platform bridge gets them: under X with Qt's AT-SPI bridge on
// (run_atspi.sh), an accessibility update handler records the NameChanged events of live
// regions (role status bar) that the bridge would send as object:property-change:accessible-name:
// the search result count, "Nothing found", an update's progress, end and failure.
#include "catchqt.h"
#include "demowindow.h"
#include "desktop/accessibility/accessibility.h"
#include "desktop/mainwindow/syncstatewidget.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/search/searchview.h"

#include <QAccessible>
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

/// Records what live regions announce while it lives (the bridge is bypassed meanwhile).
struct Recorder
{
    Recorder()
    {
        announced().clear();
        m_previous = QAccessible::installUpdateHandler([](QAccessibleEvent *event) {
            QAccessibleInterface *node = event->accessibleInterface();
            if (event->type() == QAccessible::NameChanged && node &&
                node->role() == QAccessible::StatusBar)
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
