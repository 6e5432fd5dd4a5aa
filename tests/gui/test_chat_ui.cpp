// The "Ask Integreat" section: only where the region has the chat, the privacy notice first,
// messages sanitized with automatic answers marked, polling only while the panel is shown, not
// in kiosk mode, and no device id written where the mode may not write settings.
#include "chatservice.h"
#include "core/chat/chatdeviceids.h"
#include "core/chat/chatsession.h"
#include "desktop/chat/chatview.h"
#include "desktop/common/translations.h"
#include "desktop/counsel/counseltools.h"
#include "desktop/counsel/endsession.h"
#include "desktop/mainwindow/chatsection.h"
#include "desktop/mainwindow/sectionbar.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/presentation/datetext.h"
#include "guifixture.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>
#include <catch2/catch.hpp>
#include <climits>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::ChatService;
using integreat::testing::GuiFixture;

using integreat::testing::UiLanguage;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

QString chatText(const char *source)
{
    return QCoreApplication::translate("integreat::desktop::ChatView", source);
}

/// Where characters `from` … `from + length` of `block` stand on the transcript (viewport x).
struct Extent
{
    int left = INT_MAX;
    int right = INT_MIN;
    int center() const { return (left + right) / 2; }
};
Extent extentOf(ContentBrowser *browser, const QTextBlock &block, int from, int length)
{
    Extent extent;
    QTextCursor cursor(block);
    for (int i = from; i <= from + length; ++i) {
        cursor.setPosition(block.position() + i);
        const QRect caret = browser->cursorRect(cursor);
        extent.left = std::min(extent.left, caret.left());
        extent.right = std::max(extent.right, caret.right());
    }
    return extent;
}
Extent extentOf(ContentBrowser *browser, const QTextBlock &block)
{
    return extentOf(browser, block, 0, block.length() - 1);
}

/// The transcript's first block containing `text`.
QTextBlock blockWith(ChatView *view, const QString &text)
{
    for (QTextBlock block = view->transcript()->document()->begin(); block.isValid();
         block = block.next()) {
        if (block.text().contains(text))
            return block;
    }
    return {};
}

/// The window on augsburg with the chat on, answered by the test server's chat API.
struct ChatTown
{
    ChatTown()
    {
        service.install(f.server);
        service.enable(u"augsburg"_s);
        f.enableChat();
    }
    ChatService service; // outlives the fixture's server, which calls it
    GuiFixture f;
};

} // namespace

TEST_CASE("Chat UI: the tab is there only where the region has the chat")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    f.open(Location::dashboard(u"augsburg"_s, u"de"_s));
    CHECK_FALSE(f.window().sectionBar()->sectionIds().contains(u"chat"_s));
    f.enableChat();
    f.window().open(Location::chat(u"augsburg"_s, u"de"_s));
    CHECK(f.window().sectionBar()->sectionIds().contains(u"chat"_s));
}

