// Test data for the events and news GUI tests: a small week of events and local and external
// news for augsburg/de, stored next to the fixture's synced pages.
#pragma once

#include "guifixture.h"

#include <QDateTime>
#include <QTimeZone>

namespace integreat::testing {

using namespace Qt::StringLiterals;

inline QDateTime local(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Europe/Berlin"));
}

inline model::Event event(const QString &slug, const QString &title, const QDateTime &start,
                          const QDateTime &end, const QString &rule = {})
{
    model::Event e;
    e.path = u"/augsburg/de/events/"_s + slug + u'/';
    e.title = title;
    e.start = start;
    e.end = end;
    e.timeZone = u"Europe/Berlin"_s;
    e.recurrenceRule = rule;
    e.lastUpdated = local(2024, 1, 1, 12);
    e.content = u"<p>Deutsch sprechen bei Kaffee und Tee.</p>"_s;
    return e;
}

/// Stores a small week of events for augsburg/de next to the synced pages.
inline void storeEvents(GuiFixture &f)
{
    store::LanguageContent content = f.storedPages();
    auto cafe =
        event(u"sprachcafe"_s, u"Sprachcafé"_s, local(2024, 1, 2, 18), local(2024, 1, 2, 20),
              u"DTSTART:20240102T170000\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH"_s);
    model::Address where;
    where.name = u"Stadtbücherei"_s;
    where.street = u"Ernst-Reuter-Platz 1"_s;
    where.postcode = u"86150"_s;
    where.town = u"Augsburg"_s;
    where.latitude = 48.3705;
    where.longitude = 10.8978;
    cafe.location = where;
    content.events = QList<model::Event>{
        cafe, event(u"beratung"_s, u"Beratung"_s, local(2024, 1, 10, 9), local(2024, 1, 10, 12)),
        event(u"fest"_s, u"Sommerfest"_s, local(2024, 7, 1, 14), local(2024, 7, 1, 20)),
        event(u"vorbei"_s, u"Vorbei"_s, local(2024, 1, 5, 9), local(2024, 1, 5, 10))};
    f.store->applyLanguage(content);
}

inline model::NewsItem newsItem(const QString &id, const QString &source, const QString &title,
                                const QDateTime &date, const QString &content)
{
    model::NewsItem item;
    item.id = id;
    item.source = source;
    item.title = title;
    item.displayDate = date;
    item.lastUpdated = date;
    item.content = content;
    item.channel = u"news"_s;
    return item;
}

/// Stores local and external news for augsburg/de (news are never deleted by a sync).
inline void storeNews(GuiFixture &f)
{
    store::LanguageContent content = f.storedPages();
    auto external = newsItem(u"tunews-5"_s, u"tunews"_s, u"Neue Regeln für Visa"_s,
                             local(2024, 1, 9, 8), u"<p>Ab März gelten <b>neue</b> Regeln.</p>"_s);
    external.externalUrl = u"https://tunewsinternational.com/visa"_s;
    content.news =
        QList<model::NewsItem>{newsItem(u"local-1"_s, u"local"_s,
                                        u"Bürgerbüro: neue Öffnungszeiten"_s, local(2024, 1, 8, 9),
                                        u"Ab Dezember auch donnerstags bis 18 Uhr.\n\nMehr unter "
                                        u"https://www.augsburg.de/buergerbuero "
                                        "oder per Mail an buergerbuero@augsburg.de."_s),
                               newsItem(u"local-2"_s, u"local"_s, u"Sprachkurse im Frühjahr"_s,
                                        local(2023, 12, 28, 9), u"Anmeldung ab sofort."_s),
                               external};
    f.store->applyLanguage(content);
}

} // namespace integreat::testing
