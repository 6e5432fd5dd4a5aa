#include "desktop/mainwindow/sectionbar.h"

#include "desktop/accessibility/focuschain.h"
#include "desktop/common/flowlayout.h"

#include <QButtonGroup>
#include <QToolButton>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

/// A section tab as wide as its label in bold: the selected tab is drawn in bold (theme.cpp),
/// and a tab sized for the regular weight would clip it ("Local informatio").
class SectionTab final : public QToolButton
{
public:
    using QToolButton::QToolButton;

    QSize sizeHint() const override
    {
        QSize size = QToolButton::sizeHint();
        QFont regular = font();
        regular.setWeight(QFont::Normal);
        QFont bold = font();
        bold.setWeight(QFont::Bold);
        const int shown = fontMetrics().horizontalAdvance(text());
        const int widest = std::max(QFontMetrics(regular).horizontalAdvance(text()),
                                    QFontMetrics(bold).horizontalAdvance(text()));
        size.rwidth() += std::max(0, widest - shown) + 2;
        return size;
    }
    QSize minimumSizeHint() const override { return sizeHint(); }
};

} // namespace

SectionBar::SectionBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
    , m_group(new QButtonGroup(this))
{
    setObjectName(u"SectionBar"_s);
    setAccessibleName(tr("Sections"));
    // The tabs wrap onto a second row where one row is too narrow (200 % text on 800 px,
    // five sections): each stays whole and readable, none off the window.
    m_layout->setContentsMargins(20, 4, 20, 4);
    m_layout->setSpacing(6);
    m_group->setExclusive(true);
    hide();
}

QStringList SectionBar::sectionIds() const
{
    QStringList ids;
    for (const Section &section : m_sections)
        ids << section.id;
    return ids;
}

void SectionBar::setSections(const QList<Section> &sections, const QString &current)
{
    m_sections = sections;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Section &section : sections) {
        auto *button = new SectionTab(this);
        button->setObjectName(u"SectionTab"_s); // a page tab to screen readers (accessibility/)
        button->setText(section.title);
        button->setCheckable(true);
        button->setChecked(section.id == current);
        button->setAccessibleName(section.title);
        m_group->addButton(button);
        const QString id = section.id;
        connect(button, &QToolButton::clicked, this, [this, id] { emit sectionChosen(id); });
        m_layout->addWidget(button);
    }
    a11y::chainFocusAfter(this, m_layout); // Tab: header, then the tabs, then the content
    setVisible(sections.size() > 1);
}

void SectionBar::setTitle(const QString &id, const QString &title, const QString &accessibleName)
{
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i).id != id)
            continue;
        m_sections[i].title = title;
        if (auto *button = qobject_cast<QToolButton *>(m_layout->itemAt(i)->widget())) {
            button->setText(title);
            button->setAccessibleName(accessibleName);
            button->updateGeometry(); // a longer label needs a wider tab
        }
    }
}

QString SectionBar::title(const QString &id) const
{
    for (const Section &section : m_sections) {
        if (section.id == id)
            return section.title;
    }
    return {};
}

void SectionBar::setCurrent(const QString &id)
{
    for (int i = 0; i < m_sections.size(); ++i) {
        if (auto *button = qobject_cast<QToolButton *>(m_layout->itemAt(i)->widget()))
            button->setChecked(m_sections.at(i).id == id);
    }
}

} // namespace integreat::desktop
