#pragma once

#include "core/sync/syncreport.h"

#include <QJsonDocument>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace integreat::sync {

/// Plausibility of a downloaded list before it may replace what is stored (issue 11): a list
/// whose items mostly fail to map, or that is far larger than any real town sends, is refused
/// with a sentence naming the list, and the stored content stays as it was.
namespace listcheck {

/// Items per list: 20 times the largest real town's biggest list (about 1,000 pages).
inline constexpr qsizetype MaxItems = 20000;
/// Characters of text (title, excerpt, content) per item: 20 times the largest real page.
inline constexpr qsizetype MaxItemChars = 1 << 20;
/// A list in which more than this share of items fails to map is refused (per cent).
inline constexpr int MaxFailedPercent = 10;

/// How many items a document holds before mapping: a list's length; a lone object counts as 1.
qsizetype receivedItems(const QJsonDocument &document);

/// "" when `mapped` of `received` items is a sound list; else why it is refused. `warnings` are
/// the mapper's, the first one is quoted.
QString checkMapped(Stage stage, qsizetype received, qsizetype mapped, const QStringList &warnings);

/// "" when every item's text is within MaxItemChars; else which item is too large.
template <class T> QString checkItemSizes(Stage stage, const QList<T> &items);

/// "" when replacing `storedPaths` by `newPaths` removes at most half of the stored pages and
/// leaves some; else the refusal ("would remove 400 of the 400 stored pages").
QString checkPageRemoval(const QSet<QString> &storedPaths, const QSet<QString> &newPaths,
                         const QString &language);

QString itemTooLarge(Stage stage, qsizetype index, qsizetype chars);

template <class T> QString checkItemSizes(Stage stage, const QList<T> &items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const T &item = items.at(i);
        const qsizetype chars = item.title.size() + item.content.size();
        if (chars > MaxItemChars)
            return itemTooLarge(stage, i, chars);
    }
    return {};
}

} // namespace listcheck
} // namespace integreat::sync
