// Search over the store (core/store/search.h, searchindex.h): matching and ranking as a user
// sees it, the modes, snippets, and an index that follows every apply incrementally.
#include "core/store/searchindex.h"
#include "storeaccess.h"
#include "test_search_support.h"

#include <QSet>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;
using store::SearchMode;

namespace {

const QString kRegion = u"testumgebung"_s;

QList<model::Page> germanPages()
{
    return {
        SearchStore::page(kRegion, u"de"_s, u"ankunft"_s, u"Ankunftszentrum"_s,
                          u"<p>Das <b>Zentrum</b> für alle, die neu in der Stadt sind.</p>"_s),
        SearchStore::page(kRegion, u"de"_s, u"wohnen"_s, u"Wohnen"_s,
                          u"<p>Nach der Ankunft hilft die Beratung bei der Wohnungssuche.</p>"_s),
        SearchStore::page(kRegion, u"de"_s, u"strasse"_s, u"Bergstraße 5"_s,
                          u"<p>Die Beratungsstelle in der Straße am Berg.</p>"_s),
        SearchStore::page(kRegion, u"de"_s, u"arzt"_s, u"Ärztliche Hilfe"_s,
                          u"<p>Ärzte und Krankenhäuser; Übersetzung auf Anfrage.</p>"_s),
    };
}

} // namespace

TEST_CASE("search: every query word must begin a word and all words must match", "[search]")
{
    SearchStore s;
    s.apply(kRegion, u"de"_s, germanPages());

    // word-start prefix: "ankunft" finds Ankunftszentrum and Ankunft; "kunft" only inside a
    // word (a compound, the forgiving round), so only those two as well
    CHECK(s.paths(u"ankunft"_s).size() == 2);
    const QStringList inside = s.paths(u"kunft"_s);
    CHECK(QSet<QString>(inside.cbegin(), inside.cend()) ==
          QSet<QString>{u"/testumgebung/de/ankunft/"_s, u"/testumgebung/de/wohnen/"_s});
    CHECK(s.paths(u"zentrum"_s).contains(u"/testumgebung/de/ankunft/"_s)); // "Zentrum" in text
    // AND: both words in one item (title or text)
    CHECK(s.paths(u"Ankunft Beratung"_s) == QStringList{u"/testumgebung/de/wohnen/"_s});
    // no item has both: any of the words then, each item with one of them
    const QStringList either = s.paths(u"Ankunft Krankenhaus"_s);
    CHECK(QSet<QString>(either.cbegin(), either.cend()) ==
          QSet<QString>{u"/testumgebung/de/ankunft/"_s, u"/testumgebung/de/wohnen/"_s,
                        u"/testumgebung/de/arzt/"_s});
    // normalized like the text: case, umlauts, ß
    CHECK(s.paths(u"ARZTE"_s) == QStringList{u"/testumgebung/de/arzt/"_s});
    CHECK(s.paths(u"ubersetzung"_s) == QStringList{u"/testumgebung/de/arzt/"_s});
    CHECK(s.paths(u"bergstrasse"_s) == QStringList{u"/testumgebung/de/strasse/"_s});
    CHECK(s.paths(u"Straße"_s).size() == 1);
}

TEST_CASE("search: a title hit ranks above a text hit", "[search]")
{
    SearchStore s;
    s.apply(kRegion, u"de"_s,
            {SearchStore::page(kRegion, u"de"_s, u"text"_s, u"Allgemeines"_s,
                               u"<p>Hier steht etwas zur Beratung und noch viel mehr.</p>"_s),
             SearchStore::page(kRegion, u"de"_s, u"titel"_s, u"Beratung"_s,
                               u"<p>Hier steht etwas und noch viel mehr.</p>"_s)});
    const QList<store::SearchHit> hits = s.search(u"beratung"_s);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].path == u"/testumgebung/de/titel/");
    CHECK(hits[0].score > hits[1].score);
}

