// integreat-dialoglistbench: the first-run region chooser with 20,000 regions and the
// notifications list with 20,000 rows (issue 11, the lists as model views; sibling of
// integreat-listbench). "new" is what the app does: RegionPage (a RegionListModel over a
// content::RegionIndex in a QListView of one row height) and the notifications dialog's
// NotificationListModel in a list view set up as the dialog sets it up; "old" is the former way,
// rebuilt here only for comparison: QListWidgets with an item per row and every text made up
// front, the region search normalizing every name and sorting the matches on every key. Times
// filling up to the first paint, typing three letters ("m", "mü", "mün": filter, rows, layout
// and paint per key, the median of 5 rounds) and clearing the field, or for the notifications
// scrolling to the end; each list is a fresh child process (peak RSS is its own). Prints
// figures; asserts nothing.
#include "core/content/regionfilter.h"
#include "desktop/common/theme.h"
#include "desktop/events/eventitemdelegate.h"
#include "desktop/firstrun/regionlist.h"
#include "desktop/firstrun/regionpage.h"
#include "desktop/notify/notificationlistmodel.h"
#include "desktop/presentation/datetext.h"
#include "desktop/presentation/languages.h"
#include "procstatus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace integreat;
using integreat::bench::statusKb;

namespace {

constexpr int Rows = 20000;
constexpr int Rounds = 5;
const QStringList Keys{u"m"_s, u"ü"_s, u"n"_s};

/// 20,000 regions: German-looking names from syllables (umlauts and ß among them) under four
/// prefixes, every fifth with one to three aliases, one in a hundred hidden.
QList<model::Region> manyRegions()
{
    const QStringList first{u"Mün"_s,  u"Nürn"_s, u"Augs"_s,  u"Ber"_s,   u"Kiss"_s,
                            u"Gieß"_s, u"Saar"_s, u"Lands"_s, u"Ober"_s,  u"Unter"_s,
                            u"Neu"_s,  u"Alt"_s,  u"Mar"_s,   u"Rosen"_s, u"Lind"_s,
                            u"Wald"_s, u"Bad "_s, u"Hoch"_s,  u"Mitt"_s,  u"Öden"_s};
    const QStringList second{u"chen"_s,  u"berg"_s, u"burg"_s,  u"ingen"_s,   u"hausen"_s,
                             u"feld"_s,  u"dorf"_s, u"stadt"_s, u"bach"_s,    u"heim"_s,
                             u"au"_s,    u"tal"_s,  u"brück"_s, u"kirchen"_s, u"weiler"_s,
                             u"hofen"_s, u"münd"_s, u"roda"_s,  u"see"_s,     u"wang"_s};
    const QStringList prefixes{u"Stadt"_s, u"Landkreis"_s, u"Gemeinde"_s, QString()};
    QList<model::Region> out;
    out.reserve(Rows);
    for (int i = 0; i < Rows; ++i) {
        model::Region r;
        r.id = i + 1;
        r.slug = u"region-%1"_s.arg(i);
        r.prefix = prefixes.at(i % prefixes.size());
        r.nameWithoutPrefix = first.at(i % first.size()) +
                              second.at((i / first.size()) % second.size()) +
                              (i >= 400 ? u" %1"_s.arg(i / 400) : QString());
        r.name = r.prefix.isEmpty() ? r.nameWithoutPrefix : r.prefix + u' ' + r.nameWithoutPrefix;
        r.live = i % 100 != 99;
        if (i % 5 == 0) {
            for (int a = 0; a <= i % 3; ++a)
                r.aliases.append({second.at((i + a) % second.size()) + u"ort "_s +
                                      first.at((i / 7 + a) % first.size()),
                                  std::nullopt});
        }
        out.append(r);
    }
    return out;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// The delayed layout, then a paint of the viewport, as the event loop would.
void paint(QAbstractItemView *view)
{
    QCoreApplication::processEvents();
    view->viewport()->grab();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// --- the former region list (RegionList as a QListWidget, RegionPage::refresh with
// content::filterRegions normalizing and sorting on every call)

QString oldGroupLetter(const model::Region &region)
{
    const QString name = content::normalizeRegionText(
        region.nameWithoutPrefix.isEmpty() ? region.name : region.nameWithoutPrefix);
    if (!name.isEmpty() && name.at(0).isLetter())
        return name.left(1).toUpper();
    return u"#"_s;
}

QStringList oldMatchedAliases(const model::Region &region, const QString &query)
{
    QStringList out;
    if (content::regionWords(query).isEmpty())
        return out;
    model::Region nameOnly = region;
    nameOnly.aliases.clear();
    if (content::regionMatches(nameOnly, query))
        return out;
    for (const model::RegionAlias &alias : region.aliases) {
        model::Region probe;
        probe.name = alias.name;
        if (content::regionMatches(probe, query) && out.size() < 3)
            out << alias.name;
    }
    return out;
}

QList<model::Region> oldFilter(const QList<model::Region> &regions, const QString &query)
{
    QList<model::Region> out;
    for (const model::Region &region : regions) {
        if (region.live && content::regionMatches(region, query))
            out.append(region);
    }
    content::sortRegions(out);
    return out;
}

void oldShowRegions(QListWidget &list, const QList<model::Region> &regions, const QString &query)
{
    const desktop::Theme &theme = desktop::Theme::current();
    list.clear();
    const QList<model::Region> matches = oldFilter(regions, query);
    QString letter;
    for (const model::Region &region : matches) {
        const QString group = oldGroupLetter(region);
        if (group != letter) {
            letter = group;
            auto *header = new QListWidgetItem(letter, &list);
            header->setFlags(Qt::ItemIsEnabled);
            header->setData(Qt::UserRole + 1, true);
            header->setData(Qt::AccessibleTextRole, u"Regions starting with %1"_s.arg(letter));
            header->setFont(theme.font(desktop::Theme::FontRole::Heading));
            header->setForeground(theme.textMuted);
            header->setBackground(theme.surfaceAlt);
        }
        QString text = region.name;
        const QStringList aliases = oldMatchedAliases(region, query);
        if (!aliases.isEmpty())
            text = u"%1 (%2)"_s.arg(region.name, aliases.join(u", "_s));
        auto *row = new QListWidgetItem(text, &list);
        row->setData(Qt::UserRole, region.slug);
        row->setData(Qt::UserRole + 1, false);
        if (!region.aliases.isEmpty()) {
            QStringList all;
            for (const model::RegionAlias &alias : region.aliases)
                all << alias.name;
            row->setToolTip(u"Also for: %1"_s.arg(all.join(u", "_s)));
        }
    }
}

/// One region chooser in this process: prints "fillMs m mü mün clearMs rows peakKb baseKb".
int runRegions(bool old)
{
    const QList<model::Region> regions = manyRegions();
    const qint64 baseKb = statusKb("VmRSS");
    QWidget window;
    window.resize(800, 600);
    auto *layout = new QVBoxLayout(&window);
    QLineEdit *search = nullptr;
    QAbstractItemView *view = nullptr;
    std::function<int()> rows;
    QElapsedTimer timer;
    timer.start();
    if (old) {
        search = new QLineEdit(&window);
        auto *list = new QListWidget(&window);
        list->setStyleSheet(u"QListWidget::item { padding: 5px 8px; }"_s);
        layout->addWidget(search);
        layout->addWidget(list, 1);
        QObject::connect(
            search, &QLineEdit::textChanged, list,
            [&regions, list](const QString &query) { oldShowRegions(*list, regions, query); });
        window.show();
        oldShowRegions(*list, regions, {});
        view = list;
        rows = [list] {
            return list->count();
        };
    } else {
        auto *page = new desktop::RegionPage(&window);
        layout->addWidget(page);
        window.show();
        page->setRegions(regions);
        search = page->findChild<QLineEdit *>();
        view = page->findChild<desktop::RegionList *>();
        rows = [view] {
            return view->model()->rowCount();
        };
    }
    paint(view);
    const double fillMs = msSince(timer);

    QList<double> perKey[3];
    QList<double> clears;
    int rowsFound = 0;
    for (int round = 0; round < Rounds; ++round) {
        search->setFocus();
        for (int k = 0; k < Keys.size(); ++k) {
            timer.restart();
            search->insert(Keys.at(k)); // as a key typed at the end
            paint(view);
            perKey[k].append(msSince(timer));
        }
        rowsFound = rows();
        timer.restart();
        search->clear();
        paint(view);
        clears.append(msSince(timer));
    }
    std::printf("%.1f %.1f %.1f %.1f %.1f %d %lld %lld\n", fillMs, median(perKey[0]),
                median(perKey[1]), median(perKey[2]), median(clears), rowsFound,
                static_cast<long long>(statusKb("VmHWM")), static_cast<long long>(baseKb));
    return 0;
}

// --- notifications

QList<desktop::NotificationListModel::Entry> manyEntries()
{
    QList<desktop::NotificationListModel::Entry> out;
    out.reserve(Rows);
    const QDateTime newest(QDate(2030, 1, 1), QTime(12, 0), QTimeZone("Europe/Berlin"));
    for (int i = 0; i < Rows; ++i) {
        const bool arabic = i % 3 == 0;
        out.append({i % 2 ? u"augsburg"_s : u"nurnberg"_s, arabic ? u"ar"_s : u"de"_s,
                    u"news-%1"_s.arg(i),
                    arabic ? u"دورات لغة جديدة في مركز الحي %1"_s.arg(i)
                           : u"Neue Sprachkurse im Stadtteilzentrum (Nachricht %1)"_s.arg(i),
                    i % 2 ? u"Stadt Augsburg"_s : u"Nürnberg"_s, newest.addSecs(-60 * i)});
    }
    return out;
}

std::optional<model::Region> regionOf(const QString &slug)
{
    model::Region region;
    region.slug = slug;
    region.languages = {{u"de"_s, u"de-de"_s, u"Deutsch"_s, false},
                        {u"ar"_s, u"ar-ar"_s, u"العربية"_s, true}};
    return region;
}

/// The former dialog list: NotificationsDialog::reload as it was, one item per entry (the
/// store read per entry replaced by the same lookup the new list gets).
void fillOldNotifications(QListWidget &list,
                          const QList<desktop::NotificationListModel::Entry> &entries)
{
    for (const auto &entry : entries) {
        const std::optional<model::Region> region = regionOf(entry.region);
        const QString language = desktop::ContentLanguage::of(region, entry.language).nativeName;
        const QString details =
            u"%1 · %2 · %3"_s.arg(entry.town.isEmpty() ? entry.region : entry.town,
                                  language.isEmpty() ? entry.language : language,
                                  desktop::DateText::dateTime(entry.received));
        auto *item = new QListWidgetItem(entry.title + u'\n' + details, &list);
        item->setData(Qt::AccessibleTextRole, u"%1, %2"_s.arg(entry.title, details));
    }
}

/// One notifications list in this process: prints "fillMs endMs peakKb baseKb".
int runNotifications(bool old)
{
    const auto entries = manyEntries();
    const qint64 baseKb = statusKb("VmRSS");
    QWidget window;
    window.resize(800, 600);
    QAbstractItemView *view = nullptr;
    QElapsedTimer timer;
    timer.start();
    if (old) {
        auto *list = new QListWidget(&window);
        list->setWordWrap(true);
        list->setAlternatingRowColors(true);
        list->resize(window.size());
        window.show();
        fillOldNotifications(*list, entries);
        view = list;
    } else {
        // As NotificationsDialog sets its list up.
        auto *model = new desktop::NotificationListModel(&window);
        auto *list = new QListView(&window);
        list->setModel(model);
        list->setItemDelegate(new desktop::EventItemDelegate(list));
        list->setUniformItemSizes(true);
        list->setAlternatingRowColors(true);
        list->resize(window.size());
        window.show();
        model->setEntries(entries, regionOf);
        view = list;
    }
    paint(view);
    const double fillMs = msSince(timer);
    timer.restart();
    view->scrollToBottom();
    paint(view);
    const double endMs = msSince(timer);
    std::printf("%.1f %.1f %lld %lld\n", fillMs, endMs, static_cast<long long>(statusKb("VmHWM")),
                static_cast<long long>(baseKb));
    return 0;
}

QString mode(bool old)
{
    return old ? u"old"_s : u"new"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption one(
        u"one"_s, u"Measure one list (regions, notifications) and print raw figures."_s, u"kind"_s);
    const QCommandLineOption modeOption(u"mode"_s, u"new or old (with --one)."_s, u"mode"_s,
                                        u"new"_s);
    parser.addOptions({one, modeOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(one)) {
        const bool old = parser.value(modeOption) == "old"_L1;
        return parser.value(one) == "regions"_L1 ? runRegions(old) : runNotifications(old);
    }

    std::printf("Region chooser with 20,000 regions, 800x600 offscreen; new = model view, old = "
                "QListWidget (former), each a fresh process; per key the median of %d rounds\n",
                Rounds);
    std::printf("  %-4s %10s %8s %8s %8s %10s %8s %12s\n", "", "fill ms", "m ms", "mü ms", "mün ms",
                "clear ms", "rows", "peak RSS +MB");
    for (const bool old : {false, true}) {
        const QList<double> n =
            bench::runSelf({u"--one"_s, u"regions"_s, u"--mode"_s, mode(old)}, 600000, 8);
        if (n.isEmpty()) {
            std::printf("  %-4s did not finish\n", qPrintable(mode(old)));
            continue;
        }
        std::printf("  %-4s %10.1f %8.1f %8.1f %8.1f %10.1f %8.0f %12.1f\n", qPrintable(mode(old)),
                    n.at(0), n.at(1), n.at(2), n.at(3), n.at(4), n.at(5),
                    (n.at(6) - n.at(7)) / 1024.0);
    }
    std::printf("  (target: each key <= 100 ms; rows = rows listed after \"mün\", headers "
                "included)\n");
    std::printf("Notifications list with 20,000 rows, 800x600 offscreen\n");
    std::printf("  %-4s %14s %14s %14s\n", "", "fill+paint ms", "to end ms", "peak RSS +MB");
    for (const bool old : {false, true}) {
        const QList<double> n =
            bench::runSelf({u"--one"_s, u"notifications"_s, u"--mode"_s, mode(old)}, 600000, 4);
        if (n.isEmpty()) {
            std::printf("  %-4s did not finish\n", qPrintable(mode(old)));
            continue;
        }
        std::printf("  %-4s %14.1f %14.1f %14.1f\n", qPrintable(mode(old)), n.at(0), n.at(1),
                    (n.at(2) - n.at(3)) / 1024.0);
    }
    return 0;
}
