// What a screen reader gets from a content page over Qt's accessibility tree: headings with
// their level, paragraphs, lists, tables, links it can press, images with their description,
// and the content language.
#include "accessibilitysupport.h"
#include "desktop/accessibility/accessibility.h"
#include "desktop/accessibility/contentelement.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/presentation/languages.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QAccessibleTextInterface>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat::desktop;
using namespace integreat::testing;

namespace {

const QString Page = uR"(<h1>Wohnsitz anmelden</h1>
<p>Innerhalb von zwei Wochen beim <a href="https://integreat.app/musterstadt/de/buergerbuero/">Bürgerbüro</a>
anmelden.</p>
<h3>Was Sie brauchen</h3>
<ul><li>Pass</li><li>Bestätigung des <a href="mailto:amt@musterstadt.example">Vermieters</a></li></ul>
<p><img src="integreat-resource:none.png" alt="Ein Formular"></p>
<table><tr><th>Tag</th><th>Zeit</th></tr><tr><td>Montag</td><td>8–12 Uhr</td></tr></table>)"_s;

ContentLanguage language(const QString &code, bool rightToLeft)
{
    ContentLanguage language;
    language.code = code;
    language.rightToLeft = rightToLeft;
    return language;
}

struct Shown
{
    Shown()
    {
        a11y::installAccessibility();
        browser.resize(900, 700);
        browser.showDocument(Page, {}, language(u"de"_s, false));
        browser.show();
        REQUIRE(QTest::qWaitForWindowExposed(&browser));
    }
    QAccessibleInterface *document() { return QAccessible::queryAccessibleInterface(&browser); }
    QAccessibleInterface *find(QAccessible::Role role, const QString &name)
    {
        for (QAccessibleInterface *node : accessibleDescendants(document())) {
            if (node->role() == role && node->text(QAccessible::Name) == name)
                return node;
        }
        return nullptr;
    }
    ContentBrowser browser;
};

} // namespace

TEST_CASE("The content browser exposes headings with their level, paragraphs, lists and tables")
{
    Shown shown;
    QAccessibleInterface *document = shown.document();
    REQUIRE(document);
    CHECK(document->role() == QAccessible::Document);
    CHECK(accessibleNames(document, QAccessible::Heading) ==
          QStringList{u"Wohnsitz anmelden"_s, u"Was Sie brauchen"_s});
    auto *h3 = dynamic_cast<a11y::ContentElement *>(
        shown.find(QAccessible::Heading, u"Was Sie brauchen"_s));
    REQUIRE(h3);
    CHECK(h3->headingLevel() == 3);
    CHECK(dynamic_cast<a11y::ContentElement *>(document->child(0))->headingLevel() == 1);
    CHECK(accessibleNames(document, QAccessible::ListItem) ==
          QStringList{u"Pass"_s, u"Bestätigung des Vermieters"_s});
    CHECK(accessibleNames(document, QAccessible::Cell) ==
          QStringList{u"Tag"_s, u"Zeit"_s, u"Montag"_s, u"8–12 Uhr"_s});
    CHECK(accessibleNames(document, QAccessible::Row).size() == 2);
    const QStringList paragraphs = accessibleNames(document, QAccessible::Paragraph);
    REQUIRE(paragraphs.size() == 1); // the image's line holds no text: only the image
    CHECK(paragraphs.first().startsWith(u"Innerhalb von zwei Wochen beim Bürgerbüro anmelden"_s));
    // Children know their parents, and each one lies on screen where its text is drawn.
    QAccessibleInterface *item = shown.find(QAccessible::ListItem, u"Pass"_s);
    REQUIRE(item);
    CHECK(item->parent()->role() == QAccessible::List);
    CHECK(item->parent()->parent() == document);
    CHECK(item->parent()->indexOfChild(item) == 0);
    const QRect heading = document->child(0)->rect();
    CHECK_FALSE(heading.isEmpty());
    CHECK(document->rect().contains(heading));
    CHECK(document->childAt(heading.center().x(), heading.center().y()) == document->child(0));
    // Each element carries its own text for a screen reader's reading commands.
    auto *text = item->textInterface();
    REQUIRE(text);
    CHECK(text->text(0, text->characterCount()) == u"Pass"_s);
}

