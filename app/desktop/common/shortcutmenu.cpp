#include "desktop/common/shortcutmenu.h"

#include "core/content/bidi.h"

#include <QStyleOptionMenuItem>

namespace integreat::desktop {

ShortcutMenu::ShortcutMenu(QWidget *parent)
    : QMenu(parent)
{
}

ShortcutMenu::ShortcutMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent)
{
}

void ShortcutMenu::initStyleOption(QStyleOptionMenuItem *option, const QAction *action) const
{
    QMenu::initStyleOption(option, action);
    const qsizetype tab = option->text.indexOf(u'\t');
    if (tab >= 0)
        option->text =
            option->text.left(tab + 1) + content::bidi::isolated(option->text.mid(tab + 1));
}

} // namespace integreat::desktop
