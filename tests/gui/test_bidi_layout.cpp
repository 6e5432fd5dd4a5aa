// Numbers in right-to-left text as laid out on screen: an Arabic place's opening hours and phone
// number read left to right, in order, inside the RTL page (content::bidi, PlaceDetailHtml).
#include "desktop/common/theme.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/places/placedetailhtml.h"
#include "desktop/presentation/languages.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;

namespace {

model::Place arabicPlace()
{
    model::Place place;
    place.title = u"مكتب الأجانب"_s;
    place.address.street = u"Rathausplatz 1"_s;
    place.address.postcode = u"86150"_s;
    place.address.town = u"Augsburg"_s;
    model::DayHours open;
    open.timeSlots = {{u"08:00"_s, u"12:00"_s, {}}, {u"14:00"_s, u"18:00"_s, {}}};
    model::DayHours closed;
    closed.closed = true;
    place.openingHours = {open, open, open, open, open, closed, closed};
    model::Contact contact;
    contact.name = u"الاستقبال"_s;
    contact.phone = u"+49 821 324-0"_s;
    place.contacts = {contact};
    return place;
}

/// The place detail as the Places section shows it, in an RTL content browser.
void show(ContentBrowser &browser, bool isolate)
{
    PlaceDetailHtml::Options options;
    options.now = QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc());
    options.zone = QTimeZone::utc();
    options.uiLocale = QLocale(QLocale::Arabic);
    options.rightToLeft = isolate;
    ContentLanguage arabic = ContentLanguage::of(std::nullopt, u"ar"_s);
    REQUIRE(arabic.rightToLeft);
    browser.resize(1000, 2000);
    browser.showDocument(PlaceDetailHtml::detail(arabicPlace(), {}, options),
                         Theme::current().contentStyleSheet(), arabic);
    browser.document()->setTextWidth(browser.viewport()->width());
    browser.document()->size(); // lays out every block
}

/// Where `needle` (first found) is drawn: the x of the cursor one character into it, in its
/// block's line, so the position lies inside its own run. The line number is returned too.
struct Spot
{
    QTextBlock block;
    int line = -1;
    qreal x = 0;
};

Spot spotOf(const QTextDocument &document, const QString &needle)
{
    const QTextCursor found = document.find(needle);
    REQUIRE_FALSE(found.isNull());
    const QTextBlock block = found.block();
    const int inBlock = found.selectionStart() - block.position() + 1;
    const QTextLayout *layout = block.layout();
    REQUIRE(layout != nullptr);
    const QTextLine line = layout->lineForTextPosition(inBlock);
    REQUIRE(line.isValid());
    return {block, line.lineNumber(), line.cursorToX(inBlock)};
}

/// The x of the middle of a table cell's first character, in the viewport.
int cellX(const ContentBrowser &browser, const QTextTableCell &cell)
{
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.movePosition(QTextCursor::NextCharacter);
    return browser.cursorRect(cursor).center().x();
}

} // namespace

TEST_CASE("RTL: opening hours and phone numbers keep their order in an Arabic place")
{
    ContentBrowser browser;
    show(browser, true);
    const QTextDocument &doc = *browser.document();

    const Spot from = spotOf(doc, u"08:00"_s), to = spotOf(doc, u"12:00"_s);
    const Spot from2 = spotOf(doc, u"14:00"_s), to2 = spotOf(doc, u"18:00"_s);
    REQUIRE(from.block.position() == to.block.position());
    REQUIRE(from.block.position() == from2.block.position());
    REQUIRE(from.line == to.line);
    REQUIRE(from.line == to2.line);
    CHECK(from.x < to.x);   // 08:00–12:00, not 12:00–08:00
    CHECK(from2.x < to2.x); // 14:00–18:00
    CHECK(to2.x < from.x);  // and the first range comes first, at the right

    const Spot country = spotOf(doc, u"+49"_s), area = spotOf(doc, u"821"_s);
    const Spot number = spotOf(doc, u"324-0"_s);
    REQUIRE(country.block.position() == number.block.position());
    REQUIRE(country.line == number.line);
    CHECK(country.x < area.x);
    CHECK(area.x < number.x);

    // The table mirrors: the day's name at the right, its hours to the left of it.
    QTextCursor at = doc.find(u"08:00"_s);
    QTextTable *table = at.currentTable();
    REQUIRE(table != nullptr);
    REQUIRE(table->columns() == 2);
    const QTextTableCell hours = table->cellAt(at);
    const QTextTableCell day = table->cellAt(hours.row(), 1 - hours.column());
    CHECK(day.firstCursorPosition().block().text() ==
          QLocale(QLocale::Arabic).dayName(1, QLocale::LongFormat));
    CHECK(cellX(browser, day) > cellX(browser, hours));
}

TEST_CASE("RTL: without isolates the same hours and phone number would read backwards")
{
    // The negative control: what the bidi algorithm does to the plain text. If this ever
    // passes with the isolated order, the test above proves nothing.
    ContentBrowser browser;
    show(browser, false);
    const QTextDocument &doc = *browser.document();
    CHECK(spotOf(doc, u"08:00"_s).x > spotOf(doc, u"12:00"_s).x); // shown as 12:00–08:00
    CHECK(spotOf(doc, u"+49"_s).x > spotOf(doc, u"324-0"_s).x);   // shown as 324-0 821 +49
}

TEST_CASE("RTL: in a narrow column the hours wrap between ranges, never inside one")
{
    ContentBrowser browser;
    show(browser, true);
    // As narrow as the detail panel beside the map on a small screen.
    for (const int width : {380, 300, 260}) {
        browser.document()->setTextWidth(width);
        browser.document()->size();
        const QTextDocument &doc = *browser.document();
        const Spot from = spotOf(doc, u"14:00"_s), to = spotOf(doc, u"18:00"_s);
        INFO("width " << width);
        CHECK(from.line == to.line);
        CHECK(from.x < to.x);
        const Spot first = spotOf(doc, u"08:00"_s), firstEnd = spotOf(doc, u"12:00"_s);
        CHECK(first.line == firstEnd.line);
        CHECK(first.x < firstEnd.x);
    }
}
