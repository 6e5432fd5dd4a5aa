// Content packs (core/sync/packimporter.h) with the demo town of resources/demo read from the
// source tree: it maps with the real mappers, lands in the store whole, its images in the
// resource cache under the names the views look for, and its own links and images resolve.
#include "core/content/resourcename.h"
#include "core/paths/datapaths.h"
#include "core/store/resourcetable.h"
#include "core/store/store.h"
#include "core/sync/packimporter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace Qt::StringLiterals;

namespace {

const QString DemoDir = QStringLiteral(INTEGREAT_DEMO_PACK_DIR);
const QStringList Languages{u"de"_s, u"en"_s, u"ar"_s};
const QDateTime Now = QDateTime::fromString(u"2027-05-01T12:00:00Z"_s, Qt::ISODate);

struct Fixture
{
    QTemporaryDir dir;
    store::Store store{paths::DataPaths(dir.path()).storeFile()};
    sync::PackReport import(const QString &pack = DemoDir, const QStringList &languages = {})
    {
        sync::PackImporter importer(store, dir.path());
        importer.setNow(Now);
        return importer.import(pack, languages);
    }
};

/// A copy of the demo pack in a temporary folder, to damage.
void copyPack(const QString &to)
{
    QDirIterator it(DemoDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString target = to + u'/' + QDir(DemoDir).relativeFilePath(from);
        QDir().mkpath(QFileInfo(target).path());
        REQUIRE(QFile::copy(from, target));
    }
}

} // namespace

TEST_CASE("packimporter: the demo town lands whole in three languages", "[packimporter]")
{
    Fixture f;
    const sync::PackReport report = f.import();
    INFO(report.error.toStdString());
    REQUIRE(report.ok());
    CHECK(report.region == u"musterstadt"_s);
    CHECK(report.languages == Languages);
    CHECK(report.pages >= 90);

    const auto region = f.store.region(u"musterstadt"_s);
    REQUIRE(region);
    CHECK(region->live);
    CHECK(region->name.contains(u"Demo"_s));
    REQUIRE(region->languages.size() == 3);
    CHECK(region->languages.at(2).rightToLeft);
    CHECK(region->languages.at(2).nativeName == u"العربية"_s);

    for (const QString &language : Languages) {
        INFO(language.toStdString());
        const QList<model::Page> pages = f.store.pages(u"musterstadt"_s, language);
        CHECK(pages.size() >= 30);
        const QList<model::Page> roots = f.store.childPages(u"musterstadt"_s, language, {});
        CHECK(roots.size() >= 8);
        for (const model::Page &page : pages) {
            CHECK_FALSE(page.title.isEmpty());
            CHECK_FALSE(page.content.isEmpty());
            CHECK(page.availableLanguages.size() == 2);
        }
        CHECK(f.store.events(u"musterstadt"_s, language).size() >= 3);
        CHECK(f.store.places(u"musterstadt"_s, language).size() >= 5);
        CHECK(f.store.placeCategories(u"musterstadt"_s, language).size() >= 4);
        CHECK(f.store.news(u"musterstadt"_s, language).size() >= 3);
        const auto imprint = f.store.imprint(u"musterstadt"_s, language);
        REQUIRE(imprint);
        CHECK((imprint->content.contains(u"Musterstadt"_s) ||
               imprint->content.contains(u"موسترشتات"_s)));
        for (const model::Place &place : f.store.places(u"musterstadt"_s, language)) {
            CHECK(place.address.latitude.has_value());
            CHECK(place.openingHours.size() == 7);
            CHECK(place.category.has_value());
        }
    }
    // The welcome page says it is a demo, in every language.
    CHECK(f.store.page(u"musterstadt"_s, u"de"_s, u"/musterstadt/de/willkommen/"_s)
              ->content.contains(u"Demo-Stadt"_s));
    CHECK(f.store.page(u"musterstadt"_s, u"en"_s, u"/musterstadt/en/welcome/"_s)
              ->content.contains(u"demo town"_s));
    CHECK(f.store.pages(u"musterstadt"_s, u"ar"_s).constFirst().content.contains(u"تجريبية"_s));
}

