#include "desktop/mainwindow/languagebutton.h"

#include "core/content/bidi.h"
#include "desktop/common/icons.h"
#include "desktop/presentation/languages.h"

#include <QActionGroup>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

LanguageButton::LanguageButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(u"LanguageButton"_s);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(Icons::icon(u"language"_s));
    setIconSize(QSize(18, 18));
    setMenu(new QMenu(this));
    menu()->setObjectName(u"LanguageMenu"_s);
}

void LanguageButton::setLanguages(const QList<Entry> &languages, const QString &current)
{
    m_languages = languages;
    m_current = current;
    QMenu *list = menu();
    list->clear();
    auto *group = new QActionGroup(list);
    group->setExclusive(true);
    QString currentName = current;
    for (const Entry &entry : languages) {
        // Kept in its own direction inside text of the other direction.
        QString label = content::bidi::isolated(languageListName(entry.code, entry.nativeName),
                                                content::bidi::FirstStrongIsolate);
        if (!entry.stored)
            label = tr("%1 (download)").arg(label);
        QAction *action = list->addAction(label);
        action->setCheckable(true);
        action->setChecked(entry.code == current);
        action->setData(entry.code);
        group->addAction(action);
        const QString code = entry.code;
        connect(action, &QAction::triggered, this, [this, code] { emit languageChosen(code); });
        if (entry.code == current)
            currentName = entry.nativeName;
    }
    setText(currentName);
    setToolTip(tr("Language of the content: %1").arg(currentName));
    setAccessibleName(tr("Content language: %1").arg(currentName));
}

} // namespace integreat::desktop
