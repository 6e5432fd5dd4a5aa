// integreat-cli print: handouts as PDF, checked with poppler-utils (pdftotext, pdffonts); the
// checks report SKIPPED where poppler-utils is not installed.
#include "printcli.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

const QString kDePath = u"/augsburg/de/behörden-und-beratung/behörden/ausländerbehörde/"_s;

} // namespace

TEST_CASE("integreat-cli print writes a German | Arabic handout of a corpus page")
{
    INTEGREAT_REQUIRE_CORPUS();
    if (!havePoppler())
        return;
    PrintCli c;
    c.sync(u"de,ar"_s);
    const QString file = c.pdf(u"handout.pdf"_s);
    const CliResult print =
        c.run({u"print"_s, u"--region"_s, u"augsburg"_s, u"--language"_s, u"de"_s,
               u"--second-language"_s, u"ar"_s, kDePath, u"--pdf"_s, file});
    INFO(print.err.toStdString());
    REQUIRE(print.exitCode == 0);
    REQUIRE(QFileInfo(file).size() > 0);

    const QString text = pdfText(file);
    INFO(text.toStdString());
    // Both texts, each in its reading order.
    checkInOrder(text, {u"Ausländerbehörde"_s, u"Was Sie bei der"_s, u"Führungszeugnisse"_s,
                        u"Bitte vereinbaren Sie"_s, u"Wichtig:"_s});
    checkInOrder(text, {u"دائرة شؤون الأجانب"_s, u"تصريح الإقامة وتصريح التوطين"_s,
                        u"شهادات حسن السيرة والسلوك"_s, u"هل لديكم"_s});
    // German on the left, Arabic on the right of the same lines.
    const QString titleLine = text.section(u"دائرة شؤون الأجانب"_s, 0, 0).section(u'\n', -1);
    CHECK(titleLine.contains(u"Ausländerbehörde"_s));
    // Numbers inside the Arabic text keep their digit order.
    const QString times = arabicPartOfLine(text, u"الساعة"_s);
    CHECK(times.contains(u"7.30"_s));
    CHECK(times.contains(u"8.00"_s));
    CHECK_FALSE(times.contains(u"03.7"_s));
    // Every page: the town, the date printed, last updated, both source links.
    static const QRegularExpression header(uR"(Stadt Augsburg +Page \d+ of \d+)"_s);
    const qsizetype pages = text.count(header);
    CHECK(pages >= 2);
    CHECK(text.count(u"Printed on"_s) == pages);
    CHECK(text.count(u"https://integreat.app"_s + kDePath) == pages);
    CHECK(text.contains(u"Last updated on"_s));
    CHECK(text.contains(u"https://integreat.app/augsburg/ar/"_s));
    checkFontsEmbedded(file);
}

TEST_CASE("integreat-cli print keeps a phone number in digit order inside Arabic text")
{
    INTEGREAT_REQUIRE_CORPUS();
    if (!havePoppler())
        return;
    PrintCli c;
    // The corpus' Arabic page plus a phone number, as counseling pages have them.
    QJsonArray pages = SyncFixture::corpusArray(u"augsburg_ar_pages.json"_s);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QJsonObject page = pages.at(i).toObject();
        if (!page.value(u"path"_s).toString().contains(u"دائرة-شؤون-الأجانب"_s))
            continue;
        const QString content = page.value(u"content"_s).toString() +
                                u"<p>اتصل بنا على الرقم +49 821 324-0 من الاثنين</p>"_s;
        page.insert(u"content"_s, content);
        pages.replace(i, page);
    }
    c.fixture.servePages(u"augsburg"_s, u"ar"_s, pages);
    c.sync(u"de,ar"_s);
    const QString file = c.pdf(u"phone.pdf"_s);
    const CliResult print =
        c.run({u"print"_s, u"--region"_s, u"augsburg"_s, u"--language"_s, u"de"_s,
               u"--second-language"_s, u"ar"_s, kDePath, u"--pdf"_s, file});
    INFO(print.err.toStdString());
    REQUIRE(print.exitCode == 0);
    const QString text = pdfText(file);
    INFO(text.toStdString());
    const QString line = arabicPartOfLine(text, u"اتصل بنا"_s);
    CHECK(line.contains(u"+49 821 324-0"_s));
    checkFontsEmbedded(file);
}

TEST_CASE("integreat-cli print writes a place card with address and opening hours")
{
    INTEGREAT_REQUIRE_CORPUS();
    if (!havePoppler())
        return;
    PrintCli c;
    c.sync(u"de"_s);
    const QString file = c.pdf(u"place.pdf"_s);
    const CliResult print = c.run({u"print"_s, u"--region"_s, u"augsburg"_s, u"--language"_s,
                                   u"de"_s, u"locations/test-ort"_s, u"--pdf"_s, file});
    INFO(print.err.toStdString());
    REQUIRE(print.exitCode == 0);
    const QString text = pdfText(file);
    INFO(text.toStdString());
    checkInOrder(text,
                 // The card's labels are in the column's language (German here).
                 {u"Test-Ort"_s, u"Wolfgangstraße 2"_s, u"86153 Augsburg"_s, u"Heute:"_s,
                  u"Öffnungszeiten"_s, u"Montag"_s, u"Dienstag"_s, u"Mittwoch"_s, u"Sonntag"_s});
    CHECK(text.contains(u"10:00–13:00, 15:00–18:00"_s));
    CHECK(text.contains(u"https://integreat.app/augsburg/de/locations/test-ort/"_s));
    checkFontsEmbedded(file);
}

TEST_CASE("integreat-cli print refuses what it cannot print, with a clear line and no file")
{
    INTEGREAT_REQUIRE_CORPUS();
    PrintCli c;
    c.sync(u"de"_s);
    const QString file = c.pdf(u"none.pdf"_s);
    const QStringList base{u"print"_s, u"--region"_s, u"augsburg"_s, u"--language"_s, u"de"_s};

    const CliResult missing = c.run(base + QStringList{u"no-such-page"_s, u"--pdf"_s, file});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"/augsburg/de/no-such-page/ is not in the local store"_s));

    // Arabic exists on the server but was not synced: said so, nothing written.
    const CliResult notSynced =
        c.run(base + QStringList{u"--second-language"_s, u"ar"_s, kDePath, u"--pdf"_s, file});
    CHECK(notSynced.exitCode == 1);
    CHECK(notSynced.err.contains(u"sync that language first"_s));

    const CliResult noTranslation =
        c.run(base + QStringList{u"--second-language"_s, u"xx"_s, kDePath, u"--pdf"_s, file});
    CHECK(noTranslation.exitCode == 1);
    CHECK(noTranslation.err.contains(u"does not exist in “xx”. It exists in:"_s));

    const CliResult usage = c.run(base + QStringList{kDePath});
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(u"--pdf FILE"_s));

    const CliResult badFolder =
        c.run(base + QStringList{kDePath, u"--pdf"_s, c.pdf(u"no-such-folder/handout.pdf"_s)});
    CHECK(badFolder.exitCode == 1);
    CHECK(badFolder.err.contains(u"Cannot write"_s));
    CHECK_FALSE(QFileInfo::exists(file));
}