TEST_CASE("packimporter: images go to the resource cache under the URL's name", "[packimporter]")
{
    Fixture f;
    REQUIRE(f.import().ok());
    const QStringList images = QDir(DemoDir + u"/images"_s).entryList({u"*.svg"_s}, QDir::Files);
    REQUIRE(images.size() >= 10);
    store::ResourceTable table = f.store.resources();
    for (const QString &name : images) {
        const QUrl url(u"https://cms.integreat-app.de/media/demo/"_s + name);
        const QString file =
            paths::DataPaths(f.dir.path()).resourceDir() + u'/' + content::resourceFileName(url);
        INFO(name.toStdString());
        CHECK(QFileInfo(file).size() == QFileInfo(DemoDir + u"/images/"_s + name).size());
        const auto record = table.find(QString::fromUtf8(url.toEncoded()));
        REQUIRE(record);
        CHECK(record->isCached());
        CHECK(record->file == content::resourceFileName(url));
    }
}

TEST_CASE("packimporter: every link and image in the demo resolves inside the pack",
          "[packimporter]")
{
    Fixture f;
    REQUIRE(f.import().ok());
    // Links as stored (the sanitizer percent-encodes non-ASCII paths).
    static const QRegularExpression href(
        u"href=\"(https://integreat\\.app/musterstadt/[^\"]+)\""_s);
    static const QRegularExpression src(
        u"src=\"https://cms\\.integreat-app\\.de/media/demo/([^\"]+)\""_s);
    int links = 0, images = 0;
    for (const QString &language : Languages) {
        QSet<QString> paths;
        const QList<model::Page> pages = f.store.pages(u"musterstadt"_s, language);
        for (const model::Page &page : pages)
            paths.insert(page.path);
        for (const model::Page &page : pages) {
            INFO(page.path.toStdString());
            for (auto it = href.globalMatch(page.content); it.hasNext();) {
                const QUrl link(it.next().captured(1));
                CHECK(paths.contains(link.path(QUrl::FullyDecoded)));
                ++links;
            }
            for (auto it = src.globalMatch(page.content); it.hasNext();) {
                CHECK(QFileInfo::exists(DemoDir + u"/images/"_s + it.next().captured(1)));
                ++images;
            }
            if (!page.thumbnail.isEmpty())
                CHECK(QFileInfo::exists(DemoDir + u"/images/"_s + QUrl(page.thumbnail).fileName()));
            for (auto it = page.availableLanguages.cbegin(); it != page.availableLanguages.cend();
                 ++it)
                CHECK(f.store.page(u"musterstadt"_s, it.key(), it.value()));
        }
    }
    CHECK(links >= 15);
    CHECK(images >= 9);
}

TEST_CASE("packimporter: one-off events are moved ahead and recurring ones keep their rule",
          "[packimporter]")
{
    Fixture f;
    REQUIRE(f.import().ok());
    int oneOff = 0, recurring = 0;
    for (const model::Event &event : f.store.events(u"musterstadt"_s, u"de"_s)) {
        if (event.recurrenceRule.isEmpty()) {
            CHECK(event.start > Now);
            CHECK(event.start < Now.addDays(8));
            CHECK(event.end > event.start);
            // Moved by whole weeks keeping the wall clock: the parents' evening of 12 March
            // (18:00, winter time) is at 18:00 in May too, and the festival of 20 June at 14:00.
            const QTimeZone berlin("Europe/Berlin");
            if (event.path.endsWith(u"/elternabend-schule/"_s))
                CHECK(event.start.toTimeZone(berlin).time() == QTime(18, 0));
            if (event.path.endsWith(u"/fest-der-kulturen/"_s))
                CHECK(event.start.toTimeZone(berlin).time() == QTime(14, 0));
            ++oneOff;
        } else {
            CHECK(event.recurrenceRule.contains(u"RRULE:"_s));
            ++recurring;
        }
    }
    CHECK(oneOff >= 1);
    CHECK(recurring >= 1);
}

