// Counseling in the reader (app/desktop/counsel): Read aloud on pages, events, places and news
// in the content language's voice (a fake engine), "no voice" said instead of a wrong voice;
// End session after a scripted client session leaves nothing of the client.
#include "bytesearch.h"
#include "desktop/counsel/counseltools.h"
#include "desktop/counsel/endsession.h"
#include "desktop/counsel/readaloudpanel.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/section.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/search/searchview.h"
#include "desktop/settings/settingsdialog.h"
#include "desktop/speech/readaloud.h"
#include "desktop/speech/readaloudbar.h"
#include "fakespeechengine.h"
#include "guifixture.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

ContentBrowser *shownBrowser(GuiFixture &f)
{
    return ReadAloudPanel::shownBrowser(f.window().currentSection()->widget());
}

/// Stores a local news item in `language` (the corpus town has none); returns its id.
QString storeNews(GuiFixture &f, const QString &language, const QString &title, const QString &text)
{
    model::NewsItem item;
    item.id = u"local-7"_s;
    item.source = u"local"_s;
    item.title = title;
    item.content = text;
    item.channel = u"news"_s;
    item.displayDate = item.lastUpdated = QDateTime::currentDateTime();
    store::LanguageContent content = f.storedPages(language);
    content.news = QList<model::NewsItem>{item};
    f.store->applyLanguage(content);
    return item.id;
}

} // namespace

TEST_CASE("Read aloud reads the shown page in its language and highlights the sentence")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    FakeSpeechEngine engine({u"de"_s});
    CounselTools *tools = f.window().counsel();
    tools->readAloud()->setEngine(&engine);
    QAction *read = tools->readAloudAction();
    CHECK(f.menuAction(u"Read aloud"_s) == read);
    CHECK_FALSE(read->isEnabled()); // the dashboard: nothing to read

    f.open(Location::page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s));
    REQUIRE(read->isEnabled());
    ContentBrowser *browser = shownBrowser(f);
    REQUIRE(browser);
    read->trigger();
    CHECK(tools->readAloud()->isVisible());
    speech::ReadAloud *reader = tools->readAloud()->reader();
    REQUIRE(reader);
    REQUIRE(reader->sentences().size() >= 2);
    REQUIRE(engine.spoken.size() == 1);
    CHECK(engine.languages == QStringList{u"de"_s});
    CHECK(browser->toPlainText().contains(reader->sentences().at(0)));
    REQUIRE(browser->extraSelections().size() == 1);
    CHECK(browser->extraSelections().at(0).cursor.selectedText() == reader->sentences().at(0));

    engine.finish();
    REQUIRE(engine.spoken.size() == 2);
    REQUIRE(browser->extraSelections().size() == 1);
    CHECK(browser->extraSelections().at(0).cursor.selectedText() == reader->sentences().at(1));
    CHECK(tools->readAloud()->bar()->playButton()->text() == u"Pause"_s);

    // Another page stops reading and closes the controls.
    const int stops = engine.stops;
    f.window().switchLanguage(u"ar"_s);
    REQUIRE(f.location().language == u"ar"_s);
    CHECK(engine.stops > stops);
    CHECK_FALSE(tools->readAloud()->isVisible());
    CHECK(browser->extraSelections().isEmpty());

    // No Arabic voice here: the bar says so and nothing is read with the German voice.
    read->trigger();
    CHECK(tools->readAloud()->isVisible());
    CHECK(engine.spoken.size() == 2);
    CHECK(tools->readAloud()->bar()->notice().startsWith(u"No voice for"_s));
    CHECK_FALSE(tools->readAloud()->bar()->playButton()->isEnabled());
    tools->readAloud()->closeButton()->click();
    CHECK_FALSE(tools->readAloud()->isVisible());
}

TEST_CASE("Read aloud works on events, places and news items")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    FakeSpeechEngine engine({u"de"_s});
    CounselTools *tools = f.window().counsel();
    tools->readAloud()->setEngine(&engine);
    const auto events = f.store->events(u"augsburg"_s, u"de"_s);
    const auto places = f.store->places(u"augsburg"_s, u"de"_s);
    storeNews(f, u"de"_s, u"Neue Sprechzeiten"_s, u"Ab Montag. Auch am Abend."_s);
    const auto news = f.store->news(u"augsburg"_s, u"de"_s);
    QList<Location> items;
    if (!events.isEmpty())
        items << Location::event(u"augsburg"_s, u"de"_s, events.constFirst().path);
    if (!places.isEmpty())
        items << Location::place(u"augsburg"_s, u"de"_s, places.constFirst().path);
    if (!news.isEmpty())
        items << Location::newsItem(u"augsburg"_s, u"de"_s, news.constFirst().id);
    REQUIRE(items.size() == 3);
    for (const Location &item : std::as_const(items)) {
        INFO(item.toString().toStdString());
        f.open(item);
        REQUIRE(f.location() == item);
        REQUIRE(tools->readAloudAction()->isEnabled());
        ContentBrowser *browser = shownBrowser(f);
        REQUIRE(browser);
        const int before = engine.spoken.size();
        tools->readAloudAction()->trigger();
        REQUIRE(engine.spoken.size() == before + 1);
        CHECK(engine.languages.last() == u"de"_s);
        CHECK(browser->toPlainText().contains(tools->readAloud()->reader()->sentences().at(0)));
    }
    f.open(Location::events(u"augsburg"_s, u"de"_s));
    CHECK_FALSE(tools->readAloudAction()->isEnabled());
}