TEST_CASE("Content links are named by their text and a screen reader can follow them")
{
    Shown shown;
    QAccessibleInterface *document = shown.document();
    CHECK(accessibleNames(document, QAccessible::Link) ==
          QStringList{u"Bürgerbüro"_s, u"Vermieters"_s});
    QAccessibleInterface *link = shown.find(QAccessible::Link, u"Bürgerbüro"_s);
    REQUIRE(link);
    CHECK(link->state().linked);
    CHECK(link->state().focusable);
    QAccessibleActionInterface *actions = link->actionInterface();
    REQUIRE(actions);
    CHECK(actions->actionNames().contains(QAccessibleActionInterface::pressAction()));
    QSignalSpy followed(&shown.browser, &ContentBrowser::linkActivated);
    actions->doAction(QAccessibleActionInterface::pressAction());
    REQUIRE(followed.size() == 1);
    CHECK(followed.at(0).at(0).toUrl() ==
          QUrl(u"https://integreat.app/musterstadt/de/buergerbuero/"_s));
    // Headings are no links and offer nothing to press.
    CHECK_FALSE(document->child(0)->actionInterface());
}

TEST_CASE("Images are described by their alt text")
{
    Shown shown;
    CHECK(accessibleNames(shown.document(), QAccessible::Graphic) ==
          QStringList{u"Ein Formular"_s});
}

TEST_CASE("In the page's text an image reads as its alt text, not as an object character")
{
    Shown shown;
    QAccessibleTextInterface *text = shown.document()->textInterface();
    REQUIRE(text);
    const QString all = text->text(0, text->characterCount());
    // U+FFFC stands for the image in the document; Orca reads it as "[OBJ]".
    CHECK_FALSE(all.contains(QChar::ObjectReplacementCharacter));
    CHECK(all.split(u'\n').contains(u"Ein Formular"_s)); // the image's line
    const int described = int(all.indexOf(u"Ein Formular"_s));
    REQUIRE(described >= 0);
    int start = -1;
    int end = -1;
    CHECK(text->textAtOffset(described + 3, QAccessible::LineBoundary, &start, &end).trimmed() ==
          u"Ein Formular"_s);
    // Offsets count this text both ways: the caret after the image is after its description.
    QTextDocument *document = shown.browser.document();
    const int image = int(document->toRawText().indexOf(QChar::ObjectReplacementCharacter));
    REQUIRE(image > 0);
    QTextCursor caret(document);
    caret.setPosition(image + 1);
    shown.browser.setTextCursor(caret);
    const int after = described + int(u"Ein Formular"_s.size());
    CHECK(text->cursorPosition() == after);
    text->setCursorPosition(described + 2); // inside the description: at the image
    CHECK(shown.browser.textCursor().position() == image);
    // What follows the image keeps its place: "Tag" in the text is "Tag" in the document.
    const int tag = int(all.indexOf(u"Tag"_s, after));
    REQUIRE(tag > after);
    text->setSelection(0, tag, tag + 3);
    CHECK(shown.browser.textCursor().selectedText() == u"Tag"_s);
    int selectionStart = -1;
    int selectionEnd = -1;
    text->selection(0, &selectionStart, &selectionEnd);
    CHECK(selectionStart == tag);
    CHECK(selectionEnd == tag + 3);
    // An image without a description says nothing.
    shown.browser.showDocument(u"<p>Vor <img src=\"integreat-resource:none.png\"> nach</p>"_s, {},
                               language(u"de"_s, false));
    text = shown.document()->textInterface();
    CHECK(text->text(0, text->characterCount()) == u"Vor  nach"_s);
}

