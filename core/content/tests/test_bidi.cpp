// Numbers in right-to-left text (core/content/bidi.h) and the sanitizer isolating them in
// right-to-left content (SanitizeOptions::rightToLeft).
#include "core/content/bidi.h"
#include "core/content/sanitizer.h"
#include "test_content_support.h"

using namespace integreat::content;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

const QUrl kServer(u"https://cms.integreat-app.de"_s);

/// `text` as a left-to-right isolate, the way the tests expect a run.
QString iso(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

QString rtl(const QString &html)
{
    SanitizeOptions options;
    options.server = kServer;
    options.rightToLeft = true;
    return sanitize(html, options).html;
}

} // namespace

TEST_CASE("bidi: phone numbers are isolated as one run", "[bidi]")
{
    CHECK(bidi::isolateNumbers(u"هاتف +49 821 324-0"_s) == u"هاتف "_s + iso(u"+49 821 324-0"_s));
    CHECK(bidi::isolateNumbers(u"اتصل 0821/324-0 الآن"_s) ==
          u"اتصل "_s + iso(u"0821/324-0"_s) + u" الآن"_s);
    CHECK(bidi::isolateNumbers(u"+4915112345678"_s) == iso(u"+4915112345678"_s));
    // A plus that is not a number's sign stays outside.
    CHECK(bidi::isolateNumbers(u"a + b"_s) == u"a + b"_s);
}

TEST_CASE("bidi: times, ranges and dates are isolated whole", "[bidi]")
{
    CHECK(bidi::isolateNumbers(u"من 08:00–12:00"_s) == u"من "_s + iso(u"08:00–12:00"_s));
    CHECK(bidi::isolateNumbers(u"08:00 – 12:00 و 14:00-18:00"_s) ==
          iso(u"08:00 – 12:00"_s) + u" و "_s + iso(u"14:00-18:00"_s));
    CHECK(bidi::isolateNumbers(u"التاريخ 07.12.2026."_s) ==
          u"التاريخ "_s + iso(u"07.12.2026"_s) + u"."_s); // the full stop ends the sentence
    CHECK(bidi::isolateNumbers(u"2026/12/07"_s) == iso(u"2026/12/07"_s));
    // Arabic-Indic digits are digits too.
    CHECK(bidi::isolateNumbers(u"٠٨:٠٠–١٢:٠٠"_s) == iso(u"٠٨:٠٠–١٢:٠٠"_s));
}

TEST_CASE("bidi: IBAN-like runs are isolated", "[bidi]")
{
    CHECK(bidi::isolateNumbers(u"الحساب DE89 3704 0044 0532 0130 00 شكرا"_s) ==
          u"الحساب "_s + iso(u"DE89 3704 0044 0532 0130 00"_s) + u" شكرا"_s);
    CHECK(bidi::isolateNumbers(u"DE89370400440532013000"_s) == iso(u"DE89370400440532013000"_s));
    CHECK(bidi::isolateNumbers(u"Typ DE89"_s) == u"Typ DE89"_s); // too short for an IBAN
}

TEST_CASE("bidi: plain numbers and Latin text stay untouched", "[bidi]")
{
    // A single number already reads left to right; an isolate would only move its sign.
    CHECK(bidi::isolateNumbers(u"الرمز البريدي 86150"_s) == u"الرمز البريدي 86150"_s);
    CHECK(bidi::isolateNumbers(u"86150 Augsburg"_s) == u"86150 Augsburg"_s);
    CHECK(bidi::isolateNumbers(u"2026"_s) == u"2026"_s);
    const QString latin = u"Hello world, COVID-19 and A4-Papier, 1. 2. 3. Schritt"_s;
    CHECK(bidi::isolateNumbers(latin) == latin);
    CHECK(bidi::isolateNumbers(QString()).isEmpty());
    // A sign beside the number stays beside it.
    CHECK(bidi::isolateNumbers(u"خصم 2.5%"_s) == u"خصم "_s + iso(u"2.5%"_s));
}

TEST_CASE("bidi: text already isolated is not wrapped again", "[bidi]")
{
    const QString once = bidi::isolateNumbers(u"الساعات 08:00–12:00 هاتف +49 821 324-0"_s);
    CHECK(once.count(QChar(0x2066)) == 2);
    CHECK(bidi::isolateNumbers(once) == once);
    // Inside an embedding or another isolate nothing is touched.
    const QString embedded = QChar(0x202A) + u"08:00-12:00"_s + QChar(0x202C);
    CHECK(bidi::isolateNumbers(embedded) == embedded);
    const QString firstStrong = QChar(0x2068) + u"+49 821"_s + QChar(0x2069);
    CHECK(bidi::isolateNumbers(firstStrong) == firstStrong);
    CHECK(bidi::isolated(iso(u"x"_s)) == iso(u"x"_s));
    CHECK(bidi::isolated(u"86150 Augsburg"_s) == iso(u"86150 Augsburg"_s));
    CHECK_FALSE(bidi::isWhollyIsolated(QString(iso(u"1"_s) + u" "_s + iso(u"2"_s))));
}

