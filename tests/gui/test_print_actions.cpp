// Print… / Save as PDF… (print::PrintActions): enabled only with a route, write the handout of
// the current route, say why when the item is not there; on the events list they print this
// week's events, in two columns while side by side is on, worked out off the GUI thread with the
// actions disabled meanwhile.
#include "desktop/counsel/counseltools.h"
#include "desktop/counsel/sidebysidepane.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/presentation/datetext.h"
#include "desktop/print/printactions.h"
#include "guifixture.h"
#include "syncfixture.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>
#include <QTimeZone>
#include <QToolButton>
#include <QWidget>
#include <catch2/catch.hpp>
#include <optional>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {
/// Save as PDF… of what `actions` show, into `file`: the error (empty on success) once written.
QString saved(print::PrintActions &actions, const QString &file, int weeksAhead = 0)
{
    auto error = std::make_shared<std::optional<QString>>();
    actions.savePdf(
        file, [error](const QString &text) { *error = text; }, weeksAhead);
    REQUIRE(waitUntil([&] { return error->has_value(); }, 60000));
    return **error;
}
} // namespace

TEST_CASE("Print actions follow the route and save the shown page as a two-language PDF")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture fixture;
    REQUIRE(fixture.sync({u"de"_s, u"ar"_s}).ok());
    QWidget window;
    print::PrintActions actions(*fixture.store, fixture.dir.filePath(u"resources"_s), &window);
    CHECK_FALSE(actions.printAction()->isEnabled());
    CHECK_FALSE(actions.savePdfAction()->isEnabled());

    actions.setRoute(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/willkommen-in-augsburg/"_s);
    CHECK(actions.printAction()->isEnabled());
    CHECK(actions.savePdfAction()->isEnabled());
    actions.setSecondLanguage(u"ar"_s);
    const QString file = fixture.dir.filePath(u"page.pdf"_s);
    CHECK(saved(actions, file).isEmpty());
    REQUIRE(QFileInfo(file).size() > 0);
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {file, u"-"_s});
        REQUIRE(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC);
        CHECK(text.simplified().contains(u"Willkommen in Augsburg"_s));
        CHECK(text.contains(u"https://integreat.app/augsburg/ar/"_s));
    }

    actions.setRoute(u"augsburg"_s, u"de"_s, u"/augsburg/de/gone/"_s);
    const QString missing = fixture.dir.filePath(u"gone.pdf"_s);
    CHECK(saved(actions, missing).contains(u"is not in the local store"_s));
    CHECK_FALSE(QFileInfo::exists(missing));

    actions.setRoute({}, {}, {});
    CHECK_FALSE(actions.printAction()->isEnabled());
}

TEST_CASE("The main menu offers Print… and Save as PDF… while a page is shown")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    QAction *savePdf = f.menuAction(u"Save as PDF…"_s);
    QAction *printPage = f.menuAction(u"Print…"_s);
    REQUIRE(savePdf);
    REQUIRE(printPage);
    f.open(desktop::Location::page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s));
    CHECK(savePdf->isEnabled());
    CHECK(printPage->isEnabled());
    f.open(desktop::Location::dashboard(u"augsburg"_s, u"de"_s));
    CHECK_FALSE(savePdf->isEnabled());
}

