#pragma once

#include <QLabel>

namespace integreat::desktop {

/// A one-line label that gives way: it asks for its whole text but accepts less, drawing the
/// text shortened with "…" and showing the whole of it as its tooltip. text() stays whole (for
/// screen readers and tests). The town's name in the header uses it, so that a narrow window at
/// a large text size shortens the name instead of pushing the header out of the window.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    /// Whether the text is shortened at the current width.
    bool isElided() const;
    /// What is drawn: the text, shortened at the current width, as one isolate in the direction
    /// of its first letter, so that the "…" ends a Latin name also in a right-to-left UI
    /// ("Must…", not "…Must").
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace integreat::desktop
