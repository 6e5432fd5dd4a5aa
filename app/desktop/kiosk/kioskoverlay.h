#pragma once

#include <QWidget>

namespace integreat::desktop {

/// A layer that covers the whole kiosk window (no separate top-level windows: the kiosk
/// compositor shows one window only): keeps its parent's size and paints an opaque
/// background.
class KioskOverlay : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskOverlay)

public:
    explicit KioskOverlay(QWidget *parent);

    /// Covers the parent and comes to the front.
    void popUp();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// A font `factor` times the normal size, bold if asked.
    QFont scaledFont(double factor, bool bold = false) const;
};

} // namespace integreat::desktop
