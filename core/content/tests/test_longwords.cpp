// Over-long words get break opportunities in the content pipeline (issue 11): a page with one
// unbroken word of a megabyte lays out in bounded time.
#include "core/content/htmltext.h"
#include "core/content/longwords.h"
#include "core/content/sanitizer.h"
#include "test_content_support.h"

using namespace integreat::content;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

const QChar Zwsp(LongWordBreaker::ZeroWidthSpace);

QString clean(const QString &html, bool rightToLeft = false)
{
    SanitizeOptions options;
    options.server = QUrl(u"https://cms.integreat-app.de"_s);
    options.rightToLeft = rightToLeft;
    return sanitize(html, options).html;
}

/// The longest run of characters with no white space or zero-width space in between.
qsizetype longestWord(const QString &text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = (c.isSpace() || c == Zwsp) ? 0 : run + 1;
        longest = std::max(longest, run);
    }
    return longest;
}

} // namespace

TEST_CASE("content: a one-megabyte word is broken every MaxWordChars characters", "[sanitizer]")
{
    for (const qsizetype size : {qsizetype(300 * 1024), qsizetype(1024 * 1024)}) {
        const QString out = clean(u"<p>"_s + QString(size, u'x') + u"</p>"_s);
        INFO(size);
        CHECK(out.count(u'x') == size); // no text lost
        CHECK(out.count(Zwsp) == (size - 1) / LongWordBreaker::MaxWordChars);
        CHECK(longestWord(out.mid(3, out.size() - 7)) == LongWordBreaker::MaxWordChars);
        CHECK(clean(out) == out); // idempotent
    }
}

TEST_CASE("content: real words, sentences and attributes are left alone", "[sanitizer]")
{
    const QString compound = u"Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"_s;
    const QString html = u"<p>Das %1 gilt. <a href=\"https://example.org/%2\">Link</a></p>"_s.arg(
        compound, QString(300, u'a'));
    const QString out = clean(html);
    CHECK_FALSE(out.contains(Zwsp));
    CHECK(out.contains(compound));
    CHECK(out.contains(QString(300, u'a'))); // the link's address is not text: untouched
    const QString url = u"https://example.org/"_s + QString(100, u'b');
    CHECK(clean(u"<p>"_s + url + u"</p>"_s) ==
          u"<p>"_s + url.left(80) + Zwsp + url.mid(80) + u"</p>"_s);
}

TEST_CASE("content: a word split by inline tags counts as one word", "[sanitizer]")
{
    const QString out =
        clean(u"<p>"_s + QString(60, u'a') + u"<b>"_s + QString(60, u'b') + u"</b></p>"_s);
    CHECK(out == u"<p>"_s + QString(60, u'a') + u"<b>"_s + QString(20, u'b') + Zwsp +
                     QString(40, u'b') + u"</b></p>"_s);
    CHECK(clean(out) == out);
}

TEST_CASE("content: a break never splits a surrogate pair or a base from its mark", "[sanitizer]")
{
    LongWordBreaker breaker;
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // two UTF-16 units
    const QString out = breaker.apply(QString(79, u'x') + emoji.repeated(3));
    CHECK(out == QString(79, u'x') + emoji.left(1) + emoji.mid(1) + Zwsp + emoji + emoji);
    LongWordBreaker marks;
    const QString accented = QString(80, u'e') + QChar(0x0301) + u"f"_s;
    CHECK(marks.apply(accented) == QString(80, u'e') + QChar(0x0301) + Zwsp + u"f"_s);
}

TEST_CASE("content: right-to-left digit runs are broken and stay isolated", "[sanitizer]")
{
    const QString digits(200, u'7');
    const QString out = clean(u"<p>رقم "_s + digits + u"</p>"_s, true);
    CHECK(out.count(u'7') == 200);
    CHECK(out.count(Zwsp) == 2);
    CHECK(clean(out, true) == out);
}

TEST_CASE("content: the page's plain text keeps every character of a long word",
          "[sanitizer][htmltext]")
{
    const QString out = clean(u"<p>"_s + QString(1000, u'z') + u"</p>"_s);
    QString text = htmlToPlainText(out);
    text.remove(Zwsp);
    CHECK(text.trimmed() == QString(1000, u'z'));
}

TEST_CASE("content: tables nested thousands deep keep their text in at most MaxTableDepth tables",
          "[sanitizer]")
{
    const QString out = clean(u"<table><tr><td>"_s.repeated(5000) + u"deep text"_s);
    CHECK(out.contains(u"deep text"_s));
    CHECK(wellFormedProblem(out).isEmpty());
    // Nesting, not count: no table opens inside more than three open ones.
    int open = 0;
    int deepest = 0;
    for (qsizetype at = out.indexOf(u"table"_s); at >= 0; at = out.indexOf(u"table"_s, at + 1)) {
        open += out.at(at - 1) == u'/' ? -1 : 1;
        deepest = std::max(deepest, open);
    }
    CHECK(deepest == 4);
    CHECK(clean(out) == out);
    // Two levels, as real pages have them, are left alone.
    const QString two = u"<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>"_s;
    CHECK(clean(two) == two);
}

TEST_CASE("content: the breaks apply() put in are found again, the content's own are not",
          "[sanitizer]")
{
    const QString url = u"https://example.org/"_s + QString(300, u'a') + u"/ende"_s;
    const QString original = u"Die Straßen"_s + Zwsp + u"bahn fährt: "_s + url + u" und "_s +
                             QString(100, u'b') + Zwsp + u"c"_s;
    LongWordBreaker breaker;
    const QString broken = breaker.apply(original);
    const qsizetype inserted = (url.size() - 1) / LongWordBreaker::MaxWordChars + 1; // and b
    REQUIRE(broken.count(Zwsp) == 2 + inserted);
    LongWordBreaker finder;
    const QList<qsizetype> found = finder.findBreaks(broken);
    CHECK(found.size() == inserted);
    QString restored = broken;
    for (auto at = found.crbegin(); at != found.crend(); ++at)
        restored.remove(*at, 1);
    CHECK(restored == original);

    // A word apply() counted across paragraphs (no white space between the tags) is counted
    // on across a document's paragraph separator too.
    LongWordBreaker across;
    const QString first = across.apply(QString(60, u'x'));
    const QString second = across.apply(QString(60, u'y'));
    REQUIRE(second.count(Zwsp) == 1);
    LongWordBreaker document;
    const QString text = first + QChar(QChar::ParagraphSeparator) + second;
    CHECK(document.findBreaks(text) == QList<qsizetype>{text.indexOf(Zwsp)});
}