TEST_CASE("Chat UI: privacy first, then a question and its automatic answer, polled while shown")
{
    INTEGREAT_REQUIRE_CORPUS();
    ChatTown town;
    auto &[service, f] = town;
    ChatSection *chat = f.window().chatSection();
    chat->session().setIntervals({100ms, 30ms});
    f.window().show();
    f.window().open(Location::chat(u"augsburg"_s, u"de"_s));
    ChatView *view = chat->view();
    REQUIRE(view->isVisible());

    // Nothing is asked before the privacy notice is accepted.
    CHECK(view->acceptButton()->isVisible());
    CHECK_FALSE(view->input()->isEnabled());
    CHECK(f.server.requestCount(u"api/v3/augsburg/de/chat/"_s) == 0);
    view->acceptButton()->click();
    CHECK(chat->deviceIds().privacyAccepted(u"augsburg"_s));
    REQUIRE(waitFor([&] { return chat->session().state() == chat::ChatSession::State::Ready; }));

    const QString device = chat->deviceIds().idFor(u"augsburg"_s);
    view->input()->setText(u"Wo lerne ich Deutsch?"_s);
    view->sendButton()->click();
    REQUIRE(waitFor([&] { return service.messages(device).size() == 1; }));
    service.answer(
        device,
        u"<p onclick=\"x()\">Im <a href=\"https://integreat.app/augsburg/de/willkommen/\">"
        u"Sprachcafé</a><script>alert(1)</script></p>"_s,
        true);
    REQUIRE(waitFor([&] { return chat->session().thread().messages.size() == 2; }));
    const QString html = view->transcriptHtml();
    CHECK(html.contains(u"Automatic answer"_s));
    CHECK(html.contains(u"Sprachcafé"_s));
    CHECK_FALSE(html.contains(u"script"_s));
    CHECK_FALSE(html.contains(u"onclick"_s));

    // A Farsi answer in the German chat runs right to left, its phone number left to right.
    service.answer(device, u"<p>0821 324-0 برای ثبت نام به دفتر شهروندی بروید.</p>"_s, false);
    REQUIRE(waitFor([&] { return chat->session().thread().messages.size() == 3; }));
    bool farsiRightToLeft = false;
    bool germanLeftToRight = false;
    for (QTextBlock block = view->transcript()->document()->begin(); block.isValid();
         block = block.next()) {
        if (block.text().contains(u"دفتر شهروندی"_s))
            farsiRightToLeft = block.blockFormat().layoutDirection() == Qt::RightToLeft;
        if (block.text().contains(u"Sprachcafé"_s))
            germanLeftToRight = block.textDirection() == Qt::LeftToRight;
    }
    CHECK(farsiRightToLeft);
    CHECK(germanLeftToRight);

    // A link in an answer opens in the app like a page link.
    emit view->transcript()->linkActivated(
        QUrl(u"https://integreat.app/augsburg/de/willkommen/"_s));
    CHECK(f.location() == Location::page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s));
    // The chat panel is hidden now: no more polling.
    CHECK_FALSE(view->isVisible());
    CHECK_FALSE(chat->session().isActive());
    CHECK_FALSE(chat->session().isPolling());

    // The device id and the accepted notice are in the user's settings.
    QSettings ini(f.settings->fileName(), QSettings::IniFormat);
    CHECK(ini.value(u"chat/augsburg/deviceId"_s).toString() == device);
}

TEST_CASE("Chat UI: New chat starts over with a new device id")
{
    INTEGREAT_REQUIRE_CORPUS();
    ChatTown town;
    auto &[service, f] = town;
    ChatSection *chat = f.window().chatSection();
    chat->deviceIds().acceptPrivacy(u"augsburg"_s);
    f.window().show();
    f.window().open(Location::chat(u"augsburg"_s, u"de"_s));
    const QString first = chat->deviceIds().idFor(u"augsburg"_s);
    // The server is asked about the device first (404 here: the region's flag decides).
    REQUIRE(waitFor([&] { return chat->session().address().isValid(); }));
    chat->session().send(u"Hallo"_s);
    REQUIRE(waitFor([&] { return service.messages(first).size() == 1; }));
    REQUIRE(waitFor([&] { return chat->view()->newChatButton()->isEnabled(); }));
    chat->view()->newChatButton()->click();
    CHECK(chat->deviceIds().idFor(u"augsburg"_s) != first);
    CHECK(chat->session().thread().messages.isEmpty());
}

