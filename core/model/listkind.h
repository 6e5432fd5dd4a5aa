#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace integreat::model {

/// The lists a language of a region is made of, as the sync downloads them.
enum class ListKind
{
    Pages,
    Events,
    Places,
    PlaceCategories,
    Imprint,
    News,
};

/// Every kind, in the order a sync downloads them.
inline constexpr std::array<ListKind, 6> AllListKinds{ListKind::Pages,   ListKind::Events,
                                                      ListKind::Places,  ListKind::PlaceCategories,
                                                      ListKind::Imprint, ListKind::News};

/// The kind's stable name where it is stored (the store's list_digests.list column: "pages",
/// "events", "places" as written since schema version 5). Never translated; never change one.
inline QString storageName(ListKind kind)
{
    switch (kind) {
    case ListKind::Pages:
        return QStringLiteral("pages");
    case ListKind::Events:
        return QStringLiteral("events");
    case ListKind::Places:
        return QStringLiteral("places");
    case ListKind::PlaceCategories:
        return QStringLiteral("place-categories");
    case ListKind::Imprint:
        return QStringLiteral("imprint");
    case ListKind::News:
        return QStringLiteral("news");
    }
    return {};
}

/// The kind whose storageName() is `name`; nullopt for any other text (a row written by a
/// newer version).
inline std::optional<ListKind> listKindFromStorageName(QStringView name)
{
    for (const ListKind kind : AllListKinds) {
        if (storageName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

inline size_t qHash(ListKind kind, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(kind), seed);
}

} // namespace integreat::model
