#pragma once

#include <QMenu>

namespace integreat::desktop {

/// A menu whose shortcut column reads left to right in a right-to-left layout too. QMenu puts
/// the key sequence after a tab in the item's text, and the style draws it in the menu's
/// direction: in Arabic "Ctrl+," showed as ",+Ctrl" (the trailing punctuation took the
/// paragraph's direction). The key sequence is written as a left-to-right isolate
/// (content::bidi::isolated), as paths and numbers are in right-to-left text.
class ShortcutMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutMenu)

public:
    explicit ShortcutMenu(QWidget *parent = nullptr);
    explicit ShortcutMenu(const QString &title, QWidget *parent = nullptr);

    /// The item as the style draws it: its text "Settings…\t" then the isolated key sequence.
    void initStyleOption(QStyleOptionMenuItem *option, const QAction *action) const override;
};

} // namespace integreat::desktop
