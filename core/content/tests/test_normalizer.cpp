// The search normalizer, match offsets and excerpts (core/content/normalizer.h, excerpt.h),
// against our own cases for the languages of Integreat's users and against the official app's
// cases (../shared/conformance/official-app/search-normalize.json, read at run time).
#include "conformance.h"
#include "core/content/excerpt.h"
#include "core/content/normalizer.h"
#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <catch2/catch.hpp>
#include <string>

using namespace integreat::content;
using namespace Qt::StringLiterals;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<TextRange>
{
    static std::string convert(const TextRange &r)
    {
        return '[' + std::to_string(r.start) + ", " + std::to_string(r.end()) + ')';
    }
};
} // namespace Catch

namespace {

/// The cases of `kind` in search-normalize.json, or nothing (with a SKIPPED line) when absent.
QList<QJsonObject> cases(const QString &kind)
{
    return integreat::testing::conformanceCases(u"search-normalize.json"_s, kind);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

TEST_CASE("normalizer: German umlauts and sharp s fold like the official app", "[normalizer]")
{
    CHECK(normalizeForSearch(u"Straße"_s) == u"strasse");
    CHECK(normalizeForSearch(u"STRASSE"_s) == u"strasse");
    CHECK(normalizeForSearch(u"Ärztliche Übersetzung für Öffentlichkeit"_s) ==
          u"arztliche ubersetzung fur offentlichkeit");
    CHECK(normalizeForSearch(u"GROẞE"_s) == u"grosse"); // capital sharp s
    // decomposed input (a + combining diaeresis) gives the same as precomposed
    CHECK(normalizeForSearch(u"Mu\u0308nchen"_s) == normalizeForSearch(u"München"_s));
    CHECK(normalizeForSearch(u"Café crème"_s) == u"cafe creme");
    CHECK(normalizeForSearch(u"  Ankunftszentrum\u00A0"_s) == u"ankunftszentrum");
}

TEST_CASE("normalizer: Arabic with and without harakat is the same word", "[normalizer]")
{
    const QString plain = u"مرحبا بكم في مدينة أوجسبورج"_s;
    const QString vocalized = u"مَرْحَبًا بِكُمْ فِي مَدِينَةِ أُوجْسْبُورْج"_s;
    CHECK(normalizeForSearch(vocalized) == normalizeForSearch(plain));
    CHECK(normalizeForSearch(u"مرحبًا"_s) == u"مرحبا");     // tanwin fatha dropped
    CHECK(normalizeForSearch(u"الْعَرَبِيَّة"_s) == u"العربية"); // shadda, kasra ...
    // alef forms: hamza above/below, madda, wasla -> bare alef
    CHECK(normalizeForSearch(u"أحمد"_s) == u"احمد");
    CHECK(normalizeForSearch(u"إسلام"_s) == u"اسلام");
    CHECK(normalizeForSearch(u"آمنة"_s) == u"امنة");
    CHECK(normalizeForSearch(u"ٱلله"_s) == u"الله");
    // alef maqsura and yeh are one letter; tatweel and superscript alef vanish
    CHECK(normalizeForSearch(u"مستشفى"_s) == normalizeForSearch(u"مستشفي"_s));
    CHECK(normalizeForSearch(u"عـــربي"_s) == u"عربي");
    CHECK(normalizeForSearch(u"هٰذا"_s) == u"هذا");
    // presentation forms (ligatures) decompose to plain letters
    CHECK(normalizeForSearch(u"\uFEFB"_s) == u"لا");
    // Arabic-Indic digits become ASCII digits
    CHECK(normalizeForSearch(u"٨٦١٥٠"_s) == u"86150");
}

TEST_CASE("normalizer: Farsi zero-width non-joiner and letter variants fold", "[normalizer]")
{
    // می‌خواهم with ZWNJ, without it, and in Arabic letters are one word
    const QString withZwnj = u"می\u200Cخواهم"_s;
    CHECK(normalizeForSearch(withZwnj) == normalizeForSearch(u"میخواهم"_s));
    CHECK(normalizeForSearch(withZwnj) == u"ميخواهم");
    CHECK(searchWords(withZwnj) == QStringList{u"ميخواهم"_s});
    // Farsi yeh and keheh match the Arabic yeh and kaf
    CHECK(normalizeForSearch(u"کمک"_s) == normalizeForSearch(u"كمك"_s));
    CHECK(normalizeForSearch(u"ایران"_s) == normalizeForSearch(u"ايران"_s));
    // Persian digits
    CHECK(normalizeForSearch(u"۱۴۰۳"_s) == u"1403");
    // other format characters: soft hyphen, bidi marks
    CHECK(normalizeForSearch(u"Ankunfts\u00ADzentrum\u200F"_s) == u"ankunftszentrum");
}

TEST_CASE("normalizer: Turkish dotted and dotless i fold to i", "[normalizer]")
{
    CHECK(normalizeForSearch(u"İstanbul"_s) == u"istanbul");
    CHECK(normalizeForSearch(u"ISTANBUL"_s) == u"istanbul");
    CHECK(normalizeForSearch(u"Kayıt"_s) == u"kayit");
    CHECK(normalizeForSearch(u"KAYIT"_s) == normalizeForSearch(u"kayıt"_s));
    CHECK(normalizeForSearch(u"Şişli Çağlayan Göç"_s) == u"sisli caglayan goc");
}

TEST_CASE("normalizer: other scripts keep their letters", "[normalizer]")
{
    CHECK(normalizeForSearch(u"Україна Київ"_s) == u"укра\u0456на ки\u0456в"); // ї -> і
    CHECK(normalizeForSearch(u"ΟΔΟΣ"_s) == u"οδοσ");                           // final sigma folded
    CHECK(normalizeForSearch(u"ትግርኛ"_s) == u"ትግርኛ");
    CHECK(normalizeForSearch(u"😀 ﬁle ①"_s) == u"😀 file 1"); // compatibility forms decompose
}

TEST_CASE("normalizer: search words split where the index splits", "[normalizer]")
{
    CHECK(searchWords(u"Ankunfts-Zentrum (Augsburg)"_s) ==
          QStringList{u"ankunfts"_s, u"zentrum"_s, u"augsburg"_s});
    CHECK(searchWords(u"\"NEAR(a b)\" * - : ^"_s) == QStringList{u"near"_s, u"a"_s, u"b"_s});
    CHECK(searchWords(u"   "_s).isEmpty());
    CHECK(searchWords(QString()).isEmpty());
    CHECK(searchWords(u"c++ 2024"_s) == QStringList{u"c"_s, u"2024"_s});
}

TEST_CASE("normalizer: offsets lead back to the original text", "[normalizer]")
{
    const NormalizedText n = normalizeWithOffsets(u"Straße Mu\u0308nchen"_s);
    CHECK(n.text == u"strasse munchen");
    CHECK(n.sourceStart(4) == 4); // first s of "ss" is ß
    CHECK(n.sourceStart(5) == 4); // second s of "ss" too
    CHECK(n.sourceEnd(5) == 5);
    CHECK(n.sourceStart(6) == 5); // e
    CHECK(n.sourceEnd(9) == 10);  // u covers the dropped combining mark
    CHECK(n.sourceStart(n.text.size()) == 15);

    CHECK(findMatches(u"Bergstraße und Straßenbahn"_s, {u"strasse"_s}) ==
          QList<TextRange>{{15, 6}});
    CHECK(findMatches(u"Bergstraße und Straßenbahn"_s, {u"strasse"_s}, false) ==
          QList<TextRange>{{4, 6}, {15, 6}});
    CHECK(findMatches(u"مرحبًا بكم"_s, {u"مرحبا"_s}) == QList<TextRange>{{0, 6}});
}

TEST_CASE("normalizer: the official normalizeString cases", "[normalizer][conformance]")
{
    for (const QJsonObject &c : cases(u"normalizeString"_s)) {
        INFO(c.value("source"_L1).toString().toStdString());
        CHECK(normalizeForSearch(c.value("input"_L1).toString()) ==
              c.value("expected"_L1).toString());
    }
}

TEST_CASE("normalizer: the official normalizeString properties hold", "[normalizer][conformance]")
{
    // The official property test draws short printable-ASCII strings; we add non-ASCII too.
    REQUIRE(cases(u"normalizeString_property"_s).size() == 1);
    QRandomGenerator random(20240601);
    const QString pool = u" \t-abcXYZ019ßẞÄöÜéİıσς\u0301\u064E\u200Cأى€"_s;
    for (int i = 0; i < 2000; ++i) {
        QString input;
        const int length = int(random.bounded(12));
        for (int k = 0; k < length; ++k) {
            input += random.bounded(2) ? QChar(char16_t(0x20 + random.bounded(95)))
                                       : pool.at(random.bounded(pool.size()));
        }
        const QString out = normalizeForSearch(input);
        INFO(input.toStdString());
        CHECK(out == out.toLower());
        CHECK(out == out.trimmed());
        CHECK_FALSE(out.contains(u'ß'));
        CHECK(normalizeForSearch(out) == out); // idempotent: queries and text agree
    }
}

TEST_CASE("normalizer: the official findNormalizedMatches cases", "[normalizer][conformance]")
{
    for (const QJsonObject &c : cases(u"findNormalizedMatches"_s)) {
        INFO(c.value("source"_L1).toString().toStdString());
        QList<TextRange> expected;
        for (const QJsonValue &chunk : c.value("expected_chunks"_L1).toArray()) {
            const QJsonObject o = chunk.toObject();
            expected.append({o.value("start"_L1).toInt(),
                             o.value("end"_L1).toInt() - o.value("start"_L1).toInt()});
        }
        CHECK(findMatches(c.value("text"_L1).toString(), strings(c.value("search_words"_L1)),
                          c.value("word_start_only"_L1).toBool()) == expected);
    }
}

TEST_CASE("normalizer: the official truncate cases", "[normalizer][conformance]")
{
    for (const QJsonObject &c : cases(u"truncate"_s)) {
        INFO(c.value("source"_L1).toString().toStdString());
        const QJsonObject options = c.value("options"_L1).toObject();
        // replaceLineBreaks is true in every case, which is what truncateText always does
        REQUIRE(options.value("replaceLineBreaks"_L1).toBool(true));
        CHECK(truncateText(c.value("text"_L1).toString(), options.value("maxChars"_L1).toInt(),
                           options.value("reverse"_L1).toBool()) ==
              c.value("expected"_L1).toString());
    }
}

TEST_CASE("normalizer: the official getExcerpt cases", "[normalizer][conformance]")
{
    for (const QJsonObject &c : cases(u"getExcerpt"_s)) {
        INFO(c.value("source"_L1).toString().toStdString());
        const int maxChars = c.value("options"_L1).toObject().value("maxChars"_L1).toInt();
        CHECK(excerpt(c.value("text"_L1).toString(), c.value("query"_L1).toString(), maxChars) ==
              c.value("expected"_L1).toString());
    }
}

TEST_CASE("normalizer: excerpts centre on a match and keep to the size", "[normalizer]")
{
    QString text;
    for (int i = 0; i < 60; ++i)
        text += u"Wort%1 "_s.arg(i);
    text += u"Ankunftszentrum Augsburg "_s;
    for (int i = 60; i < 120; ++i)
        text += u"Wort%1 "_s.arg(i);
    const QList<TextRange> match = findMatches(text, {u"ankunft"_s});
    REQUIRE(match.size() == 1);
    const QString cut = excerptAround(text, match[0].start, match[0].length, 200);
    CHECK(cut.startsWith(u"... "_s));
    CHECK(cut.endsWith(u" ..."_s));
    CHECK(cut.contains(u"Ankunftszentrum Augsburg"_s));
    CHECK(cut.size() <= 201); // two halves of 100 and the space between
    CHECK(cut.size() >= 180);
}

// filterLanguages (the language picker's filter by Intl.DisplayNames) is not search over
// content: it belongs to the language selector. fulltext_search and multi_language_search need
// a store and are in tests/integration/test_search.cpp.
