// core/net through the resource downloader (core/sync/resourcedownloader.h): an endless body
// stops at the cap with no .partial left, a trickle fails on the minimum throughput, a deflate
// bomb and a full disk are named in words, a timeout prints no QIODevice warning, a redirect
// to the CMS host on another port is refused, and a proxy carries the request.
#include "core/sync/resourcedownloader.h"
#include "resourcefixture.h"
#include "testserver.h"
#include "transportfixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

struct Download
{
    Download()
    {
        REQUIRE(server.start());
        REQUIRE(dir.isValid());
        options.transferTimeoutMs = 1500;
        options.maxAttempts = 1;
    }
    sync::DownloadResult run(const QString &path)
    {
        sync::ResourceDownloader downloader(options, [](const QUrl &) { return false; }, {});
        sync::DownloadJob job;
        job.url = QUrl(url(path));
        job.filePath = filePath();
        sync::DownloadResult result;
        downloader.run(
            {job}, [&](const sync::DownloadJob &, const sync::DownloadResult &r) { result = r; });
        return result;
    }
    QString url(const QString &path) const { return server.url(path).toString(); }
    QString filePath() const { return dir.filePath(u"file.png"_s); }
    bool leftovers() const
    {
        return !QDir(dir.path()).entryList(QDir::Files | QDir::System).isEmpty();
    }

    TestServer server;
    QTemporaryDir dir;
    sync::DownloadOptions options;
};

} // namespace

TEST_CASE("An endless chunked resource stops at the size cap and leaves no partial file",
          "[net][resources]")
{
    Download d;
    d.server.addFault(u"/media/big.png"_s, FaultSpec{Fault::EndlessChunked});
    const auto result = d.run(u"/media/big.png"_s);
    CHECK(result.outcome == sync::DownloadResult::Outcome::Failed);
    CHECK(result.error.contains(u"larger than 64 MB"_s));
    CHECK_FALSE(d.leftovers());
}

TEST_CASE("A resource trickling a byte at a time fails on the minimum throughput",
          "[net][resources]")
{
    Download d;
    FaultSpec trickle{Fault::Trickle};
    trickle.slowChunkDelayMs = 300;
    d.server.addFault(u"/media/slow.png"_s, trickle);
    const auto limits = shortLimits();
    d.options.transferTimeoutMs = limits.idleTimeoutMs;
    d.options.slowGraceMs = limits.slowGraceMs;
    d.options.minBytesPerSecond = limits.minBytesPerSecond;
    const auto result = d.run(u"/media/slow.png"_s);
    CHECK(result.outcome == sync::DownloadResult::Outcome::Failed);
    CHECK(result.error.contains(u"bytes a second"_s));
    CHECK_FALSE(d.leftovers());
}

TEST_CASE("A deflate bomb as a resource is stopped and named", "[net][resources]")
{
    Download d;
    FaultSpec bomb{Fault::DeflateBomb};
    bomb.hugeBytes = 100ll * 1024 * 1024;
    d.server.addFault(u"/media/bomb.png"_s, bomb);
    // The server deflates 100 MB before its first byte: on a loaded machine (ctest -j2 beside
    // a build, or under ASan) that takes longer than the fixture's short idle timeout, and this
    // test is about the size, not the time.
    d.options.transferTimeoutMs = 120000;
    const auto result = d.run(u"/media/bomb.png"_s);
    CHECK(result.outcome == sync::DownloadResult::Outcome::Failed);
    INFO(result.error.toStdString());
    CHECK(
        (result.error.contains(u"compressed"_s) || result.error.contains(u"larger than 64 MB"_s)));
    CHECK_FALSE(d.leftovers());
}

TEST_CASE("A full disk while writing a resource says the disk is full", "[net][resources]")
{
    Download d;
    if (!QFile::exists(u"/dev/full"_s)) {
        reportSkip(u"/dev/full is missing"_s);
        return;
    }
    d.server.setRoute(u"/media/a.png"_s, Response{200, QByteArray(200000, 'x'), {}, "image/png"});
    // The .partial file is a link to /dev/full: every write fails with ENOSPC.
    REQUIRE(QFile::link(u"/dev/full"_s, d.filePath() + u".partial"_s));
    const auto result = d.run(u"/media/a.png"_s);
    CHECK(result.outcome == sync::DownloadResult::Outcome::Failed);
    CHECK(result.error.contains(u"disk is full"_s));
    CHECK_FALSE(result.error.contains(u"Unknown error"_s));
    CHECK_FALSE(QFile::exists(d.filePath()));
}

TEST_CASE("A resource timeout is named and prints no device warning", "[net][resources]")
{
    Download d;
    d.server.addFault(u"/media/stall.png"_s, FaultSpec{Fault::Stall});
    d.options.transferTimeoutMs = 300;
    MessageCatcher catcher;
    const auto result = d.run(u"/media/stall.png"_s);
    CHECK(result.error.contains(u"did not answer"_s));
    for (const QString &message : MessageCatcher::messages())
        CHECK_FALSE(message.contains(u"QIODevice"_s));
}

TEST_CASE("A resource redirected to the CMS host on another port is refused", "[net][resources]")
{
    INTEGREAT_REQUIRE_CORPUS();
    ResourceFixture f;
    TestServer other;
    REQUIRE(other.start());
    other.setRoute(u"/media/a.png"_s, Response{200, "OTHER", {}, "image/png"});
    f.server.setRoute(
        u"/media/port.png"_s,
        Response{302, {}, {{"Location", other.url(u"/media/a.png"_s).toEncoded()}}, "text/plain"});
    f.servePages(
        u"augsburg"_s, u"de"_s,
        QJsonArray{ResourceFixture::page(1, u"eins"_s, u"<img src=\"/media/port.png\">"_s)});
    const auto report = f.sync({u"de"_s});
    REQUIRE(report.ok());
    CHECK(report.resources.failed == 1);
    REQUIRE_FALSE(report.resources.errors.isEmpty());
    CHECK(report.resources.errors.first().contains(u"not allowed"_s));
    CHECK(other.requestCount() == 0);
}

TEST_CASE("A resource request goes through the proxy", "[net][resources][proxy]")
{
    Download d;
    d.server.setRoute(u"/media/a.png"_s, Response{200, "PNG-A", {}, "image/png"});
    ProxyGuard guard(u"http://127.0.0.1:%1"_s.arg(d.server.port()));
    REQUIRE(guard.error().isEmpty());
    sync::ResourceDownloader downloader(d.options, [](const QUrl &) { return false; }, {});
    sync::DownloadJob job;
    job.url = QUrl(u"http://media.integreat.invalid/media/a.png"_s);
    job.filePath = d.filePath();
    sync::DownloadResult result;
    downloader.run({job},
                   [&](const sync::DownloadJob &, const sync::DownloadResult &r) { result = r; });
    CHECK(result.outcome == sync::DownloadResult::Outcome::Fetched);
    QFile file(d.filePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "PNG-A");
    REQUIRE(d.server.requestCount() == 1);
    CHECK(d.server.requests().first().rawTarget.startsWith("http://media.integreat.invalid/"));
}
