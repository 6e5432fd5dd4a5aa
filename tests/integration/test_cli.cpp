// integreat-cli end to end: a real process against a real HTTP server on 127.0.0.1.
#include "clifixture.h"
#include "core/store/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.trimmed().toUtf8(), &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

QJsonArray pagesWithTitle(const QString &title)
{
    QFile file(corpusDir() + u"/expected-outputs/augsburg_de_pages.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonArray pages = QJsonDocument::fromJson(file.readAll()).array();
    QJsonObject first = pages.at(0).toObject();
    first[u"title"_s] = title;
    first[u"last_updated"_s] = u"2030-01-01T10:00:00.000+01:00"_s;
    pages[0] = first;
    return pages;
}

} // namespace

TEST_CASE("integreat-cli syncs a region, reports its status and shows a page offline")
{
    INTEGREAT_REQUIRE_CORPUS();
    CliFixture f;

    const CliResult sync =
        f.run({u"sync"_s, u"--region"_s, u"augsburg"_s, u"--languages"_s, u"de,ar"_s, u"--json"_s});
    INFO(sync.err.toStdString());
    REQUIRE(sync.exitCode == 0);
    const QJsonArray languages = parseJson(sync.out).value(u"languages"_s).toArray();
    REQUIRE(languages.size() == 2);
    for (const QJsonValue &value : languages) {
        const QJsonObject language = value.toObject();
        CHECK(language.value(u"ok"_s).toBool());
        CHECK(language.value(u"error"_s).isNull());
        CHECK(language.value(u"added"_s).toInt() > 0);
        CHECK(language.contains(u"changed"_s));
        CHECK(language.contains(u"removed"_s));
        CHECK(language.contains(u"unchanged"_s));
    }
    CHECK(sync.err.contains(u"downloading pages"_s)); // progress goes to stderr

    const CliResult status = f.run({u"status"_s, u"--json"_s});
    REQUIRE(status.exitCode == 0);
    const QJsonObject root = parseJson(status.out);
    CHECK(root.value(u"store_bytes"_s).toDouble() > 0);
    const QJsonArray regions = root.value(u"regions"_s).toArray();
    REQUIRE(regions.size() == 1);
    const QJsonObject augsburg = regions.at(0).toObject();
    CHECK(augsburg.value(u"slug"_s).toString() == u"augsburg"_s);
    CHECK(augsburg.value(u"name"_s).toString() == u"Stadt Augsburg"_s);
    bool sawGerman = false;
    for (const QJsonValue &value : augsburg.value(u"languages"_s).toArray()) {
        const QJsonObject language = value.toObject();
        if (language.value(u"code"_s).toString() != u"de"_s)
            continue;
        sawGerman = true;
        CHECK(language.value(u"pages"_s).toInt() > 0);
        CHECK(language.value(u"events"_s).toInt() > 0);
        CHECK(language.value(u"places"_s).toInt() > 0);
        CHECK(language.contains(u"news"_s));
        CHECK(QDateTime::fromString(language.value(u"last_sync"_s).toString(), Qt::ISODate)
                  .isValid());
        CHECK(language.value(u"last_error"_s).isNull());
    }
    CHECK(sawGerman);

    // Offline: the server is gone, the content is still there.
    f.server.stop();
    const CliResult show = f.run({u"show"_s, u"--region"_s, u"augsburg"_s, u"--language"_s, u"de"_s,
                                  u"/augsburg/de/willkommen/"_s});
    INFO(show.err.toStdString());
    REQUIRE(show.exitCode == 0);
    CHECK(show.out.startsWith(u"Willkommen\n"_s));
    CHECK(show.out.contains(u"Willkommen in Augsburg"_s));
    CHECK_FALSE(show.out.contains(u"<p>"_s));

    const CliResult missing = f.run({u"show"_s, u"--region"_s, u"augsburg"_s, u"--language"_s,
                                     u"de"_s, u"/augsburg/de/gibt-es-nicht/"_s});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"not in the local store"_s));
}

TEST_CASE("integreat-cli sync exits non-zero and names the language that failed")
{
    INTEGREAT_REQUIRE_CORPUS();
    CliFixture f;
    const CliResult result =
        f.run({u"sync"_s, u"--region"_s, u"augsburg"_s, u"--languages"_s, u"de,fa"_s});
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(u"de: "_s));
    CHECK(result.out.contains(u"fa: FAILED"_s));
    CHECK(result.err.contains(u"sync failed for fa"_s));
    CHECK(result.err.count(u'\n') >= 1);
}

TEST_CASE("integreat-cli regions lists live regions, and hidden ones with --all")
{
    INTEGREAT_REQUIRE_CORPUS();
    CliFixture f;
    const CliResult live = f.run({u"regions"_s, u"--json"_s});
    REQUIRE(live.exitCode == 0);
    QStringList slugs;
    for (const QJsonValue &value : parseJson(live.out).value(u"regions"_s).toArray())
        slugs << value.toObject().value(u"slug"_s).toString();
    CHECK(slugs.contains(u"augsburg"_s));
    CHECK_FALSE(slugs.contains(u"hallo"_s)); // hidden

    const CliResult all = f.run({u"regions"_s, u"--all"_s});
    REQUIRE(all.exitCode == 0);
    CHECK(all.out.contains(u"hallo"_s));
    CHECK(all.out.contains(u"Stadt Augsburg"_s));
}

