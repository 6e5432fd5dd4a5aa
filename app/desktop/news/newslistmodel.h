#pragma once

#include "core/model/news.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>

namespace integreat::desktop {

/// The rows of the News list, newest first: title, then "● New · date · source", then a short
/// excerpt. Each item keeps only what its row shows (a local item's excerpt is cut when listed;
/// an external item keeps its HTML until its excerpt is first needed), and the date line is
/// worked out when a row is first shown or read, so 100,000 news list without a widget or a
/// formatted text per item. A new list is one model reset.
class NewsListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsListModel)

public:
    /// The news item's id (QString).
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractListModel::QAbstractListModel;

    /// Whether `item` comes from the town itself (no or the "local" source).
    static bool isLocal(const model::NewsItem &item);

    /// Lists `items` (in this order); `isNew` marks the ones shown as new. Dates are written
    /// in `locale`.
    void setNews(const QList<model::NewsItem> &items, const QList<bool> &isNew,
                 const QLocale &locale);
    QString idAt(int row) const;
    QString titleAt(int row) const;
    /// How many rows have had their date line worked out since the last setNews() (tests and
    /// the benchmark).
    int metaWorkedOut() const { return int(m_meta.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        QString id;
        QString title;
        QString source;
        QDateTime date;
        QString excerpt; ///< plain text, worked out
        QString html;    ///< an external item's content until its excerpt is worked out
        bool isNew = false;
    };
    const QString &excerptAt(int row) const;
    const QStringList &metaAt(int row) const;

    mutable QList<Item> m_items;
    QLocale m_locale;
    mutable QHash<int, QStringList> m_meta; ///< by row, worked out when first shown or read
};

} // namespace integreat::desktop
