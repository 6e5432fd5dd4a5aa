// integreat-cli against hostile servers and concurrent use (issue 11).
#include "clifixture.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "storeaccess.h"
#include "storedamage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>
#include <csignal>
#include <optional>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {
const QStringList SyncDe{u"sync"_s,        u"--region"_s, u"augsburg"_s,
                         u"--languages"_s, u"de"_s,       u"--no-resources"_s};

qsizetype storedPages(const CliFixture &f)
{
    return store::Store(f.storePath()).pages(u"augsburg"_s, u"de"_s).size();
}

// integreat-cli running in the background, its stderr collected.
struct Background
{
    explicit Background(const QStringList &arguments)
    {
        process.start(QStringLiteral(INTEGREAT_CLI), arguments);
    }
    ~Background()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(10000);
        }
    }
    // Reads stderr until it holds `text` or the process ends or 60 s pass.
    bool waitForErr(const QByteArray &text)
    {
        QElapsedTimer clock;
        clock.start();
        while (!err.contains(text) && clock.elapsed() < 60000) {
            if (!process.waitForReadyRead(200) && process.state() != QProcess::Running)
                break;
            err += process.readAllStandardError();
        }
        return err.contains(text);
    }
    int finish()
    {
        if (!process.waitForFinished(60000))
            return -1;
        err += process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QProcess process;
    QByteArray err;
};

const QString PagesPath = u"/api/v3/augsburg/de/pages/"_s;

// A first sync of `de`, then a sync that hangs on the pages download (and so holds the lock)
// until it is stopped. Returns the pages stored by the first.
qsizetype startStalledSync(CliFixture &f, std::optional<Background> &stalled)
{
    REQUIRE(f.run(SyncDe).exitCode == 0);
    f.server.addFault(PagesPath, FaultSpec{Fault::Stall});
    QStringList slow = f.global();
    slow.replace(slow.indexOf(u"--timeout"_s) + 1, u"60"_s);
    stalled.emplace(slow + SyncDe);
    REQUIRE(stalled->waitForErr("downloading pages"));
    return storedPages(f);
}
} // namespace

TEST_CASE("integreat-cli refuses a pages list that empties a language unless --allow-mass-removal")
{
    INTEGREAT_REQUIRE_CORPUS();
    CliFixture f;
    REQUIRE(f.run(SyncDe).exitCode == 0);
    const qsizetype before = storedPages(f);
    REQUIRE(before > 0);

    f.server.setRoute(u"/api/v3/augsburg/de/pages/"_s, Response{200, "[]", {}, {}});
    const CliResult refused = f.run(SyncDe);
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.contains(u"de: FAILED"_s));
    CHECK(refused.err.contains(u"--allow-mass-removal"_s));
    CHECK(storedPages(f) == before);
    const CliResult status = f.run({u"status"_s});
    CHECK(status.out.contains(u"last attempt failed"_s));

    const CliResult confirmed = f.run(SyncDe + QStringList{u"--allow-mass-removal"_s});
    INFO(confirmed.err.toStdString());
    CHECK(confirmed.exitCode == 0);
    CHECK(confirmed.out.contains(u"%1 removed"_s.arg(before)));
    CHECK(storedPages(f) == 0);
}

TEST_CASE("A second sync of the same data folder is refused, or waits with --wait")
{
    INTEGREAT_REQUIRE_CORPUS();
    CliFixture f;
    std::optional<Background> stalled;
    const qsizetype before = startStalledSync(f, stalled);
    Background &first = *stalled;

    const CliResult second = f.run(SyncDe);
    INFO(second.err.toStdString());
    CHECK(second.exitCode == 1);
    CHECK(second.err.contains(
        u"A sync is already running (pid %1)"_s.arg(first.process.processId())));
    CHECK_FALSE(second.err.contains(u"Could not"_s));
    CHECK(second.out.isEmpty());

    f.server.clearFaults();
    Background waiting(f.global() + SyncDe + QStringList{u"--wait"_s});
    REQUIRE(waiting.waitForErr("Waiting for it to finish"));
    ::kill(pid_t(first.process.processId()), SIGTERM);
    CHECK(first.finish() == 128 + SIGTERM);
    INFO(waiting.err.toStdString());
    CHECK(waiting.finish() == 0);
    CHECK(storedPages(f) == before);
}

TEST_CASE("SIGTERM and SIGINT cancel a running sync with a line on stderr and keep the content")
{
    INTEGREAT_REQUIRE_CORPUS();
    const int signal = GENERATE(SIGTERM, SIGINT);
    CliFixture f;
    std::optional<Background> stalled;
    const qsizetype before = startStalledSync(f, stalled);
    Background &sync = *stalled;
    ::kill(pid_t(sync.process.processId()), signal);
    const int code = sync.finish();
    INFO(sync.err.toStdString());
    CHECK(code == 128 + signal);
    CHECK(sync.err.contains(signal == SIGTERM ? "SIGTERM received" : "SIGINT received"));
    CHECK(sync.err.contains("sync cancelled"));
    CHECK(storedPages(f) == before);
    store::Store store(f.storePath());
    CHECK(store.integrityCheck() == u"ok"_s);

    // The lock went with the process: the next sync runs.
    f.server.clearFaults();
    CHECK(f.run(SyncDe).exitCode == 0);
}

