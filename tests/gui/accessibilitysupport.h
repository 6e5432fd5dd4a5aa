#pragma once

#include <QAccessible>
#include <QAccessibleInterface>
#include <QList>
#include <functional>

namespace integreat::testing {

/// Every accessible below `root` (depth first, document order), `root` excluded.
inline QList<QAccessibleInterface *> accessibleDescendants(QAccessibleInterface *root)
{
    QList<QAccessibleInterface *> found;
    const std::function<void(QAccessibleInterface *)> visit = [&](QAccessibleInterface *node) {
        for (int i = 0; i < node->childCount(); ++i) {
            if (QAccessibleInterface *child = node->child(i)) {
                found << child;
                visit(child);
            }
        }
    };
    if (root)
        visit(root);
    return found;
}

/// The names of the descendants of `root` in role `role`.
inline QStringList accessibleNames(QAccessibleInterface *root, QAccessible::Role role)
{
    QStringList names;
    for (QAccessibleInterface *node : accessibleDescendants(root)) {
        if (node->role() == role)
            names << node->text(QAccessible::Name);
    }
    return names;
}

} // namespace integreat::testing
