#pragma once

#include "core/model/event.h"
#include "core/model/news.h"
#include "core/model/page.h"
#include "core/model/place.h"
#include "core/model/region.h"
#include "core/store/row.h"

/// Model value -> the row the store keeps for it. Column names match the schema; the reader
/// (ContentReader) reads the same columns back.
namespace integreat::store::rows {

Row page(const QString &region, const QString &language, const model::Page &page);
Row event(const QString &region, const QString &language, const model::Event &event);
Row place(const QString &region, const QString &language, const model::Place &place);
Row contact(const QString &region, const QString &language, const QString &placePath, int position,
            const model::Contact &contact);
Row category(const QString &region, const QString &language, const model::PlaceCategory &category);
Row news(const QString &region, const QString &language, const model::NewsItem &item,
         const QDateTime &firstSeen);
Row region(const model::Region &region);
Row language(const QString &region, const model::Language &language, int position);

} // namespace integreat::store::rows
