#include "core/pack/packcodec.h"
#include "core/pack/packjson.h"

namespace integreat::pack::codec {

using namespace detail;

QJsonObject detail::toJson(const model::Language &language)
{
    return QJsonObject{{u"code"_s, language.code},
                       {u"bcp47_tag"_s, language.bcp47Tag},
                       {u"native_name"_s, language.nativeName},
                       {u"rtl"_s, language.rightToLeft}};
}

model::Language detail::languageFromJson(const QJsonObject &o)
{
    model::Language language{text(o, "code"_L1), text(o, "bcp47_tag"_L1), text(o, "native_name"_L1),
                             optional<bool>(o, "rtl"_L1).value_or(false)};
    if (language.code.isEmpty())
        throw Invalid{u"language"_s};
    return language;
}

QJsonObject toJson(const model::Region &region)
{
    QJsonArray languages;
    for (const model::Language &language : region.languages)
        languages.append(detail::toJson(language));
    QJsonValue center, box;
    if (region.center)
        center = QJsonArray{region.center->latitude, region.center->longitude};
    if (region.boundingBox) {
        const model::BoundingBox &b = *region.boundingBox;
        box = QJsonArray{b.west, b.south, b.east, b.north};
    }
    return QJsonObject{{u"id"_s, region.id},
                       {u"slug"_s, region.slug},
                       {u"name"_s, region.name},
                       {u"prefix"_s, region.prefix},
                       {u"name_without_prefix"_s, region.nameWithoutPrefix},
                       {u"postal_code"_s, region.postalCode},
                       {u"live"_s, region.live},
                       {u"events"_s, region.eventsEnabled},
                       {u"places"_s, region.placesEnabled},
                       {u"local_news"_s, region.localNewsEnabled},
                       {u"external_news"_s, region.externalNewsEnabled},
                       {u"offers"_s, region.offersEnabled},
                       {u"chat"_s, region.chatEnabled},
                       {u"chat_privacy_url"_s, region.chatPrivacyUrl},
                       {u"center"_s, center},
                       {u"bounding_box"_s, box},
                       {u"aliases"_s, embed(store::codec::toJson(region.aliases))},
                       {u"languages"_s, languages}};
}

std::optional<model::Region> regionFromJson(const QJsonObject &o)
{
    try {
        model::Region region;
        region.id = optional<int>(o, "id"_L1).value_or(0);
        region.slug = text(o, "slug"_L1);
        region.name = text(o, "name"_L1);
        region.prefix = text(o, "prefix"_L1);
        region.nameWithoutPrefix = text(o, "name_without_prefix"_L1);
        region.postalCode = text(o, "postal_code"_L1);
        region.live = optional<bool>(o, "live"_L1).value_or(true);
        region.eventsEnabled = optional<bool>(o, "events"_L1).value_or(false);
        region.placesEnabled = optional<bool>(o, "places"_L1).value_or(false);
        region.localNewsEnabled = optional<bool>(o, "local_news"_L1).value_or(false);
        region.externalNewsEnabled = optional<bool>(o, "external_news"_L1).value_or(false);
        region.offersEnabled = optional<bool>(o, "offers"_L1).value_or(false);
        region.chatEnabled = optional<bool>(o, "chat"_L1).value_or(false);
        region.chatPrivacyUrl = text(o, "chat_privacy_url"_L1);
        const QJsonArray center = o.value("center"_L1).toArray();
        if (center.size() == 2)
            region.center = model::GeoPoint{center.at(0).toDouble(), center.at(1).toDouble()};
        const QJsonArray box = o.value("bounding_box"_L1).toArray();
        if (box.size() == 4) {
            region.boundingBox = model::BoundingBox{box.at(0).toDouble(), box.at(1).toDouble(),
                                                    box.at(2).toDouble(), box.at(3).toDouble()};
        }
        region.aliases = store::codec::aliasesFromJson(unembed(o.value("aliases"_L1)));
        for (const QJsonValue language : o.value("languages"_L1).toArray())
            region.languages << languageFromJson(language.toObject());
        if (region.slug.isEmpty() || region.languages.isEmpty())
            return std::nullopt;
        return region;
    } catch (const Invalid &) {
        return std::nullopt;
    }
}

} // namespace integreat::pack::codec
