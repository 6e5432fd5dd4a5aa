#include "core/api/mapcommon.h"

#include "core/content/htmltext.h"

using namespace Qt::StringLiterals;

namespace integreat::api::detail {

void readContentBase(const QJsonObject &object, model::ContentBase &item, json::ItemIssues &issues)
{
    item.path = json::decodePath(json::requiredString(object, "path"_L1, issues));
    item.title = json::requiredString(object, "title"_L1, issues);
    if (!issues.skipped() && item.path.trimmed().isEmpty())
        issues.skip(u"'path' is empty"_s);
    if (issues.skipped())
        return;
    item.id = json::integer(object.value("id"_L1));
    item.url = json::string(object, "url"_L1);
    item.excerpt = content::decodeEntities(json::string(object, "excerpt"_L1));
    item.content = json::string(object, "content"_L1);
    item.lastUpdated = json::dateTime(object.value("last_updated"_L1));
    if (!item.lastUpdated.isValid())
        item.lastUpdated = json::dateTime(object.value("modified_gmt"_L1));
    item.availableLanguages = readLanguagePaths(object.value("available_languages"_L1));
    item.thumbnail = json::string(object, "thumbnail"_L1);
}

model::AvailableLanguages readLanguagePaths(const QJsonValue &value)
{
    model::AvailableLanguages languages;
    const QJsonObject object = value.toObject(); // empty for null and other types
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue entry = it.value();
        QString path;
        if (entry.isString()) { // a bare path or URL
            path = json::pathOfUrl(entry.toString());
        } else if (entry.isObject()) {
            const QJsonObject translation = entry.toObject();
            path = json::decodePath(json::string(translation, "path"_L1));
            if (path.isEmpty())
                path = json::pathOfUrl(json::string(translation, "url"_L1));
        }
        if (!it.key().isEmpty() && !path.isEmpty())
            languages.insert(it.key(), path);
    }
    return languages;
}

std::optional<model::Organization> readOrganization(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    model::Organization organization;
    organization.name = json::string(object, "name"_L1);
    organization.website = json::firstString(object, {"website"_L1, "url"_L1});
    organization.logoUrl = json::string(object, "logo"_L1);
    if (organization.name.isEmpty() && organization.website.isEmpty() &&
        organization.logoUrl.isEmpty())
        return std::nullopt;
    return organization;
}

model::Address readAddress(const QJsonValue &value)
{
    model::Address address;
    const QJsonObject object = value.toObject();
    address.name = json::string(object, "name"_L1);
    address.street = json::string(object, "address"_L1);
    address.postcode = json::string(object, "postcode"_L1);
    address.town = json::string(object, "town"_L1);
    address.country = json::string(object, "country"_L1);
    address.latitude = json::number(object.value("latitude"_L1));
    address.longitude = json::number(object.value("longitude"_L1));
    return address;
}

bool isBlank(const model::Address &address)
{
    return address.isEmpty() && address.postcode.isEmpty() && address.country.isEmpty() &&
           !address.latitude && !address.longitude;
}

} // namespace integreat::api::detail
