#include "desktop/mainwindow/syncstatewidget.h"

#include "desktop/accessibility/liveregion.h"
#include "desktop/common/icons.h"
#include "desktop/common/theme.h"
#include "desktop/presentation/relativetime.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

SyncStateWidget::SyncStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_badge(new QLabel(this))
    , m_label(new QLabel(this))
    , m_button(new QToolButton(this))
{
    setObjectName(u"SyncState"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_badge->setObjectName(u"OfflineBadge"_s);
    m_badge->setText(tr("Offline"));
    m_badge->setAccessibleName(tr("Offline"));
    m_badge->hide();
    m_label->setObjectName(u"MutedLabel"_s);
    a11y::LiveRegion::install(m_label); // progress and the end of an update are announced
    m_label->setAccessibleName(tr("Update state"));
    m_button->setObjectName(u"SyncButton"_s);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setIcon(Icons::icon(u"sync"_s));
    m_button->setIconSize(QSize(18, 18));
    connect(m_button, &QToolButton::clicked, this, [this] {
        if (m_busy)
            emit cancelRequested();
        else
            emit syncRequested();
    });
    layout->addWidget(m_badge);
    layout->addWidget(m_label);
    layout->addWidget(m_button);
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &SyncStateWidget::updateText);
    m_tick.start();
    fixSlotWidths();
    updateText();
}

void SyncStateWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::LanguageChange) {
        fixSlotWidths();
        updateText();
    }
}

void SyncStateWidget::fixSlotWidths()
{
    // Room for the usual texts (at most about 26 characters); longer ones are elided with the
    // whole text in the tooltip.
    const QFontMetrics metrics(m_label->font());
    int slot = 0;
    for (const QString &text :
         {tr("Updated %n minutes ago", nullptr, 59), tr("Updated %n hours ago", nullptr, 23),
          tr("Updated yesterday"), tr("Not updated yet"), tr("Update failed"), tr("Updating…"),
          tr("Updating elsewhere"), tr("Example content")})
        slot = std::max(slot, metrics.horizontalAdvance(text));
    slot = std::min(slot, metrics.averageCharWidth() * 26) + 4;
    m_label->setFixedWidth(slot);
    // The button says "Sync now" or "Stop": as wide as the wider of the two.
    const QString shown = m_button->text();
    int button = 0;
    for (const QString &text : {tr("Sync now"), tr("Stop")}) {
        m_button->setText(text);
        button = std::max(button, m_button->sizeHint().width());
    }
    m_button->setText(shown);
    m_button->setMinimumWidth(m_compact ? 0 : button);
}

void SyncStateWidget::setDemo(bool demo)
{
    if (m_demo == demo)
        return;
    m_demo = demo;
    updateText();
}

void SyncStateWidget::setCompact(bool compact)
{
    if (m_compact == compact)
        return;
    m_compact = compact;
    m_label->setVisible(!compact);
    m_button->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    fixSlotWidths();
    updateText();
}

int SyncStateWidget::fullWidthHint() const
{
    const QFontMetrics metrics(m_button->font());
    int width = m_label->sizeHint().width() + 8 + m_button->iconSize().width() +
                metrics.horizontalAdvance(m_button->text()) + 32;
    if (m_offline)
        width += m_badge->sizeHint().width() + 8;
    return width;
}

void SyncStateWidget::setLastUpdate(const QDateTime &when)
{
    m_lastUpdate = when;
    updateText();
}

void SyncStateWidget::setBusy(bool busy, const QString &progress)
{
    m_busy = busy;
    m_progress = progress;
    if (busy) {
        m_failure.clear();
        m_elsewhere.clear();
    }
    updateText();
    a11y::LiveRegion::announce(m_label, stateText());
}

void SyncStateWidget::setOffline(bool offline, const QString &reason, bool permanent)
{
    m_offline = offline;
    m_permanentOffline = offline && permanent;
    m_badge->setVisible(offline);
    m_badge->setToolTip(reason);
    if (offline)
        m_failure.clear();
    updateText();
}

void SyncStateWidget::setFailed(const QString &error)
{
    m_failure = error;
    updateText();
    a11y::LiveRegion::announce(m_label, stateText());
}

void SyncStateWidget::setRunningElsewhere(const QString &detail)
{
    m_elsewhere = detail.isEmpty() ? tr("Another update is running.") : detail;
    m_failure.clear();
    updateText();
}

QString SyncStateWidget::stateText() const
{
    QString text = m_fullText;
    if (m_offline || m_demo)
        text = m_badge->text() + u" · "_s + text;
    return text;
}

void SyncStateWidget::updateText()
{
    QString text;
    if (m_demo && !m_busy)
        text = tr("Example content");
    else if (m_busy)
        text = m_progress.isEmpty() ? tr("Updating…") : m_progress;
    else if (!m_elsewhere.isEmpty())
        text = tr("Updating elsewhere");
    else if (!m_failure.isEmpty())
        text = tr("Update failed");
    else
        text = RelativeTime::updatedText(m_lastUpdate, QDateTime::currentDateTimeUtc());
    m_fullText = text;
    const QFontMetrics metrics(m_label->font());
    const QString shown = metrics.elidedText(text, Qt::ElideRight, m_label->width() - 2);
    m_label->setText(shown);
    QString labelTip =
        m_failure.isEmpty() ? (m_offline ? m_badge->toolTip() : QString()) : m_failure;
    if (!m_busy && !m_elsewhere.isEmpty())
        labelTip = m_elsewhere + u'\n' +
                   tr("Another program is updating the content on this computer. Try Sync now "
                      "again when it is done.");
    if (shown != text)
        labelTip = labelTip.isEmpty() ? text : text + u'\n' + labelTip;
    if (m_demo)
        labelTip = tr("This is a demo town with example content. It is not updated from a "
                      "server; choose your town to get its real content.");
    m_label->setToolTip(labelTip);
    m_badge->setText(m_demo ? tr("Demo") : tr("Offline"));
    m_badge->setAccessibleName(m_badge->text());
    m_badge->setVisible(m_offline || m_demo);
    m_button->setVisible(!m_permanentOffline);
    m_button->setText(m_busy ? tr("Stop") : tr("Sync now"));
    QString tip = m_busy ? tr("Stop the update; the saved content stays as it is")
                         : tr("Download the latest content (F5)");
    if (m_compact)
        tip = text + u'\n' + tip;
    m_button->setToolTip(tip);
    m_button->setAccessibleName(m_button->text());
    emit widthChanged();
}

} // namespace integreat::desktop
