// The two lists of dialogs at the per-list limit (issue 11, 20,000 items): the first-run region
// chooser finds the same rows as the region search of the official app (accents, ß, aliases,
// hidden regions) and is used from the keyboard; the notifications list lists 20,000 entries,
// makes the texts of the rows shown only, and opens an entry with Enter.
#include "core/content/regionfilter.h"
#include "core/store/store.h"
#include "core/sync/listcheck.h"
#include "desktop/common/settings.h"
#include "desktop/events/eventitemdelegate.h"
#include "desktop/firstrun/regionlist.h"
#include "desktop/firstrun/regionlistmodel.h"
#include "desktop/firstrun/regionpage.h"
#include "desktop/notify/notificationlist.h"
#include "desktop/notify/notificationlistmodel.h"
#include "desktop/notify/notificationsdialog.h"
#include "desktop/presentation/datetext.h"
#include "guifixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::waitUntil;

namespace {

const int Many = int(sync::listcheck::MaxItems);

model::Region region(const QString &slug, const QString &prefix, const QString &name,
                     const QStringList &aliases = {}, bool live = true)
{
    model::Region r;
    r.slug = slug;
    r.prefix = prefix;
    r.nameWithoutPrefix = name;
    r.name = prefix.isEmpty() ? name : prefix + u' ' + name;
    r.live = live;
    for (const QString &alias : aliases)
        r.aliases.append({alias, std::nullopt});
    return r;
}

/// 20,000 regions: a few known ones, the rest made of syllables ("Ober-Lindau 17") under four
/// prefixes, every seventh with an alias, every hundredth hidden.
QList<model::Region> manyRegions()
{
    QList<model::Region> out{
        region(u"muenchen"_s, u"Stadt"_s, u"München"_s),
        region(u"lk-muenchen"_s, u"Landkreis"_s, u"München"_s, {u"Unterföhring"_s}),
        region(u"harburg"_s, u"Gemeinde"_s, u"Harburg"_s, {u"Mündling"_s, u"Ebermergen"_s}),
        region(u"muenster-test"_s, QString(), u"Münster Testumgebung"_s, {}, false),
        region(u"giessen"_s, u"Stadt"_s, u"Gießen"_s),
    };
    const QStringList first{u"Ober"_s, u"Unter"_s, u"Lind"_s, u"Wald"_s, u"Rosen"_s,
                            u"Saar"_s, u"Kirch"_s, u"Bad "_s, u"Neu"_s,  u"Eich"_s};
    const QStringList second{u"au"_s,    u"berg"_s,  u"dorf"_s,  u"feld"_s, u"heim"_s,
                             u"hofen"_s, u"ingen"_s, u"stadt"_s, u"tal"_s,  u"weiler"_s};
    const QStringList prefixes{u"Stadt"_s, u"Landkreis"_s, u"Gemeinde"_s, QString()};
    for (int i = int(out.size()); i < Many; ++i) {
        out.append(region(u"r%1"_s.arg(i), prefixes.at(i % 4),
                          first.at(i % 10) + second.at(i / 10 % 10) + u" %1"_s.arg(i / 100),
                          i % 7 == 0 ? QStringList{u"Ortsteil %1"_s.arg(i)} : QStringList(),
                          i % 100 != 99));
    }
    return out;
}

/// The rows as the list shows them.
QStringList rows(const QAbstractItemModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, 0).data().toString();
    return out;
}

/// The slugs of the region rows, in order.
QStringList slugRows(const QAbstractItemModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->index(row, 0).data(RegionListModel::HeaderRole).toBool())
            out << model->index(row, 0).data(RegionListModel::SlugRole).toString();
    }
    return out;
}

/// What the region search of the official app finds, worked out the plain way: every region
/// tested, the matches sorted (content::regionMatches and sortRegions).
QStringList expectedSlugs(const QList<model::Region> &regions, const QString &query)
{
    QList<model::Region> found;
    for (const model::Region &r : regions) {
        if (r.live && content::regionMatches(r, query))
            found << r;
    }
    content::sortRegions(found);
    QStringList out;
    for (const model::Region &r : found)
        out << r.slug;
    return out;
}

/// Types `text` key by key (QTest::keyClicks knows no "ü").
void type(QLineEdit *field, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QString countText(const RegionPage &page)
{
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        if (label->accessibleName() == u"Number of regions found"_s)
            return label->text();
    }
    return {};
}

} // namespace

