// The sync engine against a real HTTP server on 127.0.0.1 serving the CMS's own API outputs.
#include "core/store/database.h"
#include "storeaccess.h"
#include "syncfixture.h"

#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

TEST_CASE("Syncing augsburg in German and Arabic stores its pages, events and places")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    const auto report = f.sync({u"de"_s, u"ar"_s});
    REQUIRE(report.error.isEmpty());
    REQUIRE(report.ok());

    const auto *de = outcomeFor(report, u"de"_s);
    REQUIRE(de);
    CHECK(de->counts.pages.added == SyncFixture::corpusArray(u"augsburg_de_pages.json"_s).size());
    CHECK(de->counts.events.added > 0);
    CHECK(de->counts.places.added > 0);

    const auto page = f.store->page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s);
    REQUIRE(page);
    CHECK(page->title == u"Willkommen"_s);
    CHECK(page->availableLanguages.contains(u"ar"_s));

    const auto region = f.store->region(u"augsburg"_s);
    REQUIRE(region);
    CHECK(region->name == u"Stadt Augsburg"_s);

    const auto arabicPages = f.store->pages(u"augsburg"_s, u"ar"_s);
    CHECK(arabicPages.size() == SyncFixture::corpusArray(u"augsburg_ar_pages.json"_s).size());
    CHECK(f.store->imprint(u"augsburg"_s, u"de"_s).has_value());

    // Requests name the app in their User-Agent.
    const auto requests = f.server.requests();
    REQUIRE_FALSE(requests.isEmpty());
    CHECK(requests.first().headers.value("user-agent").startsWith("IntegreatDesktop/"));
}

TEST_CASE("A second sync in which nothing changed writes no content rows")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    REQUIRE(f.sync({u"de"_s}).ok());
    const auto again = f.sync({u"de"_s});
    REQUIRE(again.ok());
    const auto total = again.languages.first().counts.total();
    CHECK(total.added == 0);
    CHECK(total.changed == 0);
    CHECK(total.removed == 0);
    CHECK(total.unchanged > 0);
    CHECK(again.languages.first().counts.rowsWritten == 0);
}

TEST_CASE("A page changed or removed on the server is changed or removed locally")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    REQUIRE(f.sync({u"de"_s}).ok());

    QJsonArray pages = SyncFixture::corpusArray(u"augsburg_de_pages.json"_s);
    QJsonObject first = pages.at(0).toObject();
    first[u"title"_s] = u"Herzlich willkommen"_s;
    first[u"last_updated"_s] = u"2030-01-01T10:00:00.000+01:00"_s;
    pages[0] = first;
    const QString removedPath = pages.last().toObject().value(u"path"_s).toString();
    pages.removeLast();
    f.servePages(u"augsburg"_s, u"de"_s, pages);

    const auto report = f.sync({u"de"_s});
    REQUIRE(report.ok());
    const auto counts = report.languages.first().counts.pages;
    CHECK(counts.changed == 1);
    CHECK(counts.removed == 1);
    CHECK(counts.added == 0);
    CHECK(f.store->page(u"augsburg"_s, u"de"_s, first.value(u"path"_s).toString())->title ==
          u"Herzlich willkommen"_s);
    CHECK_FALSE(f.store->page(u"augsburg"_s, u"de"_s, removedPath).has_value());
}

TEST_CASE("An item of the wrong type is skipped with a warning and the rest is stored")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    QJsonArray pages = SyncFixture::corpusArray(u"augsburg_de_pages.json"_s);
    QJsonObject broken = pages.at(1).toObject();
    broken[u"path"_s] = 42; // a number where a string belongs
    pages[1] = broken;
    pages.append(u"not an object"_s);
    f.servePages(u"augsburg"_s, u"de"_s, pages);

    const auto report = f.sync({u"de"_s});
    REQUIRE(report.ok());
    const auto &outcome = report.languages.first();
    CHECK(outcome.counts.pages.added == pages.size() - 2);
    CHECK(outcome.warnings.size() >= 2);
    CHECK(f.store->page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s).has_value());
}

