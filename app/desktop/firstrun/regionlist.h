#pragma once

#include "core/model/region.h"

#include <QListView>

namespace integreat::desktop {

class RegionListModel;

/// The region picker's list: an optional "Nearby" section, then the regions matching the
/// search grouped A–Z under letter headers (headers cannot be selected; the arrow keys step
/// over them). Enter or a double click activates a region. A RegionListModel in a list view of
/// one row height, so 20,000 regions list and filter as the user types.
class RegionList final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionList)

public:
    explicit RegionList(QWidget *parent = nullptr);

    /// Prepares the regions to search; shows them with showRegions().
    void setRegions(const QList<model::Region> &regions);
    /// Rebuilds the rows: `nearby` first (when not empty), then the regions `query` finds
    /// (content::filterRegions) grouped by the first letter of the name without prefix, with
    /// the aliases that matched next to a name found through them. Keeps the selected region
    /// selected when it is still listed.
    void showRegions(const QString &query, const QList<model::Region> &nearby);
    RegionListModel *regionModel() const { return m_model; }
    /// The number of region rows (nearby ones included).
    int regionCount() const;
    /// The number of regions the query found (nearby ones not counted).
    int matchCount() const;
    /// The slug of the selected region, or empty.
    QString currentSlug() const;
    /// Selects the first region row; false when there is none.
    bool selectFirstRegion();

signals:
    void regionActivated(const QString &slug);
    /// The selected region changed (or none is selected any more).
    void currentRegionChanged();
    /// Up on the first region: focus goes back to the search field.
    void leftAtTop();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    bool isHeaderRow(int row) const;

    RegionListModel *m_model;
};

} // namespace integreat::desktop
