// Hostile page content in the page view (issue 11): an unbroken word of a megabyte wraps inside
// the view instead of freezing it, and text nested thousands of levels deep is shown. Copied
// text leaves the breaks out, so long links paste whole.
#include "core/content/longwords.h"
#include "core/content/sanitizer.h"
#include "desktop/common/theme.h"
#include "desktop/pages/contentbrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QGlyphRun>
#include <QMenu>
#include <QMimeData>
#include <QRawFont>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest/QTest>
#include <catch2/catch.hpp>
#include <memory>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;

namespace {

QString sanitized(const QString &html)
{
    content::SanitizeOptions options;
    options.server = QUrl(u"https://cms.integreat-app.de"_s);
    return content::sanitize(html, options).html;
}

struct Browser
{
    Browser()
    {
        Theme::apply(*qApp, Theme::make(false, 100));
        view.resize(900, 700);
        view.show();
    }
    void show(const QString &html)
    {
        view.showDocument(sanitized(html), Theme::current().contentStyleSheet(), Qt::LeftToRight);
        view.document()->documentLayout()->documentSize(); // lays the document out
    }
    ContentBrowser view;
};

} // namespace

TEST_CASE("A page with one unbroken word of 300 KB or 1 MB wraps inside the view")
{
    Browser browser;
    for (const qsizetype size : {qsizetype(300 * 1024), qsizetype(1024 * 1024)}) {
        INFO(size);
        browser.show(u"<p>Vorher</p><p>"_s + QString(size, u'w') + u"</p><p>Nachher</p>"_s);
        QTextDocument *document = browser.view.document();
        // Every line fits the text width: nothing runs off the side, no sideways scrolling.
        CHECK(document->idealWidth() <= document->textWidth() + 1);
        CHECK(browser.view.horizontalScrollBar()->maximum() == 0);
        const QString text = document->toPlainText();
        CHECK(text.count(u'w') == size);
        CHECK(text.contains(u"Nachher"_s));
        // The long paragraph is many lines, none wider than MaxWordChars characters.
        const QTextBlock block = document->findBlock(text.indexOf(u'w'));
        REQUIRE(block.layout());
        CHECK(block.layout()->lineCount() >= size / content::LongWordBreaker::MaxWordChars / 2);
        // No run of the laid-out text is longer than MaxWordChars without a break opportunity.
        qsizetype run = 0;
        qsizetype longest = 0;
        for (const QChar c : text) {
            run = c.isSpace() || c.unicode() == content::LongWordBreaker::ZeroWidthSpace ? 0
                                                                                         : run + 1;
            longest = std::max(longest, run);
        }
        CHECK(longest == content::LongWordBreaker::MaxWordChars);
    }
}

TEST_CASE("Ordinary text, long compounds, links and Arabic are shown as they are")
{
    Browser browser;
    const QString html =
        u"<p>Die Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft "
        u"(79 Buchstaben) berät.</p><p><a href=\"https://www.augsburg.de/buergerservice/"
        u"aufenthalt?formular=antrag\">https://www.augsburg.de/buergerservice/aufenthalt?"
        u"formular=antrag</a></p><p dir=\"rtl\">مرحباً بكم في مدينتكم، الاستشارات متاحة يومياً</p>"_s;
    const QString shown = sanitized(html);
    CHECK_FALSE(shown.contains(QChar(content::LongWordBreaker::ZeroWidthSpace)));
    browser.show(html);
    QTextDocument plain;
    plain.setHtml(html);
    CHECK(browser.view.document()->toPlainText() == plain.toPlainText());
}

TEST_CASE("Text nested thousands of elements deep is shown, not dropped")
{
    Browser browser;
    const QString open = GENERATE(u"<div>"_s, u"<b><i>"_s, u"<ul><li>"_s, u"<blockquote>"_s,
                                  u"<table><tr><td>"_s, u"<ol><li><p>"_s, u"<span>"_s);
    INFO(open.toStdString());
    browser.show(u"<p>oben</p>"_s + open.repeated(5000) + u"tief unten"_s);
    const QString text = browser.view.document()->toPlainText();
    CHECK(text.contains(u"oben"_s));
    CHECK(text.contains(u"tief unten"_s));
}