TEST_CASE("search: queries with search syntax or no words are harmless", "[search]")
{
    SearchStore s;
    s.apply(kRegion, u"de"_s, germanPages());
    for (const QString &query :
         {u"\""_s, u"*"_s, u"NEAR("_s, u"-"_s, QString(), u"   "_s, u"title:x"_s, u"(a OR"_s,
          u"^zentrum"_s, u"\"zentrum\""_s, u"{body} : x"_s, u"'; DROP TABLE pages; --"_s}) {
        INFO(query.toStdString());
        CHECK_NOTHROW(s.search(query));
    }
    CHECK(s.search(u"\""_s).isEmpty());
    CHECK(s.paths(u"\"Zentrum\""_s).size() == 1);
    // AND is a word here, not an operator: no item has it, so items with "zentrum" come back
    // from the any-word round
    CHECK(s.paths(u"AND zentrum"_s) == s.paths(u"zentrum"_s));
    CHECK(s.store->pages(kRegion, u"de"_s).size() == 4);
}

TEST_CASE("search: Arabic and Farsi match with and without harakat and ZWNJ", "[search]")
{
    SearchStore s;
    s.apply(kRegion, u"ar"_s,
            {SearchStore::page(kRegion, u"ar"_s, u"marhaban"_s, u"مَرْحَبًا بِكُمْ"_s,
                               u"<p>مدينة أوجسبورج</p>"_s),
             SearchStore::page(kRegion, u"ar"_s, u"mustashfa"_s, u"المستشفى"_s, u"<p>طبيب</p>"_s)});
    s.apply(kRegion, u"fa"_s,
            {SearchStore::page(kRegion, u"fa"_s, u"mikhaham"_s,
                               u"م\u06CC\u200Cخواهم \u06A9ار \u06A9نم"_s, QString())});
    CHECK(s.paths(u"مرحبا"_s, u"ar"_s).size() == 1);
    CHECK(s.paths(u"اوجسبورج"_s, u"ar"_s).size() == 1);           // أ written without hamza
    CHECK(s.paths(u"المستشفي"_s, u"ar"_s).size() == 1);           // ى written as ي
    CHECK(s.paths(u"م\u06CCخواهم"_s, u"fa"_s).size() == 1);       // without ZWNJ
    CHECK(s.paths(u"م\u064A\u200Cخواهم"_s, u"fa"_s).size() == 1); // Arabic yeh, with ZWNJ
    CHECK(s.paths(u"\u0643ار"_s, u"fa"_s).size() == 1);           // Arabic kaf for keheh
    CHECK(s.paths(u"مرحبا"_s, u"fa"_s).isEmpty());                // other language not searched
}

TEST_CASE("search: the modes search one language or German too or all languages", "[search]")
{
    SearchStore s;
    s.apply(kRegion, u"de"_s,
            {SearchStore::page(kRegion, u"de"_s, u"arbeit"_s, u"Arbeit"_s,
                               u"<p>Arbeit Inhalt</p>"_s, {{u"en"_s, u"/testumgebung/en/work/"_s}}),
             SearchStore::page(kRegion, u"de"_s, u"nur-deutsch"_s, u"Nur Deutsch"_s,
                               u"<p>Arbeit gibt es nur auf Deutsch</p>"_s)});
    s.apply(kRegion, u"en"_s,
            {SearchStore::page(kRegion, u"en"_s, u"work"_s, u"Work"_s, u"<p>Work content</p>"_s,
                               {{u"de"_s, u"/testumgebung/de/arbeit/"_s}})});
    s.apply(kRegion, u"tr"_s,
            {SearchStore::page(kRegion, u"tr"_s, u"is"_s, u"İş ve Arbeit"_s, QString())});

    CHECK(s.paths(u"arbeit"_s, u"en"_s).isEmpty());
    const QList<store::SearchHit> both = s.search(u"arbeit"_s, u"en"_s, SearchMode::AlsoGerman);
    REQUIRE(both.size() == 2);
    CHECK(both[0].path == u"/testumgebung/en/work/"); // the German hit, shown translated
    CHECK(both[0].language == u"en");
    CHECK(both[0].title == u"Work");
    CHECK(both[0].matchedLanguage == u"de");
    CHECK(both[0].snippetLanguage == u"de"); // the translation lacks the word
    CHECK(both[0].snippet == u"Arbeit Inhalt");
    CHECK(both[1].path == u"/testumgebung/de/nur-deutsch/"); // no translation: stays German
    CHECK(both[1].language == u"de");

    QSet<QString> languages;
    for (const store::SearchHit &hit : s.search(u"arbeit"_s, u"en"_s, SearchMode::AllLanguages))
        languages.insert(hit.language);
    CHECK(languages == QSet<QString>{u"de"_s, u"tr"_s});
    CHECK(s.paths(u"is"_s, u"tr"_s) == QStringList{u"/testumgebung/tr/is/"_s}); // İş -> is
    CHECK(s.paths(u"arbeit"_s, u"de"_s, SearchMode::OneLanguage, u"elsewhere"_s).isEmpty());
}

