#pragma once

#include "core/model/common.h"
#include "desktop/presentation/location.h"

#include <optional>

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

/// The same item in another language, found through the stored item's `available_languages`
/// (pages, events, places by path, news items by id).
class ItemTranslation final
{
public:
    /// The item's other languages (code -> path or id); empty when it is not stored.
    static model::AvailableLanguages available(const store::Store &store, const Location &item);
    /// `item` in `language`, or nothing when it does not exist there (or `item` is no item).
    static std::optional<Location> in(const store::Store &store, const Location &item,
                                      const QString &language);
};

} // namespace integreat::desktop
