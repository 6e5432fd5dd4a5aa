#include "desktop/kiosk/countdownoverlay.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

CountdownOverlay::CountdownOverlay(QWidget *parent, Wording wording)
    : KioskOverlay(parent)
    , m_seconds(new QLabel(this))
    , m_continue(new QPushButton(tr("Yes, continue"), this))
    , m_wording(wording)
{
    setObjectName(u"KioskCountdown"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *question = new QLabel(tr("Are you still there?"), this);
    question->setFont(scaledFont(2.2, true));
    question->setAlignment(Qt::AlignCenter);
    m_seconds->setFont(scaledFont(1.4));
    m_seconds->setAlignment(Qt::AlignCenter);
    m_seconds->setWordWrap(true);
    m_continue->setFont(scaledFont(1.6, true));
    m_continue->setMinimumSize(320, 88);
    layout->addWidget(question);
    layout->addWidget(m_seconds);
    layout->addSpacing(24);
    layout->addWidget(m_continue, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_continue, &QPushButton::clicked, this, &QWidget::hide);
}

void CountdownOverlay::showSeconds(int seconds)
{
    if (m_wording == Wording::SharedComputer) {
        m_seconds->setText(tr("Press any key or move the mouse to continue. In %n seconds the "
                              "session ends: the app goes back to the start page and what was "
                              "looked at is cleared.",
                              nullptr, seconds));
    } else {
        m_seconds->setText(
            tr("Touch the screen to continue. In %n seconds everything starts over and what you "
               "looked at is cleared.",
               nullptr, seconds));
    }
    if (!isVisible())
        popUp();
}

} // namespace integreat::desktop
