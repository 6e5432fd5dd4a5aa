// net::freshness(): the one Cache-Control / Expires / Age reading of both caches (resources and
// map tiles), and the transport's small rules (Retry-After, redirect origins, proxy URLs).
#include "core/net/freshness.h"
#include "core/net/proxy.h"
#include "core/net/redirects.h"
#include "core/net/retry.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;

namespace {
const QDateTime Now(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());

net::Freshness of(const QByteArray &control, const QByteArray &expires = {},
                  const QByteArray &age = {}, const net::FreshnessPolicy &policy = {})
{
    return net::freshness(control, expires, age, Now, policy);
}
} // namespace

TEST_CASE("max-age gives the lifetime, quoted or not, and a bad one means stale",
          "[net][freshness]")
{
    CHECK(of("max-age=600").serverLifetimeSecs == 600);
    CHECK(of("public, max-age=\"600\"").serverLifetimeSecs == 600);
    CHECK(of("MAX-AGE = 90 , public").serverLifetimeSecs == 90);
    CHECK(of("max-age=soon").serverLifetimeSecs == 0);
    CHECK(of("max-age=-5").serverLifetimeSecs == 0);
    // A comma inside a quoted value does not start a new directive.
    CHECK(of("private=\"x, no-store\", max-age=30").storable);
    CHECK(of("private=\"x, no-store\", max-age=30").serverLifetimeSecs == 30);
}

TEST_CASE("no-store is never storable and no-cache is stale at once", "[net][freshness]")
{
    const auto noStore = of("max-age=600, no-store");
    CHECK_FALSE(noStore.storable);
    CHECK(noStore.serverLifetimeSecs == 0);
    CHECK(of("no-cache").serverLifetimeSecs == 0);
    CHECK(of("no-cache").storable);
    CHECK(of("no-cache=\"Set-Cookie\", max-age=60").serverLifetimeSecs == 60);
}

TEST_CASE("must-revalidate forbids the default lifetime", "[net][freshness]")
{
    net::FreshnessPolicy policy;
    policy.defaultLifetimeSecs = 7 * 24 * 3600;
    CHECK(of({}, {}, {}, policy).lifetimeSecs == 7 * 24 * 3600);
    const auto strict = of("must-revalidate", {}, {}, policy);
    CHECK(strict.mustRevalidate);
    CHECK(strict.lifetimeSecs == 0);
    CHECK(of("must-revalidate, max-age=100", {}, {}, policy).lifetimeSecs == 100);
}

TEST_CASE("Expires counts from now and a bad date is already expired", "[net][freshness]")
{
    CHECK(of({}, "Thu, 01 Jan 2026 13:00:00 GMT").serverLifetimeSecs == 3600);
    CHECK(of({}, "Thu, 01 Jan 2026 11:00:00 GMT").serverLifetimeSecs == 0);
    CHECK(of({}, "0").serverLifetimeSecs == 0);
    CHECK(of({}, "next tuesday").serverLifetimeSecs == 0);
    CHECK(of("max-age=10", "Thu, 01 Jan 2026 13:00:00 GMT").serverLifetimeSecs == 10);
    CHECK_FALSE(of({}, {}).serverLifetimeSecs.has_value());
}

TEST_CASE("Age is taken off the lifetime", "[net][freshness]")
{
    CHECK(of("max-age=600", {}, "100").serverLifetimeSecs == 500);
    CHECK(of("max-age=600", {}, "900").serverLifetimeSecs == 0);
    CHECK(of("max-age=600", {}, "junk").serverLifetimeSecs == 600);
}

TEST_CASE("The minimum revalidation interval holds whatever the server says", "[net][freshness]")
{
    net::FreshnessPolicy policy;
    policy.minimumSecs = 60;
    CHECK(of("no-cache", {}, {}, policy).lifetimeSecs == 60);
    CHECK(of("max-age=0", {}, {}, policy).lifetimeSecs == 60);
    CHECK(of("max-age=3600", {}, {}, policy).lifetimeSecs == 3600);
    CHECK(of("no-cache", {}, {}, policy).expiresAt(Now) == Now.addSecs(60));
    CHECK_FALSE(of({}, {}, {}, policy).lifetimeSecs.has_value());
}

