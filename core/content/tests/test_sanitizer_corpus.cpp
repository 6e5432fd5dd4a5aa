// The sanitizer on real CMS content (../shared/integreat-api) and on the official app's own
// sanitizeContent cases (../shared/conformance), both read at run time.
#include "core/content/htmltext.h"
#include "core/content/resourcename.h"
#include "core/content/sanitizer.h"
#include "corpus.h"
#include "test_content_support.h"

#include <QJsonArray>

using namespace integreat::content;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

// The corpus was produced by a CMS whose BASE_URL was http://localhost:8000.
const QUrl kCorpusServer(u"http://localhost:8000"_s);

} // namespace

TEST_CASE("content: every corpus page keeps its text and nothing unsafe", "[sanitizer][corpus]")
{
    INTEGREAT_REQUIRE_CORPUS();
    int pages = 0;
    int withIsolates = 0;
    for (const QString &file : {u"augsburg_de_pages.json"_s, u"augsburg_de_children_depth_2.json"_s,
                                u"augsburg_ar_pages.json"_s, u"augsburg_de_imprint.json"_s,
                                u"augsburg_de_events.json"_s, u"augsburg_de_locations.json"_s,
                                u"nurnberg_de_locations.json"_s, u"nurnberg_de_imprint.json"_s}) {
        for (const QJsonObject &item : corpusItems(file)) {
            const QString content = item.value("content"_L1).toString();
            const SanitizedHtml out = sanitize(content, {kCorpusServer});
            INFO(file.toStdString() << " " << item.value("path"_L1).toString().toStdString() << "\n"
                                    << out.html.toStdString());
            CHECK(wellFormedProblem(out.html).isEmpty());
            CHECK(unsafeProblem(out.html).isEmpty());
            CHECK(sanitize(out.html, {kCorpusServer}).html == out.html);
            // As right-to-left content: isolates added, well-formed, stable, no text lost.
            SanitizeOptions rtl{kCorpusServer};
            rtl.rightToLeft = true;
            const QString isolated = sanitize(content, rtl).html;
            CHECK(wellFormedProblem(isolated).isEmpty());
            CHECK(sanitize(isolated, rtl).html == isolated);
            CHECK(isolated.count(QChar(0x2066)) == isolated.count(QChar(0x2069)));
            CHECK(QString(isolated).remove(QChar(0x2066)).remove(QChar(0x2069)) == out.html);
            withIsolates += isolated.contains(QChar(0x2066)) ? 1 : 0;
            if (!content.contains(u"display: none"_s)) // benign: all text stays
                CHECK(withoutSpaces(htmlToPlainText(out.html)) ==
                      withoutSpaces(htmlToPlainText(content)));
            ++pages;
        }
    }
    CHECK(pages > 40);
    CHECK(withIsolates > 5); // phone numbers, opening hours, dates in the real pages
}

TEST_CASE("content: corpus links are kept absolute and classified", "[sanitizer][corpus]")
{
    INTEGREAT_REQUIRE_CORPUS();
    QString testLinks;
    QString imprint;
    for (const QJsonObject &page : corpusItems(u"augsburg_de_pages.json"_s)) {
        if (page.value("path"_L1).toString() == u"/augsburg/de/test-links/")
            testLinks = page.value("content"_L1).toString();
    }
    imprint = corpusItems(u"augsburg_de_imprint.json"_s).first().value("content"_L1).toString();
    REQUIRE_FALSE(testLinks.isEmpty());
    const SanitizedHtml links = sanitize(testLinks, {kCorpusServer});
    CHECK(links.links.size() == 10);
    CHECK(links.links.contains(QUrl(u"http://localhost:8000/s/p/94/"_s)));
    CHECK(links.html.contains(u"<a href=\"https://integreat.app/augsburg/de/locations/test-ort/\">"
                              "Test-Ort</a>"_s));
    CHECK(links.resources.isEmpty());
    const SanitizedHtml out = sanitize(imprint, {kCorpusServer});
    CHECK(out.html.contains(u"<a href=\"tel:+4982132434494\">0821-32434494</a>"_s));
    CHECK(out.html.contains(u"<a href=\"mailto:integreat@augsburg.de\">"_s));
    CHECK_FALSE(out.html.contains(u"rel="_s));
}

