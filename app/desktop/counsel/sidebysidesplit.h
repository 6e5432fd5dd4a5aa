#pragma once

#include <QObject>

class QSplitter;
class QWidget;

namespace integreat::desktop {

/// Keeps side by side readable at any window and text size: the two sides next to each other
/// where each gets at least minimumSideWidth(), else (800×600 at 200 % text) one above the
/// other, so no heading breaks inside a word in a narrow strip. Each time the pane is shown or
/// the orientation changes, both sides get half the room.
class SideBySideSplit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SideBySideSplit)

public:
    /// `splitter` holds the reader (first) and the side-by-side `pane` (second).
    SideBySideSplit(QSplitter *splitter, QWidget *pane);

    /// About 24 average characters of the pane's font (which follows the text size) plus its
    /// scroll bar: a long German word in a heading still fits on one line.
    int minimumSideWidth() const;
    /// Next to each other or one above the other, for the splitter's width now.
    Qt::Orientation fittingOrientation() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update(bool shown);

    QSplitter *m_splitter;
    QWidget *m_pane;
};

} // namespace integreat::desktop
