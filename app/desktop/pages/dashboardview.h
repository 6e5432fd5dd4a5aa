#pragma once

#include "core/model/page.h"

#include <QList>
#include <QScrollArea>

class QGridLayout;
class QLabel;

namespace integreat::desktop {

class TileButton;

/// The start of "Local information": the region's top-level pages as tiles with their icons,
/// in CMS order, in as many columns as fit.
class DashboardView final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    explicit DashboardView(QWidget *parent = nullptr);

    void setResourceDir(const QString &dir) { m_resourceDir = dir; }
    /// `heading`: the section title; `subtitle`: a line under it (region name...).
    void setPages(const QString &heading, const QString &subtitle, const QList<model::Page> &pages);
    QList<TileButton *> tiles() const { return m_tiles; }

signals:
    void pageActivated(const QString &path);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void layoutTiles();
    void alignLabels();

    QString m_resourceDir;
    QWidget *m_canvas;
    QLabel *m_heading;
    QLabel *m_subtitle;
    QLabel *m_empty;
    QGridLayout *m_grid;
    QList<TileButton *> m_tiles;
    int m_columns = 0;
};

} // namespace integreat::desktop
