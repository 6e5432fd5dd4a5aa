// The loopback test server that every network test stands on: it must serve the real corpus
// faithfully and inject the faults the client has to survive.

#include "corpus.h"
#include "testserver.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using integreat::testing::Fault;
using integreat::testing::FaultSpec;
using integreat::testing::Response;
using integreat::testing::TestServer;

namespace {

struct Fetched
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    qint64 bodyBytes = 0;
    QMap<QByteArray, QByteArray> headers; ///< lower-case names
};

/// One request through a real QNetworkAccessManager, driving the event loop until the reply
/// finishes or the deadline passes. keepBody = false only counts the bytes (for huge bodies).
Fetched fetch(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {},
              const QByteArray &verb = "GET", const QByteArray &body = {},
              int transferTimeoutMs = 0, bool keepBody = true)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    QNetworkReply *reply = verb == "HEAD"   ? nam.head(request)
                           : verb == "POST" ? nam.post(request, body)
                                            : nam.get(request);
    Fetched result;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        const QByteArray chunk = reply->readAll();
        result.bodyBytes += chunk.size();
        if (keepBody)
            result.body += chunk;
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(20000);
    if (!reply->isFinished())
        loop.exec();
    result.finished = reply->isFinished();
    if (!result.finished)
        reply->abort();
    const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
    result.bodyBytes += rest.size();
    if (keepBody)
        result.body += rest;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    delete reply;
    return result;
}

