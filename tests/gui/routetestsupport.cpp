#include "routetestsupport.h"

#include "guifixture.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace integreat::testing {

void storeLocalNews(GuiFixture &f)
{
    store::LanguageContent content = f.storedPages();
    model::NewsItem item;
    item.id = u"local-7"_s;
    item.source = u"local"_s;
    item.title = u"Sprechstunde im Rathaus"_s;
    item.content = u"Jeden Dienstag von 9 bis 12 Uhr."_s;
    item.displayDate = QDateTime::currentDateTimeUtc();
    item.lastUpdated = item.displayDate;
    content.news = QList<model::NewsItem>{item};
    f.store->applyLanguage(content);
}

void storeManyEvents(GuiFixture &f, int count)
{
    store::LanguageContent content = f.storedPages();
    QList<model::Event> events;
    const QDateTime first(QDate(2031, 3, 2), QTime(10, 0), QTimeZone("Europe/Berlin"));
    for (int i = 0; i < count; ++i) {
        model::Event event;
        event.path = u"/augsburg/de/events/termin-%1/"_s.arg(i);
        event.title = u"Termin %1"_s.arg(i);
        event.start = first.addDays(i);
        event.end = event.start.addSecs(3600);
        event.timeZone = u"Europe/Berlin"_s;
        event.lastUpdated = first;
        events.append(event);
    }
    content.events = events;
    f.store->applyLanguage(content);
}

} // namespace integreat::testing
