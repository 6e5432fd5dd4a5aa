#pragma once

#include "desktop/kiosk/kioskoverlay.h"

class QLabel;
class QPushButton;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class StatusLoader;

/// The kiosk's administration, behind the hidden gesture and the PIN: the state of the
/// last updates (counted in a worker thread, StatusLoader: "Counting…" until then), Sync now,
/// Start over, Exit kiosk.
class AdminPanel final : public KioskOverlay
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPanel)

public:
    AdminPanel(const store::Store &store, QWidget *parent);

    /// Shows the panel and reads the sync state of `regions` (all when empty) again.
    void open(const QStringList &regions);
    void showSyncMessage(const QString &text);
    QString statusText() const;
    StatusLoader *statusLoader() const { return m_loader; }
    QPushButton *syncButton() const { return m_sync; }
    QPushButton *exitButton() const { return m_exit; }

signals:
    void syncRequested();
    void restartRequested();
    void exitRequested();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void showStatus();

    StatusLoader *m_loader;
    QStringList m_regions;
    QLabel *m_status;
    QLabel *m_syncMessage;
    QPushButton *m_sync;
    QPushButton *m_exit;
};

} // namespace integreat::desktop
