// Search against the official app's search cases (../shared/conformance), against the real
// corpus synced over HTTP (augsburg de + ar) and through integreat-cli.
#include "conformance.h"
#include "corpus.h"
#include "storeaccess.h"
#include "syncfixture.h"
#include "test_search_support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;
using store::SearchMode;

namespace {

/// The cases of `kind` in search-normalize.json, or nothing (with a SKIPPED line) when absent.
QList<QJsonObject> cases(const QString &kind)
{
    return integreat::testing::conformanceCases(u"search-normalize.json"_s, kind);
}

/// The official test documents ({path, title, content, availableLanguages}) as pages.
QList<model::Page> pagesOf(const QJsonValue &documents)
{
    QList<model::Page> pages;
    for (const QJsonValue &value : documents.toArray()) {
        const QJsonObject doc = value.toObject();
        model::Page page;
        page.path = doc.value("path"_L1).toString();
        page.title = doc.value("title"_L1).toString();
        page.content = doc.value("content"_L1).toString();
        const QJsonObject available = doc.value("availableLanguages"_L1).toObject();
        for (auto it = available.begin(); it != available.end(); ++it)
            page.availableLanguages.insert(it.key(), it.value().toString());
        pages.append(page);
    }
    return pages;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

struct CliRun
{
    int exitCode = -1;
    QString out, err;
};

CliRun cli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(INTEGREAT_CLI), arguments);
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QString kWelcomeAr = u"/augsburg/ar/معلومات-الوصول/"_s;

} // namespace

TEST_CASE("search: the official full-text search cases", "[search][conformance]")
{
    for (const QJsonObject &c : cases(u"fulltext_search"_s)) {
        const QString source = c.value("source"_L1).toString();
        INFO(source.toStdString());
        // The typo case ("Wellkomenn", three edits from Willkommen) is matched too: words of
        // ten letters or more may be three edits off (content::maxTypoDistance).
        SearchStore s;
        s.apply(u"testumgebung"_s, u"de"_s, pagesOf(c.value("documents"_L1)));
        const QString query = c.value("query"_L1).toString();
        CHECK(s.paths(query) == strings(c.value("expected_result_ids_in_order"_L1)));
        const QJsonArray available = c.value("expected_result_availableLanguages"_L1).toArray();
        for (qsizetype i = 0; i < available.size(); ++i) {
            const auto page = s.store->page(u"testumgebung"_s, u"de"_s, s.paths(query).at(i));
            REQUIRE(page);
            CHECK(page->availableLanguages.value(u"en"_s) ==
                  available.at(i).toObject().value("en"_L1).toString());
        }
    }
}

TEST_CASE("search: the official multi-language search cases", "[search][conformance]")
{
    for (const QJsonObject &c : cases(u"multi_language_search"_s)) {
        INFO(c.value("source"_L1).toString().toStdString());
        const QString query = c.value("query"_L1).toString();
        // Not matched by design: an empty query lists the user's pages in the official app;
        // here it finds nothing (browsing the pages is the content views' job).
        if (query.trimmed().isEmpty())
            continue;
        SearchStore s;
        const QString user = c.value("userLanguageCode"_L1).toString();
        s.apply(u"testumgebung"_s, user, pagesOf(c.value("userLanguageDocuments"_L1)));
        s.apply(u"testumgebung"_s, u"de"_s, pagesOf(c.value("moreDocuments"_L1)));
        QStringList found;
        CHECK_NOTHROW(found = s.paths(query, user, SearchMode::AlsoGerman));
        if (c.contains("expected_result_paths_in_order"_L1))
            CHECK(found == strings(c.value("expected_result_paths_in_order"_L1)));
    }
}

