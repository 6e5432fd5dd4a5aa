// Faults: interrupted syncs, full disks, damaged or foreign files, concurrent connections.
// Whatever happens, the previous content stays whole and readable, and nothing crashes.

#include "core/store/database.h"
#include "core/store/schema.h"
#include "storeaccess.h"
#include "test_store_fixtures.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>
#include <cstdlib>

using namespace integreat;
using namespace integreat::store;
using namespace integreat::testing::store;
using namespace Qt::StringLiterals;

namespace {
const QString kRegion = u"augsburg"_s;
const QString kDe = u"de"_s;

/// The content after a first sync, and a bigger, different second download.
LanguageContent secondDownload()
{
    LanguageContent next = content(0);
    for (int n = 0; n < 200; ++n) {
        model::Page p = page(n, kDe, 4096);
        p.title = u"Neu %1"_s.arg(n);
        next.pages.append(p);
    }
    next.news = QList<model::NewsItem>{news(7)};
    next.syncedAt = next.syncedAt.addDays(1);
    return next;
}

void checkFirstSyncIntact(Store &store)
{
    const LanguageContent first = content(5);
    const QList<model::Page> pages = store.pages(kRegion, kDe);
    REQUIRE(pages.size() == 5);
    for (const model::Page &expected : first.pages)
        checkSame(*store.page(kRegion, kDe, expected.path), expected);
    CHECK(store.news(kRegion, kDe).size() == 3);
    CHECK(store.integrityCheck() == u"ok");
    const auto status = store.status();
    REQUIRE(status.size() == 1);
    CHECK(status[0].languages[0].lastSuccess == first.syncedAt);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

StoreError::Reason openFailure(const QString &path, QString *message = nullptr)
{
    try {
        Store store(path);
    } catch (const StoreError &error) {
        if (message)
            *message = error.message();
        return error.reason();
    }
    FAIL("the store opened");
    return StoreError::Reason::Other;
}
} // namespace

TEST_CASE("A sync that fails just before commit leaves the previous content whole")
{
    TempDb tmp;
    Store store(tmp.path());
    store.applyLanguage(content(5));

    CHECK_THROWS_WITH(
        store.applyLanguage(secondDownload(), [] { throw std::runtime_error("network gone"); }),
        "network gone");
    checkFirstSyncIntact(store);
    Store reopened(tmp.path());
    checkFirstSyncIntact(reopened);

    // and the store is usable afterwards
    CHECK(store.applyLanguage(secondDownload()).pages == KindCounts{195, 5, 0, 0});
}

TEST_CASE("A full disk fails the sync with 'The disk is full' and keeps the previous content")
{
    TempDb tmp;
    Store store(tmp.path());
    store.applyLanguage(content(5));
    const qint64 pages =
        integreat::testing::StoreAccess::database(store).queryInt(u"PRAGMA page_count"_s);
    integreat::testing::StoreAccess::database(store).exec(
        u"PRAGMA max_page_count = %1"_s.arg(pages + 4));

    try {
        store.applyLanguage(secondDownload());
        FAIL("no exception");
    } catch (const StoreError &error) {
        CHECK(error.reason() == StoreError::Reason::DiskFull);
        CHECK(error.message() == u"The disk is full");
        CHECK(QString::fromUtf8(error.what()) == u"The disk is full");
        CHECK((error.sqliteCode() & 0xff) == 13); // SQLITE_FULL
    }
    checkFirstSyncIntact(store);

    integreat::testing::StoreAccess::database(store).exec(
        u"PRAGMA max_page_count = 1073741823"_s); // space freed
    CHECK(store.applyLanguage(secondDownload()).pages == KindCounts{195, 5, 0, 0});
}

TEST_CASE("A file that is not a database is reported as damaged and left untouched")
{
    TempDb tmp;
    QByteArray garbage;
    for (int i = 0; i < 2000; ++i)
        garbage += "This is not SQLite. ";
    writeAll(tmp.path(), garbage);

    QString message;
    CHECK(openFailure(tmp.path(), &message) == StoreError::Reason::Damaged);
    CHECK(message == u"The local database is damaged");
    CHECK(readAll(tmp.path()) == garbage);
}

TEST_CASE("A truncated database file is reported as damaged, not a crash")
{
    TempDb tmp;
    {
        Store store(tmp.path());
        store.applyLanguage(secondDownload());
    } // the last connection closes: WAL checkpointed into the file
    REQUIRE_FALSE(QFile::exists(tmp.path() + u"-wal"_s));
    const QByteArray whole = readAll(tmp.path());
    REQUIRE(whole.size() > 100 * 1024);

    SECTION("cut in half")
    {
        writeAll(tmp.path(), whole.left(whole.size() / 2));
        CHECK(openFailure(tmp.path()) == StoreError::Reason::Damaged);
    }
    SECTION("cut inside the header")
    {
        writeAll(tmp.path(), whole.left(50));
        CHECK(openFailure(tmp.path()) == StoreError::Reason::Damaged);
    }
}

TEST_CASE("Damaged pages inside the file show in the integrity check and fail reads cleanly")
{
    TempDb tmp;
    {
        Store store(tmp.path());
        store.applyLanguage(secondDownload());
    }
    QByteArray bytes = readAll(tmp.path());
    const qsizetype pageSize = 4096;
    for (qsizetype at = pageSize * 3; at < bytes.size() - pageSize; at += pageSize * 7)
        bytes.replace(at, 64, QByteArray(64, '\xA5'));
    writeAll(tmp.path(), bytes);

    try {
        Store store(tmp.path());
        CHECK(store.integrityCheck() != u"ok");
        try {
            for (const model::Page &p : store.pages(kRegion, kDe))
                CHECK_FALSE(p.path.isEmpty());
        } catch (const StoreError &error) {
            CHECK(error.reason() == StoreError::Reason::Damaged);
        }
    } catch (const StoreError &error) {
        CHECK(error.reason() == StoreError::Reason::Damaged);
    }
}

TEST_CASE("A database written by a newer app version is refused with a clear message")
{
    TempDb tmp;
    {
        Store store(tmp.path());
        integreat::testing::StoreAccess::database(store).exec(
            u"PRAGMA user_version = %1"_s.arg(Schema::currentVersion() + 1));
    }
    QString message;
    CHECK(openFailure(tmp.path(), &message) == StoreError::Reason::NewerVersion);
    CHECK(message.contains(u"newer version"));
    Database raw(tmp.path());
    CHECK(Schema::version(raw) == Schema::currentVersion() + 1); // not touched
}

TEST_CASE("Another program's SQLite database is refused, not migrated")
{
    TempDb tmp;
    {
        Database other(tmp.path());
        other.exec(u"CREATE TABLE contacts (name TEXT)"_s);
    }
    CHECK(openFailure(tmp.path()) == StoreError::Reason::Foreign);
    Database raw(tmp.path());
    CHECK(raw.queryInt(u"SELECT count(*) FROM sqlite_schema"_s) == 1);
}

TEST_CASE("An empty file becomes a new store")
{
    TempDb tmp;
    writeAll(tmp.path(), {});
    Store store(tmp.path());
    CHECK(Schema::version(integreat::testing::StoreAccess::database(store)) ==
          Schema::currentVersion());
}

TEST_CASE("A reader sees the previous content while a sync is being written")
{
    TempDb tmp;
    Store writer(tmp.path());
    writer.applyLanguage(content(5));
    Store reader(tmp.path());

    bool checked = false;
    writer.applyLanguage(secondDownload(), [&] {
        // inside the writer's open transaction
        CHECK(writer.pages(kRegion, kDe).size() == 200);
        CHECK(writer.places(kRegion, kDe).size() == 3); // reads join the open transaction
        CHECK(writer.regions().isEmpty());
        CHECK(reader.pages(kRegion, kDe).size() == 5);
        CHECK(reader.page(kRegion, kDe, page(0).path)->title == page(0).title);
        CHECK(reader.news(kRegion, kDe).size() == 3);
        checked = true;
    });
    CHECK(checked);
    CHECK(reader.pages(kRegion, kDe).size() == 200);
    CHECK(reader.news(kRegion, kDe).size() == 4);
}

TEST_CASE("A sync waiting for another writer, cancelled, fails with a clear error and changes "
          "nothing")
{
    TempDb tmp;
    Store store(tmp.path());
    store.applyLanguage(content(5));
    store.setCancelCheck([] { return true; });

    Database other(tmp.path());
    Transaction lock(other);
    try {
        store.applyLanguage(secondDownload());
        FAIL("no exception");
    } catch (const StoreError &error) {
        CHECK(error.reason() == StoreError::Reason::Busy);
    }
    lock.rollback();
    checkFirstSyncIntact(store);
}

// Run in a child process by the next test: applies a sync and dies just before COMMIT,
// without closing anything (like a crash or kill -9).
TEST_CASE("crash child: apply a sync and die before commit", "[.][crash-child]")
{
    const QString path = qEnvironmentVariable("INTEGREAT_STORE_CRASH_DB");
    REQUIRE_FALSE(path.isEmpty());
    Store store(path);
    store.applyLanguage(secondDownload(), [] { std::_Exit(3); });
}

TEST_CASE("A sync killed in the middle leaves the previous content after restart")
{
    TempDb tmp;
    {
        Store store(tmp.path());
        store.applyLanguage(content(5));
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"INTEGREAT_STORE_CRASH_DB"_s, tmp.path());
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {u"crash child: apply a sync and die before commit"_s});
    REQUIRE(child.waitForFinished(60000));
    REQUIRE(child.exitCode() == 3);