TEST_CASE("search: at most 75 hits and a snippet around the first match", "[search]")
{
    SearchStore s;
    QList<model::Page> pages;
    QString filler;
    for (int i = 0; i < 80; ++i)
        filler += u"Wort%1 "_s.arg(i);
    for (int n = 0; n < 120; ++n) {
        pages.append(SearchStore::page(kRegion, u"de"_s, u"p%1"_s.arg(n), u"Seite %1"_s.arg(n),
                                       u"<p>"_s + filler +
                                           u"</p><p>Die Ausländerbehörde hilft."
                                           u"</p><p>"_s +
                                           filler + u"</p>"_s));
    }
    s.apply(kRegion, u"de"_s, pages);
    const QList<store::SearchHit> hits = s.search(u"Ausländerbehörde"_s);
    CHECK(hits.size() == 75);
    CHECK(s.store->search(kRegion, u"de"_s, u"Ausländerbehörde"_s, SearchMode::OneLanguage, 5)
              .size() == 5);
    const store::SearchHit &hit = hits.first();
    CHECK(hit.kind == u"page");
    CHECK(hit.snippet.startsWith(u"... "_s));
    CHECK(hit.snippet.endsWith(u" ..."_s));
    CHECK(hit.snippet.contains(u"Die Ausländerbehörde hilft."_s));
    CHECK(hit.snippet.size() <= 201);
    REQUIRE(hit.highlights.size() == 1);
    CHECK(hit.snippet.mid(hit.highlights[0].start, hit.highlights[0].length) ==
          u"Ausländerbehörde");
}

TEST_CASE("search: events and places and news are found too", "[search]")
{
    SearchStore s;
    store::LanguageContent c = SearchStore::content(kRegion, u"de"_s, {});
    model::Event event;
    event.path = u"/testumgebung/de/events/sprachcafe/"_s;
    event.title = u"Sprachcafé"_s;
    event.content = u"<p>Jeden Dienstag im Bürgerhaus.</p>"_s;
    event.start = QDateTime(QDate(2030, 1, 1), QTime(18, 0), Qt::UTC);
    event.end = event.start.addSecs(7200);
    model::Place place;
    place.path = u"/testumgebung/de/locations/burgerhaus/"_s;
    place.title = u"Bürgerhaus"_s;
    place.content = u"<p>Treffpunkt</p>"_s;
    model::NewsItem news;
    news.id = u"local-7"_s;
    news.title = u"Neues Sprachcafé"_s;
    news.content = u"Ab Januar im Bürgerhaus."_s;
    c.events = QList<model::Event>{event};
    c.places = QList<model::Place>{place};
    c.news = QList<model::NewsItem>{news};
    s.store->applyLanguage(c);

    QStringList kinds;
    for (const store::SearchHit &hit : s.search(u"burgerhaus"_s))
        kinds.append(hit.kind + u' ' + hit.path);
    kinds.sort();
    CHECK(kinds == QStringList{u"event /testumgebung/de/events/sprachcafe/"_s, u"news local-7"_s,
                               u"place /testumgebung/de/locations/burgerhaus/"_s});
}

