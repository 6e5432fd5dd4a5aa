// Side by side beyond pages (app/desktop/counsel): an event's pair, the pair of a search result,
// downloading a second language that is not saved (and the sentence when offline), images that
// fit the narrow pane, and the language bar at 800×600 with 200 % text, where the sides stack.
#include "core/store/store.h"
#include "desktop/common/theme.h"
#include "desktop/counsel/counseltools.h"
#include "desktop/counsel/itemtranslation.h"
#include "desktop/counsel/readaloudpanel.h"
#include "desktop/counsel/sidebysidepane.h"
#include "desktop/mainwindow/section.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/search/searchresultdelegate.h"
#include "desktop/search/searchview.h"
#include "desktop/sync/synccontroller.h"
#include "guifixture.h"
#include "themescope.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTextBlock>
#include <QTimeZone>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

SideBySidePane *turnOn(GuiFixture &f)
{
    QAction *action = f.window().counsel()->sideBySideAction();
    REQUIRE(action->isEnabled());
    if (!action->isChecked())
        action->trigger();
    return f.window().counsel()->sideBySide();
}

/// The index of `code` in the pane's language chooser, -1 when it is not listed.
int chooserIndex(const SideBySidePane &pane, const QString &code)
{
    return pane.languageBox()->findData(code);
}

/// A weekly "Sprachcafé" in German and Arabic, each naming the other in available_languages
/// (the corpus's Arabic events are the expanded dates of German combined ones: no pairs).
std::pair<Location, Location> storeEventPair(GuiFixture &f)
{
    const QString german = u"/augsburg/de/events/sprachcafe/"_s;
    const QString arabic = u"/augsburg/ar/events/maqha-al-lugha/"_s;
    const auto make = [](const QString &path, const QString &title, const QString &text) {
        model::Event event;
        event.path = path;
        event.title = title;
        event.content = text;
        event.timeZone = u"Europe/Berlin"_s;
        const QTimeZone berlin("Europe/Berlin");
        event.start = QDateTime(QDate(2030, 1, 8), QTime(18, 0), berlin);
        event.end = QDateTime(QDate(2030, 1, 8), QTime(20, 0), berlin);
        event.recurrenceRule = u"DTSTART:20300108T180000\nRRULE:FREQ=WEEKLY;BYDAY=TU"_s;
        event.lastUpdated = QDateTime(QDate(2029, 12, 1), QTime(12, 0), berlin);
        return event;
    };
    model::Event de = make(german, u"Sprachcafé"_s, u"<p>Deutsch sprechen bei Kaffee.</p>"_s);
    de.availableLanguages.insert(u"ar"_s, arabic);
    model::Event ar = make(arabic, u"مقهى اللغة"_s, u"<p>تحدث الألمانية مع القهوة.</p>"_s);
    ar.availableLanguages.insert(u"de"_s, german);
    for (const auto &[language, event] : {std::pair{u"de"_s, de}, std::pair{u"ar"_s, ar}}) {
        store::LanguageContent content = f.storedPages(language);
        content.events = QList<model::Event>{event};
        f.store->applyLanguage(content);
    }
    return {Location::event(u"augsburg"_s, u"de"_s, german),
            Location::event(u"augsburg"_s, u"ar"_s, arabic)};
}

/// A German page that exists in `language` too.
Location pageWith(GuiFixture &f, const QString &language)
{
    for (const model::Page &page : f.store->pages(u"augsburg"_s, u"de"_s)) {
        if (page.availableLanguages.contains(language))
            return Location::page(u"augsburg"_s, u"de"_s, page.path);
    }
    FAIL("no German page with a translation into " << language.toStdString());
    return {};
}

} // namespace

TEST_CASE("Side by side shows an event's Arabic pair right-to-left on the right")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const auto [german, arabic] = storeEventPair(f);
    f.open(german);
    REQUIRE(f.location() == german);
    SideBySidePane *pane = turnOn(f);
    CHECK(pane->secondLanguage() == u"ar"_s);
    CHECK(pane->shownRoute() == arabic);
    CHECK(pane->noticeText().isEmpty());
    CHECK(pane->browser()->contentDirection() == Qt::RightToLeft);
    const auto event = f.store->event(u"augsburg"_s, u"ar"_s, arabic.path);
    REQUIRE(event);
    CHECK(pane->browser()->toPlainText().contains(event->title));
    // Its dates are worked out as on the event's own page.
    REQUIRE(
        waitUntil([&] { return !pane->browser()->toPlainText().contains(u"Loading dates"_s); }));
    ContentBrowser *left = ReadAloudPanel::shownBrowser(f.window().currentSection()->widget());
    REQUIRE(left);
    CHECK(left->contentDirection() == Qt::LeftToRight);
    CHECK(left->mapToGlobal(QPoint(left->width(), 0)).x() <=
          pane->browser()->mapToGlobal(QPoint(0, 0)).x());
}

