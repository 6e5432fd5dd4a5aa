// News are kept for a bounded time and number per (region, language) (issue 11).
#include "core/store/contentwriter.h"
#include "core/store/store.h"
#include "test_store_fixtures.h"

#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing::store;
using integreat::store::ContentWriter;
using integreat::store::LanguageContent;
using integreat::store::Store;
using namespace Qt::StringLiterals;

namespace {
LanguageContent newsOnly(const QList<model::NewsItem> &news, const QDateTime &syncedAt)
{
    LanguageContent c;
    c.region = u"augsburg"_s;
    c.language = language();
    c.news = news;
    c.syncedAt = syncedAt;
    return c;
}

model::NewsItem dated(int n, const QDateTime &when)
{
    model::NewsItem item = news(n);
    item.displayDate = when;
    item.lastUpdated = when;
    return item;
}
} // namespace

TEST_CASE("store: news older than a year are pruned once the server stops sending them")
{
    TempDb db;
    Store store(db.path());
    const QDateTime now = at("2026-06-01T12:00:00.000Z");
    const QDateTime old = now.addDays(-ContentWriter::MaxNewsAgeDays - 10);
    store.applyLanguage(newsOnly({dated(1, old), dated(2, now.addDays(-3))}, now));
    // Still sent by the server: kept however old it is.
    CHECK(store.news(u"augsburg"_s, u"de"_s).size() == 2);

    // The server no longer sends either: the old one goes, the recent one stays.
    const auto result = store.applyLanguage(newsOnly({dated(3, now)}, now.addDays(1)));
    CHECK(result.news.removed == 1);
    QStringList ids;
    for (const auto &item : store.news(u"augsburg"_s, u"de"_s))
        ids << item.id;
    CHECK(ids == QStringList{u"local-3"_s, u"local-2"_s});
    CHECK(store.integrityCheck() == u"ok"_s);
}

TEST_CASE("store: a flooding server cannot keep more than MaxNewsItems news")
{
    TempDb db;
    Store store(db.path());
    const QDateTime now = at("2026-06-01T12:00:00.000Z");
    const int batch = ContentWriter::MaxNewsItems / 2 + 100;
    int next = 0;
    for (int sync = 0; sync < 3; ++sync) {
        QList<model::NewsItem> flood;
        for (int i = 0; i < batch; ++i, ++next)
            flood << dated(next, now.addSecs(next));
        store.applyLanguage(newsOnly(flood, now.addDays(sync)));
        CHECK(store.news(u"augsburg"_s, u"de"_s).size() ==
              std::min<qsizetype>(next, ContentWriter::MaxNewsItems));
    }
    // The newest are the ones kept.
    const auto kept = store.news(u"augsburg"_s, u"de"_s);
    CHECK(kept.first().id == u"local-%1"_s.arg(next - 1));
    CHECK(kept.last().id == u"local-%1"_s.arg(next - ContentWriter::MaxNewsItems));

    SECTION("one list larger than the limit keeps only its newest items")
    {
        TempDb other;
        Store fresh(other.path());
        QList<model::NewsItem> flood;
        for (int i = 0; i < ContentWriter::MaxNewsItems + 50; ++i)
            flood << dated(i, now.addSecs(i));
        const auto result = fresh.applyLanguage(newsOnly(flood, now));
        CHECK(result.news.added == ContentWriter::MaxNewsItems);
        CHECK(result.news.removed == 0);
        CHECK(fresh.news(u"augsburg"_s, u"de"_s).last().id == u"local-50"_s);
    }
}
