// integreat-testserver --chat: the chat for trials by hand (tests/support/chatdemo.h). The region
// lists say is_chat_enabled for the chosen region, a question gets an automatic answer and then a
// counselor's in the question's script, and a control URL forces 429/503.
#include "catchqt.h"
#include "chatdemo.h"
#include "core/chat/chatclient.h"
#include "core/net/singletransfer.h"
#include "corpus.h"
#include "testserver.h"
#include "transportfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace integreat;
using namespace integreat::chat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

const QString Device = u"5f3c1d2e-0a4b-4c6d-8e9f-102132435465"_s;

struct DemoFixture
{
    DemoFixture() { REQUIRE(started); }

    /// GET `path` on the server (one request, waits for its reply).
    net::Reply get(const QString &path)
    {
        net::SingleTransfer slot(manager);
        net::Transfer::Request request;
        request.url = server.url(path);
        std::optional<net::Reply> reply;
        slot.start(request, [&](const net::Reply &r) { reply = r; });
        REQUIRE(waitFor([&] { return reply.has_value(); }, 10000));
        return *reply;
    }
    ChatResult ask(bool send, const QString &message = {})
    {
        std::optional<ChatResult> result;
        QObject::connect(&client, &ChatClient::finished, &client,
                         [&](const ChatResult &r) { result = r; });
        const ChatAddress address{u"augsburg"_s, u"de"_s, Device};
        send ? client.send(address, message) : client.fetch(address);
        REQUIRE(waitFor([&] { return result.has_value(); }, 10000));
        client.disconnect(&client);
        return *result;
    }

    ChatDemo demo; // outlives the server, which calls it
    TestServer server;
    bool started = server.start();
    QNetworkAccessManager manager;
    ChatClient client{manager, server.baseUrl()};
};

bool chatEnabled(const QJsonArray &regions, const QString &slug)
{
    for (const QJsonValue &region : regions) {
        if (region[u"path"_s].toString() == slug)
            return region[u"is_chat_enabled"_s].toBool();
    }
    FAIL("no region " << slug.toStdString());
    return false;
}

} // namespace

TEST_CASE("Test server --chat: the region lists say the chosen region has the chat", "[chat]")
{
    INTEGREAT_REQUIRE_CORPUS();
    DemoFixture f;
    REQUIRE(f.server.loadCorpus(corpusDir()) > 0);
    CHECK(f.demo.install(f.server, corpusDir(), {u"augsburg"_s, u"nowhere"_s}) ==
          QStringList{u"nowhere"_s});
    const QJsonArray all = QJsonDocument::fromJson(f.get(u"api/v3/regions/"_s).body).array();
    CHECK(chatEnabled(all, u"augsburg"_s));
    CHECK_FALSE(chatEnabled(all, u"nurnberg"_s));
    const auto one = QJsonDocument::fromJson(f.get(u"api/v3/regions/augsburg/"_s).body).object();
    CHECK(one[u"is_chat_enabled"_s].toBool());
    CHECK(one[u"name"_s].toString() == u"Stadt Augsburg"_s); // the rest is the corpus's own
}

TEST_CASE("Test server --chat: a Farsi question gets an automatic, then a counselor's answer",
          "[chat]")
{
    DemoFixture f;
    f.demo.setAnswerDelay(20);
    f.demo.install(f.server, {}, {u"augsburg"_s});
    CHECK(f.ask(false).status == ChatResult::Status::Empty);
    const ChatResult sent = f.ask(true, u"چطور ثبت نام کنم؟"_s);
    REQUIRE(sent.status == ChatResult::Status::Ok);
    REQUIRE(sent.thread.messages.size() == 1);
    ChatResult now;
    REQUIRE(waitFor(
        [&] {
            now = f.ask(false);
            return now.thread.messages.size() >= 3;
        },
        10000));
    const auto &messages = now.thread.messages;
    CHECK(messages.at(1).automaticAnswer);
    CHECK(messages.at(1).content.contains(u"پاسخ خودکار"_s));
    CHECK_FALSE(messages.at(2).automaticAnswer);
    CHECK_FALSE(messages.at(2).userIsAuthor);
    CHECK_FALSE(now.thread.chatbotTyping);
}

TEST_CASE("Test server --chat: /test/chat/fail/429 makes the next chat requests fail", "[chat]")
{
    DemoFixture f;
    f.demo.install(f.server, {}, {u"augsburg"_s});
    CHECK(f.get(u"test/chat/fail/429?times=2"_s).ok());
    CHECK(f.ask(false).status == ChatResult::Status::RateLimited);
    CHECK(f.ask(false).status == ChatResult::Status::RateLimited);
    CHECK(f.ask(false).status == ChatResult::Status::Empty);
    CHECK(f.get(u"test/chat/fail/503"_s).ok());
    CHECK(f.ask(false).status == ChatResult::Status::Unavailable);
    CHECK(f.get(u"test/chat/fail/abc"_s).status == 400);
}