TEST_CASE("Opening a search result while side by side is on shows its pair")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const auto [germanEvent, arabicEvent] = storeEventPair(f);
    f.open(Location::page(u"augsburg"_s, u"de"_s, f.pathOf(u"Willkommen in Augsburg"_s)));
    SideBySidePane *pane = turnOn(f);
    f.search(u"Augsburg"_s);
    QListView *list = f.content().searchView()->list();
    // A page hit whose Arabic version is saved.
    QModelIndex hit;
    for (int row = 0; row < list->model()->rowCount() && !hit.isValid(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const auto route = index.data(SearchResultDelegate::LocationRole).value<Location>();
        if (index.data(SearchView::HitKindRole).toString() == u"page"_s &&
            ItemTranslation::in(*f.store, route, u"ar"_s))
            hit = index;
    }
    REQUIRE(hit.isValid());
    emit list->activated(hit);
    REQUIRE(f.location().kind == Location::Kind::Page);
    CHECK(f.window().counsel()->sideBySideAction()->isChecked());
    const auto pair = ItemTranslation::in(*f.store, f.location(), u"ar"_s);
    REQUIRE(pair);
    CHECK(pane->isVisible());
    CHECK(pane->shownRoute() == *pair);
    CHECK(pane->browser()->contentDirection() == Qt::RightToLeft);

    // An event hit opens in the Events section with its pair beside it.
    f.window().searchField()->clear();
    f.search(u"Sprachcaf"_s);
    QModelIndex eventHit;
    for (int row = 0; row < list->model()->rowCount() && !eventHit.isValid(); ++row) {
        if (list->model()->index(row, 0).data(SearchView::HitKindRole).toString() == u"event"_s)
            eventHit = list->model()->index(row, 0);
    }
    REQUIRE(eventHit.isValid());
    emit list->activated(eventHit);
    REQUIRE(f.location() == germanEvent);
    CHECK(pane->shownRoute() == arabicEvent);
    CHECK(pane->browser()->contentDirection() == Qt::RightToLeft);
}

TEST_CASE("Side by side offers a language that is not saved and shows the pair once synced")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s}); // only German saved; the town also has Arabic (on the server)
    const Location german = pageWith(f, u"ar"_s);
    f.open(german);
    SideBySidePane *pane = turnOn(f);
    CHECK(pane->secondLanguage().isEmpty());
    CHECK(pane->noticeText().contains(u"choose a second language"_s));
    const int arabic = chooserIndex(*pane, u"ar"_s);
    REQUIRE(arabic >= 0);
    CHECK(pane->languageBox()->itemData(arabic, SideBySidePane::NotDownloadedRole).toBool());
    CHECK(pane->languageBox()->itemText(arabic).contains(u"not downloaded"_s));
    CHECK(chooserIndex(*pane, u"de"_s) < 0); // the left side's language

    // Choosing it asks first: nothing is downloaded yet.
    pane->languageBox()->setCurrentIndex(arabic);
    CHECK(pane->downloadButton()->isVisible());
    CHECK(pane->noticeText().contains(u"not saved"_s));
    CHECK_FALSE(f.sync->isBusy());
    CHECK_FALSE(f.store->lastSync({u"augsburg"_s, u"ar"_s}).isValid());

    pane->downloadButton()->click();
    CHECK(pane->downloadProgress()->isVisible());
    CHECK(pane->noticeText().startsWith(u"Downloading"_s));
    const bool shown = waitUntil([&] { return pane->shownRoute().language == u"ar"_s; }, 30000);
    INFO("notice: " << pane->noticeText().toStdString());
    REQUIRE(shown);
    CHECK(pane->secondLanguage() == u"ar"_s);
    CHECK_FALSE(pane->downloadProgress()->isVisible());
    CHECK_FALSE(pane->downloadButton()->isVisible());
    const auto pair = ItemTranslation::in(*f.store, german, u"ar"_s);
    REQUIRE(pair);
    CHECK(pane->shownRoute() == *pair);
    CHECK(pane->browser()->contentDirection() == Qt::RightToLeft);
    CHECK(f.location() == german); // the left side stays as it was
    CHECK(pane->languageBox()->currentData().toString() == u"ar"_s);
    CHECK_FALSE(pane->languageBox()
                    ->itemData(chooserIndex(*pane, u"ar"_s), SideBySidePane::NotDownloadedRole)
                    .toBool());
}

TEST_CASE("Offline, side by side says a language cannot be downloaded now")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s}, true);
    f.open(pageWith(f, u"ar"_s));
    SideBySidePane *pane = turnOn(f);
    const int arabic = chooserIndex(*pane, u"ar"_s);
    REQUIRE(arabic >= 0);
    pane->languageBox()->setCurrentIndex(arabic);
    pane->downloadButton()->click();
    CHECK(pane->noticeText() ==
          u"العربية could not be downloaded: "_s + SyncController::offlineMessage());
    CHECK(pane->downloadButton()->isVisible()); // to try again
    CHECK_FALSE(pane->downloadProgress()->isVisible());
    CHECK(pane->secondLanguage().isEmpty());
    CHECK(pane->shownRoute().path.isEmpty());
    CHECK_FALSE(f.store->lastSync({u"augsburg"_s, u"ar"_s}).isValid());
}

