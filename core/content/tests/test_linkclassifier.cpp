// The link classifier (core/content/linkclassifier.h), also against the official app's
// link-handling, deep-link and route cases (../shared/conformance, read at run time).
#include "core/content/linkclassifier.h"
#include "test_content_support.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace integreat::content;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

LinkTarget classify(const QString &url, const QUrl &server = {})
{
    return classifyLink(QUrl(url), server);
}

/// The official route of a target: regions, categories, events, places, news, imprint, search.
QString officialRoute(const LinkTarget &t)
{
    if (t.route == u"landing")
        return u"regions"_s;
    if (t.route == u"page" || t.route == u"dashboard")
        return u"categories"_s;
    if (t.route == u"event")
        return u"events"_s;
    if (t.route == u"place")
        return u"places"_s;
    if (t.route == u"news-item")
        return u"news"_s;
    return t.route;
}

/// Checks a target against an official route object ({route, regionCode, languageCode,
/// regionContentPath, slug, id, searchText, placeCategoryId, multiPlace}). zoom is not read:
/// the map chooses its own zoom.
void checkRoute(const LinkTarget &t, const QJsonObject &expected)
{
    CHECK(t.kind == LinkKind::Internal);
    CHECK(officialRoute(t) == expected.value("route"_L1).toString());
    CHECK(t.region == expected.value("regionCode"_L1).toString());
    CHECK(t.language == expected.value("languageCode"_L1).toString());
    const QString contentPath = expected.value("regionContentPath"_L1).toString();
    if (!contentPath.isEmpty()) // the store keys paths with a trailing slash
        CHECK(t.path == contentPath + u'/');
    const QString slug = expected.value("slug"_L1).toString();
    if (!slug.isEmpty()) {
        const QString kind = t.route == u"event" ? u"events"_s : u"locations"_s;
        CHECK(t.path == u'/' + t.region + u'/' + t.language + u'/' + kind + u'/' + slug + u'/');
    }
    CHECK(t.id == expected.value("id"_L1).toString());
    CHECK(t.searchText == expected.value("searchText"_L1).toString());
    const QJsonValue category = expected.value("placeCategoryId"_L1);
    CHECK(t.placeCategory ==
          (category.isDouble() ? std::optional(category.toInt()) : std::nullopt));
    const QJsonValue multiPlace = expected.value("multiPlace"_L1);
    CHECK(t.multiPlace ==
          (multiPlace.isDouble() ? std::optional(multiPlace.toInt()) : std::nullopt));
}

} // namespace

TEST_CASE("content: internal links give region language route and store path", "[links]")
{
    LinkTarget t = classify(u"https://integreat.app/augsburg/de/willkommen/"_s);
    CHECK(t.kind == LinkKind::Internal);
    CHECK(t.region == u"augsburg"_s);
    CHECK(t.language == u"de"_s);
    CHECK(t.route == u"page"_s);
    CHECK(t.path == u"/augsburg/de/willkommen/"_s);
    const struct
    {
        const char16_t *url, *route, *path, *id;
    } cases[] = {
        {u"https://integreat.app/augsburg/de/events/test-veranstaltung/", u"event",
         u"/augsburg/de/events/test-veranstaltung/", u""},
        {u"https://integreat.app/augsburg/de/locations/test-ort/", u"place",
         u"/augsburg/de/locations/test-ort/", u""},
        {u"https://web.integreat-app.de/augsburg/de/places/test-ort", u"place",
         u"/augsburg/de/locations/test-ort/", u""},
        {u"https://integreat.app/augsburg/de/disclaimer", u"imprint", u"/augsburg/de/disclaimer/",
         u""},
        {u"https://integreat.app/augsburg/de/imprint/", u"imprint", u"/augsburg/de/disclaimer/",
         u""},
        {u"https://integreat.app/augsburg/de/news/local", u"news", u"/augsburg/de/news/", u""},
        {u"https://integreat.app/augsburg/de/news/local/123/", u"news-item",
         u"/augsburg/de/news/local-123/", u"local-123"},
        {u"https://integreat.app/augsburg/de/news/tunews-7", u"news-item",
         u"/augsburg/de/news/tunews-7/", u"tunews-7"},
        {u"https://integreat.app/augsburg/de/offers", u"offers", u"/augsburg/de/offers/", u""},
        {u"https://integreat.app/augsburg/de/offers/sprungbrett", u"offers",
         u"/augsburg/de/offers/", u"sprungbrett"},
        {u"https://integreat.app/augsburg/de/search?query=arzt", u"search", u"/augsburg/de/search/",
         u""},
        {u"https://integreat.app/augsburg/de", u"dashboard", u"/augsburg/de/", u""},
        {u"https://cms.integreat-app.de/augsburg/de/", u"dashboard", u"/augsburg/de/", u""},
        {u"https://integreat.app/", u"landing", u"", u""},
        {u"https://integreat.app/landing/de", u"landing", u"", u""},
        {u"https://integreat.app/foo/", u"dashboard", u"", u""}, // a broken link: no language
        {u"https://cms-test.integreat-app.de/s/p/94/", u"short-page", u"", u"94"},
        {u"https://INTEGREAT.APP//Augsburg//DE/Beh%C3%B6rden-und-Beratung//", u"page",
         u"/augsburg/de/behörden-und-beratung/", u""},
        {u"https://integreat.app/augsburg/ar/%D9%85%D8%B9%D9%84%D9%88%D9%85%D8%A7%D8%AA", u"page",
         u"/augsburg/ar/معلومات/", u""},
        {u"integreat://augsburg/de/events/fest", u"event", u"/augsburg/de/events/fest/", u""},
        {u"integreat://integreat.app/augsburg/de/willkommen", u"page", u"/augsburg/de/willkommen/",
         u""},
    };
    for (const auto &c : cases) {
        INFO(QString::fromUtf16(c.url).toStdString());
        t = classify(QString::fromUtf16(c.url));
        CHECK(t.kind == LinkKind::Internal);
        CHECK(t.route == QString::fromUtf16(c.route));
        CHECK(t.path == QString::fromUtf16(c.path));
        CHECK(t.id == QString::fromUtf16(c.id));
    }
}

