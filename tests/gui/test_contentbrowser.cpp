// The page view: images only from the store, one direction per page, readable colours.
#include "core/content/resourcename.h"
#include "core/model/page.h"
#include "desktop/common/theme.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/pagehtml.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;

TEST_CASE("Images come from the resource store and nowhere else")
{
    QTemporaryDir dir;
    const QUrl remote(u"https://cms.integreat-app.de/media/karte.png"_s);
    QImage picture(1600, 400, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    REQUIRE(picture.save(QDir(dir.path()).filePath(content::resourceFileName(remote))));

    ContentBrowser browser;
    browser.setResourceDir(dir.path());
    browser.setServer(QUrl(u"http://127.0.0.1:9"_s));
    // As the sync stores it (the CMS URL) and as integreat-resource: both read the cache.
    const QUrl local = content::localResourceUrl(remote);
    for (const QUrl &name : {remote, local}) {
        const QImage shown =
            browser.loadResource(QTextDocument::ImageResource, name).value<QImage>();
        REQUIRE_FALSE(shown.isNull());
        CHECK(shown.width() == ContentBrowser::ReadableWidth); // scaled to the text column
    }
    // A missing file shows a placeholder, not nothing.
    const QUrl gone = content::localResourceUrl(QUrl(u"https://cms.integreat-app.de/x.png"_s));
    CHECK_FALSE(browser.loadResource(QTextDocument::ImageResource, gone).value<QImage>().isNull());
    // Never other hosts, never other files, never style sheets.
    CHECK(browser
              .loadResource(QTextDocument::ImageResource,
                            QUrl(u"https://tracker.example/pixel.png"_s))
              .isNull());
    CHECK(
        browser.loadResource(QTextDocument::ImageResource, QUrl(u"file:///etc/hosts"_s)).isNull());
    CHECK(browser
              .loadResource(QTextDocument::ImageResource,
                            QUrl(u"integreat-resource:../../etc/passwd"_s))
              .value<QImage>()
              .isNull());
    CHECK(browser.loadResource(QTextDocument::StyleSheetResource, local).isNull());

    // In a document.
    browser.showDocument(u"<p><img src=\"%1\"></p>"_s.arg(local.toString()), {}, Qt::LeftToRight);
    CHECK(browser.document()->toHtml().contains(local.toString()));
}

TEST_CASE("A page is laid out in one direction whatever its blocks say")
{
    ContentBrowser browser;
    browser.showDocument(u"<div dir=\"rtl\"><p>مرحبا</p></div><p>Latin first مرحبا</p>"
                         "<ul><li>one</li></ul>"_s,
                         {}, Qt::RightToLeft);
    for (QTextBlock block = browser.document()->begin(); block.isValid(); block = block.next())
        CHECK(block.textDirection() == Qt::RightToLeft);
    browser.showDocument(u"<div dir=\"rtl\"><p>مرحبا</p></div><p>Hallo</p>"_s, {}, Qt::LeftToRight);
    for (QTextBlock block = browser.document()->begin(); block.isValid(); block = block.next())
        CHECK(block.textDirection() == Qt::LeftToRight);
}

TEST_CASE("Inline colours that are hard to read are dropped")
{
    Theme::apply(*qApp, Theme::make(false, 100));
    const QString html = u"<p><span style=\"color: #99cc00;\">light green</span>"
                         "<span style=\"color: #c00000; font-weight: bold\">dark red</span>"
                         "<span style=\"background-color: yellow\">marked</span></p>"_s;
    const QString normal = PageHtml::preparedContent(html, false);
    CHECK_FALSE(normal.contains(u"#99cc00"_s));
    CHECK(normal.contains(u"color: #c00000"_s));
    CHECK(normal.contains(u"font-weight: bold"_s));
    CHECK(normal.contains(u"background-color: yellow"_s));
    const QString contrast = PageHtml::preparedContent(html, true);
    CHECK_FALSE(contrast.contains(u"color"_s));
    CHECK(contrast.contains(u"font-weight: bold"_s));
    CHECK(PageHtml::contrastRatio(Qt::black, Qt::white) == Approx(21.0));
}

TEST_CASE("The page document has title content children and footer")
{
    model::Page page;
    page.path = u"/augsburg/de/a/"_s;
    page.title = u"Title & more"_s;
    page.content = u"<p>Body</p>"_s;
    page.lastUpdated = QDateTime(QDate(2020, 3, 20), QTime(17, 50), QTimeZone(2 * 3600));
    page.organization = model::Organization{u"Tür an Tür"_s, u"https://tuerantuer.de"_s, {}};
    model::Page child;
    child.path = u"/augsburg/de/a/b/"_s;
    child.title = u"Child"_s;
    const QString html =
        PageHtml::page(page, {{child, {}}}, {{}, QLocale(QLocale::English), false});
    ContentBrowser browser;
    browser.showDocument(html, {}, Qt::LeftToRight);
    const QString text = browser.toPlainText();
    CHECK(text.contains(u"Title & more"_s));
    CHECK(text.contains(u"Body"_s));
    CHECK(text.contains(u"Child"_s));
    CHECK(text.contains(u"Last updated on Fri, 20 Mar 2020"_s));
    CHECK(text.contains(u"This page is provided by Tür an Tür"_s));
    CHECK(html.contains(u"integreat-nav:/augsburg/de/a/b/"_s));
}
