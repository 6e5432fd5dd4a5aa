// The pieces of the forgiving search: typo distance, stop words, Snowball stemming per
// language and the vocabulary lookups (corrections, word forms, compounds).
#include "catchqt.h"
#include "core/content/normalizer.h"
#include "core/content/stemmer.h"
#include "core/content/stopwords.h"
#include "core/content/typodistance.h"
#include "core/store/searchvocabulary.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace Qt::StringLiterals;

namespace {

QString stem(const QString &language, const QString &word)
{
    return content::Stemmer(language).stem(content::normalizeForSearch(word));
}

} // namespace

TEST_CASE("typo distance: edits, transpositions and the allowance by length", "[search][typo]")
{
    using content::typoDistance;
    CHECK(typoDistance(u"kindergeld", u"kindergeld", 2) == 0);
    CHECK(typoDistance(u"kindergelt", u"kindergeld", 2) == 1);  // substitution
    CHECK(typoDistance(u"kindergld", u"kindergeld", 2) == 1);   // deletion
    CHECK(typoDistance(u"kinderggeld", u"kindergeld", 2) == 1); // insertion
    CHECK(typoDistance(u"arbiet", u"arbeit", 2) == 1);          // transposition counts one
    CHECK(typoDistance(u"wellkomenn", u"willkommen", 3) == 3);
    CHECK(typoDistance(u"wellkomenn", u"willkommen", 2) == 3); // gives up above max: max + 1
    CHECK(typoDistance(u"abc", u"xyzabc", 1) == 2);            // lengths too far apart
    CHECK(typoDistance(u"", u"ab", 3) == 2);
    CHECK(typoDistance(u"مدرسة", u"مدرسه", 1) == 1);

    using content::maxTypoDistance;
    CHECK(maxTypoDistance(3) == 0);
    CHECK(maxTypoDistance(4) == 1);
    CHECK(maxTypoDistance(7) == 1);
    CHECK(maxTypoDistance(8) == 2);
    CHECK(maxTypoDistance(9) == 2);
    CHECK(maxTypoDistance(10) == 3);
}

TEST_CASE("stop words: per language, normalized, unknown languages have none", "[search][stop]")
{
    using content::isStopWord;
    for (const QString &word : {u"wie"_s, u"kann"_s, u"ich"_s, u"fur"_s, u"mochte"_s})
        CHECK(isStopWord(u"de"_s, word));
    CHECK_FALSE(isStopWord(u"de"_s, u"kindergeld"_s));
    CHECK(isStopWord(u"de-si"_s, u"wie"_s)); // a regional variant uses its language's list
    CHECK(isStopWord(u"en"_s, u"where"_s));
    CHECK_FALSE(isStopWord(u"en"_s, u"wie"_s));
    CHECK(isStopWord(u"ar"_s, content::normalizeForSearch(u"كيف"_s)));
    CHECK(isStopWord(u"ar"_s, content::normalizeForSearch(u"إلى"_s)));               // hamza folded
    CHECK(isStopWord(u"fa"_s, content::normalizeForSearch(u"می‌خواهم"_s))); // ZWNJ dropped
    CHECK(isStopWord(u"uk"_s, u"де"_s));
    CHECK(isStopWord(u"ru"_s, u"где"_s));
    CHECK(isStopWord(u"tr"_s, u"nasil"_s)); // "nasıl" normalized
    CHECK_FALSE(isStopWord(u"ti"_s, u"wie"_s));
}

