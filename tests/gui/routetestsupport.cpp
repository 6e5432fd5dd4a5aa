#include "routetestsupport.h"

#include "guifixture.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace integreat::testing {

void storeLocalNews(GuiFixture &f)
{
    store::LanguageContent content;
    content.region = u"augsburg"_s;
    const auto region = f.store->region(u"augsburg"_s);
    REQUIRE(region);
    for (const model::Language &language : region->languages) {
        if (language.code == u"de"_s)
            content.language = language;
    }
    content.pages = f.store->pages(u"augsburg"_s, u"de"_s);
    model::NewsItem item;
    item.id = u"local-7"_s;
    item.source = u"local"_s;
    item.title = u"Sprechstunde im Rathaus"_s;
    item.content = u"Jeden Dienstag von 9 bis 12 Uhr."_s;
    item.displayDate = QDateTime::currentDateTimeUtc();
    item.lastUpdated = item.displayDate;
    content.news = QList<model::NewsItem>{item};
    f.store->applyLanguage(content);
}

} // namespace integreat::testing
