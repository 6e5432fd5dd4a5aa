// Content packs end to end (issue 16): integreat-cli pack export / import against a store synced
// from the test server; a second data folder plays the second PC.
#include "core/pack/packmanifest.h"
#include "core/pack/tarwriter.h"
#include "packfixture.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

TEST_CASE("A content pack carries a region to an empty PC: same status, same search results")
{
    INTEGREAT_REQUIRE_CORPUS();
    PackFixture f;
    const QString pack = f.exportPack();
    CHECK(readAll(pack).mid(0, 13) == "manifest.json");
    const QString tar = QStandardPaths::findExecutable(u"tar"_s);
    if (!tar.isEmpty()) { // a standard tool lists it
        QProcess list;
        list.start(tar, {u"tf"_s, pack});
        REQUIRE(list.waitForFinished(30000));
        CHECK(list.exitCode() == 0);
        const QString names = QString::fromUtf8(list.readAllStandardOutput());
        CHECK(
            names.startsWith(u"manifest.json\nregion.json\ncontent/de.json\ncontent/ar.json\n"_s));
        CHECK(names.contains(u"resources/"_s));
    }

    const CliResult imported = f.runB({u"pack"_s, u"import"_s, pack});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(u"de: imported"_s));
    CHECK(imported.out.contains(u"ar: imported"_s));

    const QJsonObject statusA = PackFixture::comparableStatus(f.run({u"status"_s, u"--json"_s}));
    const QJsonObject statusB = PackFixture::comparableStatus(f.runB({u"status"_s, u"--json"_s}));
    INFO(QJsonDocument(statusB).toJson().toStdString());
    CHECK(statusA.value(u"regions"_s).toArray().size() == 1);
    CHECK(statusA == statusB);
    CHECK(statusB.value(u"resources"_s).toObject().value(u"count"_s).toInt() >= 1);
    CHECK(PackFixture::snapshot(f.dir.path(), u"ar"_s) ==
          PackFixture::snapshot(f.dirB.path(), u"ar"_s));

    int hits = 0;
    const QList<QStringList> queries{{u"de"_s, u"Augsburg"_s},
                                     {u"de"_s, u"Behörden"_s},
                                     {u"de"_s, u"kontakt app"_s},
                                     {u"ar"_s, u"أوجسبورج"_s}};
    for (const QStringList &query : queries) {
        const QStringList search{u"search"_s, u"--region"_s, u"augsburg"_s, u"--language"_s,
                                 query.at(0), u"--json"_s,   query.at(1)};
        const CliResult a = f.run(search);
        const CliResult b = f.runB(search);
        INFO(query.join(u' ').toStdString());
        REQUIRE(a.exitCode == 0);
        CHECK(a.out == b.out);
        hits += int(
            QJsonDocument::fromJson(a.out.toUtf8()).object().value(u"results"_s).toArray().size());
    }
    CHECK(hits > 0);
}

TEST_CASE("A truncated content pack is refused and changes nothing")
{
    INTEGREAT_REQUIRE_CORPUS();
    PackFixture f;
    const QByteArray bytes = readAll(f.exportPack());
    const CliResult first =
        f.runB({u"pack"_s, u"import"_s, f.exportPack(u"first.integreat-pack"_s)});
    REQUIRE(first.exitCode == 0);
    const QString before = PackFixture::snapshot(f.dirB.path(), u"de"_s);

    for (const qsizetype size : {qsizetype(100), bytes.size() / 2, bytes.size() - 600}) {
        const QString cut = f.packs.filePath(u"cut.integreat-pack"_s);
        writeAll(cut, bytes.left(size));
        const CliResult result = f.runB({u"pack"_s, u"import"_s, u"--force"_s, cut});
        INFO(size);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK((result.err.contains(u"ends early"_s) || result.err.contains(u"not an Integreat"_s)));
    }
    CHECK(PackFixture::snapshot(f.dirB.path(), u"de"_s) == before);
    CHECK(QDir(f.dirB.path()).entryList({u"pack-import-*"_s}, QDir::AllEntries).isEmpty());
}

