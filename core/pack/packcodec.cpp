#include "core/pack/packcodec.h"

#include "core/pack/packjson.h"
#include "core/store/jsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace integreat::pack::codec {

namespace store_codec = integreat::store::codec;

using namespace detail;

namespace {

void putBase(QJsonObject &o, const model::ContentBase &item)
{
    o.insert(u"id"_s, item.id ? QJsonValue(*item.id) : QJsonValue::Null);
    o.insert(u"path"_s, item.path);
    o.insert(u"url"_s, item.url);
    o.insert(u"title"_s, item.title);
    o.insert(u"excerpt"_s, item.excerpt);
    o.insert(u"content"_s, item.content);
    o.insert(u"last_updated"_s, store_codec::toIso(item.lastUpdated));
    o.insert(u"available_languages"_s, embed(store_codec::toJson(item.availableLanguages)));
    o.insert(u"thumbnail"_s, item.thumbnail);
}

void readBase(const QJsonObject &o, model::ContentBase &item)
{
    item.id = optional<int>(o, "id"_L1);
    item.path = text(o, "path"_L1);
    if (item.path.isEmpty())
        throw Invalid{u"path"_s};
    item.url = text(o, "url"_L1);
    item.title = text(o, "title"_L1);
    item.excerpt = text(o, "excerpt"_L1);
    item.content = text(o, "content"_L1);
    item.lastUpdated = time(o, "last_updated"_L1);
    item.availableLanguages =
        store_codec::availableLanguagesFromJson(unembed(o.value("available_languages"_L1)));
    item.thumbnail = text(o, "thumbnail"_L1);
}

QJsonObject pageJson(const model::Page &page)
{
    QJsonObject o;
    putBase(o, page);
    o.insert(u"parent_path"_s, page.parentPath);
    o.insert(u"order"_s, page.order);
    o.insert(u"organization"_s, embed(store_codec::toJson(page.organization)));
    o.insert(u"offers"_s, embed(store_codec::toJson(page.offers)));
    return o;
}

model::Page pageFrom(const QJsonObject &o)
{
    model::Page page;
    readBase(o, page);
    page.parentPath = text(o, "parent_path"_L1);
    page.order = optional<int>(o, "order"_L1).value_or(0);
    const QString organization = unembed(o.value("organization"_L1));
    if (!organization.isEmpty())
        page.organization = store_codec::organizationFromJson(organization);
    page.offers = store_codec::offersFromJson(unembed(o.value("offers"_L1)));
    return page;
}

QJsonObject eventJson(const model::Event &event)
{
    QJsonObject o;
    putBase(o, event);
    o.insert(u"start"_s, store_codec::toIso(event.start));
    o.insert(u"end"_s, store_codec::toIso(event.end));
    o.insert(u"all_day"_s, event.allDay);
    o.insert(u"only_weekdays"_s, event.onlyWeekdays);
    o.insert(u"time_zone"_s, event.timeZone);
    o.insert(u"recurrence_rule"_s, event.recurrenceRule);
    o.insert(u"location"_s, embed(store_codec::toJson(event.location)));
    o.insert(u"location_path"_s, event.locationPath);
    o.insert(u"meeting_url"_s, event.meetingUrl);
    return o;
}

model::Event eventFrom(const QJsonObject &o)
{
    model::Event event;
    readBase(o, event);
    event.start = time(o, "start"_L1);
    event.end = time(o, "end"_L1);
    event.allDay = optional<bool>(o, "all_day"_L1).value_or(false);
    event.onlyWeekdays = optional<bool>(o, "only_weekdays"_L1).value_or(false);
    event.timeZone = text(o, "time_zone"_L1);
    event.recurrenceRule = text(o, "recurrence_rule"_L1);
    const QString location = unembed(o.value("location"_L1));
    if (!location.isEmpty())
        event.location = store_codec::addressFromJson(location);
    event.locationPath = text(o, "location_path"_L1);
    event.meetingUrl = text(o, "meeting_url"_L1);
    return event;
}

QJsonObject contactJson(const model::Contact &c)
{
    return QJsonObject{{u"name"_s, c.name},
                       {u"area_of_responsibility"_s, c.areaOfResponsibility},
                       {u"email"_s, c.email},
                       {u"phone"_s, c.phone},
                       {u"mobile"_s, c.mobile},
                       {u"website"_s, c.website},
                       {u"opening_hours"_s, embed(store_codec::toJson(c.openingHours))},
                       {u"appointment_url"_s, c.appointmentUrl}};
}

model::Contact contactFrom(const QJsonObject &o)
{
    model::Contact c;
    c.name = text(o, "name"_L1);
    c.areaOfResponsibility = text(o, "area_of_responsibility"_L1);
    c.email = text(o, "email"_L1);
    c.phone = text(o, "phone"_L1);
    c.mobile = text(o, "mobile"_L1);
    c.website = text(o, "website"_L1);
    c.openingHours = store_codec::openingHoursFromJson(unembed(o.value("opening_hours"_L1)));
    c.appointmentUrl = text(o, "appointment_url"_L1);
    return c;
}

QJsonObject placeJson(const model::Place &place)
{
    QJsonObject o;
    putBase(o, place);
    o.insert(u"category"_s, embed(store_codec::toJson(place.category)));
    o.insert(u"address"_s, embed(store_codec::toJson(place.address)));
    o.insert(u"opening_hours"_s, embed(store_codec::toJson(place.openingHours)));
    o.insert(u"temporarily_closed"_s, place.temporarilyClosed);
    o.insert(u"appointment_url"_s, place.appointmentUrl);
    o.insert(u"barrier_free"_s, place.barrierFree ? QJsonValue(*place.barrierFree) : QJsonValue());
    o.insert(u"organization"_s, embed(store_codec::toJson(place.organization)));
    o.insert(u"meta_description"_s, place.metaDescription);
    o.insert(u"icon"_s, place.icon);
    QJsonArray contacts;
    for (const model::Contact &contact : place.contacts)
        contacts.append(contactJson(contact));
    o.insert(u"contacts"_s, contacts);
    return o;
}

model::Place placeFrom(const QJsonObject &o)
{
    model::Place place;
    readBase(o, place);
    const QString category = unembed(o.value("category"_L1));
    if (!category.isEmpty())
        place.category = store_codec::categoryFromJson(category);
    place.address = store_codec::addressFromJson(unembed(o.value("address"_L1)));
    place.openingHours = store_codec::openingHoursFromJson(unembed(o.value("opening_hours"_L1)));
    place.temporarilyClosed = optional<bool>(o, "temporarily_closed"_L1).value_or(false);
    place.appointmentUrl = text(o, "appointment_url"_L1);
    place.barrierFree = optional<bool>(o, "barrier_free"_L1);
    const QString organization = unembed(o.value("organization"_L1));
    if (!organization.isEmpty())
        place.organization = store_codec::organizationFromJson(organization);
    place.metaDescription = text(o, "meta_description"_L1);
    place.icon = text(o, "icon"_L1);
    for (const QJsonValue contact : o.value("contacts"_L1).toArray())
        place.contacts << contactFrom(contact.toObject());
    return place;
}

QJsonObject newsJson(const model::NewsItem &item)
{
    return QJsonObject{
        {u"id"_s, item.id},
        {u"source"_s, item.source},
        {u"title"_s, item.title},
        {u"content"_s, item.content},
        {u"last_updated"_s, store_codec::toIso(item.lastUpdated)},
        {u"display_date"_s, store_codec::toIso(item.displayDate)},
        {u"channel"_s, item.channel},
        {u"external_url"_s, item.externalUrl},
        {u"available_languages"_s, embed(store_codec::toJson(item.availableLanguages))}};
}

model::NewsItem newsFrom(const QJsonObject &o)
{
    model::NewsItem item;
    item.id = text(o, "id"_L1);
    if (item.id.isEmpty())
        throw Invalid{u"id"_s};
    item.source = text(o, "source"_L1);
    item.title = text(o, "title"_L1);
    item.content = text(o, "content"_L1);
    item.lastUpdated = time(o, "last_updated"_L1);
    item.displayDate = time(o, "display_date"_L1);
    item.channel = text(o, "channel"_L1);
    item.externalUrl = text(o, "external_url"_L1);
    item.availableLanguages =
        store_codec::availableLanguagesFromJson(unembed(o.value("available_languages"_L1)));
    return item;
}

template <class T, class F> QJsonArray arrayOf(const QList<T> &items, F toJsonFn)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJsonFn(item));
    return array;
}

