// Plausibility before apply (issue 11): a 200 answer with no usable items never wipes a list.
#include "core/sync/listcheck.h"
#include "core/sync/pagetree.h"
#include "syncfixture.h"

#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {
const QString Region = u"augsburg"_s;
const QString De = u"de"_s;

struct Stored
{
    qsizetype pages = 0, events = 0, places = 0;
};

Stored stored(SyncFixture &f)
{
    return {f.store->pages(Region, De).size(), f.store->events(Region, De).size(),
            f.store->places(Region, De).size()};
}

// A first good sync; returns what it stored.
Stored syncGood(SyncFixture &f)
{
    REQUIRE(f.sync({De}).ok());
    const Stored s = stored(f);
    REQUIRE(s.pages > 10);
    REQUIRE(s.events > 0);
    REQUIRE(s.places > 0);
    return s;
}

void serve(SyncFixture &f, const QString &list, const QByteArray &body)
{
    f.server.setRoute(u"/api/v3/augsburg/de/%1/"_s.arg(list), Response{200, body, {}, {}});
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// Syncs, expects `de` to fail with every stored list as before; returns the error.
QString refusedSync(SyncFixture &f, const Stored &before)
{
    const auto report = f.sync({De});
    REQUIRE_FALSE(report.ok());
    const auto *outcome = outcomeFor(report, De);
    REQUIRE(outcome);
    CHECK_FALSE(outcome->ok);
    CHECK_FALSE(outcome->error.isEmpty());
    const Stored after = stored(f);
    CHECK(after.pages == before.pages);
    CHECK(after.events == before.events);
    CHECK(after.places == before.places);
    bool recorded = false;
    for (const auto &region : f.store->status()) {
        for (const auto &language : region.languages)
            recorded |= language.code == De && language.lastError == outcome->error;
    }
    CHECK(recorded);
    return outcome->error;
}

QJsonArray corpusPages()
{
    return SyncFixture::corpusArray(u"augsburg_de_pages.json"_s);
}

QJsonArray mapEach(QJsonArray items, const std::function<QJsonValue(QJsonObject)> &change)
{
    for (qsizetype i = 0; i < items.size(); ++i)
        items[i] = change(items.at(i).toObject());
    return items;
}
} // namespace

TEST_CASE("An empty pages list is refused unless the removal is confirmed")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    const Stored before = syncGood(f);
    serve(f, u"pages"_s, "[]");
    const QString error = refusedSync(f, before);
    CHECK(error.contains(u"remove %1 of the %1 stored pages"_s.arg(before.pages)));
    CHECK(outcomeFor(f.sync({De}), De)->massRemovalRefused);

    f.engine->setAllowMassRemoval(true);
    const auto confirmed = f.sync({De});
    REQUIRE(confirmed.ok());
    CHECK(outcomeFor(confirmed, De)->counts.pages.removed == before.pages);
    CHECK(f.store->pages(Region, De).isEmpty());
}

TEST_CASE("A pages list that removes more than half of the stored pages is refused")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    const Stored before = syncGood(f);
    QJsonArray pages = corpusPages();
    const qsizetype keep = pages.size() / 2 - 1;
    while (pages.size() > keep)
        pages.removeLast();
    serve(f, u"pages"_s, compact(pages));
    CHECK(refusedSync(f, before).contains(u"stored pages are kept"_s));

    SECTION("removing fewer than half is an ordinary sync")
    {
        QJsonArray most = corpusPages();
        most.removeLast();
        most.removeLast();
        serve(f, u"pages"_s, compact(most));
        const auto report = f.sync({De});
        REQUIRE(report.ok());
        CHECK(outcomeFor(report, De)->counts.pages.removed == 2);
    }
}

TEST_CASE("Lists whose items do not map keep the stored content and fail the language")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    const Stored before = syncGood(f);
    QString list = u"pages"_s;
    QByteArray body;

    SECTION("every page is null")
    {
        body = compact(mapEach(corpusPages(), [](const QJsonObject &) { return QJsonValue(); }));
    }
    SECTION("every page has path: null")
    {
        body = compact(mapEach(corpusPages(), [](QJsonObject page) {
            page[u"path"_s] = QJsonValue();
            return page;
        }));
    }
    SECTION("strings replaced by numbers")
    {
        body = compact(mapEach(corpusPages(), [](QJsonObject page) {
            for (const QString &key : page.keys()) {
                if (page.value(key).isString())
                    page[key] = 42;
            }
            return page;
        }));
    }
    SECTION("a top-level {\"results\": [...]}")
    {
        body = QJsonDocument(QJsonObject{{u"results"_s, corpusPages()}}).toJson();
    }
    SECTION("every event is null")
    {
        list = u"events"_s;
        body = "[null, null, null]";
    }
    SECTION("every place has path: null")
    {
        list = u"locations"_s;
        body = compact(mapEach(SyncFixture::corpusArray(u"augsburg_de_locations.json"_s),
                               [](QJsonObject place) {
                                   place[u"path"_s] = QJsonValue();
                                   return place;
                               }));
    }
    serve(f, list, body);
    const QString error = refusedSync(f, before);
    INFO(error.toStdString());
    CHECK(error.contains(
        u"No item of the %1 could be read"_s.arg(list == u"locations"_s ? u"places"_s : list)));
    CHECK(error.contains(u"are kept"_s));
}

