#pragma once

#include <QList>
#include <QPointer>

class QAbstractScrollArea;
class QWidget;

namespace integreat::desktop {

/// Remembers the scroll positions of every scroll area inside a widget (lists, content
/// browsers, the dashboard) and puts them back after the widget showed its content again.
class ScrollKeeper final
{
public:
    explicit ScrollKeeper(const QWidget *root);
    /// Lays the areas out (so that their ranges are known) and scrolls them back.
    void restore() const;

private:
    struct Entry
    {
        QPointer<QAbstractScrollArea> area;
        int horizontal = 0;
        int vertical = 0;
    };
    QList<Entry> m_entries;
};

} // namespace integreat::desktop
