#include "core/store/jsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace integreat::store::codec {

using namespace Qt::StringLiterals;

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

QJsonArray parseArray(const QString &json)
{
    return json.isEmpty() ? QJsonArray() : QJsonDocument::fromJson(json.toUtf8()).array();
}

std::optional<double> optionalDouble(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QJsonArray toArray(const model::OpeningHours &hours)
{
    QJsonArray days;
    for (const model::DayHours &day : hours) {
        QJsonArray slotList;
        for (const model::TimeSlot &slot : day.timeSlots) {
            QJsonObject s{{u"start"_s, slot.start}, {u"end"_s, slot.end}};
            if (!slot.timeZone.isEmpty())
                s.insert(u"timeZone"_s, slot.timeZone);
            slotList.append(s);
        }
        days.append(QJsonObject{{u"allDay"_s, day.allDay},
                                {u"closed"_s, day.closed},
                                {u"appointmentOnly"_s, day.appointmentOnly},
                                {u"slots"_s, slotList}});
    }
    return days;
}

} // namespace

QString toIso(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::UTC || time.timeSpec() == Qt::OffsetFromUTC)
        return time.toString(Qt::ISODateWithMs);
    // Local and zone times print without an offset: pin the offset they have at that instant.
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

std::optional<qint64> sortKey(const QDateTime &time)
{
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}

QString toJson(const model::Organization &organization)
{
    return compact(QJsonObject{{u"name"_s, organization.name},
                               {u"website"_s, organization.website},
                               {u"logoUrl"_s, organization.logoUrl}});
}

model::Organization organizationFromJson(const QString &json)
{
    const QJsonObject o = parseObject(json);
    return {o.value(u"name"_s).toString(), o.value(u"website"_s).toString(),
            o.value(u"logoUrl"_s).toString()};
}

QString toJson(const model::Address &address)
{
    QJsonObject o{{u"name"_s, address.name},
                  {u"street"_s, address.street},
                  {u"postcode"_s, address.postcode},
                  {u"town"_s, address.town},
                  {u"country"_s, address.country}};
    if (address.latitude)
        o.insert(u"latitude"_s, *address.latitude);
    if (address.longitude)
        o.insert(u"longitude"_s, *address.longitude);
    return compact(o);
}

model::Address addressFromJson(const QString &json)
{
    const QJsonObject o = parseObject(json);
    model::Address address;
    address.name = o.value(u"name"_s).toString();
    address.street = o.value(u"street"_s).toString();
    address.postcode = o.value(u"postcode"_s).toString();
    address.town = o.value(u"town"_s).toString();
    address.country = o.value(u"country"_s).toString();
    address.latitude = optionalDouble(o, u"latitude"_s);
    address.longitude = optionalDouble(o, u"longitude"_s);
    return address;
}

QString toJson(const model::OpeningHours &hours)
{
    return hours.isEmpty() ? QString() : compact(toArray(hours));
}

model::OpeningHours openingHoursFromJson(const QString &json)
{
    model::OpeningHours hours;
    for (const QJsonValue &dayValue : parseArray(json)) {
        const QJsonObject d = dayValue.toObject();
        model::DayHours day;
        day.allDay = d.value(u"allDay"_s).toBool();
        day.closed = d.value(u"closed"_s).toBool();
        day.appointmentOnly = d.value(u"appointmentOnly"_s).toBool();
        for (const QJsonValue &slotValue : d.value(u"slots"_s).toArray()) {
            const QJsonObject s = slotValue.toObject();
            day.timeSlots.append({s.value(u"start"_s).toString(), s.value(u"end"_s).toString(),
                                  s.value(u"timeZone"_s).toString()});
        }
        hours.append(day);
    }
    return hours;
}

QString toJson(const QList<model::Offer> &offers)
{
    QJsonArray array;
    for (const model::Offer &offer : offers) {
        QJsonArray post;
        for (const auto &[name, value] : offer.post)
            post.append(QJsonArray{name, value});
        array.append(QJsonObject{{u"name"_s, offer.name},
                                 {u"alias"_s, offer.alias},
                                 {u"url"_s, offer.url},
                                 {u"thumbnail"_s, offer.thumbnail},
                                 {u"post"_s, post}});
    }
    return compact(array);
}

QList<model::Offer> offersFromJson(const QString &json)
{
    QList<model::Offer> offers;
    for (const QJsonValue &value : parseArray(json)) {
        const QJsonObject o = value.toObject();
        model::Offer offer;
        offer.name = o.value(u"name"_s).toString();
        offer.alias = o.value(u"alias"_s).toString();
        offer.url = o.value(u"url"_s).toString();
        offer.thumbnail = o.value(u"thumbnail"_s).toString();
        for (const QJsonValue &field : o.value(u"post"_s).toArray()) {
            const QJsonArray pair = field.toArray();
            offer.post.append({pair.at(0).toString(), pair.at(1).toString()});
        }
        if (!offer.name.isEmpty())
            offers.append(offer);
    }
    return offers;
}

QString toJson(const model::AvailableLanguages &languages)
{
    QJsonObject o;
    for (auto it = languages.cbegin(); it != languages.cend(); ++it)
        o.insert(it.key(), it.value());
    return compact(o);
}

model::AvailableLanguages availableLanguagesFromJson(const QString &json)
{
    model::AvailableLanguages languages;
    const QJsonObject o = parseObject(json);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        languages.insert(it.key(), it.value().toString());
    return languages;
}

QString toJson(const model::PlaceCategory &category)
{
    return compact(QJsonObject{{u"id"_s, category.id},
                               {u"name"_s, category.name},
                               {u"color"_s, category.color},
                               {u"icon"_s, category.icon},
                               {u"iconUrl"_s, category.iconUrl}});
}

model::PlaceCategory categoryFromJson(const QString &json)
{
    const QJsonObject o = parseObject(json);
    return {o.value(u"id"_s).toInt(), o.value(u"name"_s).toString(), o.value(u"color"_s).toString(),
            o.value(u"icon"_s).toString(), o.value(u"iconUrl"_s).toString()};
}

QString toJson(const QList<model::RegionAlias> &aliases)
{
    QJsonArray array;
    for (const model::RegionAlias &alias : aliases) {
        QJsonObject o{{u"name"_s, alias.name}};
        if (alias.point) {
            o.insert(u"latitude"_s, alias.point->latitude);
            o.insert(u"longitude"_s, alias.point->longitude);
        }
        array.append(o);
    }
    return compact(array);
}

QList<model::RegionAlias> aliasesFromJson(const QString &json)
{
    QList<model::RegionAlias> aliases;
    for (const QJsonValue &value : parseArray(json)) {
        const QJsonObject o = value.toObject();
        model::RegionAlias alias{o.value(u"name"_s).toString(), std::nullopt};
        const auto latitude = optionalDouble(o, u"latitude"_s);
        const auto longitude = optionalDouble(o, u"longitude"_s);
        if (latitude && longitude)
            alias.point = model::GeoPoint{*latitude, *longitude};
        aliases.append(alias);
    }
    return aliases;
}

} // namespace integreat::store::codec
