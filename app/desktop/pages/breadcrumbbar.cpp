#include "desktop/pages/breadcrumbbar.h"

#include "core/content/bidi.h"
#include "desktop/accessibility/focuschain.h"
#include "desktop/common/icons.h"
#include "desktop/common/theme.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScopedValueRollback>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

/// A page title in the bar, which runs in the UI's direction: in its own direction (a
/// first-strong isolate), so "Was tun?" keeps its question mark at the end in an Arabic UI.
QString shownTitle(const QString &title)
{
    return content::bidi::isolated(title, content::bidi::FirstStrongIsolate);
}

} // namespace

BreadcrumbBar::BreadcrumbBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(u"BreadcrumbBar"_s);
    setAccessibleName(tr("You are here"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    // The window decides the width; the row fits itself into it (no minimum from the layout).
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_rebuildLater.setSingleShot(true);
    m_rebuildLater.setInterval(0);
    connect(&m_rebuildLater, &QTimer::timeout, this, &BreadcrumbBar::rebuild);
}

QStringList BreadcrumbBar::titles() const
{
    QStringList titles;
    for (const Crumb &crumb : m_crumbs)
        titles << crumb.title;
    return titles;
}

void BreadcrumbBar::setCrumbs(const QList<Crumb> &crumbs)
{
    m_crumbs = crumbs;
    rebuild();
}

void BreadcrumbBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        m_rebuildLater.start();
}

void BreadcrumbBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Later, not inside the resize: a resize can come while Qt walks every widget (a new
    // style sheet), and rebuilding deletes widgets.
    if (width() != m_builtWidth && !m_building)
        m_rebuildLater.start();
}

void BreadcrumbBar::rebuild()
{
    // Showing the new crumbs can resize the bar: no rebuild inside a rebuild.
    if (m_building)
        return;
    const QScopedValueRollback<bool> building(m_building, true);
    m_rebuildLater.stop();
    m_builtWidth = width();
    const QFontMetrics metrics(font());
    // Titles up to about 40 characters; fold the middle crumbs until the row fits; then
    // shorten the titles further.
    int textWidth = metrics.averageCharWidth() * 40;
    const int available = width() > 0 ? width() : 10000;
    int folded = 0;
    build(folded, textWidth);
    while (m_layout->sizeHint().width() > available && folded < m_crumbs.size() - 2)
        build(++folded, textWidth);
    while (m_layout->sizeHint().width() > available && textWidth > metrics.averageCharWidth() * 6)
        build(folded, textWidth = textWidth * 3 / 4);
}

void BreadcrumbBar::build(int folded, int textWidth)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Theme &theme = Theme::current();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QFontMetrics metrics(font());
    const auto addSeparator = [&] {
        auto *separator = new QLabel(this);
        const int size = metrics.height() - 2;
        separator->setPixmap(Icons::icon(u"chevron"_s, theme.textMuted, rtl)
                                 .pixmap(QSize(size, size), devicePixelRatioF()));
        separator->setAccessibleName(QString());
        m_layout->addWidget(separator);
    };
    for (qsizetype i = 0; i < m_crumbs.size(); ++i) {
        const Crumb &crumb = m_crumbs.at(i);
        const bool last = i == m_crumbs.size() - 1;
        if (folded > 0 && i >= 1 && i <= folded) {
            if (i > 1)
                continue;
            // The folded crumbs: one "…" button with a menu of them.
            addSeparator();
            auto *more = new QToolButton(this);
            more->setObjectName(u"FoldedCrumbs"_s);
            more->setText(u"…"_s);
            more->setAutoRaise(true);
            more->setPopupMode(QToolButton::InstantPopup);
            auto *menu = new QMenu(more);
            QStringList hidden;
            for (qsizetype h = 1; h <= folded; ++h) {
                const Crumb &inner = m_crumbs.at(h);
                hidden << inner.title;
                const Location target = inner.location;
                menu->addAction(shownTitle(inner.title), this,
                                [this, target] { emit crumbActivated(target); });
            }
            more->setMenu(menu);
            more->setToolTip(hidden.join(u" › "_s));
            more->setAccessibleName(tr("More: %1").arg(hidden.join(u", "_s)));
            m_layout->addWidget(more);
            continue;
        }
        if (i > 0)
            addSeparator();
        const QString shown =
            shownTitle(metrics.elidedText(crumb.title, Qt::ElideMiddle, textWidth));
        if (last) {
            auto *label = new QLabel(shown, this);
            label->setObjectName(u"CurrentCrumb"_s);
            QFont font = label->font();
            font.setWeight(QFont::DemiBold);
            label->setFont(font);
            label->setText(
                shownTitle(QFontMetrics(font).elidedText(crumb.title, Qt::ElideMiddle, textWidth)));
            label->setToolTip(crumb.title);
            label->setAccessibleName(crumb.title);
            label->setContentsMargins(8, 0, 8, 0);
            m_layout->addWidget(label);
        } else {
            auto *button = new QToolButton(this);
            button->setText(shown);
            button->setToolTip(crumb.title);
            button->setAccessibleName(crumb.title);
            button->setAutoRaise(true);
            button->setCursor(Qt::PointingHandCursor);
            const Location target = crumb.location;
            connect(button, &QToolButton::clicked, this,
                    [this, target] { emit crumbActivated(target); });
            m_layout->addWidget(button);
        }
    }
    m_layout->addStretch(1);
    a11y::chainFocusAfter(this, m_layout); // Tab reaches the crumbs before the content
    // Shown now, not when the layout gets to it: hidden widgets count for nothing in the
    // measurement rebuild() makes right after this.
    for (int i = 0; i < m_layout->count(); ++i) {
        if (QWidget *widget = m_layout->itemAt(i)->widget())
            widget->setVisible(true);
    }
}

} // namespace integreat::desktop