TEST_CASE("More than a tenth of unreadable items refuses a list – fewer only warn")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    const Stored before = syncGood(f);
    QJsonArray pages = corpusPages();
    const qsizetype total = pages.size();
    const qsizetype allowed = total / 10; // 10 % of the items, rounded down
    // The last pages are leaves, so dropping them never orphans a page.
    for (qsizetype i = total - allowed - 1; i < total; ++i)
        pages[i] = QJsonValue();
    serve(f, u"pages"_s, compact(pages));
    CHECK(refusedSync(f, before).contains(
        u"%1 of the %2 items of the pages could not be read"_s.arg(allowed + 1).arg(total)));

    pages[total - allowed - 1] = corpusPages().at(total - allowed - 1);
    serve(f, u"pages"_s, compact(pages));
    const auto report = f.sync({De});
    REQUIRE(report.ok());
    const auto *outcome = outcomeFor(report, De);
    CHECK(outcome->counts.pages.removed == allowed);
    CHECK(outcome->warnings.filter(u"skipped"_s).size() == allowed);
}

TEST_CASE("A well-formed empty events list empties the events (they all ended)")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    const Stored before = syncGood(f);
    serve(f, u"events"_s, "[]");
    const auto report = f.sync({De});
    REQUIRE(report.ok());
    CHECK(outcomeFor(report, De)->counts.events.removed == before.events);
    CHECK(f.store->events(Region, De).isEmpty());
    CHECK(f.store->pages(Region, De).size() == before.pages);
}

TEST_CASE("A region list without its pois and events flags keeps the stored places and events")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    const Stored before = syncGood(f);
    QJsonArray regions = SyncFixture::corpusArray(u"regions.json"_s);
    regions = mapEach(regions, [](QJsonObject region) {
        region.remove(u"pois"_s);
        region.remove(u"events"_s);
        return region;
    });
    f.server.setRoute(u"/api/v3/regions/"_s, Response{200, compact(regions), {}, {}});
    const auto report = f.sync({De});
    REQUIRE(report.ok());
    const Stored after = stored(f);
    CHECK(after.places == before.places);
    CHECK(after.events == before.events);
    CHECK(f.server.requestCount(u"/api/v3/augsburg/de/locations/"_s) == 1); // first sync only
}

TEST_CASE("Lists above the size limits are refused")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    const Stored before = syncGood(f);
    QByteArray body;
    SECTION("more items than any town has")
    {
        QJsonArray events;
        const QJsonObject event =
            SyncFixture::corpusArray(u"augsburg_de_events.json"_s).at(0).toObject();
        for (qsizetype i = 0; i <= sync::listcheck::MaxItems; ++i) {
            QJsonObject copy = event;
            copy[u"path"_s] = u"/augsburg/de/events/e%1/"_s.arg(i);
            events.append(copy);
        }
        serve(f, u"events"_s, compact(events));
        CHECK(
            refusedSync(f, before).contains(u"more than the %1"_s.arg(sync::listcheck::MaxItems)));
    }
    SECTION("one page with more text than any real page")
    {
        QJsonArray pages = corpusPages();
        QJsonObject page = pages.at(1).toObject();
        page[u"content"_s] = QString(sync::listcheck::MaxItemChars + 1, u'x');
        pages[1] = page;
        serve(f, u"pages"_s, compact(pages));
        CHECK(refusedSync(f, before).contains(u"Item 1 of the pages"_s));
    }
}

TEST_CASE("Parent cycles and missing parents become top-level pages with a warning")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    QJsonArray pages = corpusPages();
    const auto parentObject = [](const QString &path) {
        return QJsonObject{{u"id"_s, 1}, {u"url"_s, QJsonValue()}, {u"path"_s, path}};
    };
    // Pages 1 and 2 are each other's parent, page 3 is its own, page 4's parent does not exist.
    const QString p1 = pages.at(1).toObject().value(u"path"_s).toString();
    const QString p2 = pages.at(2).toObject().value(u"path"_s).toString();
    const QString p3 = pages.at(3).toObject().value(u"path"_s).toString();
    const QString p4 = pages.at(4).toObject().value(u"path"_s).toString();
    const auto setParent = [&](int i, const QString &parent) {
        QJsonObject page = pages.at(i).toObject();
        page[u"parent"_s] = parentObject(parent);
        pages[i] = page;
    };
    setParent(1, p2);
    setParent(2, p1);
    setParent(3, p3);
    setParent(4, u"/augsburg/de/gibt-es-nicht/"_s);
    serve(f, u"pages"_s, compact(pages));

    const auto report = f.sync({De});
    REQUIRE(report.ok());
    const QStringList warnings = outcomeFor(report, De)->warnings;
    CHECK(warnings.filter(u"lead back to itself"_s).size() == 2);
    CHECK(warnings.filter(u"is not in the list"_s).size() == 1);

    QStringList roots;
    for (const auto &page : f.store->childPages(Region, De, {}))
        roots << page.path;
    CHECK(roots.contains(p3));
    CHECK(roots.contains(p4));
    CHECK((roots.contains(p1) != roots.contains(p2))); // the cycle is cut once
    CHECK(f.store->pages(Region, De).size() == pages.size());
}

TEST_CASE("repairPageTree breaks every cycle of a long chain and leaves a sound tree alone")
{
    QList<model::Page> pages;
    const int n = 5000;
    for (int i = 0; i < n; ++i) {
        model::Page page;
        page.path = u"/r/de/p%1/"_s.arg(i);
        page.parentPath = u"/r/de/p%1/"_s.arg((i + 1) % n); // one ring through every page
        pages << page;
    }
    CHECK(sync::repairPageTree(pages).size() == 1);
    int roots = 0;
    for (const auto &page : pages)
        roots += page.parentPath.isEmpty() ? 1 : 0;
    CHECK(roots == 1);
    CHECK(sync::repairPageTree(pages).isEmpty());
}