TEST_CASE("Copying a page gives long links whole: the breaks the app put in are left out")
{
    Browser browser;
    const QString url =
        u"https://www.augsburg.de/buergerservice/"_s + QString(160, u'x') + u"?formular=antrag"_s;
    REQUIRE(url.size() > 200);
    const qsizetype size = 1024 * 1024;
    const QString word(size, u'w');
    const QChar zwsp(content::LongWordBreaker::ZeroWidthSpace);
    // A zero-width space of the content's own, in a short word, stays.
    const QString own = u"Straßen"_s + zwsp + u"bahn"_s;
    browser.show(u"<p>Die "_s + own + u"</p><p>Antrag: "_s + url + u" (online)</p><p><a href=\""_s +
                 url + u"\">"_s + url + u"</a></p><p>"_s + word + u"</p>"_s);
    QTextDocument *document = browser.view.document();
    REQUIRE(document->toPlainText().count(zwsp) > size / content::LongWordBreaker::MaxWordChars);
    QClipboard *clipboard = QGuiApplication::clipboard();

    const auto checkCopied = [&](const QMimeData *copied) {
        REQUIRE(copied);
        const QString text = copied->text();
        CHECK(text.count(zwsp) == 1);
        CHECK(text.contains(own));
        CHECK(text.contains(u"Antrag: "_s + url + u" (online)"_s));
        CHECK(text.count(url) == 2);
        CHECK(text.contains(word));
        const QString html = copied->html();
        CHECK(html.count(zwsp) == 1);
        CHECK(html.contains(u"href=\""_s + url + u'"'));
        CHECK(html.count(url) == 3);
        CHECK(html.contains(word));
    };

    SECTION("Ctrl+C")
    {
        clipboard->clear();
        browser.view.setFocus();
        QTest::keySequence(&browser.view, QKeySequence::SelectAll);
        REQUIRE(browser.view.textCursor().selectedText().size() >= size);
        QTest::keySequence(&browser.view, QKeySequence::Copy);
        checkCopied(clipboard->mimeData());
    }
    SECTION("Copy in the context menu")
    {
        clipboard->clear();
        browser.view.selectAll();
        const std::unique_ptr<QMenu> menu(browser.view.createStandardContextMenu());
        QAction *copy = menu->findChild<QAction *>(u"edit-copy"_s);
        REQUIRE(copy);
        REQUIRE(copy->isEnabled());
        copy->trigger();
        checkCopied(clipboard->mimeData());
    }
    SECTION("part of the long word, from its middle")
    {
        clipboard->clear();
        QTextCursor cursor(document);
        const int start = int(document->toPlainText().indexOf(u'w')) + 1000;
        cursor.setPosition(start);
        cursor.setPosition(start + 500, QTextCursor::KeepAnchor);
        browser.view.setTextCursor(cursor);
        const QString selected = cursor.selectedText();
        REQUIRE(selected.count(zwsp) >= 500 / content::LongWordBreaker::MaxWordChars - 1);
        browser.view.copy();
        // Every break is found, also the first (its word began long before the selection).
        CHECK(clipboard->text() == QString(selected.count(u'w'), u'w'));
    }
    SECTION("Copy link location")
    {
        clipboard->clear();
        // The link is the second time the address is on the page (on screen with breaks).
        const QString text = document->toPlainText();
        const qsizetype first = text.indexOf(url.left(60));
        REQUIRE(first >= 0);
        const int at = int(text.indexOf(url.left(60), first + 1)) + 5;
        REQUIRE(at > first + 5);
        QTextCursor cursor(document);
        cursor.setPosition(at);
        // In document coordinates, where a right click on the link would be.
        const QPoint point = browser.view.cursorRect(cursor).center() +
                             QPoint(0, browser.view.verticalScrollBar()->value());
        const std::unique_ptr<QMenu> menu(browser.view.createStandardContextMenu(point));
        QAction *copyLink = menu->findChild<QAction *>(u"link-copy"_s);
        REQUIRE(copyLink);
        REQUIRE(copyLink->isEnabled());
        copyLink->trigger();
        CHECK(clipboard->text() == url);
    }
}

namespace {

/// The glyphs `text` is shaped into on one line of `font`, without the invisible ones (spaces,
/// zero-width spaces: HarfBuzz shows default ignorables as a zero-width space glyph).
QList<quint32> shapedGlyphs(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setTextDirection(Qt::RightToLeft);
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QList<quint32> glyphs;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        const QList<quint32> indexes = run.glyphIndexes();
        const quint32 space = run.rawFont().glyphIndexesForString(u" "_s).value(0);
        for (const quint32 index : indexes) {
            if (index != space)
                glyphs.append(index);
        }
    }
    return glyphs;
}

} // namespace

TEST_CASE("An overlong Arabic word is broken without changing how its letters join")
{
    Browser browser;
    const QString letters = u"ابتثجحخدذرزسشصضطظعغفقكلمنهوي"_s;
    const QString word = letters.repeated(300 * 1024 / letters.size());
    ContentLanguage arabic;
    arabic.code = u"ar"_s;
    arabic.rightToLeft = true;
    browser.view.showDocument(sanitized(u"<p>قبل</p><p>"_s + word + u"</p><p>بعد</p>"_s),
                              Theme::current().contentStyleSheet(), arabic);
    QTextDocument *document = browser.view.document();
    document->documentLayout()->documentSize();
    CHECK(document->idealWidth() <= document->textWidth() + 1);
    CHECK(browser.view.horizontalScrollBar()->maximum() == 0);
    const QString text = document->toPlainText();
    const QTextBlock block = document->findBlock(int(text.indexOf(letters)));
    REQUIRE(block.layout());
    CHECK(block.text().remove(QChar(content::LongWordBreaker::ZeroWidthSpace)) == word);
    // No line holds more than MaxWordChars letters of the word without a break opportunity.
    const QTextLayout *layout = block.layout();
    CHECK(layout->lineCount() >= word.size() / content::LongWordBreaker::MaxWordChars / 2);
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        CHECK(line.naturalTextWidth() <= document->textWidth());
    }
    // The letters take the same joining forms with the breaks as without them.
    const QString sample = word.left(1000);
    content::LongWordBreaker breaker;
    const QString broken = breaker.apply(sample);
    REQUIRE(broken.size() > sample.size());
    const QFont font = document->defaultFont();
    CHECK(shapedGlyphs(broken, font) == shapedGlyphs(sample, font));
}