TEST_CASE("End session after a client's session leaves nothing of the client")
{
    INTEGREAT_REQUIRE_CORPUS();
    QTemporaryDir qtConfig; // this process's QtProject.conf (file dialog history)
    REQUIRE(qtConfig.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, qtConfig.path());
    GuiFixture f;
    FakeSpeechEngine engine({u"de"_s, u"ar"_s});
    CounselTools *tools = f.window().counsel();
    tools->readAloud()->setEngine(&engine);
    CHECK(tools->endSessionAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    CHECK(f.menuAction(u"End session"_s) == tools->endSessionAction());

    // The client's session: Arabic, a search, a news item read, a copied text, a saved file.
    const QString word = u"Qzxwortklient"_s;
    f.window().switchLanguage(u"ar"_s);
    REQUIRE(f.location().language == u"ar"_s);
    const QString newsId =
        storeNews(f, u"ar"_s, u"مواعيد جديدة"_s, u"من يوم الاثنين. وفي المساء أيضا."_s);
    f.open(Location::newsItem(u"augsburg"_s, u"ar"_s, newsId));
    tools->readAloudAction()->trigger();
    CHECK(engine.spoken.size() == 1);
    QLineEdit *field = f.window().searchField();
    typeText(field, word);
    REQUIRE(f.location().kind == Location::Kind::Search);
    REQUIRE(waitUntil([&] { return !f.content().searchView()->isSearching(); }));
    QGuiApplication::clipboard()->setText(u"Termin "_s + word);
    {
        QSettings dialogs(QSettings::UserScope, u"QtProject"_s);
        dialogs.setValue(u"FileDialog/lastVisited"_s, QString(u"file:///home/"_s + word));
    }
    f.settings->sync();
    REQUIRE_FALSE(filesContaining(f.configDir.path(), newsId.toUtf8()).isEmpty());

    // The counselor says no first, then ends the session.
    bool answer = false;
    tools->endSession()->setConfirm([&answer] { return answer; });
    QSignalSpy ended(tools->endSession(), &EndSession::ended);
    tools->endSessionAction()->trigger();
    CHECK(ended.isEmpty());
    CHECK(f.location().kind == Location::Kind::Search);
    answer = true;
    tools->endSessionAction()->trigger();
    REQUIRE(ended.size() == 1);
    CHECK(ended.at(0).at(0).toStringList().isEmpty());

    CHECK(f.location() == Location::dashboard(u"augsburg"_s, u"de"_s));
    CHECK_FALSE(f.window().navigator().canGoBack());
    CHECK(field->text().isEmpty());
    CHECK_FALSE(field->isUndoAvailable());
    CHECK_FALSE(QGuiApplication::clipboard()->text().contains(word));
    CHECK_FALSE(tools->readAloud()->isVisible());
    CHECK(f.settings->lastLanguage() == u"de"_s);
    f.settings->sync();
    for (const QString &dir : {f.dataDir(), f.configDir.path(), qtConfig.path()}) {
        INFO(dir.toStdString());
        CHECK(filesContaining(dir, word.toUtf8()).isEmpty());
    }
    CHECK(filesContaining(f.configDir.path(), newsId.toUtf8()).isEmpty());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, QString());
}

TEST_CASE("End session is a button in the window on a shared computer")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    CounselTools *tools = f.window().counsel();
    auto buttonFor = [tools](QAction *action) -> QToolButton * {
        for (QToolButton *button : tools->widget()->findChildren<QToolButton *>()) {
            if (button->defaultAction() == action)
                return button;
        }
        return nullptr;
    };
    QToolButton *button = buttonFor(tools->endSessionAction());
    REQUIRE(button);
    CHECK_FALSE(button->isVisible()); // the user's own computer: only the menu and the key
    {
        SettingsDialog dialog(*f.store, *f.settings, f.dataDir());
        auto *shared = dialog.findChild<QCheckBox *>(u"SharedComputer"_s);
        REQUIRE(shared);
        CHECK_FALSE(shared->isChecked());
        shared->setChecked(true);
    }
    CHECK(f.settings->sharedComputer());
    tools->setEndSessionButtonVisible(f.settings->sharedComputer());
    CHECK(button->isVisible());
    CHECK(tools->widget()->isVisible()); // on the dashboard too
}