TEST_CASE("Images in the side-by-side pane scale down to its width")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    f.window().resize(800, 600);
    f.open(Location::page(u"augsburg"_s, u"de"_s, f.pathOf(u"Willkommen in Augsburg"_s)));
    SideBySidePane *pane = turnOn(f);
    ContentBrowser *browser = pane->browser();
    browser->setTileImageProvider([](const QString &) {
        QImage image(1600, 400, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        return image;
    });
    browser->showDocument(u"<p>نص</p><p><img src=\"integreat-tile:/wide\"></p>"_s, {},
                          Qt::RightToLeft);
    // (At 800×600 the sides may stand one above the other: the pane is at most the window.)
    REQUIRE(waitUntil([&] { return f.window().width() <= 800 && browser->width() < 800; }));
    QApplication::processEvents();
    const auto imageWidth = [&] {
        for (QTextBlock block = browser->document()->begin(); block.isValid();
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
                if (image.isValid())
                    return image.width();
            }
        }
        return -1.0;
    };
    const int viewport = browser->viewport()->width();
    CHECK(imageWidth() > 0);
    CHECK(imageWidth() <= viewport);
    CHECK(browser->document()->documentLayout()->documentSize().width() <= viewport + 1);
    // Wider, the picture grows again, up to the reader's column.
    f.window().resize(1900, 1000);
    REQUIRE(waitUntil([&] { return browser->viewport()->width() > viewport; }));
    QApplication::processEvents();
    CHECK(imageWidth() > 0);
    CHECK(imageWidth() <= browser->viewport()->width());
    CHECK(imageWidth() > viewport - 60);
}

TEST_CASE("At 800×600 with 200 % text the second-language bar is not cut")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f; // at 100 %
    const ThemeScope theme(200);
    f.window().resize(800, 600);
    f.open(Location::page(u"augsburg"_s, u"de"_s, f.pathOf(u"Willkommen in Augsburg"_s)));
    SideBySidePane *pane = turnOn(f);
    REQUIRE(waitUntil([&] { return f.window().width() <= 800; }));
    QApplication::processEvents();
    const QRect inside = pane->rect();
    QLabel *label = pane->languageLabel();
    QComboBox *box = pane->languageBox();
    QToolButton *swap = pane->swapButton();
    for (QWidget *part : {static_cast<QWidget *>(label), static_cast<QWidget *>(box),
                          static_cast<QWidget *>(swap)}) {
        INFO(part->metaObject()->className()
             << " at " << part->geometry().x() << "+" << part->width() << " of " << inside.width());
        CHECK(part->isVisible());
        CHECK(part->geometry().left() >= 0);
        CHECK(part->geometry().right() <= inside.right());
    }
    // The label's and the button's text in full; the chooser at least its smallest size.
    CHECK(label->width() >= label->fontMetrics().horizontalAdvance(label->text()));
    CHECK(swap->width() >= swap->sizeHint().width());
    CHECK(box->width() >= box->minimumSizeHint().width());
    CHECK_FALSE(box->geometry().intersects(swap->geometry()));
    CHECK_FALSE(label->geometry().intersects(box->geometry()));
    CHECK(swap->height() >= swap->sizeHint().height());
}

namespace {

/// Lines of `document` that end inside a word: a word too long for the width, broken.
int wordsBroken(const QTextDocument &document)
{
    int broken = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        const QString text = block.text();
        for (int i = 0; layout && i + 1 < layout->lineCount(); ++i) {
            const int end = layout->lineAt(i).textStart() + layout->lineAt(i).textLength();
            if (end > 0 && end < text.size() && text.at(end - 1).isLetterOrNumber() &&
                text.at(end).isLetterOrNumber())
                ++broken;
        }
    }
    return broken;
}

} // namespace

TEST_CASE("At 800×600 with 200 % text the sides stack instead of breaking words")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const ThemeScope theme(200);
    f.window().resize(800, 600);
    f.open(Location::page(u"augsburg"_s, u"de"_s, f.pathOf(u"Willkommen in Augsburg"_s)));
    SideBySidePane *pane = turnOn(f);
    auto *splitter = qobject_cast<QSplitter *>(pane->parentWidget());
    REQUIRE(splitter);
    REQUIRE(waitUntil([&] { return f.window().width() <= 800; }));
    // Too narrow for two readable columns: one above the other, each the window's width.
    REQUIRE(waitUntil([&] { return splitter->orientation() == Qt::Vertical; }));
    QApplication::processEvents();
    ContentBrowser *left = ReadAloudPanel::shownBrowser(f.window().currentSection()->widget());
    REQUIRE(left);
    CHECK(pane->width() >= splitter->width() - 8);
    CHECK(pane->height() >= splitter->height() / 3);
    CHECK(wordsBroken(*pane->browser()->document()) == 0);
    CHECK(wordsBroken(*left->document()) == 0);
    // Wide again: next to each other, half each.
    f.window().resize(1900, 1000);
    REQUIRE(waitUntil([&] { return splitter->orientation() == Qt::Horizontal; }));
    QApplication::processEvents();
    CHECK(std::abs(pane->width() - left->window()->width() / 2) < 150);
    CHECK(wordsBroken(*pane->browser()->document()) == 0);
}