TEST_CASE("search: a German word finds the Arabic translation of the synced corpus",
          "[search][corpus]")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    const sync::SyncReport report = f.sync({u"de"_s, u"ar"_s});
    REQUIRE(outcomeFor(report, u"de"_s)->ok);
    REQUIRE(outcomeFor(report, u"ar"_s)->ok);

    // "Willkommen" is only in German titles and text: in ar with German, the German pages
    // that have an Arabic translation come back as that translation
    const QList<store::SearchHit> hits =
        f.store->search(u"augsburg"_s, u"ar"_s, u"Willkommen"_s, SearchMode::AlsoGerman);
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits[0].path == kWelcomeAr);
    CHECK(hits[0].title == u"معلومات الوصول");
    CHECK(hits[0].language == u"ar");
    CHECK(hits[0].matchedLanguage == u"de");
    for (const store::SearchHit &hit : hits) {
        INFO(hit.path.toStdString());
        CHECK(hit.path != u"/augsburg/de/willkommen/"); // translated, so never in German
        CHECK((hit.language == u"ar") == hit.path.startsWith(u"/augsburg/ar/"_s));
    }
    CHECK(f.store->search(u"augsburg"_s, u"ar"_s, u"Willkommen"_s, SearchMode::OneLanguage)
              .isEmpty());

    // Arabic: the title «مرحبًا بكم …» (with tanwin) is found without harakat, and the word
    // أوجسبورج without its hamza
    QStringList arabic;
    for (const auto &hit :
         f.store->search(u"augsburg"_s, u"ar"_s, u"مرحبا اوجسبورج"_s, SearchMode::OneLanguage))
        arabic.append(hit.path);
    CHECK(arabic.contains(u"/augsburg/ar/معلومات-الوصول/مرحبا-بكم-في-مدينة-أوجسبورج/"_s));
}

TEST_CASE("search: a re-sync re-indexes only the page that changed", "[search][corpus]")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    REQUIRE(outcomeFor(f.sync({u"de"_s}), u"de"_s)->ok);
    const auto rows = [&f] {
        QStringList list;
        store::Statement q = integreat::testing::StoreAccess::database(*f.store).prepare(
            u"SELECT key, id, hash FROM search_docs WHERE language = 'de' ORDER BY key"_s);
        while (q.step())
            list.append(
                u"%1 %2 %3"_s.arg(q.columnText(0)).arg(q.columnInt64(1)).arg(q.columnInt64(2)));
        return list;
    };
    const QStringList before = rows();
    CHECK(outcomeFor(f.sync({u"de"_s}), u"de"_s)->counts.rowsWritten == 0);
    CHECK(rows() == before);

    QJsonArray pages = SyncFixture::corpusArray(u"augsburg_de_pages.json"_s);
    QString changedPath, removedPath;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QJsonObject page = pages.at(i).toObject();
        if (page.value("title"_L1).toString() == u"Stadtplan") {
            changedPath = page.value("path"_L1).toString();
            page.insert(u"title"_s, u"Stadtplan und Fahrradkarte"_s);
            page.insert(u"last_updated"_s, u"2030-01-01T10:00:00.000+01:00"_s);
            pages.replace(i, page);
        }
    }
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (pages.at(i).toObject().value("title"_L1).toString() == u"Sprachkurse") {
            removedPath = pages.at(i).toObject().value("path"_L1).toString();
            pages.removeAt(i);
            break;
        }
    }
    REQUIRE_FALSE(changedPath.isEmpty());
    REQUIRE_FALSE(removedPath.isEmpty());
    f.servePages(u"augsburg"_s, u"de"_s, pages);
    REQUIRE(outcomeFor(f.sync({u"de"_s}), u"de"_s)->ok);

    const QStringList after = rows();
    REQUIRE(after.size() == before.size() - 1);
    int changed = 0;
    for (const QString &row : before) {
        if (row.startsWith(removedPath + u' ')) {
            CHECK_FALSE(after.contains(row));
        } else if (!after.contains(row)) {
            CHECK(row.startsWith(changedPath + u' '));
            ++changed;
        }
    }
    CHECK(changed == 1);
    const auto find = [&f](const QString &query) {
        QStringList list;
        for (const auto &hit :
             f.store->search(u"augsburg"_s, u"de"_s, query, SearchMode::OneLanguage))
            list.append(hit.path);
        return list;
    };
    CHECK(find(u"Fahrradkarte"_s) == QStringList{changedPath});
    CHECK_FALSE(find(u"Sprachkurse"_s).contains(removedPath));
}

