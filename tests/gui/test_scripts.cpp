// Every content language readable: a face with its letters (contentFont), and the language
// lists naming each language natively and in the UI language (languageListName).
#include "desktop/common/contentfont.h"
#include "desktop/presentation/languages.h"

#include <QFontDatabase>
#include <QGlyphRun>
#include <QRawFont>
#include <QTextLayout>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace integreat::desktop;

namespace {

/// Ends this test case as SKIPPED for ctest (SKIP_RETURN_CODE 77, tests/gui/CMakeLists.txt):
/// Catch2 v2 has no skip, and a missing font is not a pass.
[[noreturn]] void skip(const QString &why)
{
    std::fprintf(stderr, "SKIPPED: %s\n", qPrintable(why));
    std::fflush(stderr);
    std::_Exit(77);
}

/// Checks that `text` in `code`'s content font has a real glyph for every character, drawn from
/// the chosen faces (not a missing-glyph box, not some other font's fallback).
void checkRenders(const QString &code, const QString &text)
{
    const QString family = installedContentFamily(code);
    if (family.isEmpty()) {
        skip(u"no font for %1 installed (%2); scripts/setup installs them"_s.arg(
            code, contentFontFamilies(code).join(u", "_s)));
    }
    INFO(code.toStdString() << " in " << family.toStdString());

    // The face itself has every letter (QRawFont: that one face; QFontMetrics::inFont would
    // count the system's fallback fonts too).
    const QRawFont face = QRawFont::fromFont(QFont(family, 14));
    REQUIRE(face.isValid());
    REQUIRE(face.familyName().compare(family, Qt::CaseInsensitive) == 0);
    for (const uint ucs4 : text.toUcs4()) {
        if (QChar::isSpace(ucs4))
            continue;
        INFO("U+" << QString::number(ucs4, 16).toUpper().toStdString());
        CHECK(face.supportsCharacter(ucs4));
    }

    // Laid out with the font the content browser uses, no glyph is the missing-glyph box
    // (index 0) and every run comes from one of the language's faces.
    QFont base;
    base.setFamilies({u"DejaVu Sans"_s});
    base.setPointSize(14);
    QTextLayout layout(text, contentFont(code, base));
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    REQUIRE_FALSE(runs.isEmpty());
    int glyphs = 0;
    for (const QGlyphRun &run : runs) {
        CHECK(contentFontFamilies(code).contains(run.rawFont().familyName(), Qt::CaseInsensitive));
        for (const quint32 glyph : run.glyphIndexes()) {
            CHECK(glyph != 0);
            ++glyphs;
        }
    }
    CHECK(glyphs >= text.size() / 2); // shaping joins letters, but never loses the line
}

} // namespace

TEST_CASE("Content fonts: a Tigrinya line has a glyph for every letter")
{
    checkRenders(u"ti"_s, u"ሰላም ትግርኛ"_s);
}

TEST_CASE("Content fonts: a Sorani line has a glyph for every letter")
{
    checkRenders(u"ckb"_s, u"سڵاو کوردی"_s);
}

TEST_CASE("Content fonts: the check tells a face without the script")
{
    // The control for the two tests above: a Latin-only face fails the same check.
    const QStringList families = QFontDatabase::families();
    const QString latin = families.contains(u"DejaVu Serif"_s) ? u"DejaVu Serif"_s : QString();
    if (latin.isEmpty())
        skip(u"DejaVu Serif (fonts-dejavu-core) is not installed"_s);
    const QRawFont face = QRawFont::fromFont(QFont(latin, 14));
    REQUIRE(face.familyName() == latin);
    CHECK_FALSE(face.supportsCharacter(0x1230u)); // ሰ
    CHECK_FALSE(face.supportsCharacter(0x06B5u)); // ڵ
    CHECK(face.supportsCharacter(u'A'));
}

TEST_CASE("Content fonts: each script gets its faces, others keep the body font")
{
    CHECK(contentFontFamilies(u"ti"_s).contains(u"Abyssinica SIL"_s));
    CHECK(contentFontFamilies(u"am"_s) == contentFontFamilies(u"ti"_s));
    for (const QString &code : {u"ar"_s, u"fa"_s, u"ckb"_s, u"ps"_s, u"ur"_s})
        CHECK(contentFontFamilies(code).contains(u"Noto Sans Arabic UI"_s));
    QFont body(u"DejaVu Sans"_s, 13);
    CHECK(contentFont(u"de"_s, body) == body);
    CHECK(contentFont(u"en"_s, body) == body);
    const QFont tigrinya = contentFont(u"ti"_s, body);
    CHECK(tigrinya.families().constFirst() == u"Abyssinica SIL"_s);
    CHECK(tigrinya.families().contains(u"DejaVu Sans"_s)); // Latin words fall back to it
    CHECK(tigrinya.pointSize() == 13);
}

TEST_CASE("Language names: native name beside the name in the UI language")
{
    const QLocale english(QLocale::English);
    const QChar fsi(0x2068), pdi(0x2069);
    CHECK(languageListName(u"ti"_s, u"ትግርኛ"_s, english) ==
          fsi + u"ትግርኛ"_s + pdi + u" · Tigrinya"_s);
    CHECK(languageListName(u"ar"_s, u"العربية"_s, english) ==
          fsi + u"العربية"_s + pdi + u" · Arabic"_s);
    CHECK(languageListName(u"de"_s, u"Deutsch"_s, english) ==
          fsi + u"Deutsch"_s + pdi + u" · German"_s);
    // The UI language itself, and names that are the same, are said once.
    CHECK(languageListName(u"en"_s, u"English"_s, english) == u"English"_s);
    CHECK(languageListName(u"de"_s, u"Deutsch"_s, QLocale(QLocale::German)) == u"Deutsch"_s);
    CHECK(languageListName(u"en"_s, u"english"_s, QLocale(QLocale::German)) == u"english"_s);
    // No native name from the API: Qt's; an unknown code: the code alone.
    CHECK(languageListName(u"fa"_s, QString(), english) ==
          fsi + u"فارسی"_s + pdi + u" · Persian"_s);
    CHECK(languageListName(u"xx-unknown"_s, QString(), english) == u"xx-unknown"_s);
    CHECK(languageListName(u"xx-unknown"_s, u"Xish"_s, english) == u"Xish"_s);
}
