#pragma once

#include "desktop/presentation/location.h"

#include <QList>
#include <QString>
#include <QTimer>
#include <QWidget>

class QHBoxLayout;

namespace integreat::desktop {

/// "Local information › Willkommen › Wissenswertes": where the current page sits. Every
/// crumb but the last is a button; the row follows the content direction. When the row is wider
/// than the bar, the crumbs in the middle fold into one "…" button (a menu of them) and long
/// titles are shortened in the middle; the full title is always the tooltip.
class BreadcrumbBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreadcrumbBar)

public:
    struct Crumb
    {
        QString title;
        Location location;
    };

    explicit BreadcrumbBar(QWidget *parent = nullptr);

    void setCrumbs(const QList<Crumb> &crumbs);
    QList<Crumb> crumbs() const { return m_crumbs; }
    /// The titles, for tests and accessibility descriptions.
    QStringList titles() const;

signals:
    void crumbActivated(const integreat::desktop::Location &location);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    /// Builds the row with the crumbs 1..`folded` folded into "…"; `textWidth` caps each title.
    void build(int folded, int textWidth);
    int m_builtWidth = -1;
    bool m_building = false;
    QTimer m_rebuildLater;

    QHBoxLayout *m_layout;
    QList<Crumb> m_crumbs;
};

} // namespace integreat::desktop
