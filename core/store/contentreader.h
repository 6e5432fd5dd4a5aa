#pragma once

#include "core/model/event.h"
#include "core/model/news.h"
#include "core/model/page.h"
#include "core/model/place.h"

#include <QList>
#include <QtGlobal>
#include <optional>

namespace integreat::store {

class Database;

/// Reads content back into model values (the columns ContentWriter / rows:: wrote). Lists
/// that need more than one query read from one snapshot.
class ContentReader final
{
public:
    explicit ContentReader(Database &db);
    Q_DISABLE_COPY_MOVE(ContentReader)

    std::optional<model::Page> page(const QString &region, const QString &language,
                                    const QString &path);
    /// Ordered by parent path, then position.
    QList<model::Page> pages(const QString &region, const QString &language);
    /// Children of `parentPath` ("" = root pages), ordered by position.
    QList<model::Page> childPages(const QString &region, const QString &language,
                                  const QString &parentPath);
    std::optional<model::Page> imprint(const QString &region, const QString &language);

    std::optional<model::Event> event(const QString &region, const QString &language,
                                      const QString &path);
    /// Ordered by start, then end, then title.
    QList<model::Event> events(const QString &region, const QString &language);

    std::optional<model::Place> place(const QString &region, const QString &language,
                                      const QString &path);
    /// Ordered by title.
    QList<model::Place> places(const QString &region, const QString &language);
    /// Ordered by id.
    QList<model::PlaceCategory> placeCategories(const QString &region, const QString &language);

    /// Newest first (display date, falling back to last update).
    QList<model::NewsItem> news(const QString &region, const QString &language);

private:
    QList<model::Page> queryPages(const QString &table, const QString &where, const QString &order,
                                  const QStringList &arguments);
    QList<model::Event> queryEvents(const QString &where, const QStringList &arguments);
    QList<model::Place> queryPlaces(const QString &region, const QString &language,
                                    const std::optional<QString> &path);

    Database &m_db;
};

} // namespace integreat::store
