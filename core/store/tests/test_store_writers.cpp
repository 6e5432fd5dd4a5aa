// Writers wait for each other (issue 10): a news write during a long sync is kept, a write
// waits for another process's writer for as long as it writes, and cancel ends a wait. And the
// cheap reads the window uses instead of status(); list digests keep their stored names.

#include "core/store/database.h"
#include "storeaccess.h"
#include "test_store_fixtures.h"

#include <QDeadlineTimer>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace integreat;
using namespace integreat::store;
using namespace integreat::testing::store;
using namespace Qt::StringLiterals;

namespace {
const QString kRegion = u"augsburg"_s;
const QString kDe = u"de"_s;

/// Waits (without sleeping for time to pass) until `done()` holds or 30 s passed.
bool waitFor(const std::function<bool()> &done)
{
    const QDeadlineTimer deadline(30000);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        std::this_thread::yield();
    }
    return true;
}

/// A bigger second download, as a long sync writes it.
LanguageContent bigSync()
{
    LanguageContent next = content(300);
    next.syncedAt = next.syncedAt.addDays(1);
    return next;
}

QStringList newsIds(const Store &store)
{
    QStringList ids;
    for (const model::NewsItem &item : store.news(kRegion, kDe))
        ids << item.id;
    return ids;
}

/// Writes `item` as the news watcher does, on its own thread; records what happened.
struct NewsWriter
{
    explicit NewsWriter(Store &store, const model::NewsItem &item)
        : thread([this, &store, item] {
            try {
                store.addWatchedNews({kRegion, kDe}, {item}, QDateTime::currentDateTimeUtc());
                written = true;
            } catch (const StoreError &e) {
                error = e.reason();
                failed = true;
            }
        })
    {
    }
    ~NewsWriter() { join(); }
    Q_DISABLE_COPY_MOVE(NewsWriter)
    void join()
    {
        if (thread.joinable())
            thread.join();
    }

    std::atomic<bool> written{false};
    std::atomic<bool> failed{false};
    StoreError::Reason error = StoreError::Reason::Other;
    std::thread thread;
};
} // namespace

TEST_CASE("A news write started while a sync transaction is open completes after the commit")
{
    TempDb tmp;
    Store sync(tmp.path());
    sync.applyLanguage(content(5));
    Store watcher(tmp.path()); // the news watcher's own connection
    std::atomic<bool> waiting{false};
    watcher.setCancelCheck([&] {
        waiting = true; // asked only while it waits for the other writer
        return false;
    });

    std::unique_ptr<NewsWriter> writer;
    bool sawWaiting = false, writtenBeforeCommit = true;
    sync.applyLanguage(bigSync(), [&] {
        // Inside the sync's open write transaction.
        writer = std::make_unique<NewsWriter>(watcher, news(42));
        sawWaiting = waitFor([&] { return waiting.load() || writer->failed.load(); });
        writtenBeforeCommit = writer->written.load();
    });
    writer->join();
    CHECK(sawWaiting);
    CHECK_FALSE(writtenBeforeCommit);
    CHECK(writer->written);
    CHECK_FALSE(writer->failed);

    Store reader(tmp.path());
    CHECK(reader.pages(kRegion, kDe).size() == 300); // the sync is whole
    CHECK(newsIds(reader).contains(news(42).id));    // and the news item is not dropped
}

TEST_CASE("A write waits for another process's writer for as long as it holds the lock")
{
    TempDb tmp;
    Store store(tmp.path());
    store.applyLanguage(content(5));
    std::atomic<int> asked{0};
    std::atomic<bool> cancel{false};
    store.setCancelCheck([&] {
        ++asked;
        return cancel.load();
    });
    // A raw BEGIN IMMEDIATE does not pass this process's gate: like integreat-cli's sync.
    Database other(tmp.path());
    other.exec(u"BEGIN IMMEDIATE"_s);

    SECTION("it is written once the other writer commits")
    {
        NewsWriter writer(store, news(43));
        // Far more retries than a 5 s busy timeout would have allowed at its first pauses.
        CHECK(waitFor([&] { return asked.load() >= 20 || writer.failed.load(); }));
        CHECK_FALSE(writer.written);
        other.exec(u"COMMIT"_s);
        writer.join();
        CHECK(writer.written);
        CHECK(newsIds(store).contains(news(43).id));
    }
    SECTION("cancel ends the wait with a clear error and writes nothing")
    {
        NewsWriter writer(store, news(44));
        CHECK(waitFor([&] { return asked.load() >= 1 || writer.failed.load(); }));
        cancel = true;
        writer.join();
        CHECK(writer.failed);
        CHECK(writer.error == StoreError::Reason::Busy);
        other.exec(u"COMMIT"_s);
        CHECK_FALSE(newsIds(store).contains(news(44).id));
    }
}

