// The resource cache pass of a sync (core/sync/resourcesync.h) against a real HTTP server.
#include "core/net/freshness.h"
#include "core/sync/resourcedownloader.h"
#include "resourcefixture.h"

#include <QElapsedTimer>
#include <QTimeZone>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

TEST_CASE("Images and PDFs the content refers to are stored offline under the SHA-256 of their URL")
{
    INTEGREAT_REQUIRE_CORPUS();
    ResourceFixture f;
    const auto report = f.sync({u"de"_s});
    REQUIRE(report.ok());
    const sync::ResourceOutcome &r = report.resources;
    INFO(r.errors.join(u'\n').toStdString());
    REQUIRE(r.ran);
    CHECK(r.referenced == 4); // a.png (twice), doc.pdf (fragment dropped), b.svg, thumb.jpg
    CHECK(r.fetched == 4);
    CHECK(r.failed == 0);
    CHECK(r.errors.isEmpty());

    CHECK(f.readFile(f.media(u"a.png"_s)) == "PNG-A");
    CHECK(f.readFile(f.media(u"doc.pdf"_s)) == "%PDF-1.4 doc");
    CHECK(f.readFile(f.media(u"thumb.jpg"_s)) == "JPEG-thumb");
    CHECK(f.readFile(f.media(u"b.svg"_s)).startsWith("<svg"));
    CHECK(QFileInfo(f.fileOf(f.media(u"doc.pdf"_s))).fileName().endsWith(u".pdf"_s));
    CHECK(r.bytes ==
          5 + 12 + 10 + QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>").size());

    const auto a = f.row(f.media(u"a.png"_s));
    REQUIRE(a);
    CHECK(a->file == content::resourceFileName(QUrl(f.media(u"a.png"_s))));
    CHECK(a->etag == "\"a1\"");
    CHECK(a->lastModified == "Wed, 21 Oct 2015 07:28:00 GMT");
    CHECK(a->contentType == u"image/png"_s);

    // Never asked for: another host (even one that reaches the same server), file:, data:.
    CHECK(f.mediaRequests(u"foreign.png"_s) == 0);
    CHECK(f.mediaRequests() == 4);
    for (const RecordedRequest &request : f.mediaRequestList())
        CHECK(request.headers.value("user-agent").startsWith("IntegreatDesktop/"));
    CHECK(f.store->resources().all().size() == 4);

    const store::ResourceStats stats = f.store->resourceStats();
    CHECK(stats.count == 4);
    CHECK(stats.bytes == r.bytes);
    CHECK(stats.failed == 0);
    CHECK(f.partialFiles().isEmpty());
}

TEST_CASE("A resync of unchanged resources downloads no resource bytes")
{
    INTEGREAT_REQUIRE_CORPUS();
    ResourceFixture f;
    REQUIRE(f.sync({u"de"_s}).resources.fetched == 4);
    const QDateTime written = QFileInfo(f.fileOf(f.media(u"a.png"_s))).lastModified();

    SECTION("fresh files are not requested at all")
    {
        f.server.clearRequests();
        const auto again = f.sync({u"de"_s});
        REQUIRE(again.ok());
        CHECK(again.resources.fresh == 4);
        CHECK(again.resources.fetched == 0);
        CHECK(again.resources.bytes == 0);
        CHECK(f.mediaRequests() == 0);
    }
    SECTION("revalidating sends conditional GETs that the server answers with 304")
    {
        f.setResourceOptions([](sync::ResourceOptions &o) { o.revalidateAll = true; });
        f.server.clearRequests();
        const auto again = f.sync({u"de"_s});
        REQUIRE(again.ok());
        CHECK(again.resources.notModified == 4);
        CHECK(again.resources.fetched == 0);
        CHECK(again.resources.bytes == 0);
        const auto requests = f.mediaRequestList();
        CHECK(requests.size() == 4);
        for (const RecordedRequest &request : requests) {
            CHECK_FALSE(request.headers.value("if-none-match").isEmpty());
            CHECK(request.headers.value("if-modified-since") == "Wed, 21 Oct 2015 07:28:00 GMT");
        }
        CHECK(QFileInfo(f.fileOf(f.media(u"a.png"_s))).lastModified() == written);
    }
    SECTION("a file deleted from the cache folder is downloaded again")
    {
        REQUIRE(QFile::remove(f.fileOf(f.media(u"b.svg"_s))));
        f.server.clearRequests();
        const auto again = f.sync({u"de"_s});
        CHECK(again.resources.fetched == 1);
        CHECK(f.mediaRequests() == 1);
        CHECK(f.readFile(f.media(u"b.svg"_s)).startsWith("<svg"));
    }
}

TEST_CASE("A resource whose ETag changed is downloaded again once it is stale")
{
    INTEGREAT_REQUIRE_CORPUS();
    ResourceFixture f;
    // The server says the thumbnail must be revalidated every time; the rest stays fresh.
    f.serveFile(u"thumb.jpg"_s, "JPEG-thumb", "\"t1\"", {{"Cache-Control", "max-age=0"}});
    REQUIRE(f.sync({u"de"_s}).resources.fetched == 4);

    f.server.clearRequests();
    const auto unchanged = f.sync({u"de"_s});
    CHECK(unchanged.resources.notModified == 1);
    CHECK(unchanged.resources.fresh == 3);
    CHECK(unchanged.resources.bytes == 0);
    REQUIRE(f.mediaRequests() == 1);
    CHECK(f.mediaRequestList().first().headers.value("if-none-match") == "\"t1\"");

    f.serveFile(u"thumb.jpg"_s, "JPEG-thumb, new version", "\"t2\"",
                {{"Cache-Control", "max-age=0"}});
    const auto changed = f.sync({u"de"_s});
    CHECK(changed.resources.fetched == 1);
    CHECK(changed.resources.bytes == QByteArray("JPEG-thumb, new version").size());
    CHECK(f.readFile(f.media(u"thumb.jpg"_s)) == "JPEG-thumb, new version");
    CHECK(f.row(f.media(u"thumb.jpg"_s))->etag == "\"t2\"");
}

TEST_CASE("A resource answering 500 does not fail the sync and is fetched on the next sync")
{
    INTEGREAT_REQUIRE_CORPUS();
    ResourceFixture f;
    f.server.addFault(u"/media/a.png"_s, FaultSpec{Fault::Status, -1, 500, "oops", {}});
    const auto report = f.sync({u"de"_s});
    REQUIRE(report.ok()); // the content is saved
    CHECK(report.resources.fetched == 3);
    CHECK(report.resources.failed == 1);
    REQUIRE(report.resources.errors.size() == 1);
    CHECK(report.resources.errors.first().contains(u"a.png"_s));
    CHECK(report.resources.errors.first().contains(u"500"_s));
    CHECK(f.mediaRequests(u"a.png"_s) == 2); // one retry, no storm
    CHECK_FALSE(QFile::exists(f.fileOf(f.media(u"a.png"_s))));
    CHECK(f.partialFiles().isEmpty());
    CHECK(f.store->resourceStats().failed == 1);
    CHECK(f.row(f.media(u"a.png"_s))->failures == 1);

    f.server.clearFaults();
    const auto next = f.sync({u"de"_s});
    CHECK(next.resources.fetched == 1);
    CHECK(next.resources.fresh == 3);
    CHECK(f.readFile(f.media(u"a.png"_s)) == "PNG-A");
    CHECK(f.store->resourceStats().failed == 0);
    CHECK(f.row(f.media(u"a.png"_s))->failures == 0);
}

TEST_CASE("A download cut off mid-body leaves no partial file and keeps the old copy")
{
    INTEGREAT_REQUIRE_CORPUS();
    ResourceFixture f;
    REQUIRE(f.sync({u"de"_s}).resources.fetched == 4);
    f.setResourceOptions([](sync::ResourceOptions &o) { o.revalidateAll = true; });

    const QByteArray newBody(64 * 1024, 'N');
    f.serveFile(u"a.png"_s, newBody, "\"a2\"");
    f.server.addFault(u"/media/a.png"_s, FaultSpec{Fault::CloseMidBody, -1, 200, {}, {}});
    const auto report = f.sync({u"de"_s});
    REQUIRE(report.ok());
    CHECK(report.resources.failed == 1);
    CHECK(report.resources.notModified == 3);
    CHECK(f.readFile(f.media(u"a.png"_s)) == "PNG-A"); // the old copy is still there
    CHECK(f.partialFiles().isEmpty());

    f.server.clearFaults();
    const auto next = f.sync({u"de"_s});
    CHECK(next.resources.fetched == 1);
    CHECK(f.readFile(f.media(u"a.png"_s)) == newBody);
    CHECK(f.partialFiles().isEmpty());
}

TEST_CASE("Resources no stored content refers to any more are deleted with their rows")
{
    INTEGREAT_REQUIRE_CORPUS();
    ResourceFixture f;
    REQUIRE(f.sync({u"de"_s}).resources.fetched == 4);

    // Another region's content still refers to the thumbnail.
    store::LanguageContent other;
    other.region = u"nurnberg"_s;
    other.language.code = u"de"_s;
    model::Page page;
    page.path = u"/nurnberg/de/bild/"_s;
    page.thumbnail = f.media(u"thumb.jpg"_s);
    other.pages << page;
    f.store->applyLanguage(other);

    // A crash leftover nothing knows of.
    const QString stray = QDir(f.resourceDir).filePath(u"0123.png.partial"_s);
    {
        QFile file(stray);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("junk");
        file.setFileTime(QDateTime(QDate(2020, 1, 1), QTime(0, 0)),
                         QFileDevice::FileModificationTime);
    }

    f.servePages(u"augsburg"_s, u"de"_s, QJsonArray{f.firstPage()}); // the second page is gone
    const auto report = f.sync({u"de"_s});
    REQUIRE(report.ok());
    CHECK(report.languages.first().counts.pages.removed == 1);
    CHECK(report.resources.pruned == 1);
    CHECK_FALSE(QFile::exists(f.fileOf(f.media(u"b.svg"_s))));
    CHECK_FALSE(f.row(f.media(u"b.svg"_s)));
    CHECK(QFile::exists(f.fileOf(f.media(u"thumb.jpg"_s)))); // nurnberg still shows it
    CHECK(f.row(f.media(u"thumb.jpg"_s)));
    CHECK(QFile::exists(f.fileOf(f.media(u"a.png"_s))));
    CHECK_FALSE(QFile::exists(stray));
    CHECK(f.store->resourceStats().count == 3);
}

TEST_CASE("Content stored with integreat-resource links keeps its files and revalidates them")
{
    INTEGREAT_REQUIRE_CORPUS();
    ResourceFixture f;
    REQUIRE(f.sync({u"de"_s}).resources.fetched == 4);

    // The second page now refers to b.svg the way sanitized HTML does, and lost its thumbnail.
    const QString local = content::localResourceUrl(QUrl(f.media(u"b.svg"_s))).toString();
    f.servePages(u"augsburg"_s, u"de"_s,
                 QJsonArray{f.firstPage(),
                            ResourceFixture::page(2, u"zwei"_s, u"<img src=\"%1\">"_s.arg(local))});
    f.setResourceOptions([](sync::ResourceOptions &o) { o.revalidateAll = true; });
    f.server.clearRequests();
    const auto report = f.sync({u"de"_s});
    REQUIRE(report.ok());
    CHECK(report.resources.pruned == 1); // the thumbnail only
    CHECK(report.resources.notModified == 3);
    CHECK(f.mediaRequests(u"b.svg"_s) == 1);
    CHECK(QFile::exists(f.fileOf(f.media(u"b.svg"_s))));
    CHECK_FALSE(QFile::exists(f.fileOf(f.media(u"thumb.jpg"_s))));
}

TEST_CASE("Redirects are followed only to allowed hosts")
{
    INTEGREAT_REQUIRE_CORPUS();
    ResourceFixture f;
    f.server.setRoute(
        u"/media/moved.png"_s,
        Response{301, {}, {{"Location", f.media(u"a.png"_s).toUtf8()}}, "text/plain"});
    f.server.setRoute(
        u"/media/away.png"_s,
        Response{302, {}, {{"Location", f.foreignMedia(u"foreign.png"_s).toUtf8()}}, "text/plain"});
    f.servePages(
        u"augsburg"_s, u"de"_s,
        QJsonArray{ResourceFixture::page(
            1, u"eins"_s, u"<img src=\"/media/moved.png\"><img src=\"/media/away.png\">"_s)});
    const auto report = f.sync({u"de"_s});
    REQUIRE(report.ok());
    CHECK(report.resources.fetched == 1);
    CHECK(report.resources.failed == 1);
    CHECK(f.readFile(f.media(u"moved.png"_s)) == "PNG-A");
    CHECK_FALSE(QFile::exists(f.fileOf(f.media(u"away.png"_s))));
    CHECK(f.mediaRequests(u"foreign.png"_s) == 0);
}

TEST_CASE("Cancelling during the resource pass stops it and leaves no partial file")
{
    INTEGREAT_REQUIRE_CORPUS();
    ResourceFixture f;
    f.server.addFault(u"/media/a.png"_s, FaultSpec{Fault::Stall, -1, 200, {}, {}});
    bool armed = false;
    QObject::connect(f.engine.get(), &sync::SyncEngine::resourceProgress,
                     [&](const sync::ResourceProgress &) {
                         if (!armed) {
                             armed = true;
                             QTimer::singleShot(150, f.engine.get(), [&] { f.engine->cancel(); });
                         }
                     });
    QElapsedTimer clock;
    clock.start();
    const auto report = f.sync({u"de"_s});
    CHECK(clock.elapsed() < 1400); // well before the 1.5 s transfer timeout
    CHECK(report.cancelled);
    CHECK(report.languages.first().ok); // the content was saved before
    CHECK_FALSE(QFile::exists(f.fileOf(f.media(u"a.png"_s))));
    CHECK(f.partialFiles().isEmpty());
}

TEST_CASE("A server in trouble stops the resource pass early instead of a storm of retries")
{
    INTEGREAT_REQUIRE_CORPUS();
    ResourceFixture f;
    f.setResourceOptions([](sync::ResourceOptions &o) {
        o.parallel = 1;
        o.maxFailuresInARow = 3;
    });
    SECTION("failures in a row")
    {
        f.server.addFault(u"/media/*"_s, FaultSpec{Fault::Status, -1, 500, "down", {}});
        const auto report = f.sync({u"de"_s});
        REQUIRE(report.ok());
        CHECK(f.mediaRequests() == 3);
        CHECK(report.resources.failed == 3);
        CHECK(report.resources.skipped == 1);
        CHECK(report.resources.errors.constLast().contains(u"3"_s));
    }
    SECTION("the server asks to slow down")
    {
        f.server.addFault(u"/media/*"_s,
                          FaultSpec{Fault::Status, -1, 503, "busy", {{"Retry-After", "60"}}});
        const auto report = f.sync({u"de"_s});
        REQUIRE(report.ok());
        CHECK(f.mediaRequests() == 1);
        CHECK(report.resources.failed == 1);
        CHECK(report.resources.skipped == 3);
    }
    CHECK(f.partialFiles().isEmpty());
    f.server.clearFaults();
    CHECK(f.sync({u"de"_s}).resources.fetched == 4); // all of them next time
}

TEST_CASE("Resource freshness comes from Cache-Control or Expires (net::freshness)")
{
    const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    const auto lifetime = [&](const QByteArray &control, const QByteArray &expires) {
        return net::freshness(control, expires, {}, now).serverLifetimeSecs;
    };
    CHECK(lifetime("public, max-age=3600", {}) == 3600);
    CHECK(lifetime("no-cache", {}) == 0);
    CHECK(lifetime("max-age=60, no-store", {}) == 0);
    CHECK(lifetime({}, "Thu, 01 Jan 2026 13:00:00 GMT") == 3600);
    CHECK(lifetime({}, "0") == 0);
    CHECK(lifetime("max-age=10", "Thu, 01 Jan 2026 13:00:00 GMT") == 10);
    CHECK_FALSE(lifetime({}, {}).has_value());
}
