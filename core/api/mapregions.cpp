// Regions (`regions/`, `regions/{R}/`) and languages (`{R}/languages/`, `region.languages[]`):
// api.md §3.1, §3.2.
#include "core/api/jsonread.h"
#include "core/api/mappers.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace integreat::api {

namespace {

model::Language mapLanguage(const QJsonObject &object, json::ItemIssues &issues)
{
    model::Language language;
    language.code = json::requiredString(object, "code"_L1, issues).trimmed();
    if (!issues.skipped() && language.code.isEmpty())
        issues.skip(u"'code' is empty"_s);
    language.bcp47Tag = json::string(object, "bcp47_tag"_L1);
    language.nativeName = json::string(object, "native_name"_L1);
    const QString dir = json::string(object, "dir"_L1).trimmed().toLower();
    language.rightToLeft = dir == u"right_to_left" || dir == u"rtl";
    return language;
}

/// `[[lon_min, lat_min], [lon_max, lat_max]]` (also the flat GeoJSON `[w, s, e, n]`);
/// `[]`, null and anything malformed -> nullopt.
std::optional<model::BoundingBox> readBoundingBox(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    QList<double> numbers;
    if (array.size() == 2 && array.at(0).isArray() && array.at(1).isArray()) {
        for (const QJsonValue corner : array) {
            const QJsonArray pair = corner.toArray();
            if (pair.size() != 2)
                return std::nullopt;
            for (const QJsonValue v : pair)
                numbers.append(json::number(v).value_or(qQNaN()));
        }
    } else if (array.size() == 4) {
        for (const QJsonValue v : array)
            numbers.append(json::number(v).value_or(qQNaN()));
    } else {
        return std::nullopt;
    }
    for (const double d : numbers) {
        if (qIsNaN(d))
            return std::nullopt;
    }
    return model::BoundingBox{numbers[0], numbers[1], numbers[2], numbers[3]};
}

std::optional<model::GeoPoint> readPoint(const QJsonObject &object)
{
    const auto latitude = json::number(object.value("latitude"_L1));
    const auto longitude = json::number(object.value("longitude"_L1));
    if (!latitude || !longitude)
        return std::nullopt;
    return model::GeoPoint{*latitude, *longitude};
}

/// `{name: {latitude, longitude}}`, `{}`, null, or (2022) that object JSON-encoded in a string.
QList<model::RegionAlias> readAliases(const QJsonValue &value, json::ItemIssues &issues)
{
    QJsonObject object;
    if (value.isObject()) {
        object = value.toObject();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (!text.isEmpty()) {
            const QJsonDocument inner = QJsonDocument::fromJson(text.toUtf8());
            if (inner.isObject())
                object = inner.object();
            else if (!inner.isArray()) // "[]" is just as empty as {}
                issues.note(u"'aliases' is a string that holds no JSON object"_s);
        }
    }
    QList<model::RegionAlias> aliases;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().trimmed().isEmpty())
            continue;
        aliases.append({it.key(), readPoint(it.value().toObject())});
    }
    return aliases;
}

model::Region mapRegion(const QJsonObject &object, json::ItemIssues &issues)
{
    model::Region region;
    // "augsburg" now, "/augsburg/" from the old CMS.
    const QString path = json::requiredString(object, "path"_L1, issues);
    region.slug = json::decodePath(path).trimmed();
    while (region.slug.startsWith(u'/'))
        region.slug.remove(0, 1);
    while (region.slug.endsWith(u'/'))
        region.slug.chop(1);
    if (!issues.skipped() && region.slug.isEmpty())
        issues.skip(u"'path' is empty"_s);
    if (issues.skipped())
        return region;

    region.id = json::integer(object, "id"_L1, 0);
    region.name = json::string(object, "name"_L1);
    region.prefix = json::string(object, "prefix"_L1);
    region.nameWithoutPrefix = json::string(object, "name_without_prefix"_L1);
    if (region.name.isEmpty())
        region.name = region.nameWithoutPrefix.isEmpty() ? region.slug : region.nameWithoutPrefix;
    if (region.nameWithoutPrefix.isEmpty())
        region.nameWithoutPrefix = region.name;
    region.postalCode = json::string(object, "plz"_L1);
    region.live = json::boolean(object, "live"_L1, true);
    region.eventsEnabled = json::boolean(object, "events"_L1, false);
    region.placesEnabled = json::boolean(object, "pois"_L1, false);
    region.localNewsEnabled = json::boolean(object, "push_notifications"_L1, false);
    region.externalNewsEnabled = json::boolean(object.value("external_news"_L1))
                                     .value_or(json::boolean(object, "tunews"_L1, false));
    region.offersEnabled = json::boolean(object, "extras"_L1, false);
    region.chatEnabled = json::boolean(object, "is_chat_enabled"_L1, false);
    region.chatPrivacyUrl = json::string(object, "zammad_privacy_policy"_L1).trimmed();
    region.center = readPoint(object);
    region.boundingBox = readBoundingBox(object.value("bounding_box"_L1));
    region.aliases = readAliases(object.value("aliases"_L1), issues);

    const QJsonArray languages = object.value("languages"_L1).toArray();
    for (qsizetype i = 0; i < languages.size(); ++i) {
        const QJsonValue value = languages.at(i);
        json::ItemIssues languageIssues;
        model::Language language;
        if (value.isObject())
            language = mapLanguage(value.toObject(), languageIssues);
        else
            languageIssues.skip(u"it is %1, not an object"_s.arg(json::typeName(value)));
        if (languageIssues.skipped())
            issues.note(u"language %1 skipped: %2"_s.arg(i).arg(languageIssues.skipReason()));
        else
            region.languages.append(language);
    }
    return region;
}

} // namespace

MapResult<model::Region> mapRegions(const QJsonDocument &doc)
{
    return json::mapItems<model::Region>(doc, "regions"_L1, json::Shape::ListOrObject, mapRegion);
}

MapResult<model::Language> mapLanguages(const QJsonDocument &doc)
{
    return json::mapItems<model::Language>(doc, "languages"_L1, json::Shape::List, mapLanguage);
}

} // namespace integreat::api