TEST_CASE("A write waiting for a writer of this process ends when cancelled")
{
    TempDb tmp;
    Store store(tmp.path());
    store.applyLanguage(content(5));
    Database other(tmp.path());
    Transaction lock(other); // holds the file's write gate
    bool asked = false;
    store.setCancelCheck([&] { return asked = true; });
    try {
        store.recordFailure({kRegion, kDe}, {}, u"offline"_s);
        FAIL("no exception");
    } catch (const StoreError &error) {
        CHECK(error.reason() == StoreError::Reason::Busy);
        CHECK(error.message() == StoreError::messageFor(StoreError::Reason::Busy));
    }
    CHECK(asked);
    lock.rollback();
    CHECK(store.status().constFirst().languages.constFirst().lastError.isEmpty());
}

TEST_CASE("Stored regions, stored languages and the last sync agree with status()")
{
    TempDb tmp;
    Store store(tmp.path());
    model::Region augsburg = region();
    augsburg.languages = {language(u"en"_s), language(u"de"_s), language(u"ar"_s)};
    store.saveRegions({augsburg, region(u"zwiesel"_s)});
    store.applyLanguage(content(3, u"de"_s));
    LanguageContent english = content(0, u"en"_s); // synced, but no pages (yet)
    store.applyLanguage(english);
    store.recordFailure({kRegion, u"ar"_s}, {}, u"offline"_s); // never synced
    LanguageContent other = content(2, u"fa"_s);
    other.region = u"aachen"_s; // a region not in the list
    store.applyLanguage(other);

    CHECK(store.storedLanguages(kRegion) == QStringList{u"en"_s, u"de"_s});
    CHECK(store.storedLanguages(u"aachen"_s) == QStringList{u"fa"_s});
    CHECK(store.storedLanguages(u"zwiesel"_s).isEmpty());
    CHECK(store.storedRegions() == QStringList{u"aachen"_s, u"augsburg"_s});
    CHECK(store.storedContent() ==
          QList<model::ContentKey>{{u"aachen"_s, u"fa"_s}, {kRegion, u"en"_s}, {kRegion, kDe}});
    CHECK(store.lastSync({kRegion, kDe}) == content().syncedAt);
    CHECK_FALSE(store.lastSync({kRegion, u"ar"_s}).isValid());
    CHECK_FALSE(store.lastSync({u"nowhere"_s, kDe}).isValid());

    // The same as reading status() the way the window did.
    QStringList fromStatus;
    for (const Store::RegionStatus &status : store.status()) {
        for (const Store::LanguageStatus &lang : status.languages) {
            if (status.slug == kRegion && (lang.pages > 0 || lang.lastSuccess.isValid()))
                fromStatus << lang.code;
            if (status.slug == kRegion && lang.code == kDe)
                CHECK(lang.lastSuccess == store.lastSync({kRegion, kDe}));
        }
    }
    fromStatus.sort();
    QStringList cheap = store.storedLanguages(kRegion);
    cheap.sort();
    CHECK(cheap == fromStatus);
}

TEST_CASE("List digests are kept under the list names earlier versions wrote")
{
    TempDb db;
    Store store(db.path());
    LanguageContent c = content();
    for (const model::ListKind kind : model::AllListKinds)
        c.listDigests.insert(kind, model::storageName(kind).toUtf8() + "-digest");
    store.applyLanguage(c);

    CHECK(store.listDigests({kRegion, kDe}) == c.listDigests);
    Database &database = testing::StoreAccess::database(store);
    CHECK(database.queryText(u"SELECT group_concat(list, ',') FROM (SELECT list FROM list_digests "
                             u"WHERE list IN ('pages', 'events', 'places') ORDER BY list)"_s) ==
          u"events,pages,places"_s);

    // A row a newer version wrote, of a kind this one does not know, is passed over.
    database.exec(u"INSERT INTO list_digests (region, language, list, digest) "
                  u"VALUES ('augsburg', 'de', 'sprungbrett', x'00')"_s);
    CHECK(store.listDigests({kRegion, kDe}) == c.listDigests);
    CHECK(store.listDigests({kRegion, u"en"_s}).isEmpty());
}
