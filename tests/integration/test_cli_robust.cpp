// integreat-cli against hostile servers and concurrent use (issue 11).
#include "clifixture.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QProcess>
#include <catch2/catch.hpp>
#include <csignal>

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
    REQUIRE(f.run(SyncDe).exitCode == 0);
    const qsizetype before = storedPages(f);

    // The first sync hangs on the pages download, holding the lock.
    f.server.addFault(PagesPath, FaultSpec{Fault::Stall});
    QStringList slow = f.global();
    slow.replace(slow.indexOf(u"--timeout"_s) + 1, u"60"_s);
    Background first(slow + SyncDe);
    REQUIRE(first.waitForErr("downloading pages"));

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
    CliFixture f;
    REQUIRE(f.run(SyncDe).exitCode == 0);
    const qsizetype before = storedPages(f);
    f.server.addFault(PagesPath, FaultSpec{Fault::Stall});
    QStringList slow = f.global();
    slow.replace(slow.indexOf(u"--timeout"_s) + 1, u"60"_s);
    const int signal = GENERATE(SIGTERM, SIGINT);

    Background sync(slow + SyncDe);
    REQUIRE(sync.waitForErr("downloading pages"));
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
