// The town's contact form (an offer's `post["zammad-url"]`): what must be filled in, and sending
// it to the test server's Zammad form (sent, server error, rate limit, offline, refused address).
#include "catchqt.h"
#include "core/chat/contactmessage.h"
#include "core/chat/zammadform.h"
#include "core/net/useragent.h"
#include "testserver.h"
#include "transportfixture.h"
#include "zammadservice.h"

#include <QNetworkAccessManager>

using namespace integreat;
using namespace integreat::chat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;
using Status = ContactResult::Status;
using Field = ContactMessage::Field;

namespace {

const QString SentFrom = u"https://integreat.app/augsburg/de/behörden/ausländerbehörde/"_s;

struct FormFixture
{
    FormFixture()
    {
        REQUIRE(started);
        service.install(server);
        QObject::connect(&form, &ZammadForm::finished,
                         [this](const ContactResult &result) { results.append(result); });
    }
    ContactResult send(const ContactMessage &message)
    {
        results.clear();
        form.send(service.formUrl(), message, u"Ausländerbehörde - augsburg"_s, SentFrom);
        REQUIRE(waitFor([&] { return !results.isEmpty(); }, 20000));
        REQUIRE(results.size() == 1);
        CHECK_FALSE(form.isBusy());
        return results.constFirst();
    }

    ZammadService service; // outlives the server, which calls it
    TestServer server;
    bool started = server.start();
    QNetworkAccessManager manager;
    ZammadForm form{manager};
    QList<ContactResult> results;
};

const ContactMessage Valid{u"Amina Yusuf"_s, u"amina@example.org"_s,
                           u"Wann kann ich meinen Aufenthaltstitel abholen?"_s};

QList<Field> fieldsOf(const ContactMessage &message)
{
    QList<Field> fields;
    for (const auto &problem : message.problems())
        fields << problem.field;
    return fields;
}

} // namespace

TEST_CASE("Contact form: e-mail and message are required, the name is not")
{
    CHECK(Valid.problems().isEmpty());
    ContactMessage noName = Valid;
    noName.name = u"  "_s;
    CHECK(noName.problems().isEmpty());
    CHECK(noName.senderName() == u"amina"_s);

    ContactMessage empty;
    const auto problems = empty.problems();
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).field == Field::Email);
    CHECK(problems.at(0).text.contains(u"e-mail address"_s));
    CHECK(problems.at(1).field == Field::Message);
    CHECK(problems.at(1).text == u"Please write your message."_s);

    ContactMessage blankMessage = Valid;
    blankMessage.message = u" \n\t "_s;
    CHECK(fieldsOf(blankMessage) == QList<Field>{Field::Message});
    ContactMessage tooLong = Valid;
    tooLong.message = QString(ContactMessage::MaxMessageLength + 1, u'x');
    CHECK(fieldsOf(tooLong) == QList<Field>{Field::Message});
    CHECK(tooLong.problems().constFirst().text.contains(u"too long"_s));
}

TEST_CASE("Contact form: only real-looking e-mail addresses pass")
{
    for (const QString &good :
         {u"a@b.de"_s, u"first.last+tag@mail.example.org"_s, u"amina@straße.de"_s}) {
        INFO(good.toStdString());
        CHECK(ContactMessage::isEmailAddress(good));
    }
    for (const QString &bad : {u"amina"_s, u"amina@"_s, u"@example.org"_s, u"a@b"_s,
                               u"a b@example.org"_s, u"a@@example.org"_s, u"a@example."_s,
                               u"a@.org"_s, QString(QString(250, u'a') + u"@b.de"_s)}) {
        INFO(bad.toStdString());
        CHECK_FALSE(ContactMessage::isEmailAddress(bad));
    }
    ContactMessage wrong = Valid;
    wrong.email = u"amina.example.org"_s;
    REQUIRE(fieldsOf(wrong) == QList<Field>{Field::Email});
    CHECK(wrong.problems().constFirst().text.contains(u"amina.example.org"_s));
}

