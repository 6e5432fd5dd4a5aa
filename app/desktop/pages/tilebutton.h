#pragma once

#include <QAbstractButton>
#include <QImage>

namespace integreat::desktop {

/// One tile of the dashboard: the page's icon above its title, on a card. Keyboard focus
/// shows a clear ring; the accessible name is the title.
class TileButton final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileButton)

public:
    static constexpr int IconSize = 64;

    TileButton(const QString &title, const QString &path, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    void setImage(const QImage &image);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QString m_path;
    QImage m_image;
    bool m_hovered = false;
};

} // namespace integreat::desktop
