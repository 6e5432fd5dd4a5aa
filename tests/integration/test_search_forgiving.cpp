// The forgiving search rounds (core/store/searchplan.h): typos, questions, word forms and
// compounds, in every mode, with exact matches first, the corrected query reported and the
// matched words marked; and the vocabulary built when an older store is migrated.
#include "core/store/schema.h"
#include "core/store/search.h"
#include "storeaccess.h"
#include "syncfixture.h"
#include "test_search_support.h"

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;
using store::SearchMode;

namespace {

const QString kRegion = u"testumgebung"_s;

QString path(const QString &language, const QString &slug)
{
    return u"/testumgebung/%1/%2/"_s.arg(language, slug);
}

QList<model::Page> germanPages()
{
    const auto page = [](const QString &slug, const QString &title, const QString &html,
                         const model::AvailableLanguages &available = {}) {
        return SearchStore::page(kRegion, u"de"_s, slug, title, html, available);
    };
    return {
        page(u"kindergeld"_s, u"Kindergeld"_s,
             u"<p>Eltern bekommen Kindergeld für jedes Kind. Den Antrag stellen Sie bei der "
             u"Familienkasse.</p>"_s,
             {{u"ar"_s, u"/testumgebung/ar/kindergeld/"_s}}),
        page(u"elterngeld"_s, u"Elterngeld"_s,
             u"<p>Nach der Geburt zahlt der Staat Elterngeld.</p>"_s),
        page(u"konto"_s, u"Geld und Konto"_s,
             u"<p>Ein Konto bei der Bank brauchen Sie für Lohn und Miete.</p>"_s),
        page(u"wohnung"_s, u"Wohnung suchen"_s,
             u"<p>Eine Wohnung finden Sie im Internet und in der Zeitung.</p>"_s),
        page(u"wohnungen"_s, u"Sozialwohnungen"_s,
             u"<p>Günstige Wohnungen vergibt das Wohnungsamt.</p>"_s),
        page(u"aufenthalt"_s, u"Aufenthaltserlaubnis verlängern"_s,
             u"<p>Die Ausländerbehörde verlängert die Aufenthaltserlaubnis.</p>"_s),
        page(u"deutschkurs"_s, u"Deutschkurse"_s,
             u"<p>In der Volkshochschule können Sie Deutsch lernen, auch am Abend.</p>"_s),
    };
}

/// A store with the German pages above and an Arabic translation of Kindergeld.
struct ForgivingStore : SearchStore
{
    ForgivingStore()
    {
        apply(kRegion, u"de"_s, germanPages());
        apply(kRegion, u"ar"_s,
              {page(kRegion, u"ar"_s, u"kindergeld"_s, u"إعانة الأطفال"_s,
                    u"<p>يحصل الوالدان على إعانة الأطفال.</p>"_s,
                    {{u"de"_s, u"/testumgebung/de/kindergeld/"_s}})});
    }
};

} // namespace

TEST_CASE("search: a misspelt word finds the page and says what was searched", "[search][typo]")
{
    ForgivingStore s;
    const QList<store::SearchHit> hits = s.search(u"Kindergelt"_s);
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits[0].path == path(u"de"_s, u"kindergeld"_s));
    CHECK(hits[0].correctedQuery == u"Kindergeld"_s);
    // the corrected word is marked in the snippet
    REQUIRE_FALSE(hits[0].highlights.isEmpty());
    const auto first = hits[0].highlights.constFirst();
    CHECK(hits[0].snippet.mid(first.start, first.length) == u"Kindergeld"_s);

    // two letters off in a long word, a transposition, an extra letter
    CHECK(s.paths(u"Aufenthaltserlaubniss"_s).value(0) == path(u"de"_s, u"aufenthalt"_s));
    CHECK(s.paths(u"Aufenthatlserlaubnis"_s).value(0) == path(u"de"_s, u"aufenthalt"_s));
    CHECK(s.paths(u"Aufentaltserlaubnis verlängern"_s).value(0) == path(u"de"_s, u"aufenthalt"_s));
    CHECK(s.search(u"Aufentaltserlaubnis verlängern"_s).value(0).correctedQuery ==
          u"Aufenthaltserlaubnis verlängern"_s);

    // a word found as typed is not corrected; short words are never corrected
    CHECK(s.search(u"Kindergeld"_s).value(0).correctedQuery.isEmpty());
    CHECK(s.paths(u"kint"_s).isEmpty() == false); // "kint" is one edit from "kind"
    CHECK(s.paths(u"xyz"_s).isEmpty());
    CHECK(s.paths(u"qwertzuiop"_s).isEmpty());
}

