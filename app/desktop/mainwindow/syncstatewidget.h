#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace integreat::desktop {

/// How fresh the saved content is and whether the network can be reached: "Updated 2 hours
/// ago", an Offline badge, and a Sync now button (Stop while a sync runs).
class SyncStateWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStateWidget)

public:
    explicit SyncStateWidget(QWidget *parent = nullptr);

    void setLastUpdate(const QDateTime &when);
    /// While a sync runs: its progress in words ("العربية: downloading pages").
    void setBusy(bool busy, const QString &progress = {});
    /// Offline: no network (--offline, or the server could not be reached); `reason` is shown
    /// as the tooltip. `permanent` (--offline) hides Sync now.
    void setOffline(bool offline, const QString &reason = {}, bool permanent = false);
    /// The last sync failed for another reason than the network.
    void setFailed(const QString &error);
    /// Another process is updating this data folder (`detail`: "A sync is already running
    /// (pid N).", the tooltip); cleared when a sync of ours starts.
    void setRunningElsewhere(const QString &detail);
    bool isRunningElsewhere() const { return !m_elsewhere.isEmpty(); }
    /// The demo town is shown: a Demo badge and "Example content" instead of Offline and the
    /// update time (a demo is never updated from a server).
    void setDemo(bool demo);
    bool isDemo() const { return m_demo; }

    bool isOffline() const { return m_offline; }
    bool isBusy() const { return m_busy; }
    QString stateText() const;
    QToolButton *syncButton() const { return m_button; }
    /// Compact: only the badge and an icon-only button; the text moves into the tooltip.
    void setCompact(bool compact);
    /// The width it needs when not compact.
    int fullWidthHint() const;

signals:
    void syncRequested();
    void cancelRequested();
    /// The text changed, and with it the room the widget needs.
    void widthChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    /// The label and the button keep one width whatever they say, so the header never shifts.
    void fixSlotWidths();

    QLabel *m_badge;
    QLabel *m_label;
    QToolButton *m_button;
    QTimer m_tick;
    QDateTime m_lastUpdate;
    QString m_progress;
    QString m_failure;
    QString m_elsewhere;
    bool m_busy = false;
    bool m_offline = false;
    bool m_permanentOffline = false;
    bool m_compact = false;
    bool m_demo = false;
    QString m_fullText; ///< the label's text before eliding
};

} // namespace integreat::desktop
