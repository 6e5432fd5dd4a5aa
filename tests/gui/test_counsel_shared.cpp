// A shared computer (Settings → Shared computer): the automatic End session after a time without
// use (its countdown, kept by any input), and a client's session that writes nothing of the
// client: no last language, no news read marks, no file dialog folders.
#include "bytesearch.h"
#include "desktop/common/filedialogs.h"
#include "desktop/common/idlemonitor.h"
#include "desktop/counsel/counseltools.h"
#include "desktop/counsel/endsession.h"
#include "desktop/counsel/idleend.h"
#include "desktop/events/eventsview.h"
#include "desktop/kiosk/countdownoverlay.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/search/searchview.h"
#include "desktop/settings/settingsdialog.h"
#include "guifixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

/// Answers the next file dialog with `file`; `startedIn` gets the folder it opened in.
void answerFileDialog(const QString &file, QString *startedIn)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, file, startedIn] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *startedIn = dialog->directory().absolutePath();
        dialog->selectFile(file);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, protected there
        poll->deleteLater();
    });
    poll->start();
}

} // namespace

TEST_CASE("Settings: the automatic End session is off by default and set in minutes")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    CHECK(f.settings->idleEndMinutes() == 0);
    CHECK_FALSE(f.window().counsel()->idleEnd()->isEnabled());
    f.settings->setIdleEndMinutes(500);
    CHECK(f.settings->idleEndMinutes() == Settings::MaxIdleEndMinutes);
    f.settings->setIdleEndMinutes(2);
    CHECK(f.settings->idleEndMinutes() == Settings::MinIdleEndMinutes);
    f.settings->setIdleEndMinutes(0);

    SettingsDialog dialog(*f.store, *f.settings, f.dataDir());
    auto *shared = dialog.findChild<QCheckBox *>(u"SharedComputer"_s);
    auto *idleEnd = dialog.findChild<QCheckBox *>(u"IdleEnd"_s);
    auto *minutes = dialog.findChild<QSpinBox *>(u"IdleEndMinutes"_s);
    REQUIRE(shared);
    REQUIRE(idleEnd);
    REQUIRE(minutes);
    CHECK_FALSE(idleEnd->isEnabled()); // only on a shared computer
    CHECK_FALSE(idleEnd->isChecked());
    shared->setChecked(true);
    CHECK(idleEnd->isEnabled());
    CHECK_FALSE(minutes->isEnabled());
    idleEnd->setChecked(true);
    CHECK(minutes->isEnabled());
    CHECK(f.settings->idleEndMinutes() == Settings::DefaultIdleEndMinutes);
    minutes->setValue(7);
    CHECK(f.settings->idleEndMinutes() == 7);
    f.window().applySharedComputer();
    CHECK(f.window().counsel()->idleEnd()->isEnabled());
    CHECK(f.window().counsel()->idleEnd()->monitor()->idleMs() == 7 * 60 * 1000);
    idleEnd->setChecked(false);
    CHECK(f.settings->idleEndMinutes() == 0);
    f.window().applySharedComputer();
    CHECK_FALSE(f.window().counsel()->idleEnd()->isEnabled());
    FileDialogs::setForgetful(false);
}

TEST_CASE("A shared computer ends an unused session after a countdown that any input stops")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    f.window().show();
    f.settings->setSharedComputer(true);
    f.settings->setIdleEndMinutes(5);
    f.window().applySharedComputer();
    IdleEnd *idle = f.window().counsel()->idleEnd();
    REQUIRE(idle->isEnabled());
    QSignalSpy ended(f.window().counsel()->endSession(), &EndSession::ended);

    f.window().switchLanguage(u"ar"_s);
    REQUIRE(f.location().language == u"ar"_s);
    // An injected clock: the idle time is 30 ms; the countdown's "seconds" are long here, so
    // that the key below comes while it is shown.
    idle->monitor()->setTimes(30, 3, 60 * 1000);
    idle->monitor()->start();
    REQUIRE(waitUntil([&] { return idle->countdown() && idle->countdown()->isVisible(); }));
    CHECK(idle->monitor()->secondsLeft() == 3);
    QTest::keyClick(&f.window(), Qt::Key_Shift);
    CHECK_FALSE(idle->countdown()->isVisible());
    CHECK_FALSE(idle->monitor()->isCountingDown());
    CHECK(ended.isEmpty());
    CHECK(f.location().language == u"ar"_s);

    // Nobody comes back this time: the countdown runs out and the session ends.
    idle->monitor()->setTimes(30, 2, 10);
    idle->monitor()->start();
    REQUIRE(waitUntil([&] { return ended.size() == 1; }));
    CHECK(ended.at(0).at(0).toStringList().isEmpty());
    CHECK(f.location() == Location::dashboard(u"augsburg"_s, u"de"_s));
    CHECK_FALSE(idle->countdown()->isVisible());
    CHECK_FALSE(idle->monitor()->isRunning()); // an unused computer is not counted down again
    QTest::keyClick(&f.window(), Qt::Key_Shift);
    CHECK(idle->monitor()->isRunning()); // the next client's first key starts the clock
    FileDialogs::setForgetful(false);
}

