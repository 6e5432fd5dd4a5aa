// The command line and --open links.
#include "desktop/pages/localinfoview.h"
#include "desktop/pages/noticebar.h"
#include "desktop/presentation/deeplink.h"
#include "desktop/shell/commandline.h"
#include "guifixture.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;

namespace {
CommandLine parse(const QStringList &arguments)
{
    return CommandLine::parse(QStringList{u"integreat-desktop"_s} + arguments);
}
} // namespace

TEST_CASE("The command line reads its options")
{
    const CommandLine plain = parse({});
    CHECK(plain.outcome == CommandLine::Outcome::Run);
    CHECK(plain.server == CommandLine::defaultServer());
    CHECK_FALSE(plain.offline);
    CHECK(plain.dataDir.isEmpty());

    const CommandLine full = parse(
        {u"--data-dir"_s, u"/tmp/x"_s, u"--server"_s, u"http://127.0.0.1:8080"_s, u"--offline"_s,
         u"--open"_s, u"augsburg/de/willkommen"_s, u"--screenshot"_s, u"/tmp/shot.png"_s});
    CHECK(full.outcome == CommandLine::Outcome::Run);
    CHECK(full.dataDir == u"/tmp/x"_s);
    CHECK(full.server == QUrl(u"http://127.0.0.1:8080"_s));
    CHECK(full.offline);
    CHECK(full.openLink == u"augsburg/de/willkommen"_s);
    CHECK(full.screenshot == u"/tmp/shot.png"_s);

    CHECK(parse({u"integreat://augsburg/de"_s}).openLink == u"integreat://augsburg/de"_s);
    CHECK(parse({u"--help"_s}).outcome == CommandLine::Outcome::Exit);
    CHECK(parse({u"--version"_s}).message.contains(u"integreat-desktop"_s));
    CHECK(parse({u"--server"_s, u"ftp://x"_s}).outcome == CommandLine::Outcome::Error);
    CHECK(parse({u"--bogus"_s}).outcome == CommandLine::Outcome::Error);
    CHECK(parse({u"a"_s, u"b"_s}).outcome == CommandLine::Outcome::Error);
}

TEST_CASE("The command line takes a proxy for every request")
{
    CHECK(parse({}).proxy.isEmpty()); // the system's settings
    const CommandLine proxied = parse({u"--proxy"_s, u"http://proxy.example:3128"_s});
    CHECK(proxied.outcome == CommandLine::Outcome::Run);
    CHECK(proxied.proxy == u"http://proxy.example:3128"_s);
    CHECK(parse({u"--proxy"_s, u"none"_s}).outcome == CommandLine::Outcome::Run);
    const CommandLine bad = parse({u"--proxy"_s, u"ftp://proxy.example"_s});
    CHECK(bad.outcome == CommandLine::Outcome::Error);
    CHECK(bad.message.contains(u"ftp://proxy.example"_s));
}

TEST_CASE("Links given with --open resolve to saved pages")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const QUrl server = f.server.baseUrl();
    const Location welcome = Location::page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s);
    for (const QString &link : {u"https://integreat.app/augsburg/de/willkommen/"_s,
                                u"https://integreat.app/augsburg/de/willkommen"_s,
                                u"integreat://augsburg/de/willkommen"_s,
                                u"augsburg/de/willkommen"_s, u"/augsburg/de/willkommen/"_s}) {
        const DeepLink::Result result = DeepLink::resolve(link, server, *f.store);
        INFO(link.toStdString());
        REQUIRE(result.location);
        CHECK(*result.location == welcome);
        CHECK(result.message.isEmpty());
    }
    const QString arabic = f.pathOf(u"مكتب الصحة"_s, u"ar"_s);
    const auto ar = DeepLink::resolve(u"augsburg/ar"_s + arabic.mid(12), server, *f.store);
    REQUIRE(ar.location);
    CHECK(*ar.location == Location::page(u"augsburg"_s, u"ar"_s, arabic));

    // Without a language: the preferred one, else the first saved.
    const auto bare =
        DeepLink::resolve(u"https://integreat.app/augsburg"_s, server, *f.store, u"ar"_s);
    REQUIRE(bare.location);
    CHECK(*bare.location == Location::dashboard(u"augsburg"_s, u"ar"_s));
    const auto search = DeepLink::resolve(u"augsburg/de/search?query=Sprache"_s, server, *f.store);
    REQUIRE(search.location);
    CHECK(*search.location == Location::search(u"augsburg"_s, u"de"_s, u"Sprache"_s));

    // A page that is not saved: the region's start page, and a message.
    const auto missing = DeepLink::resolve(u"augsburg/de/gibt-es-nicht"_s, server, *f.store);
    REQUIRE(missing.location);
    CHECK(*missing.location == Location::dashboard(u"augsburg"_s, u"de"_s));
    CHECK_FALSE(missing.message.isEmpty());
    // Not saved at all, or not Integreat.
    CHECK_FALSE(DeepLink::resolve(u"nurnberg/de"_s, server, *f.store).location);
    const auto foreign = DeepLink::resolve(u"https://example.com/a"_s, server, *f.store);
    CHECK_FALSE(foreign.location);
    CHECK_FALSE(foreign.message.isEmpty());
}

TEST_CASE("A mail, phone or foreign link given with --open shows why and opens no town")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const Location before = f.location();
    for (const QString &link : {u"mailto:x@y"_s, u"tel:+498213240"_s, u"https://other.host"_s}) {
        INFO(link.toStdString());
        // As a start with --open resolves it, and as a second start hands it over.
        const DeepLink::Result result = DeepLink::resolve(link, f.server.baseUrl(), *f.store);
        CHECK_FALSE(result.location);
        CHECK(result.missingRegion.isEmpty());
        f.window().openLink(link);
        CHECK(f.location() == before);
        CHECK(f.noticeText().contains(u"is not a link to a page of an Integreat town"_s));
        CHECK(f.noticeText().contains(link));
        CHECK(f.content().noticeBar()->actionLabels().isEmpty()); // no "Download …" offer
    }
}
