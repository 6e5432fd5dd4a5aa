#include "desktop/mainwindow/regionbutton.h"

#include "desktop/common/theme.h"
#include "desktop/mainwindow/elidedlabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

RegionButton::RegionButton(QWidget *parent)
    : QWidget(parent)
    , m_prefix(new QLabel(this))
    , m_name(new ElidedLabel(this))
    , m_change(new QToolButton(this))
{
    setObjectName(u"RegionButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    m_prefix->setObjectName(u"MutedLabel"_s);
    m_name->setObjectName(u"RegionName"_s);
    // Shortened with "…" (whole in the tooltip) rather than pushing the header out of a narrow
    // window at large text sizes (HeaderBar makes room first).
    m_name->setAccessibleName(tr("Town"));
    names->addWidget(m_prefix);
    names->addWidget(m_name);
    layout->addLayout(names);
    m_change->setText(tr("Change"));
    m_change->setToolTip(tr("Read about another town"));
    m_change->setAccessibleName(tr("Change town"));
    m_change->setPopupMode(QToolButton::InstantPopup);
    m_change->setMenu(new QMenu(m_change));
    layout->addWidget(m_change, 0, Qt::AlignBottom);
    rebuildMenu();
}

QString RegionButton::name() const
{
    return m_name->text();
}

void RegionButton::setRegion(const QString &prefix, const QString &name)
{
    const Theme &theme = Theme::current();
    m_name->setFont(theme.font(Theme::FontRole::RegionName));
    QFont small = theme.font(Theme::FontRole::Small);
    m_prefix->setFont(small);
    m_prefix->setText(prefix);
    m_prefix->setVisible(!m_tight && !prefix.isEmpty());
    m_name->setText(name);
    m_name->setAccessibleName(tr("Town: %1").arg(name));
}

void RegionButton::setTight(bool tight)
{
    // Tight: the prefix ("Stadt") goes; the name is shortened by the layout when it must be.
    m_tight = tight;
    m_prefix->setVisible(!tight && !m_prefix->text().isEmpty());
}

void RegionButton::setOtherRegions(const QList<Entry> &regions)
{
    m_others = regions;
    rebuildMenu();
}

void RegionButton::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setRegion(m_prefix->text(), m_name->text());
}

void RegionButton::rebuildMenu()
{
    QMenu *menu = m_change->menu();
    menu->clear();
    for (const Entry &entry : std::as_const(m_others)) {
        const QString slug = entry.slug;
        menu->addAction(entry.name, this, [this, slug] { emit regionChosen(slug); });
    }
    if (!m_others.isEmpty())
        menu->addSeparator();
    QAction *find =
        menu->addAction(tr("Find another town…"), this, &RegionButton::findRegionRequested);
    find->setEnabled(m_canFind);
}

} // namespace integreat::desktop