TEST_CASE("A shared computer writes nothing of a client's session")
{
    INTEGREAT_REQUIRE_CORPUS();
    QTemporaryDir qtConfig; // this process's QtProject.conf (file dialog history)
    REQUIRE(qtConfig.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, qtConfig.path());
    QTemporaryDir chosen; // where the client saves
    REQUIRE(chosen.isValid());
    const QString chosenDir = QDir(chosen.path()).canonicalPath();
    {
        GuiFixture f;
        f.window().show();
        REQUIRE(f.settings->lastLanguage() == u"de"_s);
        f.settings->setSharedComputer(true);
        f.window().applySharedComputer();
        CHECK(FileDialogs::isForgetful());

        // The client's session: a page, Arabic, a news item read, an .ics and a PDF, a search.
        const QString word = u"Qzxsuchklient"_s;
        const QString newsId = u"local-Qzxnews"_s;
        f.open(Location::page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s));
        f.window().switchLanguage(u"ar"_s);
        REQUIRE(f.location().language == u"ar"_s);
        model::NewsItem item;
        item.id = newsId;
        item.source = u"local"_s;
        item.title = u"مواعيد جديدة"_s;
        item.content = u"من يوم الاثنين."_s;
        item.channel = u"news"_s;
        item.displayDate = item.lastUpdated = QDateTime::currentDateTime();
        store::LanguageContent content = f.storedPages(u"ar"_s);
        content.news = QList<model::NewsItem>{item};
        f.store->applyLanguage(content);
        f.open(Location::newsItem(u"augsburg"_s, u"ar"_s, newsId));

        const auto events = f.store->events(u"augsburg"_s, u"ar"_s);
        REQUIRE_FALSE(events.isEmpty());
        f.open(Location::event(u"augsburg"_s, u"ar"_s, events.constFirst().path));
        QPushButton *saveDate = nullptr;
        for (auto *button : f.window().eventsView()->findChildren<QPushButton *>()) {
            if (button->text() == u"Save this date for a calendar…"_s)
                saveDate = button;
        }
        REQUIRE(saveDate);
        REQUIRE(waitUntil([&] { return saveDate->isEnabled(); }));
        QString startedIn;
        const QString ics = chosenDir + u"/Qzxtermin.ics"_s;
        answerFileDialog(ics, &startedIn);
        saveDate->click();
        CHECK(QFileInfo::exists(ics));
        CHECK(startedIn == QDir(FileDialogs::neutralFolder()).canonicalPath());

        const QStringList arPages = [&] {
            QStringList paths;
            for (const auto &page : f.storedPages(u"ar"_s).pages)
                paths << page.path;
            return paths;
        }();
        REQUIRE_FALSE(arPages.isEmpty());
        f.open(Location::page(u"augsburg"_s, u"ar"_s, arPages.constFirst()));
        QAction *savePdf = f.menuAction(u"Save as PDF…"_s);
        REQUIRE(savePdf);
        REQUIRE(savePdf->isEnabled());
        const QString pdf = chosenDir + u"/Qzxhandout.pdf"_s;
        answerFileDialog(pdf, &startedIn);
        savePdf->trigger();
        CHECK(QFileInfo(pdf).size() > 0);
        // Not the folder the client chose before.
        CHECK(startedIn == QDir(FileDialogs::neutralFolder()).canonicalPath());

        typeText(f.window().searchField(), word);
        REQUIRE(f.location().kind == Location::Kind::Search);
        REQUIRE(waitUntil([&] { return !f.content().searchView()->isSearching(); }));

        // Quit.
        f.window().close();
        f.settings->sync();
        CHECK(f.settings->lastLanguage() == u"de"_s);
        for (const QString &dir : {f.dataDir(), f.configDir.path(), qtConfig.path()}) {
            INFO(dir.toStdString());
            for (const QByteArray &needle : {word.toUtf8(), chosenDir.toUtf8(),
                                             QByteArray("Qzxtermin"), QByteArray("Qzxhandout")})
                CHECK(filesContaining(dir, needle).isEmpty());
            if (dir != f.dataDir()) // the news item itself is content in the store
                CHECK(filesContaining(dir, newsId.toUtf8()).isEmpty());
            CHECK(filesContaining(dir, "=ar\n").isEmpty()); // the client's language
        }
    }
    FileDialogs::setForgetful(false);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, QString());
}
