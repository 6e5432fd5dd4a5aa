#pragma once

#include "core/model/region.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace integreat::store {

class Database;

/// The regions and languages tables.
class RegionTable final
{
public:
    /// Upserts the regions and replaces each one's language list (same transaction as the
    /// caller's). A region whose values did not change is not written. Content is untouched.
    static void save(Database &db, const QList<model::Region> &regions, const QDateTime &now);
    /// Updates one language's names (or appends it) if its region is known; no write when
    /// nothing changed.
    static void saveLanguage(Database &db, const QString &region, const model::Language &language);
    /// All regions (by name without prefix), or the one with `slug`.
    static QList<model::Region> load(Database &db, const std::optional<QString> &slug = {});
};

} // namespace integreat::store