TEST_CASE("status lists a language whose first sync failed, with its error")
{
    INTEGREAT_REQUIRE_CORPUS();
    CliFixture f;
    f.server.addFault(PagesPath, FaultSpec{Fault::Status, -1, 500, "{}", {}});
    REQUIRE(f.run(SyncDe).exitCode == 1);
    const CliResult status = f.run({u"status"_s});
    INFO(status.out.toStdString());
    CHECK(status.exitCode == 0);
    CHECK(status.out.contains(u"de: 0 pages"_s));
    CHECK(status.out.contains(u"never synced"_s));
    CHECK(status.out.contains(u"HTTP 500"_s));
}

namespace {
QStringList asideFiles(const CliFixture &f)
{
    return storesMovedAside(f.dir.path());
}
} // namespace

TEST_CASE("A damaged store names the file and repair – repair moves it aside and downloads again")
{
    INTEGREAT_REQUIRE_CORPUS();
    CliFixture f;
    REQUIRE(f.run(SyncDe).exitCode == 0);
    const qsizetype before = storedPages(f);
    {
        // Checkpoint the WAL into the file so that damaging the file damages the content.
        store::Store store(f.storePath());
        integreat::testing::StoreAccess::database(store).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    const QString how =
        GENERATE(u"truncated"_s, u"garbage header"_s, u"not SQLite"_s, u"directory"_s);
    INFO(how.toStdString());
    REQUIRE(damageStore(f.storePath(), how));

    const CliResult status = f.run({u"status"_s});
    INFO(status.err.toStdString());
    CHECK(status.exitCode == 1);
    CHECK(status.err.contains(f.storePath()));
    CHECK(status.err.contains(u"integreat-cli repair"_s));

    const CliResult dry = f.run({u"repair"_s, u"--dry-run"_s});
    INFO(dry.out.toStdString());
    CHECK(dry.exitCode == 1);
    CHECK(dry.out.contains(u"is damaged"_s));
    CHECK(asideFiles(f).isEmpty());

    const CliResult repair =
        f.run({u"repair"_s, u"--region"_s, u"augsburg"_s, u"--languages"_s, u"de"_s});
    INFO(repair.out.toStdString() + repair.err.toStdString());
    CHECK(repair.exitCode == 0);
    CHECK(repair.out.contains(u"Moved it aside"_s));
    CHECK(asideFiles(f).size() == 1);
    CHECK(storedPages(f) == before);
    CHECK(f.run({u"status"_s}).exitCode == 0);
    CHECK(f.run({u"repair"_s}).out.contains(u"is sound"_s));
}

TEST_CASE("repair downloads again the regions and languages the damaged file still names")
{
    INTEGREAT_REQUIRE_CORPUS();
    CliFixture f;
    REQUIRE(f.run(SyncDe).exitCode == 0);
    {
        store::Store store(f.storePath());
        integreat::testing::StoreAccess::database(store).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    // Overwrite one page in the middle of the file: the file opens and still names its
    // languages, but fails the integrity check.
    QFile file(f.storePath());
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 8 * 4096);
    file.seek((size / 4096 / 2) * 4096);
    file.write(QByteArray(4096, '\x7f'));
    file.close();

    const CliResult dry = f.run({u"repair"_s, u"--dry-run"_s});
    INFO(dry.out.toStdString());
    CHECK(dry.exitCode == 1);
    CHECK(dry.out.contains(u"augsburg (de)"_s));

    const CliResult repair = f.run({u"repair"_s});
    INFO(repair.out.toStdString() + repair.err.toStdString());
    CHECK(repair.exitCode == 0);
    CHECK(asideFiles(f).size() == 1);
    CHECK(storedPages(f) > 0);
}

TEST_CASE("integreat-cli sync --connections takes 1 to 16 and refuses anything else")
{
    INTEGREAT_REQUIRE_CORPUS();
    CliFixture f;
    for (const QString &bad : {u"0"_s, u"17"_s, u"many"_s}) {
        const CliResult refused = f.run(SyncDe + QStringList{u"--connections"_s, bad});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(u"--connections needs a number from 1 to 16"_s));
    }
    CHECK(storedPages(f) == 0);
    f.server.setPacing(Pacing{30, 0, 0});
    const CliResult one = f.run(SyncDe + QStringList{u"--connections"_s, u"1"_s});
    INFO(one.err.toStdString());
    CHECK(one.exitCode == 0);
    CHECK(f.server.maxConcurrentRequests() == 1);
    CHECK(storedPages(f) > 0);
}
