#pragma once

#include "catchqt.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "storeaccess.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>
#include <string>

namespace integreat::testing {

/// A store in a temporary folder, filled through applyLanguage like a sync does.
struct SearchStore
{
    SearchStore() { open(); }

    void open()
    {
        store.reset();
        store = std::make_unique<store::Store>(dir.filePath(QStringLiteral("store.sqlite")));
    }

    static model::Page page(const QString &region, const QString &language, const QString &slug,
                            const QString &title, const QString &html,
                            const model::AvailableLanguages &available = {})
    {
        model::Page p;
        p.path = QStringLiteral("/%1/%2/%3/").arg(region, language, slug);
        p.title = title;
        p.content = html;
        p.lastUpdated = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        p.availableLanguages = available;
        return p;
    }

    static store::LanguageContent content(const QString &region, const QString &language,
                                          const QList<model::Page> &pages)
    {
        store::LanguageContent c;
        c.region = region;
        c.language.code = language;
        c.pages = pages;
        c.syncedAt = QDateTime(QDate(2024, 5, 2), QTime(8, 0), Qt::UTC);
        return c;
    }

    store::ApplyResult apply(const QString &region, const QString &language,
                             const QList<model::Page> &pages)
    {
        return store->applyLanguage(content(region, language, pages));
    }

    QList<store::SearchHit> search(const QString &query,
                                   const QString &language = QStringLiteral("de"),
                                   store::SearchMode mode = store::SearchMode::OneLanguage,
                                   const QString &region = QStringLiteral("testumgebung"))
    {
        return store->search(region, language, query, mode);
    }

    QStringList paths(const QString &query, const QString &language = QStringLiteral("de"),
                      store::SearchMode mode = store::SearchMode::OneLanguage,
                      const QString &region = QStringLiteral("testumgebung"))
    {
        QStringList list;
        for (const store::SearchHit &hit : search(query, language, mode, region))
            list.append(hit.path);
        return list;
    }

    /// Every row of the index's item table: id, kind, key and text hash.
    QStringList indexRows()
    {
        QStringList rows;
        store::Statement query = integreat::testing::StoreAccess::database(*store).prepare(
            QStringLiteral("SELECT id, kind, key, hash FROM search_docs ORDER BY id"));
        while (query.step()) {
            rows.append(QStringLiteral("%1 %2 %3 %4")
                            .arg(query.columnInt64(0))
                            .arg(query.columnText(1), query.columnText(2))
                            .arg(query.columnInt64(3)));
        }
        return rows;
    }

    QTemporaryDir dir;
    std::unique_ptr<store::Store> store;
};

} // namespace integreat::testing
