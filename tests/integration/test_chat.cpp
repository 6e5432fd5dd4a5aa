// The "Ask Integreat" chat against the test server's chat API: first message, polling, typing,
// 404/429/503/offline, device ids per region and none kept on a shared computer.
#include "catchqt.h"
#include "chatservice.h"
#include "core/chat/chatclient.h"
#include "core/chat/chatdeviceids.h"
#include "core/chat/chatsession.h"
#include "testserver.h"
#include "transportfixture.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUuid>

using namespace integreat;
using namespace integreat::chat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using State = ChatSession::State;

namespace {

const QString Device = u"2a0c5b1e-6a9e-4b51-9c0e-0d2f5f0e8a11"_s;

/// A poll timer the test ticks by hand: no waiting for intervals to pass.
class ManualPollTimer final : public PollTimer
{
public:
    void start(std::chrono::milliseconds interval) override
    {
        m_interval = interval;
        m_active = true;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    std::chrono::milliseconds interval() const { return m_interval; }
    /// The interval is over (the timer stops, as a single shot does).
    void fire()
    {
        m_active = false;
        emit timeout();
    }

private:
    std::chrono::milliseconds m_interval{0};
    bool m_active = false;
};

struct ChatFixture
{
    ChatFixture()
    {
        REQUIRE(started);
        service.install(server);
        service.enable(u"nurnberg"_s);
        session.setIntervals({200ms, 40ms});
        session.setAddress({u"nurnberg"_s, u"fa"_s, Device});
    }
    /// Waits until the session's state is `state` after at least one change.
    bool waitForState(State state)
    {
        return waitFor([&] { return session.state() == state; }, 10000);
    }
    int chatRequests(const QByteArray &method) const
    {
        int count = 0;
        for (const RecordedRequest &r : server.requests())
            count += r.method == method && r.target.contains(u"/chat/"_s) ? 1 : 0;
        return count;
    }

