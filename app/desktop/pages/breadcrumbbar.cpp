#include "pages/breadcrumbbar.h"

#include "app/icons.h"
#include "app/theme.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
constexpr int MaxCrumbChars = 40;

QString shortened(const QString &title)
{
    if (title.size() <= MaxCrumbChars)
        return title;
    return title.left(MaxCrumbChars - 1).trimmed() + u'…';
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
        rebuild();
}

void BreadcrumbBar::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Theme &theme = Theme::current();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    for (qsizetype i = 0; i < m_crumbs.size(); ++i) {
        const Crumb &crumb = m_crumbs.at(i);
        const bool last = i == m_crumbs.size() - 1;
        if (i > 0) {
            auto *separator = new QLabel(this);
            const int size = QFontMetrics(font()).height() - 2;
            separator->setPixmap(Icons::icon(u"chevron"_s, theme.textMuted, rtl)
                                     .pixmap(QSize(size, size), devicePixelRatioF()));
            separator->setAccessibleName(QString());
            m_layout->addWidget(separator);
        }
        if (last) {
            auto *label = new QLabel(shortened(crumb.title), this);
            label->setObjectName(u"CurrentCrumb"_s);
            QFont font = label->font();
            font.setWeight(QFont::DemiBold);
            label->setFont(font);
            label->setToolTip(crumb.title);
            label->setAccessibleName(crumb.title);
            label->setContentsMargins(8, 0, 8, 0);
            m_layout->addWidget(label);
        } else {
            auto *button = new QToolButton(this);
            button->setText(shortened(crumb.title));
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
}

} // namespace integreat::desktop
