#pragma once

#include "core/model/event.h"
#include "core/model/news.h"
#include "core/model/page.h"
#include "core/model/place.h"
#include "core/model/region.h"

#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

/// JSON -> model mapping for the Integreat API v3, tolerant of schema drift (docs/api.md §7):
/// unknown fields are ignored, missing optional ones get defaults, both old and new vintages of
/// a field are read. Mapping never throws and never crashes on hostile input.
namespace integreat::api {

template <class T> struct MapResult
{
    QList<T> items;
    /// One line per skipped or odd item, e.g. "pages: item 3 skipped: 'path' is not a string"
    /// (items are counted from 0, in document order).
    QStringList warnings;
    /// Non-empty when the whole document has the wrong shape (an object where a list is
    /// expected, not JSON at all) or is the server's `{"error": "..."}` body
    /// ("server said: <message>"); items is then empty.
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// `regions/` (list) or `regions/{R}/` (one object -> one item).
MapResult<model::Region> mapRegions(const QJsonDocument &doc);
/// `{R}/languages/` (list).
MapResult<model::Language> mapLanguages(const QJsonDocument &doc);
/// `pages/`, `children/`, `parents/` (lists) and `page/` (one object -> one item).
MapResult<model::Page> mapPages(const QJsonDocument &doc);
/// `events/` with or without `combine_recurring` (list).
MapResult<model::Event> mapEvents(const QJsonDocument &doc);
/// `locations/` (list).
MapResult<model::Place> mapPlaces(const QJsonDocument &doc);
/// `location-categories/` (list).
MapResult<model::PlaceCategory> mapPlaceCategories(const QJsonDocument &doc);
/// `imprint/` (= `disclaimer/`): one object -> one item; `[]` (no imprint) -> no items, ok.
MapResult<model::Page> mapImprint(const QJsonDocument &doc);
/// `news/` and `news/{id}/` items, and `fcm/` items of both vintages (api.md §3.9, §3.10).
MapResult<model::NewsItem> mapNews(const QJsonDocument &doc);

} // namespace integreat::api