template <class F> auto listFrom(const QJsonObject &root, QLatin1StringView key, F fromJsonFn)
{
    const QJsonValue value = root.value(key);
    if (!value.isArray())
        throw Invalid{QString(key)};
    QList<decltype(fromJsonFn(QJsonObject()))> items;
    for (const QJsonValue item : value.toArray()) {
        if (!item.isObject())
            throw Invalid{QString(key)};
        items << fromJsonFn(item.toObject());
    }
    return items;
}

} // namespace

QByteArray contentToJson(const store::LanguageContent &content)
{
    QJsonObject root{
        {u"region"_s, content.region},
        {u"language"_s, detail::toJson(content.language)},
        {u"synced_at"_s, store::codec::toIso(content.syncedAt)},
        {u"pages"_s, arrayOf(content.pages, pageJson)},
        {u"events"_s, arrayOf(content.events.value_or(QList<model::Event>()), eventJson)},
        {u"places"_s, arrayOf(content.places.value_or(QList<model::Place>()), placeJson)},
        {u"categories"_s, arrayOf(content.categories.value_or(QList<model::PlaceCategory>()),
                                  [](const model::PlaceCategory &category) {
                                      return embed(store::codec::toJson(category));
                                  })},
        {u"news"_s, arrayOf(content.news.value_or(QList<model::NewsItem>()), newsJson)},
    };
    const std::optional<model::Page> imprint =
        content.imprint ? *content.imprint : std::optional<model::Page>();
    root.insert(u"imprint"_s, imprint ? QJsonValue(pageJson(*imprint)) : QJsonValue());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<store::LanguageContent> contentFromJson(const QByteArray &json, QString &error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        error = parseError.errorString();
        return std::nullopt;
    }
    try {
        store::LanguageContent content;
        content.region = text(root, "region"_L1);
        content.language = languageFromJson(root.value("language"_L1).toObject());
        content.syncedAt = time(root, "synced_at"_L1);
        content.pages = listFrom(root, "pages"_L1, pageFrom);
        content.events = listFrom(root, "events"_L1, eventFrom);
        content.places = listFrom(root, "places"_L1, placeFrom);
        QList<model::PlaceCategory> categories;
        for (const QJsonValue category : root.value("categories"_L1).toArray())
            categories << store::codec::categoryFromJson(unembed(category));
        content.categories = categories;
        content.news = listFrom(root, "news"_L1, newsFrom);
        const QJsonValue imprint = root.value("imprint"_L1);
        if (!imprint.isNull() && !imprint.isObject())
            throw Invalid{u"imprint"_s};
        content.imprint = imprint.isObject()
                              ? std::optional<model::Page>(pageFrom(imprint.toObject()))
                              : std::optional<model::Page>();
        if (!content.syncedAt.isValid())
            throw Invalid{u"synced_at"_s};
        return content;
    } catch (const Invalid &invalid) {
        error = invalid.where;
        return std::nullopt;
    }
}

} // namespace integreat::pack::codec