    Store store(tmp.path());
    checkFirstSyncIntact(store);
    CHECK(store.applyLanguage(secondDownload()).pages == KindCounts{195, 5, 0, 0});
}

TEST_CASE("A damaged pages table found while reading clears the language's list digests")
{
    using namespace integreat::testing::store;
    TempDb db;
    {
        integreat::store::Store store(db.path());
        auto c = content(400);
        c.listDigests = {{model::ListKind::Pages, QByteArray("digest")}};
        store.applyLanguage(c);
        REQUIRE_FALSE(
            store.listDigests({QStringLiteral("augsburg"), QStringLiteral("de")}).isEmpty());
        integreat::testing::StoreAccess::database(store).exec(
            QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    qint64 root = 0, pageSize = 0;
    {
        integreat::store::Store store(db.path());
        root = integreat::testing::StoreAccess::database(store).queryInt(
            QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'pages'"));
        pageSize = integreat::testing::StoreAccess::database(store).queryInt(
            QStringLiteral("PRAGMA page_size"));
    }
    QFile file(db.path());
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((root - 1) * pageSize));
    file.write(QByteArray(int(pageSize), '\x7f'));
    file.close();

    integreat::store::Store store(db.path());
    CHECK_THROWS_AS(store.pages(QStringLiteral("augsburg"), QStringLiteral("de")),
                    integreat::store::StoreError);
    CHECK(store.listDigests({QStringLiteral("augsburg"), QStringLiteral("de")}).isEmpty());
}
