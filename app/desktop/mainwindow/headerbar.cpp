#include "desktop/mainwindow/headerbar.h"

#include "core/store/store.h"
#include "desktop/common/icons.h"
#include "desktop/common/shortcutmenu.h"
#include "desktop/common/theme.h"
#include "desktop/mainwindow/languagebutton.h"
#include "desktop/mainwindow/regionbutton.h"
#include "desktop/mainwindow/syncstatewidget.h"
#include "desktop/presentation/languages.h"
#include "desktop/presentation/pagelookup.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

HeaderBar::HeaderBar(QWidget *parent)
    : QWidget(parent)
    , m_region(new RegionButton(this))
    , m_search(new QLineEdit(this))
    , m_language(new LanguageButton(this))
    , m_syncState(new SyncStateWidget(this))
    , m_menu(new QToolButton(this))
    , m_logo(new QLabel(this))
{
    setObjectName(u"HeaderBar"_s);
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 10, 14, 10);
    layout->setSpacing(10);

    m_logo->setAccessibleName(u"Integreat"_s);
    m_logo->setToolTip(u"Integreat"_s);
    layout->addWidget(m_logo);
    layout->addSpacing(4);
    layout->addWidget(m_region);
    layout->addStretch(1);

    m_search->setObjectName(u"SearchField"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_search->setMaximumWidth(440);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_searchIcon = m_search->addAction(QIcon(), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search"));
    m_searchIcon->setText(tr("Search")); // names the icon button for screen readers
    if (auto *clear = m_search->findChild<QAction *>(u"_q_qlineeditclearaction"_s))
        clear->setText(tr("Clear search"));
    layout->addWidget(m_search, 2);
    layout->addSpacing(6);
    layout->addWidget(m_language);
    layout->addWidget(m_syncState);
    connect(m_syncState, &SyncStateWidget::widthChanged, this, &HeaderBar::updateCompact);

    m_menu->setObjectName(u"MenuButton"_s);
    m_menu->setIconSize(QSize(20, 20));
    m_menu->setPopupMode(QToolButton::InstantPopup);
    m_menu->setToolTip(tr("Menu"));
    m_menu->setAccessibleName(tr("Menu"));
    m_menu->setMenu(new ShortcutMenu(m_menu)); // "Ctrl+," reads so in Arabic too
    layout->addWidget(m_menu);
    updateIcons();
}

void HeaderBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateIcons();
}

void HeaderBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateCompact();
}

void HeaderBar::updateCompact()
{
    // Room for everything at full size: the other parts, a comfortable search field, the
    // margins and spacing between them.
    // The search field keeps room for a word or two of the query at any text size (its icon
    // and clear button besides); the town's name and the logo give way before it.
    const QFontMetrics metrics(m_search->font());
    const int icons = 2 * Theme::current().iconSize(18) + 24;
    const int smallest = std::max(96, metrics.averageCharWidth() * 10 + icons);
    const int ComfortableSearch = std::max(320, metrics.averageCharWidth() * 18 + icons);
    constexpr int LogoAndGaps = 140;
    const int others = m_language->sizeHint().width() + m_menu->sizeHint().width() + LogoAndGaps;
    const int needed =
        m_region->sizeHint().width() + ComfortableSearch + others + m_syncState->fullWidthHint();
    m_syncState->setCompact(width() < needed);
    // Still too narrow (a small window at a large text size): no logo, the language as its
    // icon, a smaller search field; the town's name is shortened last (ElidedLabel).
    const int compact =
        m_region->sizeHint().width() + ComfortableSearch + others + m_syncState->sizeHint().width();
    const bool tight = width() < compact;
    m_logo->setVisible(!tight);
    m_region->setTight(tight);
    m_language->setToolButtonStyle(tight ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    // Never more than the room the other parts leave at their smallest: widgets in a row too
    // narrow for their minimums would be drawn over each other.
    const int wanted = tight ? smallest : std::max(180, smallest);
    m_search->setMinimumWidth(std::clamp(roomForSearch(), 96, wanted));
}

int HeaderBar::roomForSearch() const
{
    const auto *box = static_cast<QBoxLayout *>(layout());
    const QMargins margins = box->contentsMargins();
    int used = margins.left() + margins.right();
    int widgets = 0;
    for (int i = 0; i < box->count(); ++i) {
        QLayoutItem *item = box->itemAt(i);
        if (item->spacerItem()) {
            used += item->minimumSize().width();
        } else if (item->widget() == m_search || !item->isEmpty()) {
            if (item->widget() != m_search)
                used += item->minimumSize().width();
            ++widgets;
        }
    }
    return width() - used - box->spacing() * std::max(0, widgets - 1);
}

void HeaderBar::updateIcons()
{
    const Theme &theme = Theme::current();
    const QSize small(theme.iconSize(18), theme.iconSize(18));
    m_menu->setIconSize(QSize(theme.iconSize(20), theme.iconSize(20)));
    m_language->setIconSize(small);
    m_syncState->syncButton()->setIconSize(small);
    m_logo->setPixmap(Icons::appIcon().pixmap(QSize(theme.iconSize(36), theme.iconSize(36)),
                                              devicePixelRatioF()));
    m_searchIcon->setIcon(Icons::icon(u"search"_s, theme.textMuted));
    m_menu->setIcon(Icons::icon(u"menu"_s));
    m_language->setIcon(Icons::icon(u"language"_s));
    m_syncState->syncButton()->setIcon(Icons::icon(u"sync"_s));
}

void HeaderBar::showRegion(const store::Store &store, const QString &slug)
{
    const auto region = store.region(slug);
    QString name = region ? region->nameWithoutPrefix : slug;
    if (name.isEmpty())
        name = region ? region->name : slug;
    m_region->setRegion(region ? region->prefix : QString(), name);
    QList<RegionButton::Entry> others;
    for (const QString &other : PageLookup(store).storedRegions()) {
        if (other == slug)
            continue;
        const auto known = store.region(other);
        others.append({other, known ? known->name : other});
    }
    m_region->setOtherRegions(others);
    m_search->setPlaceholderText(tr("Search in %1").arg(name));
}

void HeaderBar::showLanguages(const store::Store &store, const QString &slug,
                              const QString &current)
{
    const auto region = store.region(slug);
    const QStringList stored = PageLookup(store).storedLanguages(slug);
    QList<LanguageButton::Entry> languages;
    if (region) {
        for (const model::Language &language : region->languages)
            languages.append({language.code, language.nativeName, stored.contains(language.code)});
    } else {
        for (const QString &code : stored)
            languages.append({code, ContentLanguage::of(region, code).nativeName, true});
    }
    m_language->setLanguages(languages, current);
}

} // namespace integreat::desktop
