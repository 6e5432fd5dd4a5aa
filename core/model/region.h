#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace integreat::model {

struct Language
{
    QString code;       ///< slug used in URLs: de, en, ar
    QString bcp47Tag;   ///< de-DE, ar-arb ...
    QString nativeName; ///< Deutsch, العربية
    bool rightToLeft = false;
    bool operator==(const Language &) const = default;
};

struct GeoPoint
{
    double latitude = 0;
    double longitude = 0;
    bool operator==(const GeoPoint &) const = default;
};

struct BoundingBox
{
    double west = 0, south = 0, east = 0, north = 0;
    bool operator==(const BoundingBox &) const = default;
};

struct RegionAlias
{
    QString name;
    std::optional<GeoPoint> point;
    bool operator==(const RegionAlias &) const = default;
};

struct Region
{
    int id = 0;
    QString slug; ///< `path` without slashes: augsburg
    QString name; ///< full name incl. prefix: Stadt Augsburg
    QString prefix;
    QString nameWithoutPrefix;
    QString postalCode;
    bool live = true;
    bool eventsEnabled = false;
    bool placesEnabled = false;
    bool localNewsEnabled = false;
    bool externalNewsEnabled = false;
    bool offersEnabled = false;
    bool chatEnabled = false;
    QString chatPrivacyUrl; ///< `zammad_privacy_policy`: the chat's privacy notice (may be empty)
    std::optional<GeoPoint> center;
    std::optional<BoundingBox> boundingBox; ///< empty when `[]` or missing
    QList<RegionAlias> aliases;
    QList<Language> languages;
};

} // namespace integreat::model
