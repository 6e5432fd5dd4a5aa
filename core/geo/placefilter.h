#pragma once

#include "core/model/place.h"

#include <QDateTime>
#include <QTimeZone>
#include <optional>

namespace integreat::geo {

/// The Places filters: one category, "open now" (places without opening hours count as
/// closed, as in the official app), barrier-free, and a text within title, category,
/// organization and address.
struct PlaceFilter
{
    std::optional<int> categoryId;
    bool openNow = false;
    bool barrierFree = false;
    QString text;

    bool isActive() const { return categoryId || openNow || barrierFree || !text.isEmpty(); }
    bool matches(const model::Place &place, const QDateTime &now,
                 const QTimeZone &deviceZone) const;
};

} // namespace integreat::geo
