// `embedded_offers` of pages: the corpus pages that carry them, and offers built to hurt.
#include "core/api/mappers.h"
#include "corpus.h"
#include "test_mappers_support.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace integreat;
using namespace integreat::api;
using integreat::testing::corpusJson;
using integreat::testing::jsonDoc;
using namespace Qt::StringLiterals;

namespace {

const model::Page *pageAt(const QList<model::Page> &pages, const QString &path)
{
    for (const model::Page &page : pages) {
        if (page.path == path)
            return &page;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Corpus pages carry their embedded offers: the IHK link and the Zammad form")
{
    INTEGREAT_REQUIRE_CORPUS();
    const MapResult<model::Page> result = mapPages(corpusJson(u"augsburg_de_pages.json"_s));
    REQUIRE(result.ok());

    const model::Page *everyday = pageAt(result.items, u"/augsburg/de/alltag/"_s);
    REQUIRE(everyday);
    REQUIRE(everyday->offers.size() == 1);
    const model::Offer &ihk = everyday->offers.constFirst();
    CHECK(ihk.name == u"IHK Lehrstellenbörse"_s);
    CHECK(ihk.alias == u"ihk-lehrstellenboerse"_s);
    // The CMS appended the region's postal code to the URL already.
    CHECK(
        ihk.url ==
        u"https://www.ihk-lehrstellenboerse.de/joboffers/search.html?distance=1&location=86150"_s);
    CHECK(ihk.thumbnail.endsWith(u"/extra-thumbnails/ihk-lehrstellenboerse.png"_s));
    CHECK(ihk.post.isEmpty());
    CHECK_FALSE(ihk.isPostForm());

    const model::Page *office =
        pageAt(result.items, u"/augsburg/de/behörden-und-beratung/behörden/ausländerbehörde/"_s);
    REQUIRE(office);
    REQUIRE(office->offers.size() == 1);
    const model::Offer &zammad = office->offers.constFirst();
    CHECK(zammad.isZammadForm());
    CHECK(zammad.zammadUrl() == u"https://zammad.example.com"_s);
    CHECK(zammad.postValue(u"form-id"_s) == u"example"_s);
    CHECK(zammad.url.isEmpty());
    CHECK(zammad.thumbnail.isEmpty());

    int withOffers = 0;
    for (const model::Page &page : result.items)
        withOffers += page.offers.isEmpty() ? 0 : 1;
    CHECK(withOffers == 2);
}

TEST_CASE("The corpus Lehrstellenradar offer is a form posted to its URL, fields in order")
{
    INTEGREAT_REQUIRE_CORPUS();
    // The offers list has the same objects the CMS embeds; wrap it as one page's offers.
    const QJsonArray offers = corpusJson(u"augsburg-offers.json"_s).array();
    REQUIRE(offers.size() == 4);
    QJsonObject page{{u"path"_s, u"/augsburg/de/jobs/"_s},
                     {u"title"_s, u"Jobs"_s},
                     {u"embedded_offers"_s, offers}};
    const MapResult<model::Page> result = mapPages(QJsonDocument(page));
    REQUIRE(result.items.size() == 1);
    const QList<model::Offer> &mapped = result.items.constFirst().offers;
    REQUIRE(mapped.size() == 4);
    const model::Offer &radar = mapped.at(1);
    CHECK(radar.name == u"Lehrstellenradar"_s);
    CHECK(radar.isPostForm());
    CHECK(radar.url == u"https://www.lehrstellen-radar.de/5100,0,lsrlist.html"_s);
    CHECK(radar.postValue(u"search-plz"_s) == u"86150"_s);
    CHECK(radar.post.size() == 4);
    CHECK(mapped.at(2).alias == u"sprungbrett"_s);
    CHECK(mapped.at(3).isZammadForm());
}

TEST_CASE("Hostile embedded offers are left out with a note, the page is kept")
{
    const QJsonDocument doc = jsonDoc(R"JSON([{
        "path": "/augsburg/de/a/", "title": "A",
        "embedded_offers": [
            "just a string",
            {"name": "", "url": "https://example.org/"},
            {"name": "Script", "url": "javascript:alert(1)", "thumbnail": "file:///etc/passwd"},
            {"name": "Local file", "url": "file:///etc/passwd"},
            {"name": "Broken form", "url": "", "post": {"zammad-url": "ftp://x"}},
            {"name": "Odd post", "url": "https://example.org/form", "post": {"a": 1, "b": null, "c": {"d": 2}}},
            {"name": "Post not an object", "url": "https://example.org/", "post": [1, 2]},
            {"name": 7, "url": "https://example.org/"}
        ]},
        {"path": "/augsburg/de/b/", "title": "B", "embedded_offers": {"name": "not a list"}},
        {"path": "/augsburg/de/c/", "title": "C", "embedded_offers": null}
    ])JSON");
    const MapResult<model::Page> result = mapPages(doc);
    REQUIRE(result.ok());
    REQUIRE(result.items.size() == 3);

    const QList<model::Offer> &offers = result.items.at(0).offers;
    REQUIRE(offers.size() == 3);
    CHECK(offers.at(0).name == u"Odd post"_s);
    CHECK(offers.at(0).isPostForm());
    CHECK(offers.at(0).post == QList<QPair<QString, QString>>{{u"a"_s, u"1"_s}});
    CHECK(offers.at(1).name == u"Post not an object"_s);
    CHECK(offers.at(1).post.isEmpty());
    CHECK(offers.at(2).name == u"7"_s); // numbers are read as text, like other fields
    for (const model::Offer &offer : offers) {
        CHECK_FALSE(offer.url.startsWith(u"javascript"_s));
        CHECK_FALSE(offer.url.startsWith(u"file"_s));
    }
    CHECK(result.items.at(1).offers.isEmpty());
    CHECK(result.items.at(2).offers.isEmpty());

    const QString warnings = result.warnings.join(u'\n');
    CHECK(warnings.contains(u"embedded offer 0 left out: it is a string"_s));
    CHECK(warnings.contains(u"embedded offer 1 left out: it has no name"_s));
    CHECK(warnings.contains(u"embedded offer 2 url is not a web address"_s));
    CHECK(warnings.contains(u"embedded offer 4 zammad-url is not a web address"_s));
    CHECK(warnings.contains(u"embedded_offers is an object, not a list"_s));
}