QByteArray corpusFile(const QString &name)
{
    QFile file(QDir(integreat::testing::corpusDir()).filePath(u"expected-outputs/"_s + name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// Raw HTTP over a plain socket. It blocks the test thread in waitForDisconnected on purpose:
/// the server must keep answering from its own thread.
QByteArray rawExchange(const TestServer &server, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, server.port());
    REQUIRE(socket.waitForConnected(5000));
    socket.write(bytes);
    socket.waitForDisconnected(5000);
    return socket.readAll();
}

struct CorpusServer
{
    TestServer server;
    CorpusServer()
    {
        REQUIRE(server.loadCorpus(integreat::testing::corpusDir()) > 100);
        REQUIRE(server.start());
    }
};

} // namespace

TEST_CASE("the test server serves corpus files byte for byte with their status", "[testserver]")
{
    INTEGREAT_REQUIRE_CORPUS();
    CorpusServer s;
    CHECK(s.server.baseUrl().toString().startsWith(u"http://127.0.0.1:"_s));

    const Fetched regions = fetch(s.server.url(u"api/v3/regions/"_s));
    CHECK(regions.status == 200);
    CHECK(regions.body == corpusFile(u"regions.json"_s));
    CHECK(regions.headers.value("content-type") == "application/json");
    CHECK(regions.headers.value("content-length").toLongLong() == regions.body.size());
    CHECK(regions.headers.value("date").endsWith(" GMT"));

    const Fetched missing = fetch(s.server.url(u"/api/v3/augsburg/non-existing/pages/"_s));
    CHECK(missing.status == 404);
    CHECK(missing.body == corpusFile(u"augsburg_non-existing_pages.json"_s));

    const Fetched legacy = fetch(s.server.url(u"wp-json/extensions/v3/sites/"_s));
    CHECK(legacy.body == regions.body);

    const Fetched html = fetch(s.server.url(u"api/v3/raw-content/augsburg/de/willkommen/"_s));
    CHECK(html.status == 200);
    CHECK(html.headers.value("content-type").startsWith("text/html"));
    CHECK(html.body == corpusFile(u"raw_content_augsburg_de_page.html"_s));

    const Fetched unknown = fetch(s.server.url(u"api/v3/nowhere/"_s));
    CHECK(unknown.status == 404);
    CHECK(unknown.body == R"({"error":"Not found"})");
}

TEST_CASE("the test server matches percent-encoded Unicode URLs of the manifest", "[testserver]")
{
    INTEGREAT_REQUIRE_CORPUS();
    CorpusServer s;
    const QUrl url = s.server.url(
        u"api/v3/augsburg/de/children/?depth=3&url=/augsburg/de/behörden-und-beratung/behörden/"_s);
    REQUIRE(url.toEncoded().contains("beh%C3%B6rden"));
    const Fetched children = fetch(url);
    CHECK(children.status == 200);
    CHECK(children.body == corpusFile(u"augsburg_de_children_archived_descendants.json"_s));

    const Fetched social = fetch(s.server.url(
        u"api/v3/social/augsburg/de/behörden-und-beratung/behörden/gesundheitsamt/"_s));
    CHECK(social.status == 200);
    CHECK(social.body == corpusFile(u"social_augsburg_de_child_page.html"_s));

    const auto recorded = s.server.requests();
    REQUIRE(recorded.size() == 2);
    CHECK(recorded[0].rawTarget.contains("%C3%B6"));
    CHECK(recorded[0].target.contains(u"/behörden-und-beratung/"_s));
}

TEST_CASE("the test server falls back to the path without its query", "[testserver]")
{
    INTEGREAT_REQUIRE_CORPUS();
    CorpusServer s;
    const Fetched exact =
        fetch(s.server.url(u"api/v3/augsburg/de/events/?combine_recurring=True"_s));
    CHECK(exact.body == corpusFile(u"augsburg_de_events_combine_recurring.json"_s));
    const Fetched fallback =
        fetch(s.server.url(u"api/v3/nurnberg/de/events/?combine_recurring=True"_s));
    CHECK(fallback.status == 200);
    CHECK(fallback.body == corpusFile(u"nurnberg_de_events.json"_s));
    const Fetched onMap = fetch(s.server.url(u"api/v3/augsburg/de/locations/?on_map=1"_s));
    CHECK(onMap.body == corpusFile(u"augsburg_de_locations.json"_s));
    // A query row is not a fallback for another query.
    CHECK(fetch(s.server.url(u"api/v3/augsburg/de/page/?id=2"_s)).status == 404);
}

TEST_CASE("test server routes set by a test override the corpus", "[testserver]")
{
    INTEGREAT_REQUIRE_CORPUS();
    CorpusServer s;
    s.server.setRoute(u"/api/v3/regions/"_s, Response{200, "[]", {{"X-Test", "yes"}}, {}});
    s.server.setRoute(u"media/logo.png"_s, Response{200, "\x89PNG", {}, {}});
    const Fetched overridden = fetch(s.server.url(u"api/v3/regions/"_s));
    CHECK(overridden.body == "[]");
    CHECK(overridden.headers.value("content-type") == "application/json");
    CHECK(overridden.headers.value("x-test") == "yes");
    CHECK(fetch(s.server.url(u"media/logo.png"_s)).headers.value("content-type") == "image/png");

    s.server.removeRoute(u"api/v3/regions/"_s);
    CHECK(fetch(s.server.url(u"api/v3/regions/"_s)).body == corpusFile(u"regions.json"_s));
}

TEST_CASE("test server status faults apply the given number of times", "[testserver]")
{
    INTEGREAT_REQUIRE_CORPUS();
    CorpusServer s;
    const QString path = u"api/v3/augsburg/languages/"_s;
    s.server.addFault(path, FaultSpec{.fault = Fault::Status,
                                      .times = 1,
                                      .status = 500,
                                      .body = R"({"error":"boom"})"});
    const Fetched failed = fetch(s.server.url(path));
    CHECK(failed.status == 500);
    CHECK(failed.body == R"({"error":"boom"})");
    const Fetched recovered = fetch(s.server.url(path));
    CHECK(recovered.status == 200);
    CHECK(recovered.body == corpusFile(u"augsburg_languages.json"_s));

    s.server.addFault(
        path, FaultSpec{.fault = Fault::Status, .status = 429, .headers = {{"Retry-After", "2"}}});
    for (int i = 0; i < 2; ++i) {
        const Fetched limited = fetch(s.server.url(path + u"?x=1"_s));
        CHECK(limited.status == 429);
        CHECK(limited.headers.value("retry-after") == "2");
    }
    s.server.clearFaults();
    CHECK(fetch(s.server.url(path)).status == 200);
}

TEST_CASE("test server CloseMidBody cuts the body short", "[testserver]")
{
    INTEGREAT_REQUIRE_CORPUS();
    CorpusServer s;
    const QByteArray full = corpusFile(u"augsburg_de_pages.json"_s);
    s.server.addFault(u"api/v3/augsburg/de/pages/"_s, FaultSpec{.fault = Fault::CloseMidBody});
    const Fetched cut = fetch(s.server.url(u"api/v3/augsburg/de/pages/"_s));
    CHECK(cut.finished);
    CHECK(cut.error != QNetworkReply::NoError);
    CHECK(cut.body.size() < full.size());
    CHECK(full.startsWith(cut.body));
}

TEST_CASE("test server Stall is detected by a client transfer timeout", "[testserver]")
{
    INTEGREAT_REQUIRE_CORPUS();
    CorpusServer s;
    s.server.addFault(u"api/v3/augsburg/de/events/"_s, FaultSpec{.fault = Fault::Stall});
    const Fetched stalled =
        fetch(s.server.url(u"api/v3/augsburg/de/events/"_s), {}, "GET", {}, 300);
    CHECK(stalled.finished);
    CHECK((stalled.error == QNetworkReply::OperationCanceledError ||
           stalled.error == QNetworkReply::TimeoutError));
    CHECK(stalled.status == 0);
    CHECK(s.server.requestCount(u"/api/v3/augsburg/de/events/"_s) == 1);
    // Other connections are served while one stalls.
    CHECK(fetch(s.server.url(u"api/v3/regions/"_s)).status == 200);
}

TEST_CASE("test server Huge streams 20 MiB", "[testserver]")
{
    TestServer server;
    REQUIRE(server.start());
    server.addFault(u"api/v3/augsburg/de/pages/"_s, FaultSpec{.fault = Fault::Huge});
    const Fetched huge = fetch(server.url(u"api/v3/augsburg/de/pages/"_s), {}, "GET", {}, 0, false);
    CHECK(huge.finished);
    CHECK(huge.error == QNetworkReply::NoError);
    CHECK(huge.status == 200);
    CHECK(huge.bodyBytes == 20 * 1024 * 1024);
    CHECK(huge.headers.value("content-length") == "20971520");
}

TEST_CASE("test server Malformed and Slow keep the headers and change the body", "[testserver]")
{
    INTEGREAT_REQUIRE_CORPUS();
    CorpusServer s;
    const QByteArray full = corpusFile(u"augsburg_languages.json"_s);
    const QString path = u"api/v3/augsburg/languages/"_s;
    s.server.addFault(path, FaultSpec{.fault = Fault::Malformed, .times = 1});
    const Fetched malformed = fetch(s.server.url(path));
    CHECK(malformed.status == 200);
    CHECK(malformed.body.startsWith(full.left(full.size() / 2)));
    QJsonParseError error{};
    QJsonDocument::fromJson(malformed.body, &error);
    CHECK(error.error != QJsonParseError::NoError);

    s.server.addFault(
        path,
        FaultSpec{.fault = Fault::Slow, .times = 1, .slowChunkDelayMs = 2, .slowChunkBytes = 512});
    const Fetched slow = fetch(s.server.url(path));
    CHECK(slow.error == QNetworkReply::NoError);
    CHECK(slow.body == full);
}

TEST_CASE("test server answers conditional GETs with 304", "[testserver]")
{
    TestServer server;
    REQUIRE(server.start());
    server.setRoute(
        u"media/2024/01/bild.png"_s,
        Response{200,
                 "\x89PNG\r\n",
                 {{"ETag", "\"v1\""}, {"Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT"}},
                 {}});
    const QUrl url = server.url(u"media/2024/01/bild.png"_s);
    const Fetched first = fetch(url);
    CHECK(first.status == 200);
    CHECK(first.headers.value("etag") == "\"v1\"");
    const Fetched same = fetch(url, {{"If-None-Match", "\"v1\""}});
    CHECK(same.status == 304);
    CHECK(same.body.isEmpty());
    CHECK(fetch(url, {{"If-None-Match", "\"v0\""}}).status == 200);
    CHECK(fetch(url, {{"If-Modified-Since", "Thu, 22 Oct 2015 07:28:00 GMT"}}).status == 304);
    CHECK(fetch(url, {{"If-Modified-Since", "Tue, 20 Oct 2015 07:28:00 GMT"}}).status == 200);
}

TEST_CASE("test server records requests with their headers and bodies", "[testserver]")
{
    TestServer server;
    REQUIRE(server.start());
    fetch(server.url(u"api/v3/augsburg/de/pages/"_s), {{"User-Agent", "IntegreatDesktop/0.1"}});
    fetch(server.url(u"api/v3/augsburg/de/pushpage/"_s), {{"Content-Type", "application/json"}},
          "POST", R"({"token":"x"})");
    const auto recorded = server.requests();
    REQUIRE(recorded.size() == 2);
    CHECK(recorded[0].method == "GET");
    CHECK(recorded[0].target == u"/api/v3/augsburg/de/pages/"_s);
    CHECK(recorded[0].headers.value("user-agent") == "IntegreatDesktop/0.1");
    CHECK(recorded[1].method == "POST");
    CHECK(recorded[1].body == R"({"token":"x"})");
    CHECK(server.requestCount(u"api/v3/augsburg/"_s) == 2);
    CHECK(server.requestCount(u"/api/v3/augsburg/de/pages"_s) == 1);
    server.clearRequests();
    CHECK(server.requestCount() == 0);
}

TEST_CASE("test server speaks HTTP/1.1 while the test thread blocks", "[testserver]")
{
    TestServer server;
    REQUIRE(server.start());
    server.setRoute(u"a"_s, Response{200, "AAA", {}, "text/plain"});
    server.setRoute(u"b"_s, Response{200, "BB", {}, "text/plain"});

    // Two pipelined requests on one keep-alive connection, the second one closing it.
    const QByteArray pipelined =
        rawExchange(server, "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n"
                            "Connection: close\r\n\r\n");
    CHECK(pipelined.startsWith("HTTP/1.1 200 OK\r\n"));
    CHECK(pipelined.count("HTTP/1.1 200 OK\r\n") == 2);
    CHECK(pipelined.contains("Content-Length: 3\r\n"));
    CHECK(pipelined.endsWith("\r\n\r\nBB"));

    const QByteArray head = rawExchange(server, "HEAD /a HTTP/1.1\r\nConnection: close\r\n\r\n");
    CHECK(head.contains("Content-Length: 3\r\n"));
    CHECK(head.endsWith("\r\n\r\n"));

    CHECK(rawExchange(server, "this is not http\r\n\r\n").startsWith("HTTP/1.1 400 "));
    CHECK(rawExchange(server, "GET /a HTTP/1.1\r\nbad header\r\n\r\n").startsWith("HTTP/1.1 400 "));
    CHECK(rawExchange(server, "GET /%zz HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 400 "));
    CHECK(server.requestCount() == 3);
}

TEST_CASE("test server can stop and come back on the same port", "[testserver]")
{
    TestServer server;
    REQUIRE(server.start());
    server.setRoute(u"api/v3/regions/"_s, Response{200, "[]", {}, {}});
    const quint16 port = server.port();
    const QUrl url = server.url(u"api/v3/regions/"_s);
    server.addFault(u"stall"_s, FaultSpec{.fault = Fault::Stall});
    QTcpSocket stalled;
    stalled.connectToHost(u"127.0.0.1"_s, port);
    REQUIRE(stalled.waitForConnected(5000));
    stalled.write("GET /stall HTTP/1.1\r\nHost: x\r\n\r\n");
    CHECK_FALSE(stalled.waitForDisconnected(200)); // stalled: no answer, still open
    server.stop();
    CHECK((stalled.state() == QAbstractSocket::UnconnectedState ||
           stalled.waitForDisconnected(5000)));
    CHECK(stalled.readAll().isEmpty());
    CHECK_FALSE(server.isRunning());
    CHECK(server.baseUrl().isEmpty());
    CHECK(fetch(url).error == QNetworkReply::ConnectionRefusedError);
    REQUIRE(server.start(port));
    CHECK(server.port() == port);
    CHECK(fetch(url).body == "[]");
}