TEST_CASE("content: the server host is internal and relative links resolve against it", "[links]")
{
    const QUrl server(u"http://localhost:8000"_s);
    LinkTarget t = classify(u"http://localhost:8000/s/p/94/"_s, server);
    CHECK(t.kind == LinkKind::Internal);
    CHECK(t.route == u"short-page"_s);
    CHECK(t.id == u"94"_s);
    CHECK(classify(u"http://localhost:8000/s/p/94/"_s).kind == LinkKind::External);
    t = classify(u"/augsburg/de/alltag/"_s, server);
    CHECK(t.url == QUrl(u"http://localhost:8000/augsburg/de/alltag/"_s));
    CHECK(t.path == u"/augsburg/de/alltag/"_s);
    t = classify(u"/augsburg/de/alltag/"_s); // no server: the production CMS
    CHECK(t.url == QUrl(u"https://cms.integreat-app.de/augsburg/de/alltag/"_s));
    CHECK(t.kind == LinkKind::Internal);
    CHECK(classify(u"#top"_s).kind == LinkKind::Forbidden);
}

TEST_CASE("content: media and WordPress paths are not internal pages", "[links]")
{
    CHECK(classify(u"https://cms.integreat-app.de/media/regions/1/flyer.pdf"_s).kind ==
          LinkKind::Pdf);
    CHECK(classify(u"https://cms.integreat-app.de/media/regions/1/"_s).kind == LinkKind::External);
    CHECK(classify(u"https://cms.integreat-app.de/augsburg/wp-content/x"_s).kind ==
          LinkKind::External);
    CHECK(
        classify(u"https://cms.integreat-app.de/augsburg/de/wp-json/extensions/v3/pages"_s).kind ==
        LinkKind::External);
    CHECK(classify(u"https://cms.integreat-app.de/wp-admin/"_s).kind == LinkKind::External);
    CHECK(classify(u"https://cms.integreat-app.de/api/v3/augsburg/de/pages/"_s).kind ==
          LinkKind::External);
}

TEST_CASE("content: schemes and file types are classified", "[links]")
{
    LinkTarget t = classify(u"tel:tel:+4982132434494"_s);
    CHECK(t.kind == LinkKind::Telephone);
    CHECK(t.url == QUrl(u"tel:+4982132434494"_s));
    CHECK(classify(u"TEL:+49 821 1"_s).kind == LinkKind::Telephone);
    CHECK(classify(u"tel:"_s).kind == LinkKind::Forbidden);
    CHECK(classify(u"mailto:integreat@augsburg.de"_s).kind == LinkKind::Email);
    CHECK(classify(u"mailto:"_s).kind == LinkKind::Forbidden);
    CHECK(classify(u"https://example.com/a/b.PDF?download=1"_s).kind == LinkKind::Pdf);
    CHECK(classify(u"https://integreat.app/augsburg/de/flyer.pdf"_s).kind == LinkKind::Pdf);
    for (const QString &ext : {u"png"_s, u"jpg"_s, u"JPEG"_s, u"gif"_s, u"webp"_s, u"svg"_s})
        CHECK(classify(u"https://example.com/pic."_s + ext).kind == LinkKind::Image);
    CHECK(classify(u"https://example.com/pdf/page"_s).kind == LinkKind::External);
    CHECK(classify(u"https://integreat-app.de/"_s).kind == LinkKind::External);
    CHECK(classify(u"https://invalid.integreat.app/"_s).kind == LinkKind::External);
    CHECK(classify(u"https://integreat.app.evil.com/augsburg/de/"_s).kind == LinkKind::External);
    CHECK(classify(u"https://admin.integreat-app.de/"_s).kind == LinkKind::External);
    for (const QString &bad :
         {u"javascript:alert(1)"_s, u"JAVASCRIPT:x"_s, u"data:text/html,x"_s, u"vbscript:x"_s,
          u"file:///etc/passwd"_s, u"about:blank"_s, u"qrc:/x"_s, u"ftp://x.org/"_s,
          u"chrome://settings"_s, u"http://"_s, u""_s}) {
        INFO(bad.toStdString());
        CHECK(classify(bad).kind == LinkKind::Forbidden);
    }
}

