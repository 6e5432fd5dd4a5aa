// Places (`locations/`) and their categories (`location-categories/`): api.md §3.5, §3.6.
// Two vintages: `contacts[]` (2025+) and the top-level website/email/phone_number (2024).
#include "core/api/mapcommon.h"
#include "core/api/mappers.h"

using namespace Qt::StringLiterals;

namespace integreat::api {

namespace {

constexpr qsizetype kDaysPerWeek = 7;

model::PlaceCategory mapCategory(const QJsonObject &object, json::ItemIssues &issues)
{
    model::PlaceCategory category;
    const auto id = json::integer(object.value("id"_L1));
    if (!id)
        issues.skip(u"'id' is not an integer but %1"_s.arg(json::typeName(object.value("id"_L1))));
    category.id = id.value_or(0);
    category.name = json::string(object, "name"_L1);
    category.color = json::string(object, "color"_L1);
    category.icon = json::string(object, "icon"_L1);
    category.iconUrl = json::string(object, "icon_url"_L1);
    return category; // the legacy "icon_color" ("office_#1DC6C6") repeats icon + color
}

model::DayHours readDay(const QJsonValue &value)
{
    model::DayHours day;
    if (!value.isObject()) { // a day we cannot read is a day we must not call open
        day.closed = true;
        return day;
    }
    const QJsonObject object = value.toObject();
    day.allDay = json::boolean(object, "allDay"_L1, false);
    day.closed = json::boolean(object, "closed"_L1, false);
    day.appointmentOnly = json::boolean(object, "appointmentOnly"_L1, false);
    const QJsonArray slotList = object.value("timeSlots"_L1).toArray();
    for (const QJsonValue slotValue : slotList) {
        const QJsonObject slot = slotValue.toObject();
        model::TimeSlot timeSlot{json::string(slot, "start"_L1).trimmed(),
                                 json::string(slot, "end"_L1).trimmed(),
                                 json::string(slot, "timezone"_L1).trimmed()};
        if (!timeSlot.start.isEmpty() || !timeSlot.end.isEmpty())
            day.timeSlots.append(timeSlot);
    }
    return day;
}

/// null -> empty; a list -> one entry per day, Monday first.
model::OpeningHours readOpeningHours(const QJsonValue &value, const QString &what,
                                     json::ItemIssues &issues)
{
    model::OpeningHours hours;
    if (!value.isArray()) {
        if (!value.isNull() && !value.isUndefined())
            issues.note(u"%1 is %2, not a list; ignored"_s.arg(what, json::typeName(value)));
        return hours;
    }
    const QJsonArray days = value.toArray();
    for (const QJsonValue day : days)
        hours.append(readDay(day));
    if (!hours.isEmpty() && hours.size() != kDaysPerWeek)
        issues.note(u"%1 has %2 days, not 7"_s.arg(what).arg(hours.size()));
    return hours;
}

model::Contact readContact(const QJsonObject &object, json::ItemIssues &issues)
{
    model::Contact contact;
    contact.name = json::string(object, "name"_L1);
    contact.areaOfResponsibility = json::string(object, "area_of_responsibility"_L1);
    contact.email = json::string(object, "email"_L1);
    contact.phone = json::string(object, "phone_number"_L1);
    contact.mobile = json::string(object, "mobile_number"_L1);
    contact.website = json::string(object, "website"_L1);
    contact.openingHours = readOpeningHours(object.value("opening_hours"_L1),
                                            u"a contact's 'opening_hours'"_s, issues);
    contact.appointmentUrl = json::string(object, "appointment_url"_L1);
    return contact;
}

QList<model::Contact> readContacts(const QJsonObject &object, json::ItemIssues &issues)
{
    QList<model::Contact> contacts;
    const QJsonArray list = object.value("contacts"_L1).toArray();
    for (const QJsonValue value : list) {
        if (value.isObject())
            contacts.append(readContact(value.toObject(), issues));
        else
            issues.note(u"a contact is %1, not an object; ignored"_s.arg(json::typeName(value)));
    }
    if (!contacts.isEmpty())
        return contacts;
    // The 2024 schema: one primary contact spread over the place itself.
    model::Contact legacy;
    legacy.website = json::string(object, "website"_L1);
    legacy.email = json::string(object, "email"_L1);
    legacy.phone = json::string(object, "phone_number"_L1);
    if (!legacy.website.isEmpty() || !legacy.email.isEmpty() || !legacy.phone.isEmpty())
        contacts.append(legacy);
    return contacts;
}

model::Place mapPlace(const QJsonObject &object, json::ItemIssues &issues)
{
    model::Place place;
    detail::readContentBase(object, place, issues);
    if (issues.skipped())
        return place;
    const QJsonValue category = object.value("category"_L1);
    if (category.isObject()) {
        json::ItemIssues categoryIssues;
        const model::PlaceCategory mapped = mapCategory(category.toObject(), categoryIssues);
        if (categoryIssues.skipped())
            issues.note(u"category ignored: "_s + categoryIssues.skipReason());
        else
            place.category = mapped;
    }
    place.address = detail::readAddress(object.value("location"_L1));
    place.openingHours =
        readOpeningHours(object.value("opening_hours"_L1), u"'opening_hours'"_s, issues);
    place.temporarilyClosed = json::boolean(object, "temporarily_closed"_L1, false);
    place.appointmentUrl = json::string(object, "appointment_url"_L1);
    place.barrierFree = json::boolean(object.value("barrier_free"_L1));
    place.organization = detail::readOrganization(object.value("organization"_L1));
    place.metaDescription = json::string(object, "meta_description"_L1);
    place.icon = json::string(object, "icon"_L1);
    place.contacts = readContacts(object, issues);
    return place;
}

} // namespace

MapResult<model::Place> mapPlaces(const QJsonDocument &doc)
{
    return json::mapItems<model::Place>(doc, "places"_L1, json::Shape::List, mapPlace);
}

MapResult<model::PlaceCategory> mapPlaceCategories(const QJsonDocument &doc)
{
    return json::mapItems<model::PlaceCategory>(doc, "place categories"_L1, json::Shape::List,
                                                mapCategory);
}

} // namespace integreat::api