TEST_CASE("search: exact and prefix matches rank above corrections, forms and compounds",
          "[search][typo]")
{
    ForgivingStore s;
    // "geld" begins a word only in "Geld und Konto"; inside compounds in the others
    const QStringList geld = s.paths(u"geld"_s);
    REQUIRE(geld.size() == 3);
    CHECK(geld[0] == path(u"de"_s, u"konto"_s));
    CHECK(geld.mid(1).contains(path(u"de"_s, u"kindergeld"_s)));
    CHECK(geld.mid(1).contains(path(u"de"_s, u"elterngeld"_s)));
    // an exact title hit stays first however many other pages the forgiving rounds add
    CHECK(s.paths(u"Elterngeld"_s).value(0) == path(u"de"_s, u"elterngeld"_s));
    CHECK(s.paths(u"Kindergeld"_s) == QStringList{path(u"de"_s, u"kindergeld"_s)});
}

TEST_CASE("search: other forms of a word are found, the form typed first", "[search][stem]")
{
    ForgivingStore s;
    // "Wohnungen" is only in the second page; "Wohnung" (its stem) in the first
    const QStringList wohnungen = s.paths(u"Wohnungen"_s);
    REQUIRE(wohnungen.size() >= 2);
    CHECK(wohnungen[0] == path(u"de"_s, u"wohnungen"_s));
    CHECK(wohnungen.contains(path(u"de"_s, u"wohnung"_s)));
    // a form with a different ending finds the page with the other form
    CHECK(s.paths(u"Deutschkurs"_s).value(0) == path(u"de"_s, u"deutschkurs"_s));
    CHECK(s.paths(u"verlängert"_s).contains(path(u"de"_s, u"aufenthalt"_s)));
}

TEST_CASE("search: a question finds the page sharing its rarer words", "[search][question]")
{
    ForgivingStore s;
    CHECK(s.paths(u"Wie kann ich Kindergeld beantragen?"_s).value(0) ==
          path(u"de"_s, u"kindergeld"_s));
    CHECK(s.paths(u"Wo kann ich am Abend Deutsch lernen?"_s).value(0) ==
          path(u"de"_s, u"deutschkurs"_s));
    CHECK(s.paths(u"Wer verlängert meine Aufenthaltserlaubnis?"_s).value(0) ==
          path(u"de"_s, u"aufenthalt"_s));
    // a short query whose words are all in one page is not widened
    CHECK(s.paths(u"Geld Konto"_s) == QStringList{path(u"de"_s, u"konto"_s)});
}

TEST_CASE("search: stop words come from the index where no list exists", "[search][stop]")
{
    // Tigrinya has no stop list: a word in every item is one
    SearchStore s;
    QList<model::Page> pages;
    for (int i = 0; i < 50; ++i) {
        pages.append(SearchStore::page(kRegion, u"ti"_s, u"p%1"_s.arg(i), u"ገጽ %1"_s.arg(i),
                                       u"<p>ኣብ ከተማ ሓበሬታ ቁጽሪ %1</p>"_s.arg(i)));
    }
    pages.append(SearchStore::page(kRegion, u"ti"_s, u"hospital"_s, u"ሆስፒታል"_s,
                                   u"<p>ኣብ ከተማ ሓበሬታ ሕክምና</p>"_s));
    s.apply(kRegion, u"ti"_s, pages);
    // "ኣብ" and "ከተማ" are in every page: the any-word round ranks by the rare words only and
    // does not list every page that has a common one
    const QStringList found = s.paths(u"ኣብ ከተማ ሕክምና ሆስፒታል ምርካብ"_s, u"ti"_s);
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found[0] == path(u"ti"_s, u"hospital"_s));
    CHECK(found.size() == 1);
}

