#pragma once

#include <QListView>

namespace integreat::desktop {

/// A list view whose rows open with Space as with Enter (activated()), for lists where a row
/// opens something (events, news); arrows, Home/End and Page Up/Down move as in any list.
class ActivatingListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivatingListView)

public:
    using QListView::QListView;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace integreat::desktop
