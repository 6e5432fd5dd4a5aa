#pragma once

#include "core/geo/placefilter.h"
#include "core/model/place.h"

#include <QDialog>
#include <functional>

class QButtonGroup;
class QCheckBox;
class QPushButton;

namespace integreat::desktop {

/// The Places filters as in the official app: one category (exclusive toggles, A–Z), "only
/// open now", barrier-free; the button reads "Show N places" and is disabled at 0.
class PlaceFiltersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceFiltersDialog)

public:
    /// `count` tells how many places a filter would show.
    using Counter = std::function<int(const geo::PlaceFilter &)>;

    PlaceFiltersDialog(const QList<model::PlaceCategory> &categories,
                       const geo::PlaceFilter &current, Counter counter, QWidget *parent = nullptr);

    geo::PlaceFilter filter() const;
    QPushButton *showButton() const { return m_show; }
    QCheckBox *openNowBox() const { return m_openNow; }
    /// Checks the category toggle of `id` (none: -1).
    void chooseCategory(int id);

private:
    void updateCount();

    QString m_text;
    Counter m_counter;
    QButtonGroup *m_categories;
    QCheckBox *m_openNow;
    QCheckBox *m_barrierFree;
    QPushButton *m_show;
};

} // namespace integreat::desktop