TEST_CASE("A content pack with a wrong checksum is refused and changes nothing")
{
    INTEGREAT_REQUIRE_CORPUS();
    PackFixture f;
    const QString pack = f.exportPack();
    REQUIRE(f.runB({u"pack"_s, u"import"_s, pack}).exitCode == 0);
    const QString before = PackFixture::snapshot(f.dirB.path(), u"de"_s);

    // A page title changed inside content/de.json: had it been imported, the store would differ.
    QByteArray bytes = readAll(pack);
    const qsizetype at = bytes.indexOf("Willkommen in Augsburg");
    REQUIRE(at > 0);
    bytes[at] = 'X';
    const QString damaged = f.packs.filePath(u"damaged.integreat-pack"_s);
    writeAll(damaged, bytes);
    const CliResult result = f.runB({u"pack"_s, u"import"_s, u"--force"_s, damaged});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(u"content/de.json does not match its checksum"_s));
    CHECK(PackFixture::snapshot(f.dirB.path(), u"de"_s) == before);
}

TEST_CASE("An older content pack does not replace newer content unless forced")
{
    INTEGREAT_REQUIRE_CORPUS();
    PackFixture f;
    const QString older = f.exportPack(u"older.integreat-pack"_s);
    REQUIRE(
        f.run({u"sync"_s, u"--region"_s, u"augsburg"_s, u"--languages"_s, u"de,ar"_s}).exitCode ==
        0);
    const QString newer = f.exportPack(u"newer.integreat-pack"_s);
    REQUIRE(f.runB({u"pack"_s, u"import"_s, newer}).exitCode == 0);
    const QString storeB = QDir(f.dirB.path()).filePath(u"integreat.sqlite"_s);
    const QDateTime newerSync = store::Store(storeB).lastSync({u"augsburg"_s, u"de"_s});
    REQUIRE(newerSync.isValid());

    const CliResult skipped = f.runB({u"pack"_s, u"import"_s, older});
    INFO(skipped.err.toStdString());
    CHECK(skipped.exitCode == 0);
    CHECK(skipped.out.contains(u"de: skipped"_s));
    CHECK(skipped.out.contains(u"--force"_s));
    CHECK(store::Store(storeB).lastSync({u"augsburg"_s, u"de"_s}) == newerSync);

    const CliResult forced = f.runB({u"pack"_s, u"import"_s, u"--force"_s, older});
    CHECK(forced.exitCode == 0);
    CHECK(forced.out.contains(u"de: imported"_s));
    const QDateTime olderSync = store::Store(storeB).lastSync({u"augsburg"_s, u"de"_s});
    CHECK(olderSync.isValid());
    CHECK(olderSync < newerSync);
}

TEST_CASE("A content pack of a newer format is refused with a clear message")
{
    CliFixture f;
    pack::PackManifest manifest;
    manifest.formatVersion = pack::PackFormatVersion + 1;
    manifest.packId = QUuid::createUuid();
    manifest.region = u"augsburg"_s;
    manifest.languages = {u"de"_s};
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    pack::TarWriter tar(buffer, 0);
    REQUIRE(tar.add(u"manifest.json"_s, manifest.toJson()));
    REQUIRE(tar.finish());
    const QString file = f.dir.filePath(u"future.integreat-pack"_s);
    writeAll(file, buffer.data());

    const CliResult result = f.run({u"pack"_s, u"import"_s, file});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(u"made by a newer version of Integreat"_s));
    const CliResult status = f.run({u"status"_s, u"--json"_s});
    CHECK(QJsonDocument::fromJson(status.out.toUtf8())
              .object()
              .value(u"regions"_s)
              .toArray()
              .isEmpty());
}
