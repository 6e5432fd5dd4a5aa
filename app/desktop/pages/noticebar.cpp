#include "desktop/pages/noticebar.h"

#include "desktop/common/icons.h"
#include "desktop/common/storeguard.h"
#include "desktop/common/theme.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

NoticeBar::NoticeBar(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(u"NoticeBar"_s);
    setAttribute(Qt::WA_StyledBackground);
    setAccessibleName(tr("Notice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 8, 10);
    layout->setSpacing(12);

    m_icon->setAlignment(Qt::AlignVCenter);
    layout->addWidget(m_icon);

    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_text, 1);

    m_actions->setSpacing(8);
    layout->addLayout(m_actions);

    auto *close = m_close;
    close->setAutoRaise(true);
    close->setToolTip(tr("Close this notice"));
    close->setAccessibleName(tr("Close this notice"));
    connect(close, &QToolButton::clicked, this, &NoticeBar::clearNotice);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void NoticeBar::showNotice(const QString &text, const QList<Action> &actions)
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_current = actions;
    m_icon->setPixmap(
        Icons::icon(u"info"_s, Theme::current().accent).pixmap(QSize(22, 22), devicePixelRatioF()));
    m_close->setIcon(Icons::icon(u"close"_s));
    m_text->setText(text);
    for (const Action &action : actions) {
        auto *button = new QPushButton(action.label, this);
        button->setAccessibleName(action.label);
        const auto run = action.run;
        connect(button, &QPushButton::clicked, this, [run] {
            if (run)
                run();
        });
        m_actions->addWidget(button);
    }
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

bool NoticeBar::readStore(const std::function<void()> &read)
{
    return StoreGuard::run(read, [this](const QString &text) { showNotice(text); });
}

void NoticeBar::clearNotice()
{
    m_current.clear();
    m_text->clear();
    hide();
}

QString NoticeBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

QStringList NoticeBar::actionLabels() const
{
    QStringList labels;
    for (const Action &action : m_current)
        labels << action.label;
    return labels;
}

bool NoticeBar::trigger(const QString &label)
{
    for (const Action &action : std::as_const(m_current)) {
        if (action.label == label && action.run) {
            const auto run = action.run; // the action may replace the notice
            run();
            return true;
        }
    }
    return false;
}

} // namespace integreat::desktop