TEST_CASE("20,000 regions: the search finds the right rows and the keyboard picks one",
          "[gui][firstrun][huge]")
{
    const QList<model::Region> regions = manyRegions();
    RegionPage page;
    page.resize(800, 600);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.setRegions(regions);
    QLineEdit *search = page.findChild<QLineEdit *>();
    RegionList *list = page.findChild<RegionList *>();
    REQUIRE(search);
    REQUIRE(list);
    const QAbstractItemModel *model = list->model();
    CHECK(list->uniformItemSizes()); // the view never asks 20,000 rows for their size

    // Browsing: every live region, A–Z under letter headers that cannot be selected.
    CHECK(slugRows(model) == expectedSlugs(regions, {}));
    const int hidden = Many / 100 + 1; // every hundredth and the test region
    CHECK(list->regionCount() == Many - hidden);
    CHECK(countText(page) == u"Regions: %1"_s.arg(Many - hidden));
    CHECK(model->index(0, 0).data().toString() == u"B"_s); // "Bad …" first
    CHECK(model->index(0, 0).data(Qt::AccessibleTextRole).toString() ==
          u"Regions starting with B"_s);
    CHECK_FALSE(model->flags(model->index(0, 0)) & Qt::ItemIsSelectable);

    // Three letters typed: accents, aliases and the hidden region as the official app has it.
    search->setFocus();
    type(search, u"mün"_s);
    const QStringList found = slugRows(model);
    CHECK(found == expectedSlugs(regions, u"mün"_s));
    // By the name without prefix, then the prefix: Landkreis before Stadt.
    CHECK(found == QStringList{u"harburg"_s, u"lk-muenchen"_s, u"muenchen"_s});
    CHECK(rows(model) == QStringList{u"H"_s, u"Gemeinde Harburg (Mündling)"_s, u"M"_s,
                                     u"Landkreis München"_s, u"Stadt München"_s});
    CHECK(countText(page) == u"Regions found: 3"_s);
    CHECK(model->index(3, 0).data(Qt::ToolTipRole).toString() == u"Also for: Unterföhring"_s);
    search->clear();
    QTest::keyClicks(search, u"MUN"_s); // without the umlaut, in capitals
    CHECK(slugRows(model) == found);
    search->clear();
    QTest::keyClicks(search, u"giess"_s); // ß typed as ss
    CHECK(slugRows(model) == QStringList{u"giessen"_s});
    search->clear();
    QTest::keyClicks(search, u"ortsteil 7"_s); // two words, through the aliases only
    const QStringList byAlias = slugRows(model);
    CHECK(byAlias == expectedSlugs(regions, u"ortsteil 7"_s));
    CHECK(byAlias.size() > 10);
    search->clear();
    QTest::keyClicks(search, u"wirschaffendas"_s); // the hidden ones only
    CHECK(slugRows(model).size() == hidden);
    CHECK(slugRows(model).contains(u"muenster-test"_s));

    // The keyboard: Down from the field selects the first region, the arrows step over the
    // headers, Up on the first goes back to the field, End and Enter pick the last.
    search->clear();
    type(search, u"mün"_s);
    QSignalSpy activated(&page, &RegionPage::regionActivated);
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(list->hasFocus());
    CHECK(page.selectedSlug() == u"harburg"_s);
    QTest::keyClick(list, Qt::Key_Down); // over the "M" header
    CHECK(list->currentIndex().row() == 3);
    CHECK(page.selectedSlug() == u"lk-muenchen"_s);
    QTest::keyClick(list, Qt::Key_Up);
    CHECK(page.selectedSlug() == u"harburg"_s);
    QTest::keyClick(list, Qt::Key_Up);
    CHECK(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_End);
    CHECK(page.selectedSlug() == u"muenchen"_s);
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated.at(0).at(0).toString() == u"muenchen"_s);

    // The selection stays while typing on, as long as the region is still listed.
    search->setFocus();
    search->end(false);
    QTest::keyClicks(search, u"chen"_s); // "münchen": Harburg (Mündling) drops out
    CHECK(slugRows(model) == QStringList{u"lk-muenchen"_s, u"muenchen"_s});
    CHECK(page.selectedSlug() == u"muenchen"_s);

    // All 20,000 again: End reaches the last region, which is shown.
    search->clear();
    QCoreApplication::processEvents(); // the view lays the rows out
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    CHECK(list->currentIndex().row() == 1); // the first region, under its header
    QTest::keyClick(list, Qt::Key_End);
    QCoreApplication::processEvents();
    CHECK(page.selectedSlug() == expectedSlugs(regions, {}).constLast());
    CHECK(list->visualRect(list->currentIndex()).intersects(list->viewport()->rect()));
}

