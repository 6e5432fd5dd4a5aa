#include "desktop/accessibility/regioncycler.h"

#include <QAbstractButton>
#include <QApplication>
#include <QShortcut>
#include <QWidget>
#include <algorithm>

namespace integreat::desktop::a11y {

namespace {

bool takesTabFocus(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled();
}

/// The index of the innermost region that holds `focus`, or -1.
qsizetype regionOf(const QList<QWidget *> &regions, const QWidget *focus)
{
    qsizetype found = -1;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        QWidget *region = regions.at(i);
        if (focus && (region == focus || region->isAncestorOf(focus)) &&
            (found < 0 || regions.at(found)->isAncestorOf(region)))
            found = i;
    }
    return found;
}

} // namespace

RegionCycler::RegionCycler(QWidget *window, Regions regions)
    : QObject(window)
    , m_regions(std::move(regions))
{
    for (const bool forward : {true, false}) {
        auto *shortcut = new QShortcut(
            forward ? QKeySequence(Qt::Key_F6) : QKeySequence(Qt::SHIFT | Qt::Key_F6), window);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, forward] { cycle(forward); });
    }
}

QWidget *RegionCycler::focusTarget(QWidget *region)
{
    if (!region || !region->isVisible())
        return nullptr;
    if (QWidget *proxy = region->focusProxy(); proxy && takesTabFocus(proxy))
        return proxy;
    if (takesTabFocus(region))
        return region;
    QWidget *first = nullptr;
    for (QWidget *w = region->nextInFocusChain(); w && w != region; w = w->nextInFocusChain()) {
        if (!region->isAncestorOf(w) || !takesTabFocus(w))
            continue;
        if (const auto *button = qobject_cast<QAbstractButton *>(w); button && button->isChecked())
            return w;
        if (!first)
            first = w;
    }
    return first;
}

QList<QWidget *> RegionCycler::regionsIn(QWidget *root, const QStringList &objectNames)
{
    QList<QWidget *> regions;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (objectNames.contains(widget->objectName()) && widget->isVisible())
            regions.append(widget);
    }
    const auto nested = [&regions](const QWidget *widget) {
        for (const QWidget *other : regions) {
            if (other != widget && other->isAncestorOf(widget))
                return true;
        }
        return false;
    };
    regions.removeIf(nested);
    const bool rightToLeft = root->layoutDirection() == Qt::RightToLeft;
    std::stable_sort(regions.begin(), regions.end(), [&](QWidget *a, QWidget *b) {
        const QRect ra(a->mapTo(root, QPoint(0, 0)), a->size());
        const QRect rb(b->mapTo(root, QPoint(0, 0)), b->size());
        if (ra.top() != rb.top())
            return ra.top() < rb.top();
        return rightToLeft ? ra.right() > rb.right() : ra.left() < rb.left();
    });
    return regions;
}

bool RegionCycler::cycle(bool forward)
{
    const QList<QWidget *> regions = m_regions();
    if (regions.isEmpty())
        return false;
    const qsizetype count = regions.size();
    const qsizetype current = regionOf(regions, QApplication::focusWidget());
    qsizetype index = current;
    for (qsizetype step = 0; step < count; ++step) {
        if (index < 0)
            index = forward ? 0 : count - 1;
        else
            index = (index + (forward ? 1 : count - 1)) % count;
        if (index == current)
            break;
        if (QWidget *target = focusTarget(regions.at(index))) {
            target->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace integreat::desktop::a11y
