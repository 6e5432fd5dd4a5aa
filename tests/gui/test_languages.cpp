// Content languages: switching a page to its translation, right-to-left layout, pages that do
// not exist in a language.
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/languagebutton.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/dashboardview.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/pages/noticebar.h"
#include "guifixture.h"

#include <QAction>
#include <QMenu>
#include <QTextBlock>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;

namespace {
/// Chooses a language in the header's menu, as a user does.
void chooseLanguage(GuiFixture &f, const QString &code)
{
    QAction *chosen = nullptr;
    for (QAction *action : f.window().header()->language()->menu()->actions()) {
        if (action->data().toString() == code)
            chosen = action;
    }
    REQUIRE(chosen);
    chosen->trigger();
}

bool everyBlockIs(QTextDocument *document, Qt::LayoutDirection direction)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.textDirection() != direction)
            return false;
    }
    return true;
}
} // namespace

TEST_CASE("Switching a page to Arabic mirrors the layout and lands on its translation")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const QString german = f.pathOf(u"Ausländerbehörde"_s);
    f.open(Location::page(u"augsburg"_s, u"de"_s, german));
    CHECK(f.content().layoutDirection() == Qt::LeftToRight);

    chooseLanguage(f, u"ar"_s);
    const model::Page page = *f.store->page(u"augsburg"_s, u"de"_s, german);
    const QString arabic = page.availableLanguages.value(u"ar"_s);
    REQUIRE_FALSE(arabic.isEmpty());
    CHECK(f.location() == Location::page(u"augsburg"_s, u"ar"_s, arabic));
    CHECK(f.pageText().contains(u"دائرة شؤون الأجانب"_s));
    // The whole content area is mirrored, and the text runs right to left, right-aligned.
    CHECK(f.content().layoutDirection() == Qt::RightToLeft);
    CHECK(f.content().browser()->layoutDirection() == Qt::RightToLeft);
    QTextDocument *doc = f.content().browser()->document();
    CHECK(doc->defaultTextOption().textDirection() == Qt::RightToLeft);
    CHECK(doc->defaultTextOption().alignment().testFlag(Qt::AlignRight));
    CHECK(everyBlockIs(doc, Qt::RightToLeft));
    CHECK(f.window().header()->language()->current() == u"ar"_s);
    CHECK(f.window().header()->language()->text() == u"العربية"_s);
    // The header keeps the UI's direction: a German UI stays left to right.
    CHECK(f.window().header()->layoutDirection() == Qt::LeftToRight);

    // Back to German (as for a clerk): one step back, left to right again.
    f.window().navigator().back();
    CHECK(f.location().language == u"de"_s);
    CHECK(f.content().layoutDirection() == Qt::LeftToRight);
    CHECK(everyBlockIs(doc, Qt::LeftToRight));
    CHECK(f.settings->lastLanguage() == u"de"_s);
}

TEST_CASE("Switching the dashboard to Arabic shows the Arabic tiles right to left")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    chooseLanguage(f, u"ar"_s);
    CHECK(f.location() == Location::dashboard(u"augsburg"_s, u"ar"_s));
    CHECK(f.tileTitles().value(0) == u"معلومات الوصول"_s);
    CHECK(f.content().dashboard()->layoutDirection() == Qt::RightToLeft);
    CHECK(f.settings->lastLanguage() == u"ar"_s);
}

TEST_CASE("A page without a translation says so and offers the languages it exists in")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    // "Kontakt zu App Team Augsburg" exists only in German.
    const Location contact =
        Location::page(u"augsburg"_s, u"de"_s, f.pathOf(u"Kontakt zu App Team Augsburg"_s));
    f.open(contact);
    chooseLanguage(f, u"ar"_s);
    CHECK(f.location() == contact);
    CHECK(f.noticeText().contains(u"not available in العربية"_s));
    CHECK(f.content().noticeBar()->actionLabels() == QStringList{u"Start page in العربية"_s});
    // The menu still shows the language actually on screen.
    CHECK(f.window().header()->language()->current() == u"de"_s);
    REQUIRE(f.content().noticeBar()->trigger(u"Start page in العربية"_s));
    CHECK(f.location() == Location::dashboard(u"augsburg"_s, u"ar"_s));

    // From Arabic to a language the page has but this computer does not: German is offered.
    const QString welcome = f.pathOf(u"مرحبًا بكم في مدينة أوجسبورج"_s, u"ar"_s);
    f.open(Location::page(u"augsburg"_s, u"ar"_s, welcome));
    chooseLanguage(f, u"en"_s);
    CHECK(f.location().language == u"ar"_s);
    CHECK(f.noticeText().contains(u"English"_s));
    CHECK(f.content().noticeBar()->actionLabels().contains(u"Download English"_s));
}

TEST_CASE("A language that exists only in part offers the others it exists in")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"ar"_s, u"de"_s});
    // The Arabic "Willkommen in Augsburg" page has a German translation only.
    const QString arabic = f.pathOf(u"مرحبًا بكم في مدينة أوجسبورج"_s, u"ar"_s);
    f.open(Location::page(u"augsburg"_s, u"ar"_s, arabic));
    CHECK(f.content().layoutDirection() == Qt::RightToLeft);
    chooseLanguage(f, u"de"_s);
    CHECK(f.location().language == u"de"_s);
    CHECK(f.pageText().contains(u"Willkommen in Augsburg"_s));
    CHECK(f.content().layoutDirection() == Qt::LeftToRight);
}
