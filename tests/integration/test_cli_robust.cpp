// integreat-cli against hostile servers and concurrent use (issue 11).
#include "clifixture.h"
#include "store/store.h"

#include <catch2/catch.hpp>

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
