// Keeping the search index whole: a store from before search (schema version 2), an index
// built by another normalizer, and content that changed behind the index's back.
#include "core/store/schema.h"
#include "core/store/searchindex.h"
#include "storeaccess.h"
#include "test_search_support.h"

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

const QString kRegion = u"testumgebung"_s;

QList<model::Page> pages()
{
    return {SearchStore::page(kRegion, u"de"_s, u"ankunft"_s, u"Ankunftszentrum"_s,
                              u"<p>Erste Schritte nach der Ankunft.</p>"_s),
            SearchStore::page(kRegion, u"de"_s, u"wohnen"_s, u"Wohnen"_s,
                              u"<p>Hilfe bei der Wohnungssuche.</p>"_s),
            SearchStore::page(kRegion, u"de"_s, u"arbeit"_s, u"Arbeit"_s,
                              u"<p>Jobcenter und Arbeitsagentur.</p>"_s)};
}

void checkFtsIntegrity(store::Store &store)
{
    CHECK_NOTHROW(integreat::testing::StoreAccess::database(store).exec(
        u"INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 0)"_s));
    CHECK(store.integrityCheck() == u"ok");
}

} // namespace

TEST_CASE("search: a store from before search gets its content indexed", "[search][index]")
{
    SearchStore s;
    s.apply(kRegion, u"de"_s, pages());
    integreat::testing::StoreAccess::database(*s.store).exec(
        u"DROP TABLE search_vocab; DROP TABLE search_terms; "
        u"DROP TABLE search_fts; DROP TABLE search_docs; "
        u"DROP TABLE search_scopes; DROP TABLE search_state; "
        u"PRAGMA user_version = 2"_s);
    s.open(); // migrates to the current version, which indexes what is stored
    CHECK(store::Schema::version(integreat::testing::StoreAccess::database(*s.store)) ==
          store::Schema::currentVersion());
    CHECK(s.paths(u"ankunft"_s).size() == 1);
    CHECK(s.paths(u"wohnungssuche"_s) == QStringList{u"/testumgebung/de/wohnen/"_s});
    CHECK(s.indexRows().size() == 3);
    checkFtsIntegrity(*s.store);
}

TEST_CASE("search: an index built by another normalizer is rebuilt when the store opens",
          "[search][index]")
{
    SearchStore s;
    s.apply(kRegion, u"de"_s, pages());
    // as if an older build had indexed different words
    integreat::testing::StoreAccess::database(*s.store).exec(
        u"UPDATE search_state SET stamp = 'normalizer 0'; "
        u"INSERT INTO search_fts (search_fts) VALUES ('delete-all')"_s);
    CHECK(s.paths(u"ankunft"_s).isEmpty());
    s.open();
    CHECK(integreat::testing::StoreAccess::database(*s.store).queryText(
              u"SELECT stamp FROM search_state"_s) == store::SearchIndex::stamp());
    CHECK(s.paths(u"ankunft"_s).size() == 1);
    checkFtsIntegrity(*s.store);

    // an up-to-date store is not touched when opened
    s.open();
    CHECK(s.store->totalChanges() == 0);
    CHECK(integreat::testing::StoreAccess::database(*s.store).totalChanges() == 0);
}

TEST_CASE("search: content that changed behind the index's back does not damage it",
          "[search][index]")
{
    SearchStore s;
    QList<model::Page> list = pages();
    s.apply(kRegion, u"de"_s, list);
    // the stored text no longer yields what was indexed (like a changed HTML-to-text step)
    integreat::testing::StoreAccess::database(*s.store).exec(
        u"UPDATE pages SET content = '<p>ganz anders</p>' "
        u"WHERE path = '/testumgebung/de/wohnen/'"_s);

    SECTION("when the item changes")
    {
        list[1].title = u"Unterkunft"_s;
        list[1].content = u"<p>Zimmer und Wohnungen.</p>"_s;
        CHECK(s.apply(kRegion, u"de"_s, list).rowsWritten == 1);
        CHECK(s.paths(u"unterkunft"_s) == QStringList{u"/testumgebung/de/wohnen/"_s});
        CHECK(s.paths(u"zimmer"_s).size() == 1);
        CHECK(s.paths(u"wohnungssuche"_s).isEmpty());
        CHECK(s.paths(u"ganz"_s).isEmpty());
    }
    SECTION("when the item is removed")
    {
        list.removeAt(1);
        s.apply(kRegion, u"de"_s, list);
        CHECK(s.paths(u"wohnungssuche"_s).isEmpty());
        CHECK(s.paths(u"ganz"_s).isEmpty());
    }
    CHECK(s.paths(u"ankunft"_s).size() == 1);
    CHECK(s.paths(u"arbeit"_s).size() == 1);
    checkFtsIntegrity(*s.store);
}

TEST_CASE("search: index rows are not counted as content rows", "[search][index]")
{
    SearchStore s;
    const qint64 before = s.store->totalChanges();
    const store::ApplyResult result = s.apply(kRegion, u"de"_s, pages());
    CHECK(result.rowsWritten == 3);
    CHECK(s.store->totalChanges() - before == 3 + 1); // the pages and sync_state
    CHECK(s.indexRows().size() == 3);
}
