#pragma once

#include <QHash>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace integreat::desktop {

/// The window's commands with their keyboard shortcuts (Back Alt+Left, Forward Alt+Right,
/// Start page Alt+Home, Search Ctrl+F or Ctrl+K, Sync now F5, text size Ctrl+Plus, Ctrl+Minus
/// and Ctrl+0, Settings Ctrl+Comma, Quit Ctrl+Q), added to the window and to the main menu;
/// the text sizes in its submenu "Text size".
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    enum class Command
    {
        Back,
        Forward,
        Home,
        Search,
        Sync,
        Imprint,
        Settings,
        LargerText,
        SmallerText,
        NormalText,
        About,
        Quit,
    };

    MainActions(QWidget *window, QMenu *menu);

    QAction *action(Command command) const { return m_actions.value(command); }
    /// The submenu "This page": what acts on the page, event or place shown (print, the
    /// reader's tools), filled by their owners.
    QMenu *pageMenu() const { return m_pageMenu; }

private:
    QAction *add(Command command, const QString &text, const QList<QKeySequence> &keys);

    QWidget *m_window;
    QHash<Command, QAction *> m_actions;
    QMenu *m_pageMenu = nullptr;
};

} // namespace integreat::desktop
