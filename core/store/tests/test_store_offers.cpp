// Schema 7: embedded offers of pages and the region's chat privacy notice read back as written.

#include "core/store/database.h"
#include "core/store/resourcetable.h"
#include "core/store/schema.h"
#include "storeaccess.h"
#include "test_store_fixtures.h"

using namespace integreat;
using namespace integreat::store;
using namespace integreat::testing::store;
using namespace Qt::StringLiterals;

TEST_CASE("A page's offers read back with their post fields in order")
{
    TempDb tmp;
    Store store(tmp.path());
    LanguageContent c = content(3);
    model::Offer radar{u"Lehrstellenradar"_s,
                       u"lehrstellen-radar"_s,
                       u"https://www.lehrstellen-radar.de/5100,0,lsrlist.html"_s,
                       u"https://cms.integreat-app.de/radar.jpg"_s,
                       {{u"search-radius"_s, u"50"_s}, {u"search-plz"_s, u"86150"_s}}};
    model::Offer zammad{u"Kontakt"_s,
                        u"zammad-formular"_s,
                        {},
                        {},
                        {{u"form-id"_s, u"7"_s}, {u"zammad-url"_s, u"https://z.example.com"_s}}};
    c.pages[1].offers = {radar, zammad};
    store.applyLanguage(c);

    const auto page = store.page(u"augsburg"_s, u"de"_s, c.pages[1].path);
    REQUIRE(page);
    REQUIRE(page->offers.size() == 2);
    CHECK(page->offers.at(0) == radar);
    CHECK(page->offers.at(1) == zammad);
    CHECK(store.page(u"augsburg"_s, u"de"_s, c.pages[0].path)->offers.isEmpty());

    // Offer thumbnails are resources of the region, fetched by the resource pass.
    QStringList thumbnails;
    store.resources().forEachSource([&](const ResourceSource &source) {
        if (!source.isHtml)
            thumbnails << source.text;
    });
    CHECK(thumbnails.contains(u"https://cms.integreat-app.de/radar.jpg"_s));
}

TEST_CASE("The region's chat privacy notice reads back, empty when the CMS has none")
{
    TempDb tmp;
    Store store(tmp.path());
    model::Region withChat = region(u"nurnberg"_s);
    withChat.chatEnabled = true;
    withChat.chatPrivacyUrl = u"https://example.org/privacy"_s;
    model::Region without = region(u"augsburg"_s);
    store.saveRegions({withChat, without});
    const auto read = store.region(u"nurnberg"_s);
    REQUIRE(read);
    CHECK(read->chatEnabled);
    CHECK(read->chatPrivacyUrl == u"https://example.org/privacy"_s);
    CHECK(store.region(u"augsburg"_s)->chatPrivacyUrl.isEmpty());
    CHECK(Schema::version(integreat::testing::StoreAccess::database(store)) >= 7);
}
