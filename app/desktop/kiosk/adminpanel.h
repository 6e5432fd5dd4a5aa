#pragma once

#include "desktop/kiosk/kioskoverlay.h"

class QLabel;
class QPushButton;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

/// The kiosk's administration, behind the hidden gesture and the PIN: the state of the
/// last updates, Sync now, Start over, Exit kiosk.
class AdminPanel final : public KioskOverlay
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPanel)

public:
    AdminPanel(const store::Store &store, QWidget *parent);

    /// Reads the sync state of `regions` (all when empty) again and shows the panel.
    void open(const QStringList &regions);
    void showSyncMessage(const QString &text);
    QString statusText() const;
    QPushButton *syncButton() const { return m_sync; }
    QPushButton *exitButton() const { return m_exit; }

signals:
    void syncRequested();
    void restartRequested();
    void exitRequested();

private:
    const store::Store &m_store;
    QLabel *m_status;
    QLabel *m_syncMessage;
    QPushButton *m_sync;
    QPushButton *m_exit;
};

} // namespace integreat::desktop