TEST_CASE("Chat UI: the server asks this device first – false means not available here")
{
    INTEGREAT_REQUIRE_CORPUS();
    ChatTown town;
    auto &[service, f] = town;
    ChatSection *chat = f.window().chatSection();
    chat->deviceIds().acceptPrivacy(u"augsburg"_s);
    const QString device = chat->deviceIds().idFor(u"augsburg"_s);
    service.setDeviceEnabled(device, false);
    f.window().show();
    f.window().open(Location::chat(u"augsburg"_s, u"de"_s));
    const QString unavailable = u"The chat of this town is not available on this computer yet."_s;
    REQUIRE(waitFor([&] { return chat->view()->noticeBar()->text() == unavailable; }));
    CHECK(f.server.requestCount(u"api/v3/augsburg/"_s + device + u"/is_chat_enabled/"_s) == 1);
    CHECK_FALSE(chat->session().address().isValid());
    CHECK_FALSE(chat->view()->input()->isEnabled());
    CHECK_FALSE(chat->view()->acceptButton()->isVisible()); // nothing to accept here
    CHECK(f.server.requestCount(u"api/v3/augsburg/de/chat/"_s) == 0);

    // A device the server lets in gets the chat.
    chat->deviceIds().renew(u"augsburg"_s);
    service.setDeviceEnabled(chat->deviceIds().idFor(u"augsburg"_s), true);
    chat->refresh();
    REQUIRE(waitFor([&] { return chat->session().state() == chat::ChatSession::State::Ready; }));
    CHECK(chat->view()->noticeBar()->text().isEmpty());
    CHECK(chat->view()->input()->isEnabled());
}

TEST_CASE("Chat UI: no chat in kiosk mode, no device id written where settings may not be")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    f.enableChat();
    ChatSection *chat = f.window().chatSection();
    chat->setModePolicy(ModePolicy::kiosk());
    CHECK_FALSE(chat->isEnabledFor(f.store->region(u"augsburg"_s)));
    CHECK_FALSE(chat->deviceIds().isPersistent());
    chat->deviceIds().idFor(u"augsburg"_s);
    QSettings ini(f.settings->fileName(), QSettings::IniFormat);
    CHECK_FALSE(ini.contains(u"chat/augsburg/deviceId"_s));
}

TEST_CASE("Chat UI: a shared computer writes no device id, End session forgets the client's chat")
{
    INTEGREAT_REQUIRE_CORPUS();
    ChatTown town;
    auto &[service, f] = town;
    f.settings->setSharedComputer(true);
    f.window().applySharedComputer();
    ChatSection *chat = f.window().chatSection();
    CHECK_FALSE(chat->deviceIds().isPersistent());
    f.window().show();
    f.window().open(Location::chat(u"augsburg"_s, u"de"_s));
    REQUIRE(chat->view()->acceptButton()->isVisible());
    chat->view()->acceptButton()->click();
    const QString client = chat->deviceIds().idFor(u"augsburg"_s);
    REQUIRE(waitFor([&] { return chat->session().address().isValid(); }));
    chat->session().send(u"Hallo"_s);
    REQUIRE(waitFor([&] { return service.messages(client).size() == 1; }));
    f.settings->sync();
    QFile ini(f.settings->fileName());
    if (ini.open(QIODevice::ReadOnly))
        CHECK_FALSE(ini.readAll().contains(client.toUtf8()));

    CounselTools *tools = f.window().counsel();
    tools->endSession()->setConfirm([] { return true; });
    tools->endSessionAction()->trigger();
    CHECK(chat->deviceIds().idFor(u"augsburg"_s) != client); // the next client's chat
    CHECK_FALSE(chat->deviceIds().privacyAccepted(u"augsburg"_s));
    CHECK(chat->session().thread().messages.isEmpty());

    // Off again: the user's own settings keep the id.
    f.settings->setSharedComputer(false);
    f.window().applySharedComputer();
    CHECK(chat->deviceIds().isPersistent());
}

