// Hostile page content in the page view (issue 11): an unbroken word of a megabyte wraps inside
// the view instead of freezing it, and text nested thousands of levels deep is shown.
#include "core/content/longwords.h"
#include "core/content/sanitizer.h"
#include "desktop/common/theme.h"
#include "desktop/pages/contentbrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <catch2/catch.hpp>

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
    }
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
