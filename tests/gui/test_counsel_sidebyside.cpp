// Side by side in the reader (app/desktop/counsel): the Arabic pair right-to-left beside the
// German page, heading-aligned scrolling, swap, the notice where the pair does not exist, links
// on the second side opening the pair, two-column printing while it is on.
#include "desktop/counsel/counseltools.h"
#include "desktop/counsel/readaloudpanel.h"
#include "desktop/counsel/scrollsync.h"
#include "desktop/counsel/sidebysidepane.h"
#include "desktop/mainwindow/section.h"
#include "desktop/pages/contentbrowser.h"
#include "guifixture.h"

#include <QAction>
#include <QComboBox>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

/// A document of `sections` sections, each a heading and `lines[i]` paragraphs.
QString sectionsHtml(const QString &word, const QList<int> &lines)
{
    QString html;
    for (int i = 0; i < lines.size(); ++i) {
        html += u"<h2>%1 %2</h2>"_s.arg(word).arg(i + 1);
        for (int line = 0; line < lines.at(i); ++line)
            html += u"<p>%1 %2.%3</p>"_s.arg(word).arg(i + 1).arg(line);
    }
    return html;
}

int headingTop(const ContentBrowser &browser, int index)
{
    return int(ScrollSync::sectionStarts(*browser.document()).value(index + 1));
}

} // namespace

TEST_CASE("Scrolling one side keeps the other at the same heading")
{
    QWidget window;
    window.resize(900, 400);
    auto *left = new ContentBrowser(&window);
    auto *right = new ContentBrowser(&window);
    left->setGeometry(0, 0, 450, 400);
    right->setGeometry(450, 0, 450, 400);
    // The second language needs more lines per section: the sections differ in height.
    left->showDocument(sectionsHtml(u"Abschnitt"_s, {3, 12, 4, 20, 5}), {}, Qt::LeftToRight);
    right->showDocument(sectionsHtml(u"قسم"_s, {8, 4, 15, 6, 25}), {}, Qt::RightToLeft);
    window.show();
    REQUIRE(waitUntil([&] { return right->verticalScrollBar()->maximum() > 0; }));
    ScrollSync sync;
    sync.setPair(left, right);
    REQUIRE(ScrollSync::sectionStarts(*left->document()).size() == 6); // the start + 5 headings
    REQUIRE(ScrollSync::sectionStarts(*right->document()).size() == 6);

    left->verticalScrollBar()->setValue(headingTop(*left, 2));
    CHECK(std::abs(right->verticalScrollBar()->value() - headingTop(*right, 2)) <= 1);
    // Half-way into section 2 on the right: half-way into section 2 on the left.
    const int rightMiddle = (headingTop(*right, 1) + headingTop(*right, 2)) / 2;
    right->verticalScrollBar()->setValue(rightMiddle);
    const int leftMiddle = (headingTop(*left, 1) + headingTop(*left, 2)) / 2;
    CHECK(std::abs(left->verticalScrollBar()->value() - leftMiddle) <= 2);
    CHECK(ScrollSync::follow({0, 100}, 200, 150, {0, 300, 500}, 900, 1000) == 400);
    CHECK(ScrollSync::follow({0}, 200, 100, {0}, 400, 150) == 150); // clamped to the maximum
}

TEST_CASE("Side by side shows the Arabic pair right-to-left beside the German page")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    CounselTools *tools = f.window().counsel();
    QAction *action = tools->sideBySideAction();
    SideBySidePane *pane = tools->sideBySide();
    CHECK_FALSE(action->isEnabled()); // the dashboard

    const Location german = Location::page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s);
    f.open(german);
    REQUIRE(action->isEnabled());
    action->trigger();
    REQUIRE(action->isChecked());
    CHECK(pane->isVisible());
    CHECK(pane->secondLanguage() == u"ar"_s);
    CHECK(pane->languageBox()->currentData().toString() == u"ar"_s);
    const auto arabicPage = f.store->page(u"augsburg"_s, u"de"_s, german.path);
    REQUIRE(arabicPage);
    const QString arabicPath = arabicPage->availableLanguages.value(u"ar"_s);
    REQUIRE_FALSE(arabicPath.isEmpty());
    CHECK(pane->shownRoute() == Location::page(u"augsburg"_s, u"ar"_s, arabicPath));
    CHECK(pane->browser()->contentDirection() == Qt::RightToLeft);
    ContentBrowser *left = ReadAloudPanel::shownBrowser(f.window().currentSection()->widget());
    REQUIRE(left);
    CHECK(left->contentDirection() == Qt::LeftToRight);
    const auto arabic = f.store->page(u"augsburg"_s, u"ar"_s, arabicPath);
    REQUIRE(arabic);
    CHECK(pane->browser()->toPlainText().contains(arabic->title));
    CHECK(left->mapToGlobal(QPoint(left->width(), 0)).x() <= // left beside right
          pane->browser()->mapToGlobal(QPoint(0, 0)).x());
    CHECK(pane->noticeText().isEmpty());

    // Swap: Arabic on the left, German on the right.
    pane->swapButton()->click();
    CHECK(f.location() == Location::page(u"augsburg"_s, u"ar"_s, arabicPath));
    CHECK(pane->secondLanguage() == u"de"_s);
    CHECK(pane->shownRoute() == german);
    CHECK(pane->browser()->contentDirection() == Qt::LeftToRight);

    // Turned off: the pane goes.
    action->trigger();
    CHECK_FALSE(pane->isVisible());
}

TEST_CASE("Side by side says where the pair does not exist, and links open the pair")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    CounselTools *tools = f.window().counsel();
    SideBySidePane *pane = tools->sideBySide();
    // A German page without an Arabic version, and one with Arabic children.
    QString untranslated;
    QString parent;
    for (const model::Page &page : f.store->pages(u"augsburg"_s, u"de"_s)) {
        if (untranslated.isEmpty() && !page.availableLanguages.contains(u"ar"_s))
            untranslated = page.path;
        const QString arabicPath = page.availableLanguages.value(u"ar"_s);
        if (parent.isEmpty() && !arabicPath.isEmpty() &&
            !f.store->childPages(u"augsburg"_s, u"ar"_s, arabicPath).isEmpty())
            parent = page.path;
    }
    REQUIRE_FALSE(parent.isEmpty());
    f.open(Location::page(u"augsburg"_s, u"de"_s, parent));
    tools->sideBySideAction()->trigger();
    REQUIRE_FALSE(pane->shownRoute().path.isEmpty());
    const model::Page child =
        f.store->childPages(u"augsburg"_s, u"ar"_s, pane->shownRoute().path).constFirst();
    // Clicking the Arabic child on the right opens its German pair on the left.
    emit pane->browser()->linkActivated(QUrl(u"integreat-nav:"_s + child.path));
    const QString germanChild = child.availableLanguages.value(u"de"_s);
    REQUIRE_FALSE(germanChild.isEmpty());
    CHECK(f.location() == Location::page(u"augsburg"_s, u"de"_s, germanChild));
    CHECK(pane->shownRoute() == Location::page(u"augsburg"_s, u"ar"_s, child.path));

    if (untranslated.isEmpty()) {
        WARN("every German page of the corpus has an Arabic version");
        return;
    }
    f.open(Location::page(u"augsburg"_s, u"de"_s, untranslated));
    CHECK(pane->shownRoute().path.isEmpty());
    CHECK(pane->noticeText().startsWith(u"This does not exist in"_s));
}
