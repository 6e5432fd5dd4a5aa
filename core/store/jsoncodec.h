#pragma once

#include "core/model/page.h"
#include "core/model/place.h"
#include "core/model/region.h"

#include <QDateTime>
#include <QString>
#include <optional>

/// How model values that have no column of their own are kept as text in the store:
/// timestamps as ISO-8601 with offset, nested structures as compact JSON (keys sorted, so the
/// same value always gives the same text and the same fingerprint).
namespace integreat::store::codec {

/// ISO-8601 with milliseconds and the UTC offset ("Z" for UTC); null for an invalid time.
/// Local and time-zone times are written with their offset at that instant.
QString toIso(const QDateTime &time);
QDateTime fromIso(const QString &text);
/// Milliseconds since the epoch, for ordering across offsets; nullopt for an invalid time.
std::optional<qint64> sortKey(const QDateTime &time);

QString toJson(const model::Organization &organization);
model::Organization organizationFromJson(const QString &json);

/// Offers keep their post fields in order: {"post": [[name, value], ...]}.
QString toJson(const QList<model::Offer> &offers);
QList<model::Offer> offersFromJson(const QString &json);

QString toJson(const model::Address &address);
model::Address addressFromJson(const QString &json);

/// Empty hours -> null (the API's null).
QString toJson(const model::OpeningHours &hours);
model::OpeningHours openingHoursFromJson(const QString &json);

QString toJson(const model::AvailableLanguages &languages);
model::AvailableLanguages availableLanguagesFromJson(const QString &json);

QString toJson(const model::PlaceCategory &category);
model::PlaceCategory categoryFromJson(const QString &json);

QString toJson(const QList<model::RegionAlias> &aliases);
QList<model::RegionAlias> aliasesFromJson(const QString &json);

/// Optional structures: nullopt -> null text (a NULL column).
template <typename T> QString toJson(const std::optional<T> &value)
{
    return value ? toJson(*value) : QString();
}

} // namespace integreat::store::codec
