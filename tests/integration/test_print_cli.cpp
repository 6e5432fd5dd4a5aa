// integreat-cli print: handouts as PDF, checked with poppler-utils (pdftotext, pdffonts); the
// checks report SKIPPED where poppler-utils is not installed.
#include "clirunner.h"
#include "syncfixture.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

const QString kDePath = u"/augsburg/de/behörden-und-beratung/behörden/ausländerbehörde/"_s;

struct PrintCli
{
    PrintCli() { dataDir = fixture.dir.filePath(u"data"_s); }

    CliResult run(const QStringList &arguments) const
    {
        return runCli(QStringList{u"--server"_s, fixture.server.baseUrl().toString(),
                                  u"--data-dir"_s, dataDir, u"--timeout"_s, u"5"_s, u"--retries"_s,
                                  u"1"_s} +
                      arguments);
    }
    void sync(const QString &languages) const
    {
        const CliResult result = run({u"sync"_s, u"--region"_s, u"augsburg"_s, u"--languages"_s,
                                      languages, u"--no-resources"_s});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
    }
    QString pdf(const QString &name) const { return fixture.dir.filePath(name); }

    SyncFixture fixture;
    QString dataDir;
};

bool havePoppler()
{
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() &&
        !QStandardPaths::findExecutable(u"pdffonts"_s).isEmpty())
        return true;
    reportSkip(u"pdftotext/pdffonts not found: install poppler-utils"_s);
    return false;
}

QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The PDF's text with its layout; Arabic presentation forms folded (NFKC) and the direction
/// marks pdftotext adds around right-to-left runs removed.
QString pdfText(const QString &file)
{
    QString text = runTool(u"pdftotext"_s, {u"-layout"_s, file, u"-"_s})
                       .normalized(QString::NormalizationForm_KC);
    static const QRegularExpression marks(u"[\u200e\u200f\u202a-\u202e\u2066-\u2069]"_s);
    return text.remove(marks);
}

/// pdffonts' rows as (name, emb); at least the header must be there.
QList<std::pair<QString, QString>> pdfFonts(const QString &file)
{
    const QStringList lines = runTool(u"pdffonts"_s, {file}).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    QList<std::pair<QString, QString>> fonts;
    for (const QString &line : lines.mid(2)) {
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(fields.size() >= 6);
        // ... emb sub uni object-id generation: emb is the fifth field from the end.
        fonts.append({fields.constFirst(), fields.at(fields.size() - 5)});
    }
    return fonts;
}

void checkFontsEmbedded(const QString &file)
{
    const auto fonts = pdfFonts(file);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const auto &[name, embedded] : fonts) {
        INFO(name.toStdString());
        CHECK(embedded == u"yes"_s);
    }
}

/// The right-hand (Arabic) part of the first line containing `needle`: from its first Arabic
/// letter on (the German column on the left has none).
QString arabicPartOfLine(const QString &text, const QString &needle)
{
    for (const QString &line : text.split(u'\n')) {
        if (!line.contains(needle))
            continue;
        static const QRegularExpression arabic(u"[\u0600-\u06ff]"_s);
        const qsizetype start = line.indexOf(arabic);
        return start < 0 ? QString() : line.mid(start);
    }
    return {};
}

void checkInOrder(const QString &text, const QStringList &phrases)
{
    qsizetype last = -1;
    for (const QString &phrase : phrases) {
        INFO(phrase.toStdString());
        const qsizetype at = text.indexOf(phrase);
        CHECK(at > last);
        last = at;
    }
}

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
