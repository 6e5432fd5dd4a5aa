// net::SingleTransfer: one request at a time for the chat, the chat check and the contact form;
// a finished transfer reaches its client as one Reply (status, body, error), a cancelled or
// replaced one never does.
#include "catchqt.h"
#include "core/net/singletransfer.h"
#include "testserver.h"
#include "transportfixture.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <memory>

using namespace Qt::StringLiterals;
using namespace integreat;
using integreat::testing::waitFor;

namespace {

struct SlotFixture
{
    SlotFixture()
    {
        REQUIRE(server.start());
        server.setRoute(u"/a"_s, {200, R"({"a":1})"});
        server.setRoute(u"/b"_s, {200, R"({"b":2})"});
        server.setRoute(u"/gone"_s, {404, R"({"error":"Chat not found."})"});
    }
    net::Transfer::Request request(const QString &path) const
    {
        net::Transfer::Request request;
        request.url = server.url(path);
        request.limits.idleTimeoutMs = 10000;
        return request;
    }
    /// Starts `path` and collects its reply into `replies`.
    void start(const QString &path)
    {
        slot->start(request(path), [this](const net::Reply &reply) { replies.append(reply); });
    }

    testing::TestServer server;
    QNetworkAccessManager manager;
    std::unique_ptr<net::SingleTransfer> slot = std::make_unique<net::SingleTransfer>(manager);
    QList<net::Reply> replies;
};

} // namespace

TEST_CASE("A finished transfer reaches its client once, with status and body", "[net][single]")
{
    SlotFixture f;
    f.start(u"/a"_s);
    CHECK(f.slot->isBusy());
    REQUIRE(waitFor([&] { return !f.replies.isEmpty(); }, 10000));
    CHECK_FALSE(f.slot->isBusy());
    REQUIRE(f.replies.size() == 1);
    CHECK(f.replies.constFirst().ok());
    CHECK(f.replies.constFirst().status == 200);
    CHECK(f.replies.constFirst().body == R"({"a":1})");
    CHECK(f.replies.constFirst().error.isEmpty());
    // Nothing more comes.
    QCoreApplication::processEvents();
    CHECK(f.replies.size() == 1);
}

TEST_CASE("An error answer arrives with its status and body – no answer is offline",
          "[net][single]")
{
    SlotFixture f;
    f.start(u"/gone"_s);
    REQUIRE(waitFor([&] { return !f.replies.isEmpty(); }, 10000));
    const net::Reply gone = f.replies.takeFirst();
    CHECK(gone.outcome == net::Reply::Outcome::HttpError);
    CHECK(gone.notFound());
    CHECK(gone.body == R"({"error":"Chat not found."})");
    CHECK_FALSE(gone.isOffline());

    // A port where nobody listens: no answer at all.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    net::Transfer::Request closed = f.request(u"/a"_s);
    closed.url.setPort(port);
    f.slot->start(closed, [&](const net::Reply &reply) { f.replies.append(reply); });
    REQUIRE(waitFor([&] { return !f.replies.isEmpty(); }, 10000));
    CHECK(f.replies.constFirst().isOffline());
    CHECK_FALSE(f.replies.constFirst().error.isEmpty());
    CHECK(f.replies.constFirst().status == 0);
}

TEST_CASE("A cancelled or replaced transfer never reports", "[net][single]")
{
    SlotFixture f;
    f.server.setPacing({300, 0, 0}); // every answer waits, so the first one is still running
    f.start(u"/a"_s);
    f.start(u"/b"_s); // replaces /a
    REQUIRE(waitFor([&] { return !f.replies.isEmpty(); }, 10000));
    REQUIRE(f.replies.size() == 1);
    CHECK(f.replies.constFirst().body == R"({"b":2})");

    f.replies.clear();
    f.start(u"/a"_s);
    f.slot->cancel();
    CHECK_FALSE(f.slot->isBusy());
    f.start(u"/b"_s); // /a, asked first with the same delay, would have been answered first
    REQUIRE(waitFor([&] { return !f.replies.isEmpty(); }, 10000));
    REQUIRE(f.replies.size() == 1);
    CHECK(f.replies.constFirst().body == R"({"b":2})");

    f.replies.clear();
    f.start(u"/a"_s);
    f.slot.reset(); // its owner goes away mid-request
    f.slot = std::make_unique<net::SingleTransfer>(f.manager);
    f.start(u"/b"_s);
    REQUIRE(waitFor([&] { return !f.replies.isEmpty(); }, 10000));
    REQUIRE(f.replies.size() == 1);
    CHECK(f.replies.constFirst().body == R"({"b":2})");
}

TEST_CASE("The client may start the next transfer from the reply of the last", "[net][single]")
{
    SlotFixture f;
    QList<QByteArray> bodies;
    f.slot->start(f.request(u"/a"_s), [&](const net::Reply &first) {
        bodies.append(first.body);
        CHECK_FALSE(f.slot->isBusy());
        f.slot->start(f.request(u"/b"_s),
                      [&](const net::Reply &second) { bodies.append(second.body); });
        CHECK(f.slot->isBusy());
    });
    REQUIRE(waitFor([&] { return bodies.size() == 2; }, 10000));
    CHECK(bodies == QList<QByteArray>{R"({"a":1})", R"({"b":2})"});
}