TEST_CASE("content: withLanguage completes language-independent links", "[links]")
{
    LinkTarget t = classify(u"https://integreat.app/bochum/events/1234"_s);
    CHECK(t.language.isEmpty());
    CHECK(t.path.isEmpty());
    t = withLanguage(t, u"de"_s);
    CHECK(t.route == u"event"_s);
    CHECK(t.path == u"/bochum/de/events/1234/"_s);
    t = withLanguage(classify(u"https://integreat.app/bochum"_s), u"ar"_s);
    CHECK(t.route == u"dashboard"_s);
    CHECK(t.path == u"/bochum/ar/"_s);
    t = withLanguage(classify(u"https://integreat.app/bochum/fa/x"_s), u"de"_s);
    CHECK(t.path == u"/bochum/fa/x/"_s); // a language in the URL wins
}

// link-handling.json: navigateToLink and the web's isInternalLink/openLink apply fully.
// navigateToDeepLink cases test navigation state (selected region, intro slides, stack resets)
// that is the viewer's job; of them we check the part that is ours: the link is internal and
// names the region it names.
TEST_CASE("content: the official link handling cases hold", "[links][conformance]")
{
    for (const QJsonObject &c : conformanceCases(u"link-handling.json"_s)) {
        const QString kind = c.value("kind"_L1).toString();
        const QString url =
            c.value(kind == u"navigateToLink" || kind == u"navigateToDeepLink" ? "url"_L1
                                                                               : "link"_L1)
                .toString();
        INFO(c.value("source"_L1).toString().toStdString() << "\n" << url.toStdString());
        const LinkTarget t = classify(url);
        const QJsonValue expected = c.value("expected"_L1);
        if (kind == u"isInternalLink") {
            CHECK((t.kind == LinkKind::Internal) == expected.toBool());
            continue;
        }
        const QJsonObject e = expected.toObject();
        const QString action = e.value("action"_L1).toString();
        if (kind == u"navigateToDeepLink") {
            CHECK(t.kind == LinkKind::Internal);
            const QString region = QUrl(url).path().section(u'/', 1, 1);
            CHECK(t.region == region);
        } else if (action == u"open_pdf_viewer") {
            CHECK(t.kind == LinkKind::Pdf);
            CHECK(t.url == QUrl(e.value("url"_L1).toString()));
        } else if (action == u"open_image_viewer") {
            CHECK(t.kind == LinkKind::Image);
        } else if (action == u"open_external") {
            CHECK(t.kind == LinkKind::External);
            CHECK(t.url == QUrl(e.value("url"_L1).toString()));
        } else if (action == u"navigate_internal" && e.contains("route"_L1)) {
            const QJsonObject route = e.value("route"_L1).toObject();
            checkRoute(withLanguage(t, c.value("app_language_code"_L1).toString()), route);
        } else if (action == u"navigate_internal") {
            CHECK(t.kind == LinkKind::Internal);
            CHECK(t.path == e.value("path"_L1).toString() + u'/');
        } else {
            FAIL("unknown case");
        }
    }
}

// deep-links.json: InternalPathnameParser.route with the app language as fallback. Cases with
// a fixed region are skipped: that is a build flag of white-label apps; a kiosk locked to one
// region checks the region of the target itself.
TEST_CASE("content: the official deep link cases hold", "[links][conformance]")
{
    int checked = 0;
    for (const QJsonObject &c :
         conformanceCases(u"deep-links.json"_s, u"InternalPathnameParser.route"_s)) {
        if (!c.value("fixed_region"_L1).isNull()) {
            // The same paths hold without the fixed region where it names the fixed region.
            const QString path = c.value("url_or_pathname"_L1).toString();
            if (!path.startsWith(u"/aschaffenburg/"_s) || c.value("expected_route"_L1).isNull())
                continue;
        }
        const QString pathname = c.value("url_or_pathname"_L1).toString();
        const QString query = c.value("query"_L1).toString();
        const QUrl url(u"https://integreat.app"_s + pathname + query);
        INFO(c.value("source"_L1).toString().toStdString() << "\n" << url.toString().toStdString());
        const LinkTarget t =
            withLanguage(classifyLink(url), c.value("fallback_language_code"_L1).toString());
        checkRoute(t, c.value("expected_route"_L1).toObject());
        ++checked;
    }
    CHECK(checked >= 30);
}