TEST_CASE("Line by line, a screen reader gets the lines as laid out, not the whole paragraph")
{
    Shown shown;
    const QString sentence = u"Bringen Sie zu jedem Termin Ihren Pass mit. "_s;
    shown.browser.showDocument(u"<p>"_s + sentence.repeated(12) + u"</p><p>Ende</p>"_s, {},
                               language(u"de"_s, false));
    shown.browser.resize(300, 700); // the paragraph runs over several lines
    QAccessibleTextInterface *text = shown.document()->textInterface();
    REQUIRE(text);
    const QString all = text->text(0, text->characterCount());
    const int paragraphEnd = int(all.indexOf(u'\n'));
    REQUIRE(paragraphEnd > 0);
    // Line after line, from the first: each shorter than the paragraph, together all of it.
    QStringList lines;
    int offset = 0;
    while (offset <= paragraphEnd) {
        int start = -1;
        int end = -1;
        const QString line = text->textAtOffset(offset, QAccessible::LineBoundary, &start, &end);
        REQUIRE(start == offset);
        REQUIRE(end > start);
        CHECK(line == all.mid(start, end - start));
        lines << line;
        offset = end;
    }
    CHECK(lines.size() > 3);
    CHECK(lines.join(QString()) == all.left(paragraphEnd + 1));
    CHECK(lines.constLast().endsWith(u'\n')); // the paragraph's break ends its last line
    // An offset inside a line gives that whole line.
    int start = -1;
    int end = -1;
    const QString second =
        text->textAtOffset(int(lines.at(0).size()) + 2, QAccessible::LineBoundary, &start, &end);
    CHECK(second == lines.at(1));
    const QString last =
        text->textAtOffset(paragraphEnd + 2, QAccessible::LineBoundary, &start, &end);
    CHECK(last.trimmed() == u"Ende"_s);
    CHECK(start == paragraphEnd + 1);
}

TEST_CASE("The content language reaches the screen reader so it picks the voice")
{
    Shown shown;
    shown.browser.showDocument(u"<h2>مرحبا</h2><p>نص <a href=\"tel:+4912345\">اتصل</a></p>"_s, {},
                               language(u"ar"_s, true));
    QAccessibleInterface *document = shown.document();
    // The structure follows the new document.
    CHECK(accessibleNames(document, QAccessible::Heading) == QStringList{u"مرحبا"_s});
    CHECK(accessibleNames(document, QAccessible::Link) == QStringList{u"اتصل"_s});
    for (QAccessibleInterface *node : {document, document->child(0)}) {
        QAccessibleTextInterface *text = node->textInterface();
        REQUIRE(text);
        int start = -1;
        int end = -1;
        CHECK(text->attributes(0, &start, &end).contains(u"language:ar;"_s));
        CHECK(start == 0);
        CHECK(end == text->characterCount());
    }
    CHECK(document->textInterface()->text(0, 5) == u"مرحبا"_s);
    // Without a known language nothing is claimed.
    shown.browser.showDocument(u"<p>x</p>"_s, {}, Qt::LeftToRight);
    int start = -1;
    int end = -1;
    CHECK(document->textInterface()->attributes(0, &start, &end).isEmpty());
}

TEST_CASE("Tab between content links moves the accessible focus from link to link")
{
    // (The Focus event that carries this to AT-SPI needs a platform accessibility bridge,
    // which offscreen has not: test_atspi_xvfb records it under X.)
    Shown shown;
    shown.browser.activateWindow();
    shown.browser.setFocus();
    // No screen reader here: no text caret for sighted readers (test_atspi_xvfb has one).
    CHECK_FALSE(shown.browser.textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    QStringList focused;
    for (int i = 0; i < 2; ++i) {
        QTest::keyClick(&shown.browser, Qt::Key_Tab);
        QAccessibleInterface *link = shown.document()->focusChild();
        REQUIRE(link);
        CHECK(link->role() == QAccessible::Link);
        CHECK(link->state().focused);
        focused << link->text(QAccessible::Name);
    }
    CHECK(focused == QStringList{u"Bürgerbüro"_s, u"Vermieters"_s});
    // SetFocus on a link selects it, as Tab does.
    QAccessibleInterface *first = shown.find(QAccessible::Link, u"Bürgerbüro"_s);
    first->actionInterface()->doAction(QAccessibleActionInterface::setFocusAction());
    CHECK(shown.document()->focusChild() == first);
}