TEST_CASE("Contact form: a message is sent to the Zammad form with every field")
{
    FormFixture f;
    const ContactResult result = f.send(Valid);
    CHECK(result.status == Status::Sent);
    CHECK(result.text().startsWith(u"Your message was sent"_s));
    REQUIRE(f.service.configRequests() == 1);
    REQUIRE(f.service.submissions().size() == 1);
    const QJsonObject sent = f.service.submissions().constFirst();
    CHECK(sent.value("name"_L1).toString() == u"Amina Yusuf"_s);
    CHECK(sent.value("email"_L1).toString() == u"amina@example.org"_s);
    CHECK(sent.value("title"_L1).toString() == u"Ausländerbehörde - augsburg"_s);
    const QString body = sent.value("body"_L1).toString();
    CHECK(body.startsWith(Valid.message));
    CHECK(body.contains(SentFrom));
    // Both requests went through the one transport with its User-Agent, as JSON posts.
    for (const RecordedRequest &request : f.server.requests()) {
        CHECK(request.method == "POST");
        CHECK(request.headers.value("user-agent") == net::userAgent());
    }

    ContactMessage anonymous = Valid;
    anonymous.name.clear();
    CHECK(f.send(anonymous).status == Status::Sent);
    CHECK(f.service.submissions().constLast().value("name"_L1).toString() == u"amina"_s);
}

TEST_CASE("Contact form: a server error is said in words and nothing counts as sent")
{
    FormFixture f;
    f.server.addFault(u"zammad/api/v1/form_config"_s, {Fault::Status, 1, 500, "oops", {}});
    const ContactResult result = f.send(Valid);
    CHECK(result.status == Status::ServerError);
    CHECK(result.text().contains(u"not sent"_s));
    CHECK(result.text().contains(u"500"_s));
    CHECK(f.service.submissions().isEmpty());
    // Sending again works once the server is well.
    CHECK(f.send(Valid).status == Status::Sent);
}

TEST_CASE("Contact form: 429 says to wait a moment")
{
    FormFixture f;
    f.server.addFault(u"zammad/api/v1/form_submit"_s, {Fault::Status, 1, 429, "{}", {}});
    const ContactResult result = f.send(Valid);
    CHECK(result.status == Status::RateLimited);
    CHECK(result.text().contains(u"wait a moment"_s));
    CHECK(result.text() != ContactResult{Status::Sent, 200, {}}.text());
}

TEST_CASE("Contact form: offline is said in words")
{
    FormFixture f;
    f.server.stop();
    const ContactResult result = f.send(Valid);
    CHECK(result.status == Status::Offline);
    CHECK(result.text().startsWith(u"You are offline"_s));
}

TEST_CASE("Contact form: the server's refusals and a switched-off form are said in words")
{
    FormFixture f;
    ContactMessage refused = Valid;
    refused.email = u"amina@example.invalid"_s;
    CHECK(f.send(refused).status == Status::InvalidEmail);
    f.service.setEnabled(false);
    CHECK(f.send(Valid).status == Status::Disabled);
    CHECK(f.service.submissions().isEmpty());
}

TEST_CASE("Contact form: the message never goes to a server other than the form's")
{
    FormFixture f;
    f.service.setEndpoint(QUrl(u"https://elsewhere.example.net/api/v1/form_submit"_s));
    const ContactResult result = f.send(Valid);
    CHECK(result.status == Status::Failed);
    CHECK(result.text().contains(u"could not be sent"_s));
    // Only the form's configuration was asked; the message went nowhere.
    CHECK(f.server.requests().size() == 1);

    // Nor is a message with problems, or one without a web address, sent at all.
    FormFixture g;
    ContactMessage empty;
    CHECK(g.send(empty).status == Status::Failed);
    g.results.clear();
    g.form.send(QUrl(u"file:///etc/passwd"_s), Valid, u"t"_s, {});
    REQUIRE(g.results.size() == 1);
    CHECK(g.results.constFirst().status == Status::Failed);
    CHECK(g.server.requests().isEmpty());
}
