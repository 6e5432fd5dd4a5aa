#pragma once

#include "core/model/region.h"

#include <QListWidget>

namespace integreat::desktop {

/// The region picker's list: an optional "Nearby" section, then the regions matching the
/// search grouped A–Z under letter headers (headers cannot be selected; the arrow keys step
/// over them). Enter or a double click activates a region.
class RegionList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionList)

public:
    static constexpr int SlugRole = Qt::UserRole;
    static constexpr int HeaderRole = Qt::UserRole + 1;

    explicit RegionList(QWidget *parent = nullptr);

    /// Rebuilds the list: `nearby` first (when not empty), then `matches` (already filtered and
    /// sorted) grouped by the first letter of the name without prefix. `query` picks the
    /// aliases shown next to a name found through them.
    void showRegions(const QList<model::Region> &matches, const QList<model::Region> &nearby,
                     const QString &query);
    /// The number of region rows (nearby ones included).
    int regionCount() const { return m_regionCount; }
    /// The slug of the selected region, or empty.
    QString currentSlug() const;
    /// Selects the first region row; false when there is none.
    bool selectFirstRegion();

signals:
    void regionActivated(const QString &slug);
    /// Up on the first region: focus goes back to the search field.
    void leftAtTop();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    void addHeader(const QString &text, const QString &accessibleText);
    void addRegion(const model::Region &region, const QString &query);
    bool isHeaderRow(int row) const;

    int m_regionCount = 0;
};

} // namespace integreat::desktop
