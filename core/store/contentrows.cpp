#include "core/store/contentrows.h"

#include "core/store/jsoncodec.h"

namespace integreat::store::rows {

namespace {

Row keyed(const QString &region, const QString &language)
{
    Row row;
    row.add("region", region).add("language", language);
    return row;
}

void addBase(Row &row, const model::ContentBase &item)
{
    row.add("path", item.path)
        .add("translation_id", item.id)
        .add("url", item.url)
        .add("title", item.title)
        .add("excerpt", item.excerpt)
        .add("content", item.content)
        .add("thumbnail", item.thumbnail)
        .add("available_languages", codec::toJson(item.availableLanguages))
        .add("last_updated", item.lastUpdated);
}

} // namespace

Row page(const QString &region, const QString &language, const model::Page &page)
{
    Row row = keyed(region, language);
    addBase(row, page);
    row.add("parent_path", page.parentPath)
        .add("position", page.order)
        .addNullable("organization", codec::toJson(page.organization))
        .add("offers", codec::toJson(page.offers));
    return row;
}

Row event(const QString &region, const QString &language, const model::Event &event)
{
    Row row = keyed(region, language);
    addBase(row, event);
    row.add("start_at", event.start)
        .add("end_at", event.end)
        .add("start_ms", codec::sortKey(event.start))
        .add("all_day", event.allDay)
        .add("only_weekdays", event.onlyWeekdays)
        .add("time_zone", event.timeZone)
        .add("recurrence_rule", event.recurrenceRule)
        .addNullable("location", codec::toJson(event.location))
        .add("location_path", event.locationPath)
        .add("meeting_url", event.meetingUrl)
        .add("published_at", event.publishedAt);
    return row;
}

Row place(const QString &region, const QString &language, const model::Place &place)
{
    Row row = keyed(region, language);
    addBase(row, place);
    row.add("category_id", place.category ? std::optional<int>(place.category->id) : std::nullopt)
        .addNullable("category", codec::toJson(place.category))
        .add("latitude", place.address.latitude)
        .add("longitude", place.address.longitude)
        .add("address", codec::toJson(place.address))
        .addNullable("opening_hours", codec::toJson(place.openingHours))
        .add("temporarily_closed", place.temporarilyClosed)
        .add("appointment_url", place.appointmentUrl)
        .add("barrier_free", place.barrierFree)
        .addNullable("organization", codec::toJson(place.organization))
        .add("meta_description", place.metaDescription)
        .add("icon", place.icon);
    return row;
}

Row contact(const QString &region, const QString &language, const QString &placePath, int position,
            const model::Contact &contact)
{
    Row row = keyed(region, language);
    row.add("place_path", placePath)
        .add("position", position)
        .add("name", contact.name)
        .add("area", contact.areaOfResponsibility)
        .add("email", contact.email)
        .add("phone", contact.phone)
        .add("mobile", contact.mobile)
        .add("website", contact.website)
        .addNullable("opening_hours", codec::toJson(contact.openingHours))
        .add("appointment_url", contact.appointmentUrl);
    return row;
}

Row category(const QString &region, const QString &language, const model::PlaceCategory &category)
{
    Row row = keyed(region, language);
    row.add("id", category.id)
        .add("name", category.name)
        .add("color", category.color)
        .add("icon", category.icon)
        .add("icon_url", category.iconUrl);
    return row;
}

Row news(const QString &region, const QString &language, const model::NewsItem &item,
         const QDateTime &firstSeen)
{
    Row row = keyed(region, language);
    row.add("id", item.id)
        .add("source", item.source)
        .add("title", item.title)
        .add("content", item.content)
        .add("last_updated", item.lastUpdated)
        .add("display_date", item.displayDate)
        .add("display_ms",
             codec::sortKey(item.displayDate.isValid() ? item.displayDate : item.lastUpdated))
        .add("channel", item.channel)
        .add("external_url", item.externalUrl)
        .add("available_languages", codec::toJson(item.availableLanguages))
        .add("first_seen", firstSeen)
        .add("published_at", item.publishedAt);
    return row;
}

Row region(const model::Region &region)
{
    Row row;
    row.add("slug", region.slug)
        .add("id", region.id)
        .add("name", region.name)
        .add("prefix", region.prefix)
        .add("name_without_prefix", region.nameWithoutPrefix)
        .add("postal_code", region.postalCode)
        .add("live", region.live)
        .add("events_enabled", region.eventsEnabled)
        .add("places_enabled", region.placesEnabled)
        .add("local_news_enabled", region.localNewsEnabled)
        .add("external_news_enabled", region.externalNewsEnabled)
        .add("offers_enabled", region.offersEnabled)
        .add("chat_enabled", region.chatEnabled)
        .add("chat_privacy_url", region.chatPrivacyUrl);
    if (region.center)
        row.add("center_latitude", region.center->latitude)
            .add("center_longitude", region.center->longitude);
    else
        row.add("center_latitude", nullptr).add("center_longitude", nullptr);
    const auto box = region.boundingBox;
    row.add("bbox_west", box ? std::optional<double>(box->west) : std::nullopt)
        .add("bbox_south", box ? std::optional<double>(box->south) : std::nullopt)
        .add("bbox_east", box ? std::optional<double>(box->east) : std::nullopt)
        .add("bbox_north", box ? std::optional<double>(box->north) : std::nullopt)
        .add("aliases", codec::toJson(region.aliases));
    return row;
}

Row language(const QString &region, const model::Language &language, int position)
{
    Row row;
    row.add("region", region)
        .add("code", language.code)
        .add("bcp47", language.bcp47Tag)
        .add("native_name", language.nativeName)
        .add("rtl", language.rightToLeft)
        .add("position", position);
    return row;
}

} // namespace integreat::store::rows