TEST_CASE("A region list without languages falls back to the region's language list")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    QJsonArray regions = SyncFixture::corpusArray(u"regions.json"_s);
    for (qsizetype i = 0; i < regions.size(); ++i) {
        QJsonObject region = regions.at(i).toObject();
        region.remove(u"languages"_s);
        regions[i] = region;
    }
    f.server.setRoute(u"/api/v3/regions/"_s,
                      Response{200, QJsonDocument(regions).toJson(QJsonDocument::Compact), {}, {}});
    const auto report = f.sync({u"de"_s});
    REQUIRE(report.ok());
    CHECK(f.server.requestCount(u"/api/v3/augsburg/languages/"_s) == 1);
    const auto region = f.store->region(u"augsburg"_s);
    REQUIRE(region);
    CHECK(region->languages.size() > 1);
}

TEST_CASE("Hostile HTML is sanitized before it is stored")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    QJsonArray pages = SyncFixture::corpusArray(u"augsburg_de_pages.json"_s);
    QJsonObject first = pages.at(0).toObject();
    first[u"content"_s] = u"<p onclick=\"steal()\">Hallo</p><script>alert(1)</script>"
                          "<a href=\"javascript:alert(2)\">Klick</a><img src=x onerror=alert(3)>"
                          "<iframe src=\"https://player.vimeo.com/video/1\"></iframe>"_s;
    pages[0] = first;
    f.servePages(u"augsburg"_s, u"de"_s, pages);
    REQUIRE(f.sync({u"de"_s}).ok());
    const QString stored =
        f.store->page(u"augsburg"_s, u"de"_s, first.value(u"path"_s).toString())->content;
    CHECK(stored.contains(u"Hallo"_s));
    CHECK(stored.contains(u"Klick"_s));
    CHECK_FALSE(stored.contains(u"script"_s));
    CHECK_FALSE(stored.contains(u"onclick"_s));
    CHECK_FALSE(stored.contains(u"onerror"_s));
    CHECK_FALSE(stored.contains(u"javascript"_s));
    CHECK_FALSE(stored.contains(u"iframe"_s));
    CHECK(stored.contains(u"https://player.vimeo.com/video/1"_s)); // as a link card
}

TEST_CASE("A list the server sends byte for byte as before is not parsed or compared again")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    REQUIRE(f.sync({u"de"_s}).ok());
    CHECK(f.store->listDigests({u"augsburg"_s, u"de"_s}).contains(model::ListKind::Pages));
    const int pageCount = int(f.store->pages(u"augsburg"_s, u"de"_s).size());

    // Mark a stored page behind the sync's back: an unchanged list leaves it alone.
    // (with a fingerprint that no longer matches, so a real comparison would rewrite it).
    integreat::testing::StoreAccess::database(*f.store).exec(
        u"UPDATE pages SET title = 'lokal', fingerprint = 'x' WHERE path = '/augsburg/de/willkommen/'"_s);
    const auto same = f.sync({u"de"_s});
    REQUIRE(same.ok());
    CHECK(same.languages.first().counts.pages.unchanged == pageCount);
    CHECK(same.languages.first().counts.rowsWritten == 0);
    CHECK(f.store->page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s)->title ==
          u"lokal"_s);

    // Different bytes: the list is read and compared again.
    QJsonArray pages = SyncFixture::corpusArray(u"augsburg_de_pages.json"_s);
    f.servePages(u"augsburg"_s, u"de"_s, pages); // same items, compact JSON: other bytes
    REQUIRE(f.sync({u"de"_s}).ok());
    CHECK(f.store->page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s)->title ==
          u"Willkommen"_s);

    // Deleting the region forgets the digests too.
    f.store->deleteRegion(u"augsburg"_s);
    REQUIRE(f.sync({u"de"_s}).ok());
    CHECK(f.store->pages(u"augsburg"_s, u"de"_s).size() == pageCount);
}
