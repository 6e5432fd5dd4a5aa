#include "desktop/pages/navigationbar.h"

#include "desktop/common/icons.h"
#include "desktop/common/theme.h"
#include "desktop/pages/breadcrumbbar.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

NavigationBar::NavigationBar(QWidget *parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_breadcrumbs(new BreadcrumbBar(this))
{
    setObjectName(u"NavigationBar"_s);
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 4);
    layout->setSpacing(4);

    m_back->setObjectName(u"BackButton"_s);
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_back->setAccessibleName(tr("Back"));
    m_forward->setObjectName(u"ForwardButton"_s);
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_forward->setAccessibleName(tr("Forward"));
    for (QToolButton *button : {m_back, m_forward}) {
        button->setAutoRaise(true);
        button->setEnabled(false);
    }
    connect(m_back, &QToolButton::clicked, this, &NavigationBar::backRequested);
    connect(m_forward, &QToolButton::clicked, this, &NavigationBar::forwardRequested);

    layout->addWidget(m_back);
    layout->addWidget(m_forward);
    layout->addSpacing(8);
    layout->addWidget(m_breadcrumbs, 1);
    // UI chrome in the UI's direction, also above a page that runs the other way (a German page
    // in an Arabic UI): Back at the start (the right in right to left), its arrow pointing
    // there; the page's direction stops here (as in FeedbackBox). Alt+Left stays Back.
    setLayoutDirection(QGuiApplication::layoutDirection());
    connect(qGuiApp, &QGuiApplication::layoutDirectionChanged, this,
            [this](Qt::LayoutDirection direction) { setLayoutDirection(direction); });
    updateIcons();
}

void NavigationBar::setHistoryState(bool canGoBack, bool canGoForward)
{
    m_back->setEnabled(canGoBack);
    m_forward->setEnabled(canGoForward);
}

void NavigationBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    const auto type = event->type();
    if (type == QEvent::LayoutDirectionChange || type == QEvent::PaletteChange ||
        type == QEvent::FontChange)
        updateIcons();
}

void NavigationBar::updateIcons()
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const int size = Theme::current().iconSize(20);
    m_back->setIconSize(QSize(size, size));
    m_forward->setIconSize(QSize(size, size));
    m_back->setIcon(Icons::icon(u"arrow-back"_s, {}, rtl));
    m_forward->setIcon(Icons::icon(u"arrow-forward"_s, {}, rtl));
}

} // namespace integreat::desktop