TEST_CASE("content: the contact card keeps address and map link but not the hidden link",
          "[sanitizer][corpus]")
{
    INTEGREAT_REQUIRE_CORPUS();
    QString card;
    for (const QJsonObject &page : corpusItems(u"augsburg_de_children_depth_2.json"_s)) {
        if (page.value("content"_L1).toString().contains(u"contact-card"_s))
            card = page.value("content"_L1).toString();
    }
    REQUIRE_FALSE(card.isEmpty());
    const SanitizedHtml out = sanitize(card, {kCorpusServer});
    const QUrl pin(u"http://localhost:8000/static/svg/pin.svg"_s);
    CHECK(out.html.startsWith(u"<div class=\"contact-card notranslate\" dir=\"ltr\">"_s));
    CHECK(out.html.contains(u"<h4>referred to in a page | Testkontakt</h4>"_s));
    CHECK(out.html.contains(u"<img src=\""_s + localResourceUrl(pin).toString() +
                            u"\" alt=\"Address: \" width=\"15\">"_s));
    CHECK(out.html.contains(u"Viktoriastra%C3%9Fe%201,Augsburg,Deutschland\" "
                            "class=\"link-external\">Viktoriastraße 1, 86150 Augsburg</a>"_s));
    CHECK_FALSE(out.html.contains(u"Contact<"_s)); // the display:none link
    CHECK_FALSE(out.html.contains(u"contact/5"_s));
    CHECK_FALSE(out.html.contains(u"data-"_s));
    CHECK(out.resources == QList<QUrl>{pin});
    CHECK(withoutSpaces(htmlToPlainText(out.html)) ==
          withoutSpaces(htmlToPlainText(card)).remove(u"Contact"_s));
    // With the production CMS as server the test host's pin is not ours: its alt text stays.
    const SanitizedHtml production = sanitize(card, {});
    CHECK(production.resources.isEmpty());
    CHECK(production.html.contains(u"<p>Address: <a href="_s));
}

// The official sanitizeContent cases. Where our output differs by design the case checks what
// we do instead: iframes become link cards (QTextBrowser cannot show iframes, and the app shows
// them only after consent), remote images become their alt text (nothing is fetched from
// foreign hosts), details/summary become a heading and the body (QTextBrowser flattens them
// anyway), and aria-*/data-* attributes go (QTextBrowser has no use for them). What must not
// be in the output (expected_not_contains) is checked for every case.
TEST_CASE("content: the official app's sanitizeContent cases hold", "[sanitizer][conformance]")
{
    const QList<QJsonObject> cases = conformanceCases(u"content-html.json"_s, u"sanitizeContent"_s);
    for (const QJsonObject &c : cases) {
        const QString source = c.value("source"_L1).toString();
        const QString input = c.value("input"_L1).toString();
        const SanitizedHtml out = sanitize(input, {});
        INFO(source.toStdString() << "\n" << out.html.toStdString());
        for (const QJsonValue &unwanted : c.value("expected_not_contains"_L1).toArray())
            CHECK_FALSE(out.html.contains(unwanted.toString()));
        QStringList wanted;
        for (const QJsonValue &value : c.value("expected_contains"_L1).toArray())
            wanted.append(value.toString());
        if (input.contains(u"<iframe"_s)) {
            const bool supported = input.contains(u"vimeo.com"_s);
            CHECK(out.html.contains(u"<p class=\"link-card\"><a href=\""_s) == true);
            CHECK(out.html.contains(u"https://vimeo.com"_s) == supported);
            CHECK_FALSE(out.html.contains(u"<iframe"_s));
        } else if (input.contains(u"<img"_s) && input.contains(u"example.com"_s)) {
            CHECK(out.html == u"a picture"_s); // the alt text of a foreign image
        } else if (input.contains(u"<details>"_s)) {
            CHECK(out.html == u"<h3>more</h3><p>body</p>"_s);
        } else if (source.contains(u"aria-*"_s) || source.contains(u"data-*"_s)) {
            CHECK(out.html == u"<div>x</div>"_s);
        } else {
            for (const QString &w : std::as_const(wanted))
                CHECK(out.html.contains(w));
        }
    }
}
