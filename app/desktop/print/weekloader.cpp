#include "desktop/print/weekloader.h"

#include "core/events/recurrence.h"
#include "core/store/store.h"
#include "desktop/print/weekhtml.h"

#include <QHash>
#include <QMap>
#include <QTranslator>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::print {

namespace {

/// At most this many dates of one event in the week (an hourly rule has 168).
constexpr int MaxDatesPerEvent = 7 * 24 + 1;

/// One event under one day: its dates that day.
struct Listed
{
    model::Event event;
    QList<events::Occurrence> dates;
    bool irregular = false;
};

using Week = QMap<QDate, QList<Listed>>;

/// The events' dates within [first, last], each under the day it starts (one under way since
/// before the week under its first day), in the order of the day: by time, then title.
Week expandWeek(const QList<model::Event> &stored, const QDate &first, const QDate &last)
{
    const QDateTime from(first, QTime(0, 0));
    const QDateTime until(last, QTime(23, 59, 59));
    Week week;
    for (const model::Event &event : stored) {
        const auto expansion = events::Recurrence(event).expand(from, MaxDatesPerEvent, until);
        for (const events::Occurrence &date : expansion.dates) {
            const QDate day = std::max(date.start.date(), first);
            if (day > last)
                continue;
            QList<Listed> &listed = week[day];
            const auto same = std::find_if(listed.begin(), listed.end(), [&](const Listed &l) {
                return l.event.path == event.path;
            });
            if (same != listed.end())
                same->dates << date;
            else
                listed << Listed{event, {date}, expansion.irregular};
        }
    }
    for (QList<Listed> &listed : week) {
        std::stable_sort(listed.begin(), listed.end(), [](const Listed &a, const Listed &b) {
            const QDateTime aStart = a.dates.constFirst().start;
            const QDateTime bStart = b.dates.constFirst().start;
            if (aStart != bStart)
                return aStart < bStart;
            return a.event.title.localeAwareCompare(b.event.title) < 0;
        });
    }
    return week;
}

/// The column's "last updated": the language's last sync, else its newest event.
QDateTime lastUpdated(const store::Store &store, const QString &region, const QString &language,
                      const QList<model::Event> &events)
{
    QDateTime newest = store.lastSync({region, language});
    if (newest.isValid())
        return newest;
    for (const model::Event &event : events)
        if (!newest.isValid() || event.lastUpdated > newest)
            newest = event.lastUpdated;
    return newest;
}

} // namespace

HandoutLoader::Result WeekLoader::load(const store::Store &store, const HandoutRequest &request)
{
    return build(read(store, request));
}

WeekLoader::Source WeekLoader::read(const store::Store &store, const HandoutRequest &request)
{
    Source source;
    source.request = request;
    source.spec = HandoutLoader::emptySpec(store, request);
    source.second = request.secondLanguage == request.language ? QString() : request.secondLanguage;
    source.stored = store.events(request.region, request.language);
    if (!source.second.isEmpty())
        source.translations = store.events(request.region, source.second);
    for (const QString &language : {request.language, source.second}) {
        if (!language.isEmpty() &&
            (language == request.language ? source.stored : source.translations).isEmpty()) {
            source.error = tr("No events of %1 are stored in “%2”: there is nothing to print.")
                               .arg(source.spec.regionName, language);
            return source;
        }
    }
    source.left = HandoutLoader::emptyColumn(store, request.region, request.language);
    source.left.lastUpdated = lastUpdated(store, request.region, request.language, source.stored);
    source.left.sourceUrl =
        Handout::webUrl(u"/%1/%2/events/"_s.arg(request.region, request.language));
    if (!source.second.isEmpty()) {
        source.right = HandoutLoader::emptyColumn(store, request.region, source.second);
        source.right.lastUpdated =
            lastUpdated(store, request.region, source.second, source.translations);
        source.right.sourceUrl =
            Handout::webUrl(u"/%1/%2/events/"_s.arg(request.region, source.second));
    }
    return source;
}

HandoutLoader::Result WeekLoader::build(const Source &source)
{
    HandoutLoader::Result result;
    if (!source.error.isEmpty()) {
        result.error = source.error;
        return result;
    }
    const HandoutRequest &request = source.request;
    const QString &second = source.second;
    QHash<QString, model::Event> byPath;
    for (const model::Event &event : source.translations)
        byPath.insert(event.path, event);

    const QDate first = request.weekStart.isValid() ? request.weekStart : QDate::currentDate();
    const QDate last = first.addDays(Days - 1);
    const Week week = expandWeek(source.stored, first, last);

    Handout::Column left = source.left;
    Handout::Column right = source.right;
    QTranslator leftCatalog;
    QTranslator rightCatalog;
    const WeekHtml::Options leftOptions = HandoutLoader::options(request.language, leftCatalog);
    const WeekHtml::Options rightOptions =
        second.isEmpty() ? WeekHtml::Options() : HandoutLoader::options(second, rightCatalog);
    const auto both = [&](const auto &html) {
        left.rowsHtml << html(leftOptions);
        if (!second.isEmpty())
            right.rowsHtml << html(rightOptions);
    };
    both([&](const WeekHtml::Options &o) { return WeekHtml::title(first, last, o); });
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        both([&](const WeekHtml::Options &o) { return WeekHtml::day(day, o); });
        const QList<Listed> listed = week.value(day);
        if (listed.isEmpty())
            both([&](const WeekHtml::Options &o) { return WeekHtml::noEvents(o); });
        for (const Listed &item : listed) {
            left.rowsHtml << WeekHtml::event(item.event, item.dates, item.irregular, leftOptions);
            if (second.isEmpty())
                continue;
            // The pair as the item handouts find it; the CMS's untranslated fallback (German
            // text without a translation id) counts as not translated.
            const auto pair = byPath.constFind(item.event.availableLanguages.value(second));
            right.rowsHtml << (pair != byPath.cend() && pair->id
                                   ? WeekHtml::event(*pair, item.dates, item.irregular,
                                                     rightOptions)
                                   : WeekHtml::notTranslated(rightOptions));
        }
    }
    Handout::Spec spec = source.spec;
    spec.columns << left;
    if (!second.isEmpty())
        spec.columns << right;
    result.spec = std::move(spec);
    return result;
}

} // namespace integreat::print