TEST_CASE("search: typos are forgiven in every mode", "[search][typo]")
{
    ForgivingStore s;
    // Arabic with German: a misspelt German word finds the Arabic translation
    const QList<store::SearchHit> also = s.search(u"Kindergelt"_s, u"ar"_s, SearchMode::AlsoGerman);
    REQUIRE_FALSE(also.isEmpty());
    CHECK(also[0].path == path(u"ar"_s, u"kindergeld"_s));
    CHECK(also[0].matchedLanguage == u"de"_s);
    CHECK(also[0].correctedQuery == u"Kindergeld"_s);
    // all languages
    CHECK(s.paths(u"Kindergelt"_s, u"ar"_s, SearchMode::AllLanguages)
              .contains(path(u"de"_s, u"kindergeld"_s)));
    // one language: Arabic, a letter missing
    CHECK(s.paths(u"الأطفل"_s, u"ar"_s).value(0) == path(u"ar"_s, u"kindergeld"_s));
    // the German correction is not searched in Arabic alone
    CHECK(s.paths(u"Kindergelt"_s, u"ar"_s, SearchMode::OneLanguage).isEmpty());
}

TEST_CASE("search: the old search rounds alone, for comparison", "[search][typo]")
{
    ForgivingStore s;
    store::Search plain(integreat::testing::StoreAccess::database(*s.store));
    plain.setForgiving(false);
    CHECK(plain.run(kRegion, u"de"_s, u"Kindergelt"_s, SearchMode::OneLanguage).isEmpty());
    CHECK(plain.run(kRegion, u"de"_s, u"geld"_s, SearchMode::OneLanguage).size() == 1);
}

TEST_CASE("search: a store from before the vocabulary gets it when opened", "[search][index]")
{
    ForgivingStore s;
    integreat::testing::StoreAccess::database(*s.store).exec(
        u"DROP TABLE search_vocab; DROP TABLE search_terms; "
        u"PRAGMA user_version = 5"_s);
    s.open(); // migrates to version 6, which rebuilds the index with its words
    CHECK(store::Schema::version(integreat::testing::StoreAccess::database(*s.store)) ==
          store::Schema::currentVersion());
    CHECK(integreat::testing::StoreAccess::database(*s.store).queryInt(
              u"SELECT count(*) FROM search_terms"_s) > 20);
    CHECK(s.paths(u"Kindergelt"_s).value(0) == path(u"de"_s, u"kindergeld"_s));
    CHECK(integreat::testing::StoreAccess::database(*s.store).integrityCheck() == u"ok"_s);

    // the vocabulary follows applies: a new word can be corrected at once
    QList<model::Page> pages = germanPages();
    pages.append(SearchStore::page(kRegion, u"de"_s, u"muell"_s, u"Mülltrennung"_s, QString()));
    s.apply(kRegion, u"de"_s, pages);
    CHECK(s.paths(u"Mültrennung"_s).value(0) == path(u"de"_s, u"muell"_s));
}

TEST_CASE("search: a typo, a question and a compound find the corpus page", "[search][corpus]")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    REQUIRE(outcomeFor(f.sync({u"de"_s}), u"de"_s)->ok);
    const auto paths = [&](const QString &query) {
        QStringList list;
        for (const store::SearchHit &hit :
             f.store->search(u"augsburg"_s, u"de"_s, query, SearchMode::OneLanguage))
            list.append(hit.path);
        return list;
    };
    const QString health = u"/augsburg/de/behörden-und-beratung/behörden/gesundheitsamt/"_s;
    const QString foreigners = u"/augsburg/de/behörden-und-beratung/behörden/ausländerbehörde/"_s;
    const QString selfStudy = u"/augsburg/de/deutsche-sprache/deutsch-selber-lernen/"_s;
    const QString cityMap = u"/augsburg/de/willkommen/stadtplan/"_s;
    CHECK(paths(u"Gesundheitsampt"_s).value(0) == health);
    CHECK(paths(u"Auslanderbehorde"_s).value(0) == foreigners);
    CHECK(paths(u"Wie kann ich selber Deutsch lernen?"_s).value(0) == selfStudy);
    CHECK(paths(u"amt"_s).isEmpty() == false);
    CHECK(paths(u"behörde"_s).contains(foreigners)); // inside "Ausländerbehörde"
    // an exact title stays first
    CHECK(paths(u"Stadtplan"_s).value(0) == cityMap);
    CHECK(paths(u"Gesundheitsamt"_s).value(0) == health);
}