TEST_CASE("integreat-cli --proxy sends every request through the proxy")
{
    INTEGREAT_REQUIRE_CORPUS();
    CliFixture f; // its server also answers absolute-form requests, as a forward proxy does
    const CliResult viaProxy =
        runCli({u"--server"_s, u"http://cms.integreat.invalid"_s, u"--data-dir"_s, f.dir.path(),
                u"--proxy"_s, f.serverUrl, u"regions"_s, u"--json"_s});
    INFO(viaProxy.err.toStdString());
    REQUIRE(viaProxy.exitCode == 0);
    CHECK(viaProxy.out.contains(u"augsburg"_s));
    REQUIRE(f.server.requestCount() > 0);
    for (const RecordedRequest &request : f.server.requests())
        CHECK(request.rawTarget.startsWith("http://cms.integreat.invalid/"));

    const CliResult bad = runCli({u"--proxy"_s, u"ftp://proxy.example"_s, u"regions"_s});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"proxy"_s));
}

TEST_CASE("integreat-cli answers --help, --version and usage errors")
{
    const CliResult help = runCli({u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"sync"_s));
    const CliResult version = runCli({u"--version"_s});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(u"integreat-cli "_s));
    const CliResult syncHelp = runCli({u"sync"_s, u"--help"_s});
    CHECK(syncHelp.out.contains(u"--languages"_s));
    const CliResult noRegion = runCli({u"sync"_s});
    CHECK(noRegion.exitCode == 2);
    CHECK(noRegion.err.contains(u"--region"_s));
    const CliResult unknown = runCli({u"frobnicate"_s});
    CHECK(unknown.exitCode == 2);
}

TEST_CASE("A sync killed with SIGKILL while saving leaves a sound store with the previous content")
{
    INTEGREAT_REQUIRE_CORPUS();
    CliFixture f;
    REQUIRE(f.run({u"sync"_s, u"--region"_s, u"augsburg"_s, u"--languages"_s, u"de"_s}).exitCode ==
            0);

    f.server.setRoute(u"/api/v3/augsburg/de/pages/"_s,
                      Response{200, QJsonDocument(pagesWithTitle(u"Neu"_s)).toJson(), {}, {}});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"INTEGREAT_FAILPOINT"_s, u"stall-before-commit"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(INTEGREAT_CLI),
                  f.global() + QStringList{u"sync"_s, u"--region"_s, u"augsburg"_s,
                                           u"--languages"_s, u"de"_s});
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    while (!err.contains("failpoint: stalled before commit") && clock.elapsed() < 60000) {
        if (!process.waitForReadyRead(1000) && process.state() != QProcess::Running)
            break;
        err += process.readAllStandardError();
    }
    INFO(err.toStdString());
    REQUIRE(err.contains("failpoint: stalled before commit"));
    process.kill(); // SIGKILL inside the open write transaction
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitStatus() == QProcess::CrashExit);

    {
        store::Store store(f.storePath());
        CHECK(store.integrityCheck() == u"ok"_s);
        const auto page = store.page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s);
        REQUIRE(page);
        CHECK(page->title == u"Willkommen"_s);
    }
    // And the next sync goes through.
    REQUIRE(f.run({u"sync"_s, u"--region"_s, u"augsburg"_s, u"--languages"_s, u"de"_s}).exitCode ==
            0);
    store::Store store(f.storePath());
    CHECK(store.page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s)->title == u"Neu"_s);
}

TEST_CASE("A sync killed at an arbitrary moment of a large save leaves the old or the new content")
{
    INTEGREAT_REQUIRE_CORPUS();
    CliFixture f;
    REQUIRE(f.run({u"sync"_s, u"--region"_s, u"augsburg"_s, u"--languages"_s, u"de"_s}).exitCode ==
            0);
    const int before = int(store::Store(f.storePath()).pages(u"augsburg"_s, u"de"_s).size());

    // 6,000 pages of ~4 KB: the save takes long enough to be interrupted.
    QJsonArray pages;
    const QString body = u"<p>"_s + QString(4000, u'x') + u"</p>"_s;
    for (int i = 0; i < 6000; ++i) {
        pages.append(
            QJsonObject{{u"id"_s, i + 1000},
                        {u"path"_s, u"/augsburg/de/seite-%1/"_s.arg(i)},
                        {u"title"_s, u"Seite %1"_s.arg(i)},
                        {u"content"_s, body},
                        {u"last_updated"_s, u"2030-01-01T10:00:00+01:00"_s},
                        {u"parent"_s, QJsonObject{{u"id"_s, 0}, {u"path"_s, QJsonValue()}}},
                        {u"order"_s, i}});
    }
    f.server.setRoute(u"/api/v3/augsburg/de/pages/"_s,
                      Response{200, QJsonDocument(pages).toJson(), {}, {}});

    QProcess process;
    process.start(QStringLiteral(INTEGREAT_CLI),
                  f.global() + QStringList{u"sync"_s, u"--region"_s, u"augsburg"_s,
                                           u"--languages"_s, u"de"_s});
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    while (!err.contains("saving") && clock.elapsed() < 60000 &&
           process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(200);
        err += process.readAllStandardError();
    }
    process.kill();
    process.waitForFinished(10000);

    store::Store store(f.storePath());
    CHECK(store.integrityCheck() == u"ok"_s);
    const int after = int(store.pages(u"augsburg"_s, u"de"_s).size());
    CHECK((after == before || after == 6000));
}