    ChatService service; // outlives the server, which calls it
    TestServer server;
    bool started = server.start();
    QNetworkAccessManager manager;
    ChatClient client{manager, server.baseUrl()};
    ChatSession session{client};
};

} // namespace

TEST_CASE("Chat: before the first message the chat is empty (404) and not polled")
{
    ChatFixture f;
    CHECK(f.session.state() == State::Idle);
    f.session.setActive(true);
    REQUIRE(f.waitForState(State::Ready));
    CHECK(f.session.thread().messages.isEmpty());
    CHECK(f.session.statusText().isEmpty());
    CHECK_FALSE(f.session.isPolling());
    CHECK(f.chatRequests("GET") == 1);
    CHECK(f.server.requests().constLast().target == u"/api/v3/nurnberg/fa/chat/"_s + Device + u'/');
}

TEST_CASE("Chat: the first message creates the chat, polling fetches the answer")
{
    ChatFixture f;
    f.session.setActive(true);
    REQUIRE(f.waitForState(State::Ready));

    const QString question =
        u"کجا می‌توانم زبان آلمانی یاد بگیرم؟ & 100% = ok"_s;
    f.session.send(question);
    CHECK(f.session.state() == State::Sending);
    CHECK(f.session.pendingMessage() == question);
    REQUIRE(f.waitForState(State::Ready));
    CHECK(f.session.pendingMessage().isEmpty());
    REQUIRE(f.session.thread().messages.size() == 1);
    CHECK(f.session.thread().messages.constFirst().userIsAuthor);
    // The server got the form field exactly, in UTF-8.
    REQUIRE(f.service.messages(Device).size() == 1);
    CHECK(f.service.messages(Device).constFirst().content == question.toHtmlEscaped());
    const RecordedRequest post = f.server.requests().constLast();
    CHECK(post.method == "POST");
    CHECK(post.headers.value("content-type") == "application/x-www-form-urlencoded");

    // The chat has begun: it is polled, and the counselor's answer arrives.
    CHECK(f.session.isPolling());
    CHECK(f.session.pollInterval() == 200ms);
    f.service.answer(Device, u"<p>در <a href=\"https://integreat.app/nurnberg/fa/\">کلاس</a></p>"_s,
                     false);
    REQUIRE(waitFor([&] { return f.session.thread().messages.size() == 2; }));
    const ChatMessage answer = f.session.thread().messages.at(1);
    CHECK_FALSE(answer.userIsAuthor);
    CHECK_FALSE(answer.automaticAnswer);
    CHECK(answer.content.contains(u"کلاس"_s));
}

TEST_CASE("Chat: while the assistant types, polling is faster – automatic answers are marked")
{
    ChatFixture f;
    f.session.setActive(true);
    f.session.send(u"Hallo"_s);
    REQUIRE(waitFor([&] { return f.session.thread().messages.size() == 1; }));
    f.service.setTyping(Device, true);
    REQUIRE(waitFor([&] { return f.session.thread().chatbotTyping; }));
    CHECK(f.session.pollInterval() == 40ms);
    f.service.answer(Device, u"Automatische Antwort"_s, true);
    REQUIRE(waitFor([&] { return f.session.thread().messages.size() == 2; }));
    CHECK(f.session.thread().messages.at(1).automaticAnswer);
    CHECK_FALSE(f.session.thread().chatbotTyping);
    CHECK(f.session.pollInterval() == 200ms);
}

TEST_CASE("Chat: polling happens only while the panel is open")
{
    ChatFixture f;
    auto timer = std::make_unique<ManualPollTimer>();
    ManualPollTimer *poll = timer.get();
    f.session.setPollTimer(std::move(timer));
    f.session.setActive(true);
    f.session.send(u"Hallo"_s);
    REQUIRE(waitFor([&] { return f.session.thread().messages.size() == 1; }));
    REQUIRE(poll->isActive());
    CHECK(poll->interval() == 200ms);
    // Each tick of the open panel asks the server again.
    for (int tick = 1; tick <= 2; ++tick) {
        const int before = f.chatRequests("GET");
        poll->fire();
        CHECK(f.client.isBusy());
        REQUIRE(waitFor([&] { return !f.client.isBusy() && poll->isActive(); }));
        CHECK(f.chatRequests("GET") == before + 1);
    }
    f.session.setActive(false);
    CHECK_FALSE(poll->isActive());
    CHECK_FALSE(f.session.isPolling());
    const int before = f.chatRequests("GET");
    f.service.answer(Device, u"Antwort"_s, false);
    // A tick that arrives after the panel closed asks nothing.
    poll->fire();
    CHECK_FALSE(f.client.isBusy());
    CHECK(f.chatRequests("GET") == before);
    CHECK(f.session.thread().messages.size() == 1);
    // Opening again fetches at once.
    f.session.setActive(true);
    CHECK(f.client.isBusy());
    REQUIRE(waitFor([&] { return f.session.thread().messages.size() == 2; }));
}

TEST_CASE("Chat: 429 says try again in a moment and keeps the unsent message")
{
    ChatFixture f;
    f.session.setActive(true);
    REQUIRE(f.waitForState(State::Ready));
    f.service.failNext(429);
    f.session.send(u"Frage"_s);
    REQUIRE(f.waitForState(State::RateLimited));
    CHECK(f.session.statusText().contains(u"try again in a moment"_s));
    CHECK(f.session.pendingMessage() == u"Frage"_s);
    CHECK(f.service.messages(Device).isEmpty());
    f.session.retry();
    REQUIRE(f.waitForState(State::Ready));
    CHECK(f.session.pendingMessage().isEmpty());
    CHECK(f.service.messages(Device).size() == 1);
}

TEST_CASE("Chat: 503 says the chat is not available in this town and stops asking")
{
    ChatFixture f;
    f.session.setAddress({u"augsburg"_s, u"de"_s, Device}); // no chat server there
    f.session.setActive(true);
    REQUIRE(f.waitForState(State::Unavailable));
    CHECK(f.session.statusText() == u"The chat is not available in this town."_s);
    CHECK_FALSE(f.session.isPolling());
}

TEST_CASE("Chat: offline is a clear state, the message is kept and sent on retry")
{
    ChatFixture f;
    f.session.setActive(true);
    REQUIRE(f.waitForState(State::Ready));
    f.server.stop();
    f.session.send(u"Ich warte"_s);
    REQUIRE(f.waitForState(State::Offline));
    CHECK(f.session.pendingMessage() == u"Ich warte"_s);
    CHECK(f.session.statusText().contains(u"kept"_s));
}

TEST_CASE("Chat: a retry after offline sends the kept message")
{
    ChatService service; // outlives the server, which calls it
    TestServer server;
    REQUIRE(server.start());
    const quint16 port = server.port();
    service.install(server);
    service.enable(u"nurnberg"_s);
    QNetworkAccessManager manager;
    ChatClient client(manager, server.baseUrl());
    ChatSession session(client);
    session.setAddress({u"nurnberg"_s, u"de"_s, Device});
    session.setActive(true);
    REQUIRE(waitFor([&] { return session.state() == State::Ready; }));
    server.stop();
    session.send(u"Noch da?"_s);
    REQUIRE(waitFor([&] { return session.state() == State::Offline; }));
    REQUIRE(server.start(port));
    session.retry();
    REQUIRE(waitFor([&] { return session.state() == State::Ready; }));
    CHECK(session.pendingMessage().isEmpty());
    REQUIRE(service.messages(Device).size() == 1);
    CHECK(service.messages(Device).constFirst().content == u"Noch da?"_s);
}

TEST_CASE("Chat: a garbled answer is an error in words, not a crash")
{
    ChatFixture f;
    f.server.addFault(u"api/v3/nurnberg/fa/chat/*"_s,
                      {Fault::Status, 1, 200, "<html>not json</html>", {}});
    f.session.setActive(true);
    REQUIRE(f.waitForState(State::Failed));
    CHECK(f.session.statusText().contains(u"not a chat"_s));
}

TEST_CASE("Chat device ids: one per region, kept per user, new after New chat")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"settings.ini"_s);
    QString nurnberg;
    {
        ChatDeviceIds ids(ini);
        CHECK(ids.isPersistent());
        nurnberg = ids.idFor(u"nurnberg"_s);
        CHECK_FALSE(QUuid::fromString(nurnberg).isNull());
        CHECK(ids.idFor(u"nurnberg"_s) == nurnberg);
        CHECK(ids.idFor(u"augsburg"_s) != nurnberg);
        CHECK_FALSE(ids.privacyAccepted(u"nurnberg"_s));
        ids.acceptPrivacy(u"nurnberg"_s);
    }
    ChatDeviceIds again(ini); // after a restart
    CHECK(again.idFor(u"nurnberg"_s) == nurnberg);
    CHECK(again.privacyAccepted(u"nurnberg"_s));
    CHECK_FALSE(again.privacyAccepted(u"augsburg"_s));
    const QString fresh = again.renew(u"nurnberg"_s);
    CHECK(fresh != nurnberg);
    CHECK(ChatDeviceIds(ini).idFor(u"nurnberg"_s) == fresh);
}

TEST_CASE("Chat device ids on a shared computer stay in memory, nothing is written")
{
    QTemporaryDir dir;
    ChatDeviceIds ids{QString()};
    CHECK_FALSE(ids.isPersistent());
    const QString id = ids.idFor(u"nurnberg"_s);
    CHECK_FALSE(QUuid::fromString(id).isNull());
    CHECK(ids.idFor(u"nurnberg"_s) == id);
    ids.acceptPrivacy(u"nurnberg"_s);
    CHECK(ids.privacyAccepted(u"nurnberg"_s));
    CHECK(QDir(dir.path()).isEmpty());
    CHECK(ChatDeviceIds{QString()}.idFor(u"nurnberg"_s) != id); // a new session, a new chat
}
