#include "mainwindow/syncstatewidget.h"

#include "app/icons.h"
#include "app/theme.h"
#include "mainwindow/relativetime.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

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
    updateText();
}

void SyncStateWidget::setCompact(bool compact)
{
    if (m_compact == compact)
        return;
    m_compact = compact;
    m_label->setVisible(!compact);
    m_button->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
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
    if (busy)
        m_failure.clear();
    updateText();
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
}

QString SyncStateWidget::stateText() const
{
    QString text = m_label->text();
    if (m_offline)
        text = m_badge->text() + u" · "_s + text;
    return text;
}

void SyncStateWidget::updateText()
{
    QString text;
    if (m_busy)
        text = m_progress.isEmpty() ? tr("Updating…") : m_progress;
    else if (!m_failure.isEmpty())
        text = tr("Update failed");
    else
        text = RelativeTime::updatedText(m_lastUpdate, QDateTime::currentDateTimeUtc());
    m_label->setText(text);
    m_label->setToolTip(m_failure.isEmpty() ? (m_offline ? m_badge->toolTip() : QString())
                                            : m_failure);
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
