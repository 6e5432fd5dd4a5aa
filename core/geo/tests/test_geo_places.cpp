// core/geo against the official app's own cases (../shared/conformance/official-app/
// places.json, opening-hours.json, contacts-locations-timestamps.json, read at run time):
// "open now" across time zones, sorting nearest first or by title, filters, 5 m merging,
// contact headlines, full addresses and geo: links; plus appointment-only days and the state
// a place's header shows.
#include "conformance.h"
#include "core/geo/openinghours.h"
#include "core/geo/placefilter.h"
#include "core/geo/placegroups.h"
#include "core/geo/placetext.h"
#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::geo;
using namespace Qt::StringLiterals;

namespace {

QList<QJsonObject> cases(const QString &file, const QString &kind)
{
    return testing::conformanceCases(file, kind);
}

QString source(const QJsonObject &c)
{
    return c.value("source"_L1).toString();
}

model::OpeningHours hoursOf(const QJsonValue &value)
{
    model::OpeningHours hours;
    for (const QJsonValue &d : value.toArray()) {
        const QJsonObject o = d.toObject();
        model::DayHours day;
        day.allDay = o.value("allDay"_L1).toBool();
        day.closed = o.value("closed"_L1).toBool();
        day.appointmentOnly = o.value("appointmentOnly"_L1).toBool();
        for (const QJsonValue &s : o.value("timeSlots"_L1).toArray()) {
            const QJsonObject so = s.toObject();
            day.timeSlots.append({so.value("start"_L1).toString(), so.value("end"_L1).toString(),
                                  so.value("timezone"_L1).toString()});
        }
        hours.append(day);
    }
    return hours;
}

model::Address addressOf(const QJsonObject &o)
{
    model::Address a;
    a.name = o.value("name"_L1).toString();
    a.street = o.value("address"_L1).toString();
    a.postcode = o.value("postcode"_L1).toString();
    a.town = o.value("town"_L1).toString();
    a.country = o.value("country"_L1).toString();
    if (o.value("latitude"_L1).isDouble())
        a.latitude = o.value("latitude"_L1).toDouble();
    if (o.value("longitude"_L1).isDouble())
        a.longitude = o.value("longitude"_L1).toDouble();
    return a;
}

/// The case's places by label.
QMap<QString, model::Place> placesOf(const QJsonObject &c)
{
    QMap<QString, model::Place> places;
    for (const QJsonValue &v : c.value("places"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        model::Place p;
        p.path = o.value("path"_L1).toString();
        p.title = o.value("title"_L1).toString();
        const QJsonObject cat = o.value("category"_L1).toObject();
        p.category = model::PlaceCategory{
            cat.value("id"_L1).toInt(), cat.value("name"_L1).toString(),
            cat.value("color"_L1).toString(), cat.value("iconName"_L1).toString(),
            cat.value("icon"_L1).toString()};
        p.address = addressOf(o.value("location"_L1).toObject());
        p.openingHours = hoursOf(o.value("opening_hours"_L1));
        p.temporarilyClosed = o.value("temporarilyClosed"_L1).toBool();
        places.insert(o.value("label"_L1).toString(), p);
    }
    return places;
}

QStringList labelsOf(const QJsonValue &value)
{
    QStringList labels;
    for (const QJsonValue &v : value.toArray())
        labels << v.toString();
    return labels;
}

LatLon pointOf(const model::Place &p)
{
    return {*p.address.latitude, *p.address.longitude};
}

} // namespace

TEST_CASE("Open now follows the official app across time zones", "[geo][hours]")
{
    for (const QJsonObject &c : cases(u"opening-hours.json"_s, u"isCurrentlyOpen"_s)) {
        INFO(source(c).toStdString());
        const QDateTime now =
            QDateTime::fromString(c.value("now"_L1).toString(), Qt::ISODateWithMs);
        REQUIRE(now.isValid());
        const QTimeZone zone(c.value("device_time_zone"_L1).toString().toUtf8());
        REQUIRE(zone.isValid());
        CHECK(hours::isOpenAt(hoursOf(c.value("opening_hours"_L1)), now, zone) ==
              c.value("expected_open"_L1).toBool());
    }
}

TEST_CASE("A week of opening hours reads open or closed now", "[geo][hours]")
{
    const QTimeZone berlin("Europe/Berlin");
    model::OpeningHours week(7);
    week[0].timeSlots = {{u"08:00"_s, u"12:00"_s, {}}, {u"13:00"_s, u"16:00"_s, {}}};
    week[1].appointmentOnly = true; // Tuesday: only with an appointment, still open hours
    week[1].timeSlots = {{u"09:00"_s, u"11:00"_s, u"Europe/Berlin"_s}};
    week[6].closed = true;
    // Monday 2025-10-13 in Berlin.
    const auto at = [&](int day, int h, int m) {
        return QDateTime(QDate(2025, 10, 13).addDays(day), QTime(h, m), berlin);
    };
    CHECK(hours::isOpenAt(week, at(0, 8, 0), berlin));
    CHECK_FALSE(hours::isOpenAt(week, at(0, 12, 0), berlin)); // end is exclusive
    CHECK_FALSE(hours::isOpenAt(week, at(0, 12, 30), berlin));
    CHECK(hours::isOpenAt(week, at(0, 15, 59), berlin));
    CHECK(hours::isOpenAt(week, at(1, 10, 0), berlin));
    CHECK_FALSE(hours::isOpenAt(week, at(6, 10, 0), berlin));
    CHECK(hours::weekdayIndex(at(6, 10, 0), berlin) == 6);
    // 10:30 in London is 11:30 in Berlin: the Berlin slot on Tuesday is over.
    const QTimeZone london("Europe/London");
    CHECK_FALSE(
        hours::isOpenAt(week, QDateTime(QDate(2025, 10, 14), QTime(10, 30), london), london));
    CHECK(hours::isOpenAt(week, QDateTime(QDate(2025, 10, 14), QTime(9, 30), london), london));

    model::Place place;
    CHECK(hours::stateAt(place, at(0, 9, 0), berlin) == hours::State::Unknown);
    place.appointmentUrl = u"https://example.org/book"_s;
    CHECK(hours::stateAt(place, at(0, 9, 0), berlin) == hours::State::AppointmentOnly);
    place.openingHours = week;
    CHECK(hours::stateAt(place, at(0, 9, 0), berlin) == hours::State::Open);
    CHECK(hours::stateAt(place, at(0, 20, 0), berlin) == hours::State::Closed);
    place.temporarilyClosed = true;
    CHECK(hours::stateAt(place, at(0, 9, 0), berlin) == hours::State::TemporarilyClosed);
    CHECK(hours::isComplete(week));
    CHECK_FALSE(hours::isComplete(model::OpeningHours(1)));
}

TEST_CASE("Places sort nearest first or by title like the official app", "[geo][places]")
{
    for (const QJsonObject &c : cases(u"places.json"_s, u"sortPlaces"_s)) {
        INFO(source(c).toStdString());
        const auto places = placesOf(c);
        const QStringList input = labelsOf(c.value("input_order"_L1));
        QList<std::optional<LatLon>> points;
        QStringList titles;
        for (const QString &label : input) {
            points.append(pointOf(places.value(label)));
            titles.append(places.value(label).title);
        }
        QList<int> order;
        const QJsonObject user = c.value("user_location"_L1).toObject();
        if (user.isEmpty())
            order = sortByTitle(titles);
        else
            order = sortByDistance(
                points,
                {user.value("latitude"_L1).toDouble(), user.value("longitude"_L1).toDouble()},
                titles);
        QStringList got;
        for (int i : order)
            got << input.at(i);
        CHECK(got == labelsOf(c.value("expected_order"_L1)));
    }
}

TEST_CASE("Filters and 5 m merging give the official app's places and markers", "[geo][places]")
{
    for (const QJsonObject &c : cases(u"places.json"_s, u"preparePlaces"_s)) {
        INFO(source(c).toStdString());
        const auto places = placesOf(c);
        const QStringList input = labelsOf(c.value("input_order"_L1));
        const QJsonObject params = c.value("params"_L1).toObject();
        const QJsonObject expected = c.value("expected"_L1).toObject();
        const QDateTime now =
            QDateTime::fromString(c.value("now"_L1).toString(), Qt::ISODateWithMs);
        PlaceFilter filter;
        if (params.value("placeCategoryId"_L1).isDouble())
            filter.categoryId = params.value("placeCategoryId"_L1).toInt();
        filter.openNow = params.value("currentlyOpen"_L1).toBool();
        QStringList shown;
        QList<LatLon> points;
        for (const QString &label : input) {
            if (filter.matches(places.value(label), now, QTimeZone("Europe/Berlin"))) {
                shown << label;
                points << pointOf(places.value(label));
            }
        }
        // Map features: merged groups of the filtered places. (The official app's features
        // come from the category filter only for the multi-place list, so compare labels.)
        const QList<QList<int>> groups = mergeNearby(points);
        const QJsonArray features = expected.value("mapFeatures"_L1).toArray();
        QList<QStringList> got;
        for (const QList<int> &group : groups) {
            QStringList labels;
            for (int i : group)
                labels << shown.at(i);
            got << labels;
        }
        QList<QStringList> want;
        for (const QJsonValue &f : features)
            want << labelsOf(f.toObject().value("places"_L1));
        // A multi-place selection narrows the list to that marker's places.
        QStringList list = shown;
        if (params.value("multiPlace"_L1).isDouble()) {
            const int index = params.value("multiPlace"_L1).toInt();
            if (index < got.size())
                list = got.at(index);
        }
        CHECK(list == labelsOf(expected.value("places"_L1)));
        if (!filter.openNow || features.size() == 1)
            CHECK(got == want);
    }
}

TEST_CASE("Contact headlines and addresses read like the official app", "[geo][places]")
{
    for (const QJsonObject &c :
         cases(u"contacts-locations-timestamps.json"_s, u"contact_headline"_s)) {
        INFO(source(c).toStdString());
        const QJsonObject in = c.value("input"_L1).toObject();
        model::Contact contact;
        contact.name = in.value("name"_L1).toString();
        contact.areaOfResponsibility = in.value("areaOfResponsibility"_L1).toString();
        CHECK(contactHeadline(contact) == c.value("expected"_L1).toString());
    }
    for (const QJsonObject &c :
         cases(u"contacts-locations-timestamps.json"_s, u"location_fullAddress"_s)) {
        INFO(source(c).toStdString());
        CHECK(fullAddress(addressOf(c.value("input"_L1).toObject())) ==
              c.value("expected"_L1).toString());
    }
    for (const QJsonObject &c : cases(u"places.json"_s, u"getExternalMapsLink"_s)) {
        if (c.value("platform"_L1).toString() != u"android"_s)
            continue;
        INFO(source(c).toStdString());
        CHECK(geoUri(addressOf(c.value("location"_L1).toObject())) ==
              c.value("expected"_L1).toString());
    }
}

TEST_CASE("The web map link points at the place on OpenStreetMap", "[geo][places]")
{
    model::Address a;
    a.latitude = 48.3689;
    a.longitude = 10.8978;
    const QUrl url = webMapUrl(a);
    CHECK(url.host() == u"www.openstreetmap.org"_s);
    CHECK(url.query().contains(u"mlat=48.3689"_s));
    CHECK(url.fragment() == u"map=18/48.3689/10.8978"_s);
}
