// integreat-cli and the resource cache: sync downloads resources (unless --no-resources),
// reports them, warns about failures without failing; status shows count and bytes.
#include "clirunner.h"
#include "resourcefixture.h"

#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

struct CliResources
{
    CliResources()
    {
        // The engine of the fixture is not used: the CLI is a process of its own.
        dataDir = fixture.dir.filePath(u"data"_s);
    }

    CliResult run(const QStringList &arguments) const
    {
        return runCli(QStringList{u"--server"_s, fixture.server.baseUrl().toString(),
                                  u"--data-dir"_s, dataDir, u"--timeout"_s, u"5"_s, u"--retries"_s,
                                  u"1"_s} +
                      arguments);
    }
    QString fileOf(const QString &url) const
    {
        return QDir(dataDir + u"/resources"_s).filePath(content::resourceFileName(QUrl(url)));
    }

    ResourceFixture fixture;
    QString dataDir;
};

QJsonObject parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.trimmed().toUtf8(), &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

const QStringList kSyncDe{u"sync"_s, u"--region"_s, u"augsburg"_s, u"--languages"_s, u"de"_s};

} // namespace

TEST_CASE("integreat-cli sync downloads resources and status shows their count and bytes")
{
    INTEGREAT_REQUIRE_CORPUS();
    CliResources c;
    const CliResult sync = c.run(kSyncDe);
    INFO(sync.err.toStdString());
    REQUIRE(sync.exitCode == 0);
    CHECK(sync.out.contains(u"resources: 4 downloaded, 0 unchanged, 0 failed"_s));
    CHECK(QFile::exists(c.fileOf(c.fixture.media(u"a.png"_s))));
    CHECK(c.fixture.mediaRequests(u"foreign.png"_s) == 0);

    const CliResult again = c.run(kSyncDe + QStringList{u"--json"_s});
    REQUIRE(again.exitCode == 0);
    const QJsonObject resources = parseObject(again.out).value(u"resources"_s).toObject();
    CHECK(resources.value(u"downloaded"_s).toInt() == 0);
    CHECK(resources.value(u"unchanged"_s).toInt() == 4);
    CHECK(resources.value(u"failed"_s).toInt() == 0);
    CHECK(resources.value(u"bytes"_s).toInteger() == 0);
    CHECK(c.fixture.mediaRequests() == 4); // the resync asked for nothing

    const CliResult status = c.run({u"status"_s, u"--json"_s});
    REQUIRE(status.exitCode == 0);
    const QJsonObject cache = parseObject(status.out).value(u"resources"_s).toObject();
    CHECK(cache.value(u"count"_s).toInt() == 4);
    CHECK(cache.value(u"bytes"_s).toInteger() > 0);
    CHECK(cache.value(u"failed"_s).toInt() == 0);
    const CliResult text = c.run({u"status"_s});
    CHECK(text.out.contains(u"Images and documents: 4 files"_s));
}

TEST_CASE("integreat-cli sync --no-resources requests no resources")
{
    INTEGREAT_REQUIRE_CORPUS();
    CliResources c;
    const CliResult sync = c.run(kSyncDe + QStringList{u"--no-resources"_s, u"--json"_s});
    INFO(sync.err.toStdString());
    REQUIRE(sync.exitCode == 0);
    CHECK(parseObject(sync.out).value(u"resources"_s).isNull());
    CHECK(c.fixture.mediaRequests() == 0);
    CHECK_FALSE(QFile::exists(c.fileOf(c.fixture.media(u"a.png"_s))));

    const CliResult status = c.run({u"status"_s, u"--json"_s});
    CHECK(parseObject(status.out).value(u"resources"_s).toObject().value(u"count"_s).toInt() == 0);
}

TEST_CASE("integreat-cli sync warns about a failed resource and still exits 0")
{
    INTEGREAT_REQUIRE_CORPUS();
    CliResources c;
    c.fixture.server.addFault(u"/media/doc.pdf"_s, FaultSpec{Fault::Status, -1, 404, "gone", {}});
    const CliResult sync = c.run(kSyncDe);
    INFO(sync.err.toStdString());
    CHECK(sync.exitCode == 0);
    CHECK(sync.out.contains(
        u"resources: 3 downloaded, 0 unchanged, 1 failed (will retry next sync)"_s));
    CHECK(sync.err.contains(u"doc.pdf"_s));
    CHECK(sync.err.contains(u"404"_s));
    CHECK(c.fixture.mediaRequests(u"doc.pdf"_s) == 1); // a 404 is not retried within a sync

    const CliResult status = c.run({u"status"_s, u"--json"_s});
    CHECK(parseObject(status.out).value(u"resources"_s).toObject().value(u"failed"_s).toInt() == 1);

    c.fixture.server.clearFaults();
    const CliResult next = c.run(kSyncDe);
    CHECK(next.exitCode == 0);
    CHECK(next.out.contains(u"resources: 1 downloaded, 3 unchanged, 0 failed"_s));
}
