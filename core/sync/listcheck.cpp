#include "core/sync/listcheck.h"

#include "core/sync/languagefetcher.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace integreat::sync::listcheck {

namespace {
/// The translation context of this file's messages (lupdate reads it from the macro).
class ListCheckText
{
    Q_DECLARE_TR_FUNCTIONS(integreat::sync::ListCheck)
};
} // namespace

qsizetype receivedItems(const QJsonDocument &document)
{
    if (document.isArray())
        return document.array().size();
    return document.isObject() ? 1 : 0;
}

QString checkMapped(Stage stage, qsizetype received, qsizetype mapped, const QStringList &warnings)
{
    const QString list = listName(stage);
    if (received > MaxItems) {
        return ListCheckText::tr(
                   "The server sent %1 items for the %2, more than the %3 this app accepts; the "
                   "stored %2 are kept.")
            .arg(received)
            .arg(list)
            .arg(MaxItems);
    }
    const qsizetype failed = received - mapped;
    if (failed <= 0)
        return {};
    const QString first = warnings.isEmpty() ? QString() : warnings.constFirst();
    if (mapped == 0) {
        return ListCheckText::tr(
                   "No item of the %1 could be read (%2 received; first problem: %3); the stored "
                   "%1 are kept.")
            .arg(list)
            .arg(received)
            .arg(first);
    }
    if (failed * 100 > received * MaxFailedPercent) {
        return ListCheckText::tr(
                   "%1 of the %2 items of the %3 could not be read (%4); the stored %3 are kept.")
            .arg(failed)
            .arg(received)
            .arg(list, first);
    }
    return {};
}

QString itemTooLarge(Stage stage, qsizetype index, qsizetype chars)
{
    return ListCheckText::tr(
               "Item %1 of the %2 holds %3 characters of text, more than the %4 this app accepts; "
               "the stored %2 are kept.")
        .arg(index)
        .arg(listName(stage))
        .arg(chars)
        .arg(MaxItemChars);
}

QString checkPageRemoval(const QSet<QString> &storedPaths, const QSet<QString> &newPaths,
                         const QString &language)
{
    if (storedPaths.isEmpty())
        return {};
    qsizetype removed = 0;
    for (const QString &path : storedPaths)
        removed += newPaths.contains(path) ? 0 : 1;
    if (removed * 2 <= storedPaths.size() && removed < storedPaths.size())
        return {};
    return ListCheckText::tr(
               "The server's list of pages for “%1” would remove %2 of the %3 stored pages; the "
               "stored pages are kept. Confirm the removal to apply it.")
        .arg(language)
        .arg(removed)
        .arg(storedPaths.size());
}

} // namespace integreat::sync::listcheck