TEST_CASE("packimporter: importing again changes nothing and a subset imports only that",
          "[packimporter]")
{
    Fixture f;
    REQUIRE(f.import().ok());
    const qint64 before = f.store.totalChanges();
    const sync::PackReport again = f.import();
    REQUIRE(again.ok());
    // Only bookkeeping (sync_state, the region row, the resource rows) is written again.
    CHECK(f.store.totalChanges() - before < 40);

    Fixture g;
    const sync::PackReport german = g.import(DemoDir, {u"de"_s});
    REQUIRE(german.ok());
    CHECK(german.languages == QStringList{u"de"_s});
    CHECK(g.store.pages(u"musterstadt"_s, u"en"_s).isEmpty());
}

TEST_CASE("packimporter: HTML is sanitized like synced content", "[packimporter]")
{
    QTemporaryDir packDir;
    copyPack(packDir.path());
    // A hostile pack: script, an event handler and a javascript: link in the first page.
    QFile pages(packDir.path() + u"/en/pages.json"_s);
    REQUIRE(pages.open(QIODevice::ReadOnly));
    QByteArray json = pages.readAll();
    pages.close();
    json.replace("<p>We are glad", "<script>alert(1)</script><p onclick='x()'>"
                                   "<a href='javascript:evil()'>x</a>We are glad");
    REQUIRE(pages.open(QIODevice::WriteOnly | QIODevice::Truncate));
    pages.write(json);
    pages.close();

    Fixture f;
    REQUIRE(f.import(packDir.path(), {u"en"_s}).ok());
    const auto welcome = f.store.page(u"musterstadt"_s, u"en"_s, u"/musterstadt/en/welcome/"_s);
    REQUIRE(welcome);
    CHECK(welcome->content.contains(u"We are glad"_s));
    CHECK_FALSE(welcome->content.contains(u"script"_s));
    CHECK_FALSE(welcome->content.contains(u"onclick"_s));
    CHECK_FALSE(welcome->content.contains(u"javascript"_s));
    // Images keep their CMS URL (the resource cache and the views map it to the cached file).
    CHECK(welcome->content.contains(
        u"src=\"https://cms.integreat-app.de/media/demo/welcome.svg\""_s));
}

TEST_CASE("packimporter: numbers in the Arabic content are isolated, German ones are not",
          "[packimporter]")
{
    Fixture f;
    REQUIRE(f.import(DemoDir, {u"ar"_s, u"de"_s}).ok());
    const QChar lri(0x2066), pdi(0x2069);
    const auto arabic =
        f.store.page(u"musterstadt"_s, u"ar"_s, u"/musterstadt/ar/الوصول/تسجيل-السكن/"_s);
    REQUIRE(arabic);
    CHECK(arabic->content.contains(lri + u"01234 5678-0"_s + pdi));
    for (const model::Page &page : f.store.pages(u"musterstadt"_s, u"de"_s))
        CHECK_FALSE(page.content.contains(lri));
}

TEST_CASE("packimporter: a damaged or incomplete pack writes nothing", "[packimporter]")
{
    QTemporaryDir packDir;
    copyPack(packDir.path());
    SECTION("a list is not JSON")
    {
        QFile broken(packDir.path() + u"/ar/events.json"_s);
        REQUIRE(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("[{\"id\": 1, ");
    }
    SECTION("a list is missing")
    {
        REQUIRE(QFile::remove(packDir.path() + u"/en/news.json"_s));
    }
    SECTION("an image is missing")
    {
        REQUIRE(QFile::remove(packDir.path() + u"/images/welcome.svg"_s));
    }
    Fixture f;
    const sync::PackReport report = f.import(packDir.path());
    CHECK_FALSE(report.ok());
    CHECK_FALSE(report.error.isEmpty());
    CHECK(f.store.regions().isEmpty());
    CHECK(f.store.pages(u"musterstadt"_s, u"de"_s).isEmpty());
    CHECK(f.store.integrityCheck() == u"ok"_s);
}
