// Whether the chat is open for this device: `GET /api/v3/{region}/{device}/is_chat_enabled/`
// against the test server's route (true, false, and a server without the endpoint: 404).
#include "catchqt.h"
#include "chatservice.h"
#include "core/chat/chatenabledcheck.h"
#include "testserver.h"
#include "transportfixture.h"

#include <QNetworkAccessManager>

using namespace integreat;
using namespace integreat::chat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;
using Answer = ChatEnabledCheck::Answer;

namespace {

const QString Device = u"7d1e0f52-3c4b-4f1a-a0de-5b9e3c2d1f00"_s;

struct CheckFixture
{
    CheckFixture()
    {
        REQUIRE(started);
        service.install(server);
        service.enable(u"nurnberg"_s);
        QObject::connect(&check, &ChatEnabledCheck::finished,
                         [this](const QString &region, const QString &device, Answer answer) {
                             answers.append({region, device, answer});
                         });
    }
    /// Asks for `device` in nurnberg and returns the one answer.
    Answer ask(const QString &device)
    {
        answers.clear();
        check.check(u"nurnberg"_s, device);
        REQUIRE(check.isChecking(u"nurnberg"_s, device));
        REQUIRE(waitFor([&] { return !answers.isEmpty(); }, 10000));
        REQUIRE(answers.size() == 1);
        CHECK(answers.constFirst().region == u"nurnberg"_s);
        CHECK(answers.constFirst().device == device);
        CHECK_FALSE(check.isBusy());
        return answers.constFirst().answer;
    }

    struct Finished
    {
        QString region;
        QString device;
        Answer answer;
    };
    ChatService service; // outlives the server, which calls it
    TestServer server;
    bool started = server.start();
    QNetworkAccessManager manager;
    ChatEnabledCheck check{manager, server.baseUrl()};
    QList<Finished> answers;
};

} // namespace

TEST_CASE("Chat enabled check: the device's answer true is Enabled, asked at the right URL")
{
    CheckFixture f;
    f.service.setDeviceEnabled(Device, true);
    CHECK(f.ask(Device) == Answer::Enabled);
    const RecordedRequest request = f.server.requests().constLast();
    CHECK(request.method == "GET");
    CHECK(request.target == u"/api/v3/nurnberg/"_s + Device + u"/is_chat_enabled/"_s);
}

TEST_CASE("Chat enabled check: the device's answer false is Disabled")
{
    CheckFixture f;
    f.service.setDeviceEnabled(Device, false);
    CHECK(f.ask(Device) == Answer::Disabled);
}

TEST_CASE("Chat enabled check: a server without the endpoint (404) leaves it to the region")
{
    CheckFixture f;
    CHECK(f.ask(Device) == Answer::Unknown);
    CHECK(f.server.requests().constLast().target.endsWith(u"/is_chat_enabled/"_s));
}

TEST_CASE("Chat enabled check: no connection or a garbled answer leave it to the region")
{
    CheckFixture f;
    f.server.addFault(u"api/v3/nurnberg/*"_s, {Fault::Status, 1, 200, "<html>hello</html>", {}});
    CHECK(f.ask(Device) == Answer::Unknown);
    f.server.stop();
    CHECK(f.ask(Device) == Answer::Unknown);
}

TEST_CASE("Chat enabled check: only a JSON flag counts")
{
    CHECK(ChatEnabledCheck::parse(R"({"is_chat_enabled": true})") == Answer::Enabled);
    CHECK(ChatEnabledCheck::parse(R"({"is_chat_enabled": false})") == Answer::Disabled);
    CHECK(ChatEnabledCheck::parse(R"({"is_chat_enabled": "false"})") == Answer::Unknown);
    CHECK(ChatEnabledCheck::parse(R"([true])") == Answer::Unknown);
    CHECK(ChatEnabledCheck::parse("") == Answer::Unknown);
}
