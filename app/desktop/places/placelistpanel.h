#pragma once

#include "core/geo/placefilter.h"
#include "core/model/place.h"
#include "desktop/places/placelistmodel.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;

namespace integreat::desktop {

/// The left side of Places: search within places, the Filters button with what is active,
/// the count, a bar when a merged marker narrows the list, and the list itself (title, then
/// distance · category · open now): a QListView over a PlaceListModel, one row height for all, so
/// that only the rows on screen are laid out and painted.
class PlaceListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceListPanel)

public:
    explicit PlaceListPanel(QWidget *parent = nullptr);

    /// A row's second line: "1.2 km · Category · Open now".
    static QString rowDetails(const model::Place &place, std::optional<double> distanceKm,
                              const QDateTime &now);
    /// What the filters hold: "Bildung, open now".
    static QString filterSummary(const geo::PlaceFilter &filter,
                                 const QList<model::PlaceCategory> &categories);

    /// Lists `places` (indices in the view's places, in list order); `title` and `details` give
    /// a row's two lines when it is first shown.
    void setPlaces(const QList<int> &places, PlaceListModel::TextSource title,
                   PlaceListModel::TextSource details);
    /// "3 places at this spot" with a Show all button; empty text hides it.
    void setSpotText(const QString &text);
    void setFilterSummary(const QString &summary, int activeCount);
    void setCountText(const QString &text);
    void setEmptyText(const QString &text);
    /// Selects the row of `place` without emitting placeChosen (-1: none).
    void selectPlace(int place);
    int selectedPlace() const;

    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    PlaceListModel *model() const { return m_model; }
    QToolButton *filtersButton() const { return m_filters; }
    QPushButton *showAllButton() const { return m_showAll; }
    QLabel *countLabel() const { return m_count; }

signals:
    void placeChosen(int place);
    void searchChanged(const QString &text);
    void filtersRequested();
    void showAllRequested();

private:
    QLineEdit *m_search;
    QToolButton *m_filters;
    QLabel *m_summary;
    QLabel *m_count;
    QWidget *m_spot;
    QLabel *m_spotText;
    QPushButton *m_showAll;
    PlaceListModel *m_model;
    QListView *m_list;
    QLabel *m_empty;
};

} // namespace integreat::desktop
