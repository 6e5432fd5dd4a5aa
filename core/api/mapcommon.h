#pragma once

#include "core/api/jsonread.h"
#include "core/model/common.h"
#include "core/model/offer.h"

#include <QList>
#include <optional>

/// Sub-objects shared by several kinds (api.md §1 "Common sub-objects").
namespace integreat::api::detail {

/// id, path, url, title, excerpt, content, last_updated, available_languages, thumbnail.
/// Skips the item when `path` or `title` is not a string or the path is empty.
void readContentBase(const QJsonObject &object, model::ContentBase &item, json::ItemIssues &issues);

/// {code: {id, url, path}} -> code -> decoded path; null, {} and other shapes -> empty.
model::AvailableLanguages readLanguagePaths(const QJsonValue &value);

/// {name, website, logo} -> Organization; null or another type -> nullopt.
std::optional<model::Organization> readOrganization(const QJsonValue &value);

/// `embedded_offers`: offers without a name or a web address to go to are left out (with a
/// note), as are URLs other than http(s); null or missing -> none.
QList<model::Offer> readOffers(const QJsonValue &value, json::ItemIssues &issues);

/// The API's `location` object (coordinates may come as strings).
model::Address readAddress(const QJsonValue &value);

/// True when an address object carries nothing at all (the all-null `location` of events).
bool isBlank(const model::Address &address);

} // namespace integreat::api::detail