TEST_CASE("stemming: the word forms of each Snowball language reduce to one stem", "[search][stem]")
{
    CHECK(stem(u"de"_s, u"Wohnungen"_s) == stem(u"de"_s, u"Wohnung"_s));
    CHECK(stem(u"de"_s, u"Kindern"_s) == stem(u"de"_s, u"Kinder"_s));
    CHECK(stem(u"en"_s, u"apartments"_s) == stem(u"en"_s, u"apartment"_s));
    CHECK(stem(u"en"_s, u"learning"_s) == stem(u"en"_s, u"learn"_s));
    CHECK(stem(u"ar"_s, u"المدارس"_s) == stem(u"ar"_s, u"مدارس"_s));
    CHECK(stem(u"ru"_s, u"квартиры"_s) == stem(u"ru"_s, u"квартира"_s));
    CHECK(stem(u"tr"_s, u"evler"_s) == stem(u"tr"_s, u"ev"_s));
    CHECK(stem(u"fr"_s, u"écoles"_s) == stem(u"fr"_s, u"école"_s));
    // no Snowball stemmer for Farsi or Ukrainian: words stay as they are
    const content::Stemmer farsi(u"fa"_s);
    CHECK_FALSE(farsi.isValid());
    CHECK(farsi.stem(u"کتابها"_s) == u"کتابها"_s);
    CHECK_FALSE(content::Stemmer(u"uk"_s).isValid());
    CHECK_FALSE(content::Stemmer(QString()).isValid());
}

TEST_CASE("vocabulary: typo corrections, word forms and compounds", "[search][typo]")
{
    const store::SearchVocabulary vocabulary(
        {u"kindergeld"_s, u"elterngeld"_s, u"geldautomat"_s, u"geld"_s, u"kinder"_s, u"wohnung"_s,
         u"wohnungen"_s, u"aufenthaltserlaubnis"_s, u"arbeit"_s, u"zusammenarbeit"_s,
         u"kindergarten"_s, u"wohnungssuche"_s});
    CHECK(vocabulary.size() == 12);

    // corrections: only for words the index does not have, closest first
    CHECK(vocabulary.corrections(u"kindergelt"_s, 3) == QStringList{u"kindergeld"_s});
    CHECK(vocabulary.corrections(u"aufenthaltserlaubniss"_s, 3) ==
          QStringList{u"aufenthaltserlaubnis"_s});
    CHECK(vocabulary.corrections(u"arbiet"_s, 3) == QStringList{u"arbeit"_s});
    CHECK(vocabulary.corrections(u"kinder"_s, 3).isEmpty());    // known
    CHECK(vocabulary.corrections(u"kindergar"_s, 3).isEmpty()); // a known word's prefix
    CHECK(vocabulary.corrections(u"gelt"_s, 3).isEmpty() == false);
    CHECK(vocabulary.corrections(u"xyznotfound"_s, 3).isEmpty());
    CHECK(vocabulary.corrections(u"gel"_s, 3).isEmpty()); // below 4 letters: no typos
    CHECK(vocabulary.hasPrefix(u"wohn"_s));
    CHECK_FALSE(vocabulary.hasPrefix(u"ohn"_s));

    // compounds: "geld" inside other words, not at their start
    CHECK(vocabulary.compounds(u"geld"_s, 10) == QStringList{u"elterngeld"_s, u"kindergeld"_s});
    CHECK(vocabulary.compounds(u"arbeit"_s, 10) == QStringList{u"zusammenarbeit"_s});
    CHECK(vocabulary.compounds(u"geld"_s, 1) == QStringList{u"elterngeld"_s});
    CHECK(vocabulary.compounds(u"eld"_s, 10).isEmpty()); // too short to look inside words

    // word forms: the same stem, not the words prefix matching finds anyway
    const content::Stemmer german(u"de"_s);
    CHECK(vocabulary.sameStem(u"wohnungen"_s, german, 10) == QStringList{u"wohnung"_s});
    CHECK(vocabulary.sameStem(u"wohnung"_s, german, 10).isEmpty());
}

TEST_CASE("vocabulary: the words kept from a normalized text", "[search][typo]")
{
    QSet<QString> terms;
    store::SearchVocabulary::collectTerms(
        content::normalizeForSearch(u"Das Kindergeld, ab 1. Januar: 250 € für jedes Kind"_s),
        terms);
    CHECK(terms == QSet<QString>{u"das"_s, u"kindergeld"_s, u"januar"_s, u"250"_s, u"fur"_s,
                                 u"jedes"_s, u"kind"_s});
}