TEST_CASE("Retry-After is read as seconds or as a date", "[net][retry]")
{
    using std::chrono::milliseconds;
    CHECK(net::parseRetryAfter("3") == milliseconds(3000));
    CHECK(net::parseRetryAfter("") < milliseconds(0));
    CHECK(net::parseRetryAfter("later") < milliseconds(0));
    CHECK(net::parseRetryAfter("Thu, 01 Jan 2015 13:00:00 GMT") == milliseconds(0));
    net::RetryPolicy policy;
    policy.baseDelay = milliseconds(100);
    policy.maxDelay = milliseconds(1000);
    for (int attempt = 1; attempt < 8; ++attempt) {
        const auto delay = net::backoffDelay(policy, attempt);
        CHECK(delay <= policy.maxDelay);
        CHECK(delay >= milliseconds(75)); // jitter only on the upper quarter
    }
}

TEST_CASE("Redirect origins compare scheme, host and port", "[net][redirects]")
{
    const QUrl server(u"https://cms.integreat-app.de/api/v3/"_s);
    CHECK(net::sameOrigin(server, QUrl(u"https://CMS.integreat-app.de:443/other"_s)));
    CHECK_FALSE(net::sameOrigin(server, QUrl(u"https://cms.integreat-app.de:8443/x"_s)));
    CHECK_FALSE(net::sameOrigin(server, QUrl(u"http://cms.integreat-app.de/x"_s)));
    CHECK_FALSE(net::sameOrigin(server, QUrl(u"https://evil.example/x"_s)));
    CHECK(net::portAllowed(QUrl(u"https://cdn.integreat-app.de/a.png"_s), server));
    CHECK_FALSE(net::portAllowed(QUrl(u"https://cdn.integreat-app.de:8080/a.png"_s), server));
    CHECK_FALSE(net::portAllowed(QUrl(u"https://cms.integreat-app.de:444/a.png"_s), server));
    const QUrl local(u"http://127.0.0.1:8000"_s);
    CHECK(net::portAllowed(QUrl(u"http://127.0.0.1:8000/a.png"_s), local));
    CHECK_FALSE(net::portAllowed(QUrl(u"http://127.0.0.1:8001/a.png"_s), local));
}

TEST_CASE("A proxy URL is checked before it is used", "[net][proxy]")
{
    CHECK(net::Proxy::configure(u"ftp://proxy.example:21"_s).contains(u"ftp://proxy.example:21"_s));
    CHECK(net::Proxy::configure(u"http://"_s).contains(u"not usable"_s));
    REQUIRE(net::Proxy::configure(u"http://user:secret@proxy.example:3128"_s).isEmpty());
    const QNetworkProxy proxy = QNetworkProxy::applicationProxy();
    CHECK(proxy.type() == QNetworkProxy::HttpProxy);
    CHECK(proxy.hostName() == u"proxy.example"_s);
    CHECK(proxy.port() == 3128);
    CHECK(proxy.user() == u"user"_s);
    REQUIRE(net::Proxy::configure(u"socks5://127.0.0.1"_s).isEmpty());
    CHECK(QNetworkProxy::applicationProxy().type() == QNetworkProxy::Socks5Proxy);
    CHECK(QNetworkProxy::applicationProxy().port() == 1080);
    REQUIRE(net::Proxy::configure(u"none"_s).isEmpty());
    CHECK(QNetworkProxy::applicationProxy().type() == QNetworkProxy::NoProxy);
    REQUIRE(net::Proxy::configure({}).isEmpty());
    CHECK(QNetworkProxyFactory::usesSystemConfiguration());
}