TEST_CASE("20,000 notifications: listed lazily in their words, and Enter opens one",
          "[gui][notifications][huge]")
{
    QList<NotificationList::Entry> entries;
    const QDateTime newest(QDate(2030, 1, 1), QTime(12, 0), QTimeZone("Europe/Berlin"));
    for (int i = 0; i < Many; ++i) {
        entries.append({i % 2 ? u"augsburg"_s : u"nurnberg"_s, i % 3 ? u"de"_s : u"ar"_s,
                        u"news-%1"_s.arg(i), u"Nachricht %1"_s.arg(i),
                        i % 2 ? u"Stadt Augsburg"_s : QString(), newest.addSecs(-60 * i)});
    }
    QStringList looked;
    auto lookup = [&](const QString &slug) -> std::optional<model::Region> {
        looked << slug;
        if (slug != u"augsburg"_s)
            return std::nullopt; // not stored: the language's code is shown
        model::Region augsburg;
        augsburg.slug = slug;
        augsburg.languages = {{u"de"_s, u"de-de"_s, u"Deutsch"_s, false},
                              {u"ar"_s, u"ar-ar"_s, u"العربية"_s, true}};
        return augsburg;
    };
    NotificationListModel model;
    model.setEntries(entries, lookup);
    CHECK(model.rowCount() == Many);
    looked.sort();
    CHECK(looked == QStringList{u"augsburg"_s, u"nurnberg"_s}); // once per town, not per row
    CHECK(model.detailsMade() == 0);

    QListView view; // as the dialog sets its list up
    view.setModel(&model);
    view.setItemDelegate(new EventItemDelegate(&view));
    view.setUniformItemSizes(true);
    view.resize(600, 400);
    view.show();
    QCoreApplication::processEvents();
    view.viewport()->grab();
    CHECK(model.detailsMade() > 0);
    CHECK(model.detailsMade() < 200); // only the rows shown
    const QString time = DateText::dateTime(entries.at(0).received);
    CHECK(model.index(0).data().toString() == u"Nachricht 0"_s);
    CHECK(model.index(0).data(EventItemDelegate::DateRole).toString() ==
          u"nurnberg · العربية · %1"_s.arg(time)); // no town name stored
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_End);
    view.viewport()->grab();
    const QModelIndex last = view.currentIndex();
    REQUIRE(last.row() == Many - 1);
    CHECK(view.visualRect(last).intersects(view.viewport()->rect()));
    CHECK(last.data(Qt::AccessibleTextRole).toString() ==
          u"Nachricht %1, Stadt Augsburg · Deutsch · %2"_s.arg(Many - 1).arg(
              DateText::dateTime(entries.at(Many - 1).received)));
    CHECK(model.detailsMade() < 400);

    // The dialog: the arrows choose an entry and Enter opens it.
    QTemporaryDir dir;
    store::Store store(dir.filePath(u"integreat.sqlite"_s));
    Settings settings(dir.filePath(u"settings.ini"_s));
    NotificationList list(settings);
    for (int i = 2; i >= 0; --i)
        list.add(entries.at(i));
    NotificationsDialog dialog(store, list);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QListView *shown = dialog.listView();
    REQUIRE(shown->model()->rowCount() == 3);
    CHECK(shown->uniformItemSizes());
    CHECK(shown->model()->index(1, 0).data().toString() == u"Nachricht 1"_s);
    CHECK(shown->model()
              ->index(1, 0)
              .data(Qt::ToolTipRole)
              .toString()
              .startsWith(u"Nachricht 1\nStadt Augsburg · "_s));
    QSignalSpy opened(&dialog, &NotificationsDialog::entryActivated);
    shown->setFocus();
    QTest::keyClick(shown, Qt::Key_Home);
    QTest::keyClick(shown, Qt::Key_Down);
    QTest::keyClick(shown, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toInt() == 1);
    CHECK_FALSE(dialog.isVisible());
}
