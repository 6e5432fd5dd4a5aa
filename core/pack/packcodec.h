#pragma once

#include "core/model/region.h"
#include "core/store/store.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

/// The JSON of a pack's content parts: the values the store keeps (model types, nested values in
/// the store's own JSON codec), so a pack holds exactly what a sync stored and an import stores it
/// again through Store::applyLanguage. Readers are strict about shape (a wrong type or a missing
/// path fails the whole part) and never throw.
namespace integreat::pack::codec {

QJsonObject toJson(const model::Region &region);
std::optional<model::Region> regionFromJson(const QJsonObject &object);

/// content/<lang>.json: {"language", "pages", "events", "places", "categories", "imprint", "news"}.
QByteArray contentToJson(const store::LanguageContent &content);
/// nullopt with `error` set (which list is damaged) when the part is not valid.
std::optional<store::LanguageContent> contentFromJson(const QByteArray &json, QString &error);

} // namespace integreat::pack::codec
