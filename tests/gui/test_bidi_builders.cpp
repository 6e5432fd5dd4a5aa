// The HTML the app builds itself for right-to-left content: events, news, addresses and
// contacts isolate their numbers; left-to-right content stays as it was.
#include "core/geo/placetext.h"
#include "desktop/events/eventhtml.h"
#include "desktop/news/newshtml.h"
#include "desktop/places/placedetailhtml.h"
#include "desktop/presentation/eventdatetext.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;

namespace {

const QChar lri(0x2066), fsi(0x2068), pdi(0x2069);

QString iso(const QString &text)
{
    return lri + text + pdi;
}

} // namespace

TEST_CASE("RTL builders: addresses and contacts are isolates only in RTL content")
{
    model::Address address;
    address.name = u"مكتب 3.14"_s;
    address.street = u"Rathausplatz 1"_s;
    address.postcode = u"86150"_s;
    address.town = u"Augsburg"_s;
    CHECK(geo::addressLines(address) ==
          QStringList{u"مكتب 3.14"_s, u"Rathausplatz 1"_s, u"86150 Augsburg"_s});
    CHECK(geo::addressLines(address, true) == QStringList{u"مكتب "_s + iso(u"3.14"_s),
                                                          fsi + u"Rathausplatz 1"_s + pdi,
                                                          fsi + u"86150 Augsburg"_s + pdi});
    // The geo: URI and map searches never carry isolates.
    CHECK(geo::fullAddress(address) == u"مكتب 3.14, Rathausplatz 1, 86150 Augsburg"_s);
    CHECK(geo::contactText(u"+49 821 324-0"_s) == u"+49 821 324-0"_s);
    CHECK(geo::contactText(u"+49 821 324-0"_s, true) == iso(u"+49 821 324-0"_s));
}

TEST_CASE("RTL builders: opening hours keep each range left to right")
{
    model::DayHours day;
    day.timeSlots = {{u"08:00"_s, u"12:00"_s, {}}, {u"14:00"_s, u"18:00"_s, {}}};
    // A word joiner after each dash keeps a range on one line.
    CHECK(PlaceDetailHtml::dayText(day) == u"08:00–\u206012:00, 14:00–\u206018:00"_s);
    CHECK(PlaceDetailHtml::dayText(day, true) ==
          iso(u"08:00–\u206012:00"_s) + u"، "_s + iso(u"14:00–\u206018:00"_s));
}

TEST_CASE("RTL builders: an event page in Arabic isolates its date, times and address")
{
    model::Event event;
    event.title = u"دورة اللغة 2026/27"_s;
    event.start = QDateTime(QDate(2026, 12, 7), QTime(18, 0), QTimeZone::utc());
    event.end = QDateTime(QDate(2026, 12, 7), QTime(20, 0), QTimeZone::utc());
    event.location = model::Address{
        u"Stadtbücherei"_s, u"Ernst-Reuter-Platz 1"_s, u"86150"_s, u"Augsburg"_s, {}, {}, {}};
    const events::Occurrence date{event.start, event.end, false};
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QString rtl = EventHtml::page(event, date, {}, {english, false, true});
    CHECK(rtl.contains(iso(u"2026/27"_s)));
    CHECK(rtl.contains(iso(u"18:00 – 20:00"_s)));
    CHECK(rtl.contains(fsi + u"86150 Augsburg"_s + pdi));
    const QString ltr = EventHtml::page(event, date, {}, {english, false, false});
    CHECK_FALSE(ltr.contains(lri));
    CHECK_FALSE(ltr.contains(fsi));
    CHECK(ltr.contains(u"18:00 – 20:00"_s));
    // An RTL UI language isolates the times in the date line itself (list rows too).
    const QString arabicLine = EventDateText::dateLine(date, QLocale(u"ar_EG"_s));
    CHECK(arabicLine.count(lri) >= 1);
    CHECK(EventDateText::dateLine(date, english).count(lri) == 0);
}

TEST_CASE("RTL builders: local news in Arabic isolate numbers and phone links")
{
    const QString text = u"المكتب مفتوح 08:00-12:00، اتصل 0821 324 0 أو +49 821 324-0"_s;
    const QString rtl = NewsHtml::linkified(text, true);
    CHECK(rtl.contains(iso(u"08:00-12:00"_s)));
    CHECK(rtl.contains(u"\">"_s + iso(u"+49 821 324-0"_s) + u"</a>"_s));
    CHECK(rtl.count(lri) == rtl.count(pdi));
    const QString ltr = NewsHtml::linkified(text);
    CHECK_FALSE(ltr.contains(lri));
    CHECK(ltr.contains(u"\">+49 821 324-0</a>"_s));
}
