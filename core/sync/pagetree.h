#pragma once

#include "core/model/page.h"

#include <QList>
#include <QStringList>

namespace integreat::sync {

/// Makes a downloaded page list a tree before it is stored: a page whose parent is not in the
/// list, or that is its own ancestor (a parent cycle), becomes a root page, so it shows at the
/// top level instead of vanishing, and every walk up the tree ends. Returns one warning per
/// page moved ("page /a/b/: its parent /a/x/ is not in the list; shown at the top level").
QStringList repairPageTree(QList<model::Page> &pages);

} // namespace integreat::sync