// route-urls.json: the app builds these paths from routes; we check the inverse, that each built
// path parses back into its route. Query strings, safeParseInt, addSubdomain and language-code
// helpers are not link classification and are skipped.
TEST_CASE("content: the official route paths parse back into their routes", "[links][conformance]")
{
    for (const QString &kind : {u"regionContentPath"_s, u"pathnameFromRouteInformation"_s}) {
        for (const QJsonObject &c : conformanceCases(u"route-urls.json"_s, kind)) {
            const QString path = c.value("expected"_L1).toString();
            INFO(path.toStdString());
            const LinkTarget t = classify(u"https://integreat.app"_s + path);
            QJsonObject route = c.value("input"_L1).toObject();
            if (kind == u"regionContentPath") {
                if (!route.contains("route"_L1)) {
                    route.insert("route"_L1, u"categories"_s);
                    route.insert("regionContentPath"_L1, path);
                } else if (route.contains("path"_L1)) {
                    route.insert("slug"_L1, route.value("path"_L1));
                }
            }
            checkRoute(t, route);
        }
    }
}

TEST_CASE("content: query keys of search and places routes are read", "[links]")
{
    LinkTarget t = classify(u"https://integreat.app/augsburg/de/search?query=Deutsch%20lernen"_s);
    CHECK(t.route == u"search"_s);
    CHECK(t.searchText == u"Deutsch lernen"_s);
    t = classify(u"https://integreat.app/augsburg/de/places?category=asdf&multiplace=2"_s);
    CHECK(t.route == u"places"_s);
    CHECK_FALSE(t.placeCategory); // not a whole number: unset, like safeParseInt
    CHECK(t.multiPlace == 2);
    t = withLanguage(classify(u"https://integreat.app/augsburg/locations/ort?category=7"_s),
                     u"ar"_s);
    CHECK(t.route == u"place"_s);
    CHECK(t.path == u"/augsburg/ar/locations/ort/"_s);
    CHECK(t.placeCategory == 7);
    // The query of one route is not read for another.
    t = classify(u"https://integreat.app/augsburg/de/events?query=x&category=3"_s);
    CHECK(t.searchText.isEmpty());
    CHECK_FALSE(t.placeCategory);
}

TEST_CASE("content: news lists name their source", "[links]")
{
    CHECK(classify(u"https://integreat.app/augsburg/de/news/local"_s).newsSource == u"local"_s);
    const LinkTarget tu = classify(u"https://integreat.app/augsburg/de/news/tu-news/"_s);
    CHECK(tu.route == u"news"_s);
    CHECK(tu.newsSource == u"external"_s);
    CHECK(tu.id.isEmpty());
    CHECK(classify(u"https://integreat.app/augsburg/de/news"_s).newsSource.isEmpty());
    const LinkTarget item = classify(u"https://integreat.app/augsburg/de/news/tu-news/5"_s);
    CHECK(item.route == u"news-item"_s);
    CHECK(item.id == u"tunews-5"_s); // the id the store keys it by
}

TEST_CASE("content: the chat is a route of its own, also as the official app's ?chat=true",
          "[links]")
{
    LinkTarget t = classify(u"https://integreat.app/augsburg/de/chat/"_s);
    CHECK(t.kind == LinkKind::Internal);
    CHECK(t.route == u"chat"_s);
    CHECK(t.language == u"de"_s);
    CHECK(t.path == u"/augsburg/de/chat/"_s);
    t = withLanguage(classify(u"integreat://augsburg/chat"_s), u"ar"_s);
    CHECK(t.route == u"chat"_s);
    CHECK(t.path == u"/augsburg/ar/chat/"_s);
    t = classify(u"https://integreat.app/augsburg/de/willkommen?chat=true&chatId=abc-123"_s);
    CHECK(t.route == u"chat"_s);
    CHECK(t.path == u"/augsburg/de/chat/"_s);
    // Only "true" opens it; a page below a page named "chat" stays a page.
    CHECK(classify(u"https://integreat.app/augsburg/de/willkommen?chat=false"_s).route ==
          u"page"_s);
    CHECK(classify(u"https://integreat.app/augsburg/de/willkommen/chat"_s).route == u"page"_s);
}
