// The thin sqlite3 wrapper: Database, Statement, Transaction, StoreError.

#include "core/store/database.h"
#include "core/store/storeerror.h"
#include "test_store_fixtures.h"

#include <catch2/catch.hpp>

using namespace integreat::store;
using namespace Qt::StringLiterals;
using integreat::testing::store::TempDb;

TEST_CASE("A new database file is created in WAL mode with safe settings")
{
    TempDb tmp;
    Database db(tmp.path());
    CHECK(db.journalMode() == u"wal");
    CHECK(db.queryInt(u"PRAGMA foreign_keys"_s) == 1);
    CHECK(db.queryInt(u"PRAGMA synchronous"_s) == 1); // NORMAL
    // No busy timeout that drops a write: a busy handler waits (test_store_writers.cpp).
    CHECK(db.queryInt(u"PRAGMA busy_timeout"_s) == 0);
    CHECK(db.queryInt(u"PRAGMA journal_size_limit"_s) == 64 * 1024 * 1024);
    CHECK(db.integrityCheck() == u"ok");
    CHECK(db.quickCheck() == u"ok");
}

TEST_CASE("Values of every type are stored and read back unchanged")
{
    TempDb tmp;
    Database db(tmp.path());
    db.exec(u"CREATE TABLE t (a, b, c, d, e, f, g)"_s);
    const QString arabic = u"العربية – ß – 🙂"_s;
    const QByteArray blob("\x00\x01\xff", 3);
    db.prepare(u"INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"_s)
        .bindAll(arabic, blob, qint64(1) << 40, 2.5, true, std::optional<int>(), nullptr)
        .exec();

    Statement read = db.prepare(u"SELECT a, b, c, d, e, f, g FROM t"_s);
    REQUIRE(read.step());
    CHECK(read.columnCount() == 7);
    CHECK(read.columnName(0) == u"a");
    CHECK(read.columnText(0) == arabic);
    CHECK(read.columnBlob(1) == blob);
    CHECK(read.columnInt64(2) == (qint64(1) << 40));
    CHECK(read.columnDouble(3) == 2.5);
    CHECK(read.columnBool(4));
    CHECK(read.isNull(5));
    CHECK_FALSE(read.columnOptionalInt64(5).has_value());
    CHECK(read.isNull(6));
    CHECK(read.columnText(6).isNull());
    CHECK(read.columnOptionalDouble(3) == 2.5);
    CHECK_FALSE(read.step());
}

TEST_CASE("A statement can be bound by name and reused for many rows")
{
    TempDb tmp;
    Database db(tmp.path());
    db.exec(u"CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)"_s);
    Statement insert = db.prepare(u"INSERT INTO t (k, v) VALUES (:key, :value)"_s);
    CHECK(insert.parameterCount() == 2);
    for (int i = 0; i < 10; ++i)
        insert.bind(":key", u"k%1"_s.arg(i)).bind(":value", i).exec();
    CHECK(db.queryInt(u"SELECT sum(v) FROM t"_s) == 45);
    CHECK_THROWS_AS(insert.bind(":missing", 1), StoreError);

    Statement count = db.prepare(u"SELECT count(*) FROM t WHERE v >= ?1"_s);
    for (int min : {0, 5, 9}) {
        count.bind(1, min);
        REQUIRE(count.step());
        CHECK(count.columnInt(0) == 10 - min);
    }
}

TEST_CASE("totalChanges counts the rows written by the connection")
{
    TempDb tmp;
    Database db(tmp.path());
    db.exec(u"CREATE TABLE t (v)"_s);
    const qint64 before = db.totalChanges();
    db.exec(u"INSERT INTO t VALUES (1), (2), (3); UPDATE t SET v = 0 WHERE v = 2"_s);
    CHECK(db.totalChanges() - before == 4);
}

TEST_CASE("A transaction not committed is rolled back when it goes out of scope")
{
    TempDb tmp;
    Database db(tmp.path());
    db.exec(u"CREATE TABLE t (v)"_s);
    {
        Transaction transaction(db);
        CHECK(db.inTransaction());
        db.exec(u"INSERT INTO t VALUES (1)"_s);
    }
    CHECK_FALSE(db.inTransaction());
    CHECK(db.queryInt(u"SELECT count(*) FROM t"_s) == 0);
    {
        Transaction transaction(db);
        db.exec(u"INSERT INTO t VALUES (1)"_s);
        transaction.commit();
        CHECK_FALSE(transaction.isActive());
    }
    CHECK(db.queryInt(u"SELECT count(*) FROM t"_s) == 1);
    {
        Transaction transaction(db);
        db.exec(u"INSERT INTO t VALUES (2)"_s);
        transaction.rollback();
    }
    CHECK(db.queryInt(u"SELECT count(*) FROM t"_s) == 1);
    {
        Transaction outer(db);
        Transaction read(db, Transaction::Mode::Read); // joins: no nested BEGIN
        CHECK_FALSE(read.isActive());
        db.exec(u"INSERT INTO t VALUES (3)"_s);
        outer.commit();
    }
    CHECK(db.queryInt(u"SELECT count(*) FROM t"_s) == 2);
}

TEST_CASE("SQL errors throw StoreError with the SQLite code and the statement")
{
    TempDb tmp;
    Database db(tmp.path());
    try {
        db.prepare(u"SELEKT 1"_s);
        FAIL("no exception");
    } catch (const StoreError &error) {
        CHECK(error.sqliteCode() == 1); // SQLITE_ERROR
        CHECK(error.reason() == StoreError::Reason::Other);
        CHECK(error.detail().contains(u"SELEKT"));
    }
    db.exec(u"CREATE TABLE t (k PRIMARY KEY)"_s);
    db.exec(u"INSERT INTO t VALUES (1)"_s);
    Statement insert = db.prepare(u"INSERT INTO t VALUES (?1)"_s);
    try {
        insert.bind(1, 1).exec();
        FAIL("no exception");
    } catch (const StoreError &error) {
        CHECK((error.sqliteCode() & 0xff) == 19); // SQLITE_CONSTRAINT (extended code kept)
        CHECK(error.sqliteCode() != 19);
    }
    insert.bind(1, 2).exec(); // the statement is usable after an error
    CHECK(db.queryInt(u"SELECT count(*) FROM t"_s) == 2);
}

TEST_CASE("Store errors read as sentences a user understands")
{
    CHECK(StoreError(13, u"x"_s).message() == u"The disk is full");              // SQLITE_FULL
    CHECK(StoreError(11, u"x"_s).message() == u"The local database is damaged"); // CORRUPT
    CHECK(StoreError(26, u"x"_s).message() == u"The local database is damaged"); // NOTADB
    CHECK(StoreError(13, u"x"_s).reason() == StoreError::Reason::DiskFull);
    CHECK(StoreError(5, u"x"_s).reason() == StoreError::Reason::Busy);
    CHECK(QString::fromUtf8(StoreError(13, u"detail"_s).what()) == u"The disk is full");
    CHECK(StoreError(13, u"detail"_s).detail() == u"detail");
}

TEST_CASE("Opening a database in a missing directory fails with a clear error")
{
    TempDb tmp;
    try {
        Database db(tmp.dir.filePath(u"missing/dir/db.sqlite"_s));
        FAIL("no exception");
    } catch (const StoreError &error) {
        CHECK(error.reason() == StoreError::Reason::CannotOpen);
        CHECK(error.message() == u"The local database cannot be opened");
    }
}
