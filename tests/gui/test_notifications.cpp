// News notifications end to end: the watcher polls the loopback server in its worker thread,
// the baseline raises nothing, a new local item raises exactly one notification (counted by a
// recording Notifier, no D-Bus needed) and one entry in the in-app list; a click on either
// opens the item in the News section; switched off or with the server down nothing arrives.
#include "core/api/endpoints.h"
#include "desktop/common/settings.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/sectionbar.h"
#include "desktop/news/newsview.h"
#include "desktop/notify/newswatchcontroller.h"
#include "desktop/notify/notificationcenter.h"
#include "desktop/notify/notificationlist.h"
#include "desktop/notify/notificationsdialog.h"
#include "desktop/notify/notifier.h"
#include "desktop/settings/notificationspanel.h"
#include "desktop/settings/settingsdialog.h"
#include "guifixture.h"
#include "syncfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::waitUntil;

namespace {

/// Counts notify() calls instead of showing bubbles.
class RecordingNotifier final : public Notifier
{
public:
    RecordingNotifier() = default;
    void notify(const QString &key, const QString &title, const QString &) override
    {
        keys << key;
        titles << title;
    }
    QStringList keys;
    QStringList titles;
};

QByteArray newsJson(const QStringList &titles)
{
    QJsonArray items;
    for (qsizetype i = titles.size(); i >= 1; --i) {
        const QString date = u"2026-11-%1T09:00:00+01:00"_s.arg(10 + i);
        items.append(QJsonObject{{u"id"_s, u"local-90%1"_s.arg(i)},
                                 {u"title"_s, titles.at(i - 1)},
                                 {u"content"_s, u"Text %1"_s.arg(i)},
                                 {u"last_updated"_s, date},
                                 {u"display_date"_s, date},
                                 {u"channel"_s, u"news"_s},
                                 {u"source"_s, u"local"_s}});
    }
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

struct NotifyFixture
{
    NotifyFixture()
    {
        f.settings->setNewsNotifications(u"augsburg"_s, u"de"_s, true);
        center = f.window().notifications();
        REQUIRE(center);
        recorder = new RecordingNotifier;
        center->setNotifier(recorder);
        center->watcher()->setHttpOptions(testing::fastHttpOptions());
        const QUrl url =
            api::Endpoints(f.server.baseUrl()).news(u"augsburg"_s, u"de"_s, {u"local"_s}, 1);
        route = url.path() + u'?' + url.query(QUrl::FullyEncoded);
        f.server.setRoute(route, testing::Response{200, newsJson({u"Alte Nachricht"_s})});
    }
    /// Polls now and waits for the round to end.
    bool pollRound(QSignalSpy &spy)
    {
        const auto before = spy.count();
        center->watcher()->pollNow();
        return waitUntil([&] { return spy.count() > before; });
    }

    GuiFixture f{{u"de"_s}};
    NotificationCenter *center = nullptr;
    RecordingNotifier *recorder = nullptr;
    QString route;
};

bool dialogShown()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && qobject_cast<QMessageBox *>(widget))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("A new local news item raises one notification and opens from the list",
          "[gui][notifications]")
{
    INTEGREAT_REQUIRE_CORPUS();
    NotifyFixture n;
    NewsWatchController *watcher = n.center->watcher();
    QSignalSpy polled(watcher, &NewsWatchController::polled);
    CHECK(watcher->watchedPairs().contains(model::ContentKey{u"augsburg"_s, u"de"_s}));

    // The first poll is the baseline: nothing is announced.
    watcher->start();
    REQUIRE(waitUntil([&] { return polled.count() == 1; }));
    CHECK(polled.at(0).at(0).toInt() == 0);
    CHECK(n.recorder->keys.isEmpty());
    CHECK(n.center->list()->size() == 0);

    // A new item on the server: exactly one notification and one list entry.
    n.f.server.setRoute(
        n.route, testing::Response{200, newsJson({u"Alte Nachricht"_s, u"Neue Sprachkurse"_s})});
    REQUIRE(n.pollRound(polled));
    CHECK(n.recorder->titles == QStringList{u"Neue Sprachkurse"_s});
    REQUIRE(n.center->list()->size() == 1);
    CHECK(n.center->list()->entries().at(0).title == u"Neue Sprachkurse"_s);
    CHECK(n.center->list()->unseen() == 1);
    CHECK(n.center->menuAction()->text() == u"Notifications (1)"_s);
    CHECK(n.f.window().header()->menuButton()->menu()->actions().contains(n.center->menuAction()));
    // Polling again announces nothing more.
    REQUIRE(n.pollRound(polled));
    CHECK(n.recorder->keys.size() == 1);
    CHECK(n.center->list()->size() == 1);

    // The menu entry shows the list; activating the entry opens the item in the News section.
    n.center->menuAction()->trigger();
    NotificationsDialog *dialog = n.center->dialog();
    REQUIRE(dialog);
    CHECK(n.center->list()->unseen() == 0);
    CHECK(n.center->menuAction()->text() == u"Notifications"_s);
    const QAbstractItemModel *rows = dialog->listView()->model();
    REQUIRE(rows->rowCount() == 1);
    CHECK(rows->index(0, 0).data().toString().contains(u"Neue Sprachkurse"_s));
    CHECK(rows->index(0, 0)
              .data(Qt::AccessibleTextRole)
              .toString()
              .startsWith(u"Neue Sprachkurse, "_s));
    emit dialog->listView()->activated(rows->index(0, 0));
    NewsView *news = n.f.window().newsView();
    REQUIRE(waitUntil([&] { return news->isVisible(); }));
    CHECK(news->isShowingNews());
    CHECK(news->shownTitle() == u"Neue Sprachkurse"_s);

    // The list survives a restart (kept in the settings).
    NotificationList again(*n.f.settings);
    CHECK(again.size() == 1);
}

TEST_CASE("A clicked desktop notification opens the news item", "[gui][notifications]")
{
    INTEGREAT_REQUIRE_CORPUS();
    NotifyFixture n;
    NewsWatchController *watcher = n.center->watcher();
    QSignalSpy polled(watcher, &NewsWatchController::polled);
    watcher->start();
    REQUIRE(waitUntil([&] { return polled.count() == 1; }));
    n.f.server.setRoute(n.route,
                        testing::Response{200, newsJson({u"Alte Nachricht"_s, u"Impftermine"_s})});
    REQUIRE(n.pollRound(polled));
    REQUIRE(n.recorder->keys.size() == 1);

    n.f.window().showSection(u"local"_s);
    CHECK_FALSE(n.f.window().newsView()->isVisible());
    emit n.recorder->activated(n.recorder->keys.constFirst()); // the D-Bus "default" action
    NewsView *news = n.f.window().newsView();
    REQUIRE(waitUntil([&] { return news->isVisible(); }));
    CHECK(news->shownTitle() == u"Impftermine"_s);
    CHECK(n.f.window().windowTitle().startsWith(u"Impftermine"_s));
}

TEST_CASE("Notifications switched off for a language poll nothing", "[gui][notifications]")
{
    INTEGREAT_REQUIRE_CORPUS();
    NotifyFixture n;
    // Switched off in the settings dialog.
    {
        SettingsDialog settings(*n.f.store, *n.f.settings, n.f.dataDir());
        QCheckBox *box = settings.notifications()->checkBox(u"augsburg"_s, u"de"_s);
        REQUIRE(box);
        CHECK(box->isChecked());
        box->setChecked(false);
    }
    CHECK_FALSE(n.f.settings->newsNotifications(u"augsburg"_s, u"de"_s, true));
    NewsWatchController *watcher = n.center->watcher();
    CHECK(watcher->watchedPairs().isEmpty());
    QSignalSpy polled(watcher, &NewsWatchController::polled);
    n.f.server.clearRequests();
    watcher->start();
    REQUIRE(waitUntil([&] { return polled.count() == 1; }));
    n.f.server.setRoute(n.route, testing::Response{200, newsJson({u"Alte Nachricht"_s, u"Neu"_s})});
    REQUIRE(n.pollRound(polled));
    CHECK(n.f.server.requestCount() == 0);
    CHECK(n.recorder->keys.isEmpty());
    CHECK(n.center->list()->size() == 0);
}

TEST_CASE("With the server down no notification and no error dialog", "[gui][notifications]")
{
    INTEGREAT_REQUIRE_CORPUS();
    NotifyFixture n;
    NewsWatchController *watcher = n.center->watcher();
    QSignalSpy polled(watcher, &NewsWatchController::polled);
    watcher->start();
    REQUIRE(waitUntil([&] { return polled.count() == 1; }));
    n.f.server.stop();
    for (int round = 0; round < 3; ++round) {
        REQUIRE(n.pollRound(polled));
        CHECK(polled.last().at(0).toInt() == 1); // the one watched pair failed
    }
    CHECK(n.recorder->keys.isEmpty());
    CHECK(n.center->list()->size() == 0);
    CHECK_FALSE(dialogShown());
    CHECK(watcher->isRunning()); // it tries again on the timer
}

TEST_CASE("The watcher never polls in offline mode", "[gui][notifications]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s}, true);
    NewsWatchController *watcher = f.window().notifications()->watcher();
    QSignalSpy polled(watcher, &NewsWatchController::polled);
    watcher->start();
    watcher->pollNow();
    CHECK_FALSE(watcher->isRunning());
    CHECK_FALSE(watcher->isPolling());
    CHECK(polled.isEmpty());
}
