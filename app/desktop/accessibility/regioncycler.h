#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>

class QWidget;

namespace integreat::desktop::a11y {

/// F6 and Shift+F6 move the keyboard focus from one region of a window to the next (as in
/// browsers and office programs): header (search), section tabs, breadcrumbs, content, side
/// panels. The window says which regions there are now; hidden ones and those without a
/// focusable control are skipped, and the cycle wraps around.
class RegionCycler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionCycler)

public:
    /// The window's regions in the order F6 visits them.
    using Regions = std::function<QList<QWidget *>()>;

    RegionCycler(QWidget *window, Regions regions);

    /// Moves the focus to the next (or previous) region; false when there is none to go to.
    bool cycle(bool forward);
    /// The control of `region` that gets the focus: the region itself when it takes focus,
    /// else its checked button (the current tab) or its first focusable control.
    static QWidget *focusTarget(QWidget *region);

    /// The visible widgets below `root` named one of `objectNames`, outermost only, in reading
    /// order (top to bottom, then in the layout's direction).
    static QList<QWidget *> regionsIn(QWidget *root, const QStringList &objectNames);

private:
    Regions m_regions;
};

} // namespace integreat::desktop::a11y