TEST_CASE("search: the index follows each apply and touches only changed items", "[search]")
{
    SearchStore s;
    QList<model::Page> pages = germanPages();
    s.apply(kRegion, u"de"_s, pages);
    const QStringList before = s.indexRows();
    REQUIRE(before.size() == 4);

    // unchanged sync: no content row, no index row
    const qint64 changes = s.store->totalChanges();
    CHECK(s.apply(kRegion, u"de"_s, pages).rowsWritten == 0);
    CHECK(s.store->totalChanges() - changes == 1); // sync_state only
    CHECK(s.indexRows() == before);

    // a newer last_updated alone changes the row but not the searchable text
    pages[0].lastUpdated = pages[0].lastUpdated.addDays(1);
    CHECK(s.apply(kRegion, u"de"_s, pages).rowsWritten == 1);
    CHECK(s.indexRows() == before);

    // one page's title changes: only its index row changes
    pages[1].title = u"Unterkunft"_s;
    CHECK(s.apply(kRegion, u"de"_s, pages).rowsWritten == 1);
    const QStringList after = s.indexRows();
    REQUIRE(after.size() == 4);
    for (int i = 0; i < 4; ++i) {
        INFO(before[i].toStdString());
        CHECK((after[i] == before[i]) == !before[i].contains(u"/wohnen/"_s));
    }
    CHECK(s.paths(u"unterkunft"_s) == QStringList{u"/testumgebung/de/wohnen/"_s});
    CHECK(s.paths(u"wohnen"_s).isEmpty());

    // a removed page no longer matches
    pages.removeAt(3);
    s.apply(kRegion, u"de"_s, pages);
    CHECK(s.paths(u"arzte"_s).isEmpty());
    CHECK(s.indexRows().size() == 3);

    // and the incremental index answers exactly like one built from scratch
    const QStringList queries{u"ankunft"_s, u"beratung"_s, u"unterkunft"_s, u"zentrum"_s, u"b"_s};
    QStringList incremental, rebuilt;
    const auto sorted = [](QStringList list) {
        list.sort();
        return list.join(u',');
    };
    for (const QString &q : queries)
        incremental << sorted(s.paths(q));
    {
        store::Transaction transaction(integreat::testing::StoreAccess::database(*s.store));
        store::SearchIndex(integreat::testing::StoreAccess::database(*s.store)).rebuild();
        transaction.commit();
    }
    for (const QString &q : queries)
        rebuilt << sorted(s.paths(q));
    CHECK(incremental == rebuilt);
}

TEST_CASE("search: a rolled back apply leaves the index on the old content", "[search]")
{
    SearchStore s;
    QList<model::Page> pages = germanPages();
    s.apply(kRegion, u"de"_s, pages);
    const QStringList before = s.indexRows();

    pages[0].title = u"Erstaufnahme"_s;
    pages.removeAt(1);
    pages.append(SearchStore::page(kRegion, u"de"_s, u"neu"_s, u"Neue Seite"_s, QString()));
    CHECK_THROWS(s.store->applyLanguage(SearchStore::content(kRegion, u"de"_s, pages),
                                        [] { throw std::runtime_error("cancelled"); }));
    CHECK(s.indexRows() == before);
    CHECK(s.paths(u"ankunftszentrum"_s) == QStringList{u"/testumgebung/de/ankunft/"_s});
    CHECK(s.paths(u"erstaufnahme"_s).isEmpty());
    CHECK(s.paths(u"wohnen"_s).size() == 1);
    CHECK_FALSE(s.paths(u"neue seite"_s).contains(u"/testumgebung/de/neu/"_s));

    // the next apply goes through
    s.apply(kRegion, u"de"_s, pages);
    CHECK(s.paths(u"erstaufnahme"_s).size() == 1);
    CHECK(s.paths(u"wohnen"_s).isEmpty());
}

TEST_CASE("search: deleting a region takes it out of the index", "[search]")
{
    SearchStore s;
    s.apply(kRegion, u"de"_s, germanPages());
    s.apply(u"nachbarort"_s, u"de"_s,
            {SearchStore::page(u"nachbarort"_s, u"de"_s, u"a"_s, u"Ankunft"_s, QString())});
    s.store->deleteRegion(kRegion);
    CHECK(s.paths(u"ankunft"_s).isEmpty());
    CHECK(s.paths(u"ankunft"_s, u"de"_s, SearchMode::OneLanguage, u"nachbarort"_s).size() == 1);
    CHECK(s.indexRows().size() == 1);
    s.store->deleteRegion(u"nachbarort"_s); // the last region: the index is simply emptied
    CHECK(s.indexRows().isEmpty());
    CHECK(s.paths(u"ankunft"_s, u"de"_s, SearchMode::OneLanguage, u"nachbarort"_s).isEmpty());
    CHECK_NOTHROW(integreat::testing::StoreAccess::database(*s.store).exec(
        u"INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 0)"_s));
    s.apply(kRegion, u"de"_s, germanPages());
    CHECK(s.paths(u"ankunft"_s).size() == 2);
}