TEST_CASE("search: integreat-cli search prints JSON and timing lines and takes any query",
          "[search][cli]")
{
    INTEGREAT_REQUIRE_CORPUS();
    TestServer server;
    server.loadCorpus(corpusDir());
    server.start();
    QTemporaryDir dir;
    const QStringList global{u"--server"_s, server.baseUrl().toString(), u"--data-dir"_s,
                             dir.path()};
    const QStringList where{u"--region"_s, u"augsburg"_s, u"--language"_s, u"ar"_s};
    REQUIRE(cli(global +
                QStringList{u"sync"_s, u"--region"_s, u"augsburg"_s, u"--languages"_s, u"de,ar"_s})
                .exitCode == 0);

    const CliRun json = cli(global + QStringList{u"search"_s} + where +
                            QStringList{u"--also-german"_s, u"--json"_s, u"Willkommen"_s});
    REQUIRE(json.exitCode == 0);
    const QJsonArray results =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value("results"_L1).toArray();
    REQUIRE_FALSE(results.isEmpty());
    for (const QJsonValue &value : results) {
        const QJsonObject hit = value.toObject();
        for (const char *key : {"kind", "language", "path", "title", "snippet"})
            CHECK(hit.value(QLatin1StringView(key)).isString());
        CHECK(QStringList{u"page"_s, u"event"_s, u"place"_s, u"news"_s}.contains(
            hit.value("kind"_L1).toString()));
    }
    CHECK(results.at(0).toObject().value("path"_L1).toString() == kWelcomeAr);
    CHECK_FALSE(QJsonDocument::fromJson(json.out.toUtf8()).object().contains("corrected"_L1));

    // a misspelt word: the JSON and the text say what was searched for
    const CliRun typo = cli(global + QStringList{u"search"_s} + where +
                            QStringList{u"--also-german"_s, u"--json"_s, u"Willkomen"_s});
    REQUIRE(typo.exitCode == 0);
    const QJsonObject corrected = QJsonDocument::fromJson(typo.out.toUtf8()).object();
    CHECK(corrected.value("corrected"_L1).toString() == u"Willkommen"_s);
    CHECK(corrected.value("results"_L1).toArray().at(0).toObject().value("path"_L1).toString() ==
          kWelcomeAr);
    CHECK(cli(global + QStringList{u"search"_s} + where +
              QStringList{u"--also-german"_s, u"Willkomen"_s})
              .out.startsWith(u"Results for “Willkommen”:"_s));
    CHECK(cli(global + QStringList{u"search"_s} + where +
              QStringList{u"--also-german"_s, u"--limit"_s, u"1"_s, u"--json"_s, u"Willkommen"_s})
              .out.count(u"\"path\""_s) == 1);

    const CliRun lines = cli(global + QStringList{u"search"_s} + where +
                                 QStringList{u"--also-german"_s, u"--stdin"_s},
                             "Willkommen\nمرحبا\n\n\"NEAR(\nxyzunbekannt\n");
    REQUIRE(lines.exitCode == 0);
    const QStringList out = lines.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(out.size() == 5);
    const QStringList queries{u"Willkommen"_s, u"مرحبا"_s, QString(), u"\"NEAR("_s,
                              u"xyzunbekannt"_s};
    for (int i = 0; i < 5; ++i) {
        const QStringList fields = out[i].split(u'\t');
        REQUIRE(fields.size() == 3);
        bool hitsOk = false, msOk = false;
        const int hits = fields[0].toInt(&hitsOk);
        fields[1].toDouble(&msOk);
        CHECK(hitsOk);
        CHECK(msOk);
        CHECK(fields[2] == queries[i]);
        CHECK((hits > 0) == (i < 2));
    }

    for (const QString &hostile : {u"\""_s, u"*"_s, u"NEAR("_s, u"-"_s, QString()}) {
        INFO(hostile.toStdString());
        const CliRun run =
            cli(global + QStringList{u"search"_s} + where + QStringList{u"--json"_s, hostile});
        CHECK(run.exitCode == 0);
        CHECK(QJsonDocument::fromJson(run.out.toUtf8()).object().value("results"_L1).isArray());
        const CliRun text = cli(global + QStringList{u"search"_s} + where + QStringList{hostile});
        CHECK(text.exitCode == 0);
        CHECK(text.err.contains(u"No results"_s));
    }
    CHECK(cli(global + QStringList{u"search"_s, u"--region"_s, u"nirgendwo"_s, u"--language"_s,
                                   u"de"_s, u"x"_s})
              .exitCode == 1);
}