namespace {

/// A daily event since long before today, so each of the week's seven days has it.
model::Event dailyEvent(const QString &language, const QString &slug, std::optional<int> id,
                        const QString &title, const QStringList &translations)
{
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime start(QDate::currentDate().addDays(-400), QTime(10, 0), berlin);
    model::Event event;
    event.id = id;
    event.path = u"/augsburg/%1/events/%2/"_s.arg(language, slug);
    event.title = title;
    event.start = start;
    event.end = start.addSecs(2 * 3600);
    event.timeZone = u"Europe/Berlin"_s;
    event.recurrenceRule =
        u"DTSTART:"_s + start.toUTC().toString(u"yyyyMMdd'T'HHmmss"_s) + u"\nRRULE:FREQ=DAILY"_s;
    event.lastUpdated = start;
    for (const QString &other : translations)
        event.availableLanguages.insert(other, u"/augsburg/%1/events/%2/"_s.arg(other, slug));
    return event;
}

void storeWeekEvents(GuiFixture &f)
{
    store::LanguageContent german = f.storedPages(u"de"_s);
    // A one-time tour today, not in Arabic.
    model::Event tour = dailyEvent(u"de"_s, u"stadtfuehrung"_s, 12, u"Stadtführung"_s, {});
    tour.recurrenceRule.clear();
    tour.start = QDateTime(QDate::currentDate(), QTime(14, 0), QTimeZone("Europe/Berlin"));
    tour.end = tour.start.addSecs(3600);
    german.events = QList<model::Event>{
        dailyEvent(u"de"_s, u"sprachcafe"_s, 11, u"Sprachcafé"_s, {u"ar"_s}), tour};
    f.store->applyLanguage(german);
    store::LanguageContent arabic = f.storedPages(u"ar"_s);
    arabic.events =
        QList<model::Event>{dailyEvent(u"ar"_s, u"sprachcafe"_s, 21, u"مقهى اللغة"_s, {u"de"_s})};
    f.store->applyLanguage(arabic);
}

QString pdfText(const QString &file)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {file, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(60000));
    return QString::fromUtf8(pdftotext.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE("On the events list Print prints this week's events, beside the second language")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    storeWeekEvents(f);
    auto *printing = f.window().findChild<print::PrintActions *>();
    REQUIRE(printing);
    f.open(desktop::Location::events(u"augsburg"_s, u"de"_s));
    // The menu says what Print prints here.
    QAction *printWeek = f.menuAction(u"Print this week's events…"_s);
    QAction *saveWeek = f.menuAction(u"Save this week's events as PDF…"_s);
    REQUIRE(printWeek);
    REQUIRE(saveWeek);
    CHECK(printWeek->isEnabled());
    CHECK(saveWeek->isEnabled());

    // The week's dates are worked out off the GUI thread; meanwhile both actions are disabled
    // and a second press does nothing.
    QList<QThread *> workers;
    printing->setWeekObserver([&workers] { workers << QThread::currentThread(); });
    const bool poppler = !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty();
    const QString one = f.dir.filePath(u"week.pdf"_s);
    std::optional<QString> first;
    int seconds = 0;
    printing->savePdf(one, [&](const QString &error) { first = error; });
    CHECK(printing->isLoading());
    CHECK_FALSE(printWeek->isEnabled());
    CHECK_FALSE(saveWeek->isEnabled());
    printing->savePdf(one, [&](const QString &) { ++seconds; });
    REQUIRE(waitUntil([&] { return first.has_value(); }, 60000));
    CHECK(first->isEmpty());
    CHECK(seconds == 0);
    REQUIRE(workers.size() == 1);
    CHECK(workers.constFirst() != QThread::currentThread());
    CHECK(workers.constFirst() != f.window().thread());
    CHECK_FALSE(printing->isLoading());
    CHECK(printWeek->isEnabled());
    CHECK(saveWeek->isEnabled());
    REQUIRE(QFileInfo(one).size() > 0);
    if (poppler) {
        const QString text = pdfText(one);
        INFO(text.toStdString());
        CHECK(text.count(u"Sprachcafé"_s) == 7); // every day of the week
        CHECK(text.contains(u"https://integreat.app/augsburg/de/events/"_s));
        CHECK_FALSE(text.contains(u"https://integreat.app/augsburg/ar/events/"_s));
    }

    // Side by side on the events list: the week in two columns (German | Arabic).
    QAction *sideBySide = f.menuAction(u"Side by side"_s);
    REQUIRE(sideBySide);
    REQUIRE(sideBySide->isEnabled());
    sideBySide->trigger();
    REQUIRE(f.window().counsel()->sideBySide()->secondLanguage() == u"ar"_s);
    const QString two = f.dir.filePath(u"week-two.pdf"_s);
    CHECK(saved(*printing, two).isEmpty());
    if (poppler) {
        const QString text = pdfText(two);
        INFO(text.toStdString());
        CHECK(text.count(u"مقهى اللغة"_s) == 7);
        CHECK(text.count(u"Stadtführung"_s) == 1);
        CHECK(text.contains(u"https://integreat.app/augsburg/ar/events/"_s));
    }
    // An event and back to the list: the second language stays while side by side is on.
    f.open(desktop::Location::event(u"augsburg"_s, u"de"_s, u"/augsburg/de/events/sprachcafe/"_s));
    f.open(desktop::Location::events(u"augsburg"_s, u"de"_s));
    CHECK(f.window().counsel()->sideBySide()->secondLanguage() == u"ar"_s);

    // Off again: one column.
    sideBySide->trigger();
    const QString off = f.dir.filePath(u"week-off.pdf"_s);
    CHECK(saved(*printing, off).isEmpty());
    CHECK(workers.size() == 3);
    if (poppler)
        CHECK_FALSE(pdfText(off).contains(u"https://integreat.app/augsburg/ar/events/"_s));

    // Actions gone before the week is worked out (the window closed): nothing is written.
    auto *gone = new print::PrintActions(*f.store, f.dir.filePath(u"resources"_s), nullptr);
    gone->setWeek(u"augsburg"_s, u"de"_s);
    const QString late = f.dir.filePath(u"late.pdf"_s);
    bool called = false;
    gone->savePdf(late, [&called](const QString &) { called = true; });
    REQUIRE(gone->isLoading());
    delete gone;
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    CHECK_FALSE(called);
    CHECK_FALSE(QFileInfo::exists(late));

    // Elsewhere the actions are Print… and Save as PDF… again.
    f.open(desktop::Location::dashboard(u"augsburg"_s, u"de"_s));
    REQUIRE(f.menuAction(u"Print…"_s));
    CHECK_FALSE(f.menuAction(u"Print…"_s)->isEnabled());
    CHECK_FALSE(f.menuAction(u"Print this week's events…"_s));
}

TEST_CASE("On the events list next week's events print too, from the day a week after today")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    storeWeekEvents(f);
    auto *printing = f.window().findChild<print::PrintActions *>();
    REQUIRE(printing);
    QAction *printNext = f.menuAction(u"Print next week's events…"_s);
    QAction *saveNext = f.menuAction(u"Save next week's events as PDF…"_s);
    REQUIRE(printNext);
    REQUIRE(saveNext);
    // Only on the events list.
    CHECK_FALSE(printNext->isVisible());
    CHECK_FALSE(saveNext->isVisible());
    f.open(desktop::Location::events(u"augsburg"_s, u"de"_s));
    CHECK(printNext->isVisible());
    CHECK(saveNext->isVisible());
    CHECK(printNext->isEnabled());
    CHECK(saveNext->isEnabled());

    const QString file = f.dir.filePath(u"next-week.pdf"_s);
    CHECK(saved(*printing, file, 1).isEmpty());
    REQUIRE(QFileInfo(file).size() > 0);
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        const QString text = pdfText(file);
        INFO(text.toStdString());
        const QLocale german = desktop::DateText::localeFor(u"de"_s);
        const QDate today = QDate::currentDate();
        CHECK(text.contains(desktop::DateText::longDate(today.addDays(7), german)));
        CHECK(text.contains(desktop::DateText::longDate(today.addDays(13), german)));
        CHECK_FALSE(text.contains(desktop::DateText::longDate(today, german)));
        CHECK(text.count(u"Sprachcafé"_s) == 7);       // daily
        CHECK_FALSE(text.contains(u"Stadtführung"_s)); // today only
    }
    // This week's actions still print from today.
    const QString thisWeek = f.dir.filePath(u"this-week.pdf"_s);
    CHECK(saved(*printing, thisWeek).isEmpty());
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        CHECK(pdfText(thisWeek).contains(u"Stadtführung"_s));

    f.open(desktop::Location::dashboard(u"augsburg"_s, u"de"_s));
    CHECK_FALSE(printNext->isVisible());
    CHECK_FALSE(saveNext->isVisible());
}
