// Search as you type: results with highlighted snippets, German hits in the user's language,
// a clear message when nothing is found.
#include "desktop/pages/localinfoview.h"
#include "desktop/search/searchresultdelegate.h"
#include "desktop/search/searchview.h"
#include "guifixture.h"

#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::waitUntil;

TEST_CASE("Search shows results while typing")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const int count = f.search(u"Ausländerbeh"_s);
    CHECK(count >= 1);
    CHECK(f.location().kind == Location::Kind::Search);
    CHECK(f.location().query == u"Ausländerbeh"_s);
    CHECK(f.content().currentView() == f.content().searchView());
    CHECK(f.content().searchView()->resultTitles().contains(u"Ausländerbehörde"_s));
    // Typing on replaces the search entry instead of piling up history.
    CHECK(f.window().navigator().size() == 2);

    // The matched words are highlighted in the snippet.
    QListView *list = f.content().searchView()->list();
    const QString snippet =
        list->model()->index(0, 0).data(SearchResultDelegate::SnippetHtmlRole).toString();
    CHECK(snippet.contains(u"<span style=\"background-color:"_s));

    // Opening a result opens the page; Back returns to the results.
    emit list->activated(list->model()->index(0, 0));
    CHECK(f.location().kind == Location::Kind::Page);
    CHECK(f.window().searchField()->text().isEmpty());
    f.window().navigator().back();
    CHECK(f.location().kind == Location::Kind::Search);
    CHECK(f.window().searchField()->text() == u"Ausländerbeh"_s);
}

TEST_CASE("Escape leaves the search")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const Location start = f.location();
    f.search(u"Sprache"_s);
    QTest::keyClick(f.window().searchField(), Qt::Key_Escape);
    CHECK(f.location() == start);
    CHECK(f.window().searchField()->text().isEmpty());
}

TEST_CASE("German results appear in the user's language")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    f.window().switchLanguage(u"ar"_s);
    REQUIRE(f.location().language == u"ar"_s);
    // A German word from a letter finds the Arabic page about it.
    f.search(u"Gesundheitsamt"_s);
    const QStringList titles = f.content().searchView()->resultTitles();
    CHECK(titles.contains(u"مكتب الصحة"_s));
    CHECK_FALSE(titles.contains(u"Gesundheitsamt"_s));
    CHECK(f.content().searchView()->layoutDirection() == Qt::RightToLeft);
}

TEST_CASE("A corrected query says what was searched for")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    // one letter wrong: the page is found and the view says which word was searched
    CHECK(f.search(u"Gesundheitsamd"_s) >= 1);
    CHECK(f.content().searchView()->resultTitles().constFirst() == u"Gesundheitsamt"_s);
    CHECK(f.content().searchView()->correctedText() == u"Results for “Gesundheitsamt”"_s);

    // a query found as typed says nothing of the kind
    f.window().searchField()->clear();
    CHECK(f.search(u"Gesundheitsamt"_s) >= 1);
    CHECK(f.content().searchView()->correctedText().isEmpty());
}

TEST_CASE("No results says so")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    CHECK(f.search(u"xylophonkonzert"_s) == 0);
    CHECK(f.content().searchView()->summaryText().contains(u"Nothing found"_s));

    f.window().searchField()->clear();
    f.window().switchLanguage(u"ar"_s);
    CHECK(f.search(u"xylophonkonzert"_s) == 0);
    const QString message = f.content().searchView()->summaryText();
    CHECK(message.contains(u"العربية"_s));
    CHECK(message.contains(u"German"_s));
}
