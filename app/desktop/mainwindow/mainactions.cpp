#include "desktop/mainwindow/mainactions.h"

#include "desktop/common/shortcutmenu.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QWidget>

namespace integreat::desktop {

MainActions::MainActions(QWidget *window, QMenu *menu)
    : QObject(window)
    , m_window(window)
{
    const auto keys = [](QKeySequence::StandardKey standard) {
        return QKeySequence::keyBindings(standard);
    };
    add(Command::Back, tr("Back"),
        QList{QKeySequence(Qt::ALT | Qt::Key_Left)} + keys(QKeySequence::Back));
    add(Command::Forward, tr("Forward"),
        QList{QKeySequence(Qt::ALT | Qt::Key_Right)} + keys(QKeySequence::Forward));
    add(Command::Home, tr("Start page"), {QKeySequence(Qt::ALT | Qt::Key_Home)});
    add(Command::Search, tr("Search"),
        keys(QKeySequence::Find) + QList{QKeySequence(Qt::CTRL | Qt::Key_K)});
    add(Command::Sync, tr("Sync now"), keys(QKeySequence::Refresh));
    add(Command::Imprint, tr("Imprint"), {});
    add(Command::Settings, tr("Settings…"),
        keys(QKeySequence::Preferences) + QList{QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    add(Command::LargerText, tr("Larger text"),
        keys(QKeySequence::ZoomIn) + QList{QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    add(Command::SmallerText, tr("Smaller text"), keys(QKeySequence::ZoomOut));
    add(Command::NormalText, tr("Normal text size"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    add(Command::About, tr("About Integreat Desktop"), {});
    add(Command::Quit, tr("Quit"), keys(QKeySequence::Quit));

    for (const auto command : {Command::Home, Command::Sync, Command::Imprint})
        menu->addAction(action(command));
    menu->addSeparator();
    // What acts on the page shown (the reader's tools, printing) and the three text sizes are
    // one entry each (the tools are buttons above the page too, the sizes have their keys): the
    // menu stays one column on an 800×600 screen at 200 % text.
    m_pageMenu = new ShortcutMenu(tr("This page"), menu);
    menu->addMenu(m_pageMenu);
    m_pageMenu->setObjectName(QStringLiteral("PageMenu"));
    QMenu *textSize = new ShortcutMenu(tr("Text size"), menu);
    menu->addMenu(textSize);
    textSize->setObjectName(QStringLiteral("TextSizeMenu"));
    for (const auto command : {Command::LargerText, Command::SmallerText, Command::NormalText})
        textSize->addAction(action(command));
    menu->addAction(action(Command::Settings));
    menu->addSeparator();
    menu->addAction(action(Command::About));
    menu->addAction(action(Command::Quit));
}

QAction *MainActions::add(Command command, const QString &text, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, m_window);
    QList<QKeySequence> unique; // platform bindings may repeat ours (Back is Alt+Left on Linux)
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty() && !unique.contains(key))
            unique.append(key);
    }
    action->setShortcuts(unique);
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    m_actions.insert(command, action);
    return action;
}

} // namespace integreat::desktop
