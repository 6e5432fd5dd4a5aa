#include "core/sync/pagetree.h"

#include <QCoreApplication>
#include <QHash>

namespace integreat::sync {

namespace {
/// The translation context of this file's messages (lupdate reads it from the macro).
class PageTreeText
{
    Q_DECLARE_TR_FUNCTIONS(integreat::sync::PageTree)
};

enum class Mark
{
    Unvisited,
    OnPath,
    Done
};
} // namespace

QStringList repairPageTree(QList<model::Page> &pages)
{
    QStringList warnings;
    QHash<QString, qsizetype> index;
    index.reserve(pages.size());
    for (qsizetype i = 0; i < pages.size(); ++i)
        index.insert(pages.at(i).path, i); // a duplicate path: the last one is the parent

    for (model::Page &page : pages) {
        if (!page.parentPath.isEmpty() && !index.contains(page.parentPath)) {
            warnings << PageTreeText::tr(
                            "page %1: its parent %2 is not in the list; shown at the top level")
                            .arg(page.path, page.parentPath);
            page.parentPath.clear();
        }
    }

    // Walk up from each page once; a walk that meets a page on its own path found a cycle, which
    // is cut at that page. Pages already known to reach the top are not walked again.
    QList<Mark> marks(pages.size(), Mark::Unvisited);
    QList<qsizetype> path;
    for (qsizetype start = 0; start < pages.size(); ++start) {
        path.clear();
        qsizetype at = start;
        while (marks.at(at) == Mark::Unvisited) {
            marks[at] = Mark::OnPath;
            path.append(at);
            const QString &parent = pages.at(at).parentPath;
            if (parent.isEmpty())
                break;
            const qsizetype next = index.value(parent);
            if (marks.at(next) == Mark::OnPath) {
                model::Page &cut = pages[next];
                warnings << PageTreeText::tr(
                                "page %1: its parents lead back to itself; shown at the top level")
                                .arg(cut.path);
                cut.parentPath.clear();
                break;
            }
            at = next;
        }
        for (const qsizetype visited : std::as_const(path))
            marks[visited] = Mark::Done;
    }
    return warnings;
}

} // namespace integreat::sync
