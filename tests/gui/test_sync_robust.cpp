// Issue 11 in the app: a sync refused for a mass removal asks the user, and a sync another
// process is running shows as a state, not as a failure or a dialog.
#include "core/sync/synclock.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/syncstatewidget.h"
#include "desktop/sync/massremovalquestion.h"
#include "guifixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::waitUntil;

namespace {

MassRemovalQuestion *question(GuiFixture &f)
{
    return f.window().findChild<MassRemovalQuestion *>(u"MassRemovalQuestion"_s);
}

bool asking(GuiFixture &f)
{
    return question(f) && question(f)->isVisible();
}

// Clicks Sync now and waits for the question the refused sync asks.
MassRemovalQuestion *syncUntilAsked(GuiFixture &f, QSignalSpy &finished)
{
    const qsizetype before = finished.count();
    f.window().header()->syncState()->syncButton()->click();
    REQUIRE(waitUntil([&] { return finished.count() == before + 1; }, 30000));
    REQUIRE(waitUntil([&] { return asking(f); }));
    return question(f);
}

} // namespace

TEST_CASE("A sync that would remove most pages asks – Keep my content keeps them, Remove them "
          "removes them")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    const qsizetype stored = f.store->pages(u"augsburg"_s, u"de"_s).size();
    REQUIRE(stored > 10);
    f.server.setRoute(u"/api/v3/augsburg/de/pages/"_s, {200, "[]", {}, {}});
    SyncStateWidget *state = f.window().header()->syncState();
    QSignalSpy finished(f.sync.get(), &SyncController::finished);

    MassRemovalQuestion *asked = syncUntilAsked(f, finished);
    const QString words = asked->text() + u'\n' + asked->informativeText();
    INFO(words.toStdString());
    CHECK(words.contains(u"%1 of the %1 saved pages would be removed"_s.arg(stored)));
    CHECK(asked->languages() == QStringList{u"de"_s});
    CHECK(asked->defaultButton() == asked->keepButton());
    CHECK(asked->escapeButton() == asked->keepButton());
    CHECK(asked->keepButton()->text() == u"Keep my content"_s);
    CHECK(asked->removeButton()->text() == u"Remove them"_s);
    CHECK(state->stateText().contains(u"Update failed"_s));

    SECTION("Keep my content (the default) changes nothing")
    {
        const int requests = f.server.requestCount();
        asked->keepButton()->click();
        REQUIRE(waitUntil([&] { return !asking(f); }));
        QCoreApplication::processEvents();
        CHECK_FALSE(f.sync->isBusy());
        CHECK(finished.count() == 1);
        CHECK(f.server.requestCount() == requests);
        CHECK(f.store->pages(u"augsburg"_s, u"de"_s).size() == stored);
        CHECK(f.tileTitles().size() == 9);
    }
    SECTION("Escape keeps the content too")
    {
        QTest::keyClick(asked, Qt::Key_Escape);
        REQUIRE(waitUntil([&] { return !asking(f); }));
        QCoreApplication::processEvents();
        CHECK_FALSE(f.sync->isBusy());
        CHECK(f.store->pages(u"augsburg"_s, u"de"_s).size() == stored);
    }
    SECTION("Remove them syncs again with the removal allowed")
    {
        asked->removeButton()->click();
        REQUIRE(waitUntil([&] { return finished.count() == 2; }, 30000));
        const auto report = finished.at(1).at(0).value<sync::SyncReport>();
        CHECK(report.ok());
        CHECK(f.store->pages(u"augsburg"_s, u"de"_s).isEmpty());
        CHECK_FALSE(asking(f));
        CHECK_FALSE(state->stateText().contains(u"Update failed"_s));
    }
}

TEST_CASE("A sync another process is running shows as a state, not an error")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    SyncStateWidget *state = f.window().header()->syncState();
    sync::SyncLock other(f.dataDir()); // what a running integreat-cli sync holds
    REQUIRE(other.tryLock());
    QSignalSpy finished(f.sync.get(), &SyncController::finished);
    const int requests = f.server.requestCount();
    state->syncButton()->click();
    REQUIRE(waitUntil([&] { return finished.count() == 1; }, 30000));
    const auto report = finished.at(0).at(0).value<sync::SyncReport>();
    CHECK(report.alreadyRunning);
    CHECK(f.server.requestCount() == requests); // nothing downloaded, nothing written
    CHECK(state->isRunningElsewhere());
    CHECK_FALSE(state->isOffline());
    CHECK(state->stateText() == u"Updating elsewhere"_s);
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(f.window().findChildren<QMessageBox *>().isEmpty());
    CHECK(f.tileTitles().size() == 9);

    // Once the other sync is done, Sync now works again and the state says so.
    other.unlock();
    state->syncButton()->click();
    REQUIRE(waitUntil([&] { return finished.count() == 2; }, 30000));
    CHECK(finished.at(1).at(0).value<sync::SyncReport>().ok());
    CHECK_FALSE(state->isRunningElsewhere());
    CHECK(state->stateText().contains(u"Updated"_s));
}
