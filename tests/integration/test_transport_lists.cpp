// core/net through the API lists' client (api::HttpClient) against a hostile loopback server:
// the size cap holds while an endless body streams in, a trickling server meets the minimum
// throughput, retries stop after their total time, redirects stay on the same origin, a
// deflate bomb and a timeout are named in words, and a proxy carries every request.
#include "core/api/httpclient.h"
#include "syncfixture.h"
#include "testserver.h"
#include "transportfixture.h"

#include <catch2/catch.hpp>
#include <sys/resource.h>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

const QString ListPath = u"/api/v3/augsburg/de/pages/"_s;

long peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

TEST_CASE("An endless chunked list stops at the size cap and memory stays near it", "[net][lists]")
{
    TestServer server;
    REQUIRE(server.start());
    server.addFault(ListPath, FaultSpec{Fault::EndlessChunked});
    api::HttpClient http(fastHttpOptions());
    const auto reply = http.get(server.url(ListPath));
    CHECK(reply.outcome == net::Reply::Outcome::TooLarge);
    CHECK(reply.error.contains(u"larger than 64 MB"_s));
    CHECK(reply.bytes <= 64ll * 1024 * 1024);
    CHECK(server.requestCount(ListPath) == 1); // not retried
    CHECK(peakRssMegabytes() < 400);           // 64 MB of body, not gigabytes
}

TEST_CASE("A list trickling a byte at a time fails on the minimum throughput", "[net][lists]")
{
    TestServer server;
    REQUIRE(server.start());
    FaultSpec trickle{Fault::Trickle};
    trickle.slowChunkDelayMs = 300;
    server.addFault(ListPath, trickle);
    auto options = fastHttpOptions();
    options.transferTimeoutMs = 5000; // each byte comes well within the idle timeout
    options.slowGraceMs = 1000;
    options.minBytesPerSecond = 100;
    api::HttpClient http(options);
    const auto reply = http.get(server.url(ListPath));
    CHECK(reply.outcome == net::Reply::Outcome::TooSlow);
    CHECK(reply.error.contains(u"bytes a second"_s));
    CHECK(server.requestCount(ListPath) == 1); // a crawling server is not asked again
}

TEST_CASE("Retries of a silent server stop after their total time", "[net][lists]")
{
    TestServer server;
    REQUIRE(server.start());
    server.addFault(ListPath, FaultSpec{Fault::Stall});
    auto options = fastHttpOptions();
    options.transferTimeoutMs = 300;
    options.retry.maxAttempts = 20;
    options.retry.maxTotal = std::chrono::milliseconds(1000);
    MessageCatcher catcher;
    api::HttpClient http(options);
    const auto reply = http.get(server.url(ListPath));
    CHECK(reply.outcome == net::Reply::Outcome::Timeout);
    CHECK(reply.error.contains(u"did not answer"_s));
    CHECK(reply.attempts < 20);
    CHECK(server.requestCount(ListPath) == reply.attempts);
    for (const QString &message : MessageCatcher::messages())
        CHECK_FALSE(message.contains(u"QIODevice"_s));
}

TEST_CASE("A list redirected to another port or host is refused", "[net][lists]")
{
    TestServer server;
    TestServer other;
    REQUIRE(server.start());
    REQUIRE(other.start());
    other.setRoute(ListPath, Response{200, "[]", {}, "application/json"});
    server.setRoute(
        u"/api/v3/augsburg/de/moved/"_s,
        Response{302, {}, {{"Location", server.url(ListPath).toEncoded()}}, "text/plain"});
    server.setRoute(ListPath, Response{200, "[{\"id\":1}]", {}, "application/json"});
    api::HttpClient http(fastHttpOptions());
    SECTION("the same origin is followed")
    {
        const auto reply = http.get(server.url(u"/api/v3/augsburg/de/moved/"_s));
        CHECK(reply.ok());
        CHECK(reply.body == "[{\"id\":1}]");
    }
    SECTION("another port is not")
    {
        server.setRoute(
            u"/api/v3/augsburg/de/away/"_s,
            Response{302, {}, {{"Location", other.url(ListPath).toEncoded()}}, "text/plain"});
        const auto reply = http.get(server.url(u"/api/v3/augsburg/de/away/"_s));
        CHECK(reply.outcome == net::Reply::Outcome::Redirect);
        CHECK(reply.error.contains(u"not allowed"_s));
        CHECK(other.requestCount() == 0);
    }
    SECTION("another host name is not")
    {
        const QByteArray target =
            "http://localhost:" + QByteArray::number(server.port()) + ListPath.toUtf8();
        server.setRoute(u"/api/v3/augsburg/de/away/"_s,
                        Response{302, {}, {{"Location", target}}, "text/plain"});
        const auto reply = http.get(server.url(u"/api/v3/augsburg/de/away/"_s));
        CHECK(reply.outcome == net::Reply::Outcome::Redirect);
        CHECK(server.requestCount(ListPath) == 0);
    }
}

TEST_CASE("A deflate bomb in a list is stopped and named", "[net][lists]")
{
    TestServer server;
    REQUIRE(server.start());
    FaultSpec bomb{Fault::DeflateBomb};
    bomb.hugeBytes = 100ll * 1024 * 1024;
    server.addFault(ListPath, bomb);
    api::HttpClient http(fastHttpOptions());
    const auto reply = http.get(server.url(ListPath));
    CHECK_FALSE(reply.ok());
    INFO(reply.error.toStdString());
    CHECK((reply.error.contains(u"compressed"_s) || reply.error.contains(u"larger than 64 MB"_s)));
    CHECK_FALSE(reply.error.endsWith(u"failed"_s));
    CHECK_FALSE(reply.error.contains(u"Unknown error"_s));
}

TEST_CASE("Every list request goes through the proxy", "[net][lists][proxy]")
{
    TestServer proxy; // answers absolute-form requests like a forward proxy in front of the CMS
    REQUIRE(proxy.start());
    proxy.setRoute(u"/api/v3/regions/"_s, Response{200, "[]", {}, "application/json"});
    ProxyGuard guard(u"http://127.0.0.1:%1"_s.arg(proxy.port()));
    REQUIRE(guard.error().isEmpty());
    api::HttpClient http(fastHttpOptions());
    const auto reply = http.get(QUrl(u"http://cms.integreat.invalid/api/v3/regions/"_s));
    REQUIRE(reply.ok());
    CHECK(reply.body == "[]");
    REQUIRE(proxy.requestCount() == 1);
    CHECK(proxy.requests().first().rawTarget == "http://cms.integreat.invalid/api/v3/regions/");
}