TEST_CASE("bidi: mixed content isolates each run", "[bidi]")
{
    const QString text = u"مفتوح 08:00–12:00 و 14:00–18:00، هاتف +49 821 324-0، "
                         u"الرمز 86150، التاريخ 07.12.2026"_s;
    CHECK(bidi::isolateNumbers(text) ==
          u"مفتوح "_s + iso(u"08:00–12:00"_s) + u" و "_s + iso(u"14:00–18:00"_s) + u"، هاتف "_s +
              iso(u"+49 821 324-0"_s) + u"، الرمز 86150، التاريخ "_s + iso(u"07.12.2026"_s));
}

TEST_CASE("bidi: right-to-left languages by code and by the region's list", "[bidi]")
{
    for (const QString &code : {u"ar"_s, u"fa"_s, u"fa-af"_s, u"ckb"_s, u"ps"_s, u"ur"_s, u"AR"_s})
        CHECK(bidi::isRightToLeftLanguage(code));
    for (const QString &code : {u"de"_s, u"en"_s, u"ti"_s, u"am"_s, u"kmr"_s, u""_s})
        CHECK_FALSE(bidi::isRightToLeftLanguage(code));
    integreat::model::Region region;
    region.languages = {{u"ar"_s, u"ar"_s, u"العربية"_s, false}, {u"xx"_s, u"xx"_s, u"X"_s, true}};
    CHECK_FALSE(bidi::isRightToLeftLanguage(region, u"ar"_s)); // the API's dir wins
    CHECK(bidi::isRightToLeftLanguage(region, u"xx"_s));
    CHECK(bidi::isRightToLeftLanguage(region, u"fa"_s)); // not listed: by code
}

TEST_CASE("sanitizer: number runs in right-to-left content are isolated", "[bidi][sanitizer]")
{
    const QString html = u"<p>ساعات العمل 08:00&ndash;12:00</p><p>هاتف +49 821 324-0</p>"_s;
    CHECK(rtl(html) == u"<p>ساعات العمل "_s + iso(u"08:00–12:00"_s) + u"</p><p>هاتف "_s +
                           iso(u"+49 821 324-0"_s) + u"</p>"_s);
    // Left-to-right content is not touched.
    CHECK(sanitize(html, {kServer}).html ==
          u"<p>ساعات العمل 08:00–12:00</p><p>هاتف +49 821 324-0</p>"_s);
    // Attributes and URLs are never changed.
    CHECK(rtl(u"<p title=\"08:00-12:00\">x</p>"_s) == u"<p title=\"08:00-12:00\">x</p>"_s);
}

TEST_CASE("sanitizer: the text of a tel link is one isolate", "[bidi][sanitizer]")
{
    const QString out = rtl(u"<p>اتصل <a href=\"tel:+49821324\"><b>0821</b> 324-0</a></p>"_s);
    CHECK(out == u"<p>اتصل <a href=\"tel:+49821324\">"_s + QChar(0x2066) + u"<b>0821</b> 324-0"_s +
                     QChar(0x2069) + u"</a></p>"_s);
    // Not in left-to-right content, and not around text without digits.
    CHECK(sanitize(u"<a href=\"tel:1\">0821 324</a>"_s, {kServer}).html ==
          u"<a href=\"tel:1\">0821 324</a>"_s);
    CHECK(rtl(u"<a href=\"tel:1\">اتصل</a>"_s) == u"<a href=\"tel:1\">اتصل</a>"_s);
    // An implied end (a new link) closes the isolate too.
    CHECK(rtl(u"<a href=\"tel:1\">1 2<a href=\"tel:2\">3 4</a>"_s) ==
          u"<a href=\"tel:1\">"_s + iso(u"1 2"_s) + u"</a><a href=\"tel:2\">"_s + iso(u"3 4"_s) +
              u"</a>"_s);
}

TEST_CASE("sanitizer: isolating is idempotent and stays well-formed", "[bidi][sanitizer]")
{
    const QString html =
        u"<h2>الساعات</h2><table><tr><td>الاثنين</td><td>08:00 – 12:00, 14:00–18:00</td></tr>"
        u"</table><ul><li>IBAN DE89 3704 0044 0532 0130 00</li><li><a href=\"tel:+49821\">"
        u"+49 821 324-0</a> &amp; 07.12.2026</li></ul>"_s;
    const QString once = rtl(html);
    CHECK(wellFormedProblem(once).isEmpty());
    CHECK(once.count(QChar(0x2066)) == 5);
    CHECK(once.count(QChar(0x2066)) == once.count(QChar(0x2069)));
    CHECK(rtl(once) == once);
}
