// The news watcher (core/sync/newswatcher.h) against the loopback server: the first poll is a
// baseline, each new local item is announced exactly once (also after a restart), a server
// that is down announces nothing and changes nothing, fcm/ answers where news/ is 404.
#include "core/api/endpoints.h"
#include "core/api/httpclient.h"
#include "core/store/store.h"
#include "core/sync/newswatcher.h"
#include "syncfixture.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray newsJson(int count, const QString &source = u"local"_s)
{
    QJsonArray items;
    for (int i = count; i >= 1; --i) {
        const QString date = u"2026-11-%1T09:00:00+01:00"_s.arg(10 + i);
        items.append(QJsonObject{{u"id"_s, u"%1-%2"_s.arg(source).arg(i)},
                                 {u"title"_s, u"Nachricht %1"_s.arg(i)},
                                 {u"content"_s, u"Text %1"_s.arg(i)},
                                 {u"last_updated"_s, date},
                                 {u"display_date"_s, date},
                                 {u"channel"_s, u"news"_s},
                                 {u"source"_s, source}});
    }
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

QString pathAndQuery(const QUrl &url)
{
    return url.path() + u'?' + url.query(QUrl::FullyEncoded);
}

struct WatchFixture
{
    WatchFixture()
    {
        REQUIRE(server.start());
        REQUIRE(dir.isValid());
        openStore();
        const api::Endpoints endpoints(server.baseUrl());
        newsRoute = pathAndQuery(endpoints.news(u"musterstadt"_s, u"de"_s, {u"local"_s}, 1));
        fcmRoute = pathAndQuery(endpoints.fcm(u"musterstadt"_s, u"de"_s));
    }
    void openStore()
    {
        watcher.reset();
        store = std::make_unique<store::Store>(dir.filePath(u"store.sqlite"_s));
        watcher = std::make_unique<sync::NewsWatcher>(*store, http, server.baseUrl());
    }
    sync::NewsPoll poll() { return watcher->poll({u"musterstadt"_s, u"de"_s}); }

    TestServer server;
    QTemporaryDir dir;
    api::HttpClient http{fastHttpOptions()};
    std::unique_ptr<store::Store> store;
    std::unique_ptr<sync::NewsWatcher> watcher;
    QString newsRoute;
    QString fcmRoute;
};

} // namespace

TEST_CASE("news watcher: a baseline then exactly one new item", "[news][watcher]")
{
    WatchFixture f;
    f.server.setRoute(f.newsRoute, Response{200, newsJson(2)});
    const auto first = f.poll();
    CHECK(first.ok);
    CHECK(first.baseline);
    CHECK(first.fresh.isEmpty());

    CHECK(f.poll().fresh.isEmpty()); // nothing changed

    f.server.setRoute(f.newsRoute, Response{200, newsJson(3)});
    const auto third = f.poll();
    CHECK(third.ok);
    CHECK_FALSE(third.baseline);
    REQUIRE(third.fresh.size() == 1);
    CHECK(third.fresh.first().id == u"local-3"_s);
    CHECK(third.fresh.first().title == u"Nachricht 3"_s);

    // Announced once: not again, not after a restart.
    CHECK(f.poll().fresh.isEmpty());
    f.openStore();
    CHECK(f.poll().fresh.isEmpty());
}

TEST_CASE("news watcher: a server that is down announces nothing", "[news][watcher]")
{
    WatchFixture f;
    f.server.setRoute(f.newsRoute, Response{200, newsJson(1)});
    REQUIRE(f.poll().baseline);
    const quint16 port = f.server.port();
    f.server.stop();
    const auto down = f.poll();
    CHECK_FALSE(down.ok);
    CHECK(down.fresh.isEmpty());
    CHECK_FALSE(down.error.isEmpty());
    // The server answers garbage: still nothing, and the baseline is kept.
    REQUIRE(f.server.start(port));
    f.server.setRoute(f.newsRoute, Response{200, QByteArray("<html>maintenance</html>")});
    const auto garbage = f.poll();
    CHECK_FALSE(garbage.ok);
    CHECK(garbage.fresh.isEmpty());
    // Back: only what is really new.
    f.server.setRoute(f.newsRoute, Response{200, newsJson(2)});
    const auto back = f.poll();
    INFO(back.error.toStdString());
    CHECK(back.ok);
    REQUIRE(back.fresh.size() == 1);
    CHECK(back.fresh.first().id == u"local-2"_s);
}

TEST_CASE("news watcher: fcm is used where news answers 404", "[news][watcher]")
{
    WatchFixture f;
    f.server.setRoute(f.newsRoute, Response{404, QByteArray(R"({"error":"not found"})")});
    f.server.setRoute(f.fcmRoute, Response{200, newsJson(1)});
    REQUIRE(f.poll().baseline);
    f.server.setRoute(f.fcmRoute, Response{200, newsJson(2)});
    const auto next = f.poll();
    REQUIRE(next.fresh.size() == 1);
    CHECK(next.fresh.first().id == u"local-2"_s);
}

TEST_CASE("news watcher: external news are not announced", "[news][watcher]")
{
    WatchFixture f;
    f.server.setRoute(f.newsRoute, Response{200, newsJson(1)});
    REQUIRE(f.poll().baseline);
    QJsonArray mixed = QJsonDocument::fromJson(newsJson(1)).array();
    mixed.append(QJsonDocument::fromJson(newsJson(1, u"tunews"_s)).array().first());
    f.server.setRoute(f.newsRoute, Response{200, QJsonDocument(mixed).toJson()});
    CHECK(f.poll().fresh.isEmpty());
}
