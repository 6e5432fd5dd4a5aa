#pragma once

#include <QCheckBox>

namespace integreat::desktop {

/// A check box whose text wraps onto more lines where the width runs out, as a word-wrapping
/// QLabel does (a QCheckBox keeps its text on one line, so its width is the whole sentence).
/// In a scrolled page (Settings) a long sentence would otherwise make the page wider than its
/// window, and the part past the edge – the start of the line in a right-to-left UI – is cut
/// off. Text, accessible name, click and keyboard stay those of a QCheckBox.
class WrapCheckBox final : public QCheckBox
{
public:
    explicit WrapCheckBox(const QString &text, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool hitButton(const QPoint &pos) const override;

private:
    /// The width of the indicator and the space after it (in front of the text).
    int indicatorSpace() const;
    /// The height of the text wrapped into `width` pixels.
    int textHeight(int width) const;
};

} // namespace integreat::desktop