TEST_CASE("Chat UI: in an Arabic UI own messages and answers stand on opposite sides, each with "
          "its meta line, and the answer's time reads right to left")
{
    INTEGREAT_REQUIRE_CORPUS();
    ChatTown town;
    auto &[service, f] = town;
    const UiLanguage arabic(u"ar"_s);
    const QString you = chatText("You");
    const QString automatic = chatText("Automatic answer");
    REQUIRE(you.isRightToLeft()); // the meta lines are Arabic, the chat German
    REQUIRE(automatic.isRightToLeft());
    ChatSection *chat = f.window().chatSection();
    chat->deviceIds().acceptPrivacy(u"augsburg"_s);
    chat->session().setIntervals({100ms, 30ms});
    f.window().resize(1100, 800);
    f.window().show();
    f.window().open(Location::chat(u"augsburg"_s, u"de"_s));
    REQUIRE(waitFor([&] { return chat->session().state() == chat::ChatSession::State::Ready; }));
    const QString device = chat->deviceIds().idFor(u"augsburg"_s);
    chat->session().send(u"Wo lerne ich Deutsch?"_s);
    REQUIRE(waitFor([&] { return service.messages(device).size() == 1; }));
    service.answer(device, u"<p>Im Sprachcafé.</p>"_s, true);
    REQUIRE(waitFor([&] { return chat->session().thread().messages.size() == 2; }));

    ChatView *view = chat->view();
    ContentBrowser *transcript = view->transcript();
    const QTextBlock ownMeta = blockWith(view, you);
    const QTextBlock ownText = blockWith(view, u"Wo lerne ich Deutsch?"_s);
    const QTextBlock answerMeta = blockWith(view, automatic);
    const QTextBlock answerText = blockWith(view, u"Im Sprachcafé."_s);
    REQUIRE(ownMeta.isValid());
    REQUIRE(ownText.isValid());
    REQUIRE(answerMeta.isValid());
    REQUIRE(answerText.isValid());
    // The German chat: own messages on the right, answers on the left; each meta line on its
    // message's side, whatever the direction of the UI's words in it.
    const int middle = transcript->viewport()->width() / 2;
    CAPTURE(middle, extentOf(transcript, ownMeta).left, extentOf(transcript, ownText).left,
            extentOf(transcript, answerMeta).right, extentOf(transcript, answerText).right);
    CHECK(extentOf(transcript, ownMeta).left > middle);
    CHECK(extentOf(transcript, ownText).left > middle);
    CHECK(extentOf(transcript, answerMeta).right < middle);
    CHECK(extentOf(transcript, answerText).right < middle);
    CHECK(answerMeta.blockFormat().layoutDirection() == Qt::RightToLeft);

    // The answer's date and time (Arabic day and month names, Latin digits) read right to left:
    // what is written first stands further right.
    const QDateTime created = chat->session().thread().messages.at(1).createdAt.toLocalTime();
    const QString date = DateText::date(created.date(), DateText::uiLocale());
    const QString time = DateText::time(created.time(), DateText::uiLocale());
    REQUIRE(date.isRightToLeft());
    const int dateAt = int(answerMeta.text().indexOf(date));
    const int timeAt = int(answerMeta.text().indexOf(time));
    REQUIRE(dateAt >= 0);
    REQUIRE(timeAt >= 0);
    const int dateX = extentOf(transcript, answerMeta, dateAt, int(date.size())).center();
    const int timeX = extentOf(transcript, answerMeta, timeAt, int(time.size())).center();
    CAPTURE(answerMeta.text().toStdString(), dateX, timeX);
    CHECK((dateAt < timeAt) == (dateX > timeX));

    // Polls that bring nothing new leave the transcript alone (no new document, no parsing).
    QSignalSpy rebuilt(transcript->document(), &QTextDocument::contentsChanged);
    QSignalSpy polled(&chat->session(), &chat::ChatSession::changed);
    REQUIRE(waitFor([&] { return polled.count() >= 2; }));
    CHECK(rebuilt.count() == 0);
    // A new answer does change it.
    service.answer(device, u"<p>Montags um 10 Uhr.</p>"_s, false);
    REQUIRE(waitFor([&] { return chat->session().thread().messages.size() == 3; }));
    CHECK(rebuilt.count() > 0);
    CHECK(blockWith(view, u"Montags um 10 Uhr."_s).isValid());
}
