#include "desktop/places/placelistpanel.h"

#include "core/geo/openinghours.h"
#include "desktop/places/placeitemdelegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

PlaceListPanel::PlaceListPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_filters(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_count(new QLabel(this))
    , m_spot(new QWidget(this))
    , m_spotText(new QLabel(m_spot))
    , m_showAll(new QPushButton(tr("Show all places"), m_spot))
    , m_model(new PlaceListModel(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"PlaceList"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_search->setPlaceholderText(tr("Search in places"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search in places"));
    layout->addWidget(m_search);

    auto *filterRow = new QHBoxLayout;
    m_filters->setText(tr("Filters…"));
    m_filters->setToolButtonStyle(Qt::ToolButtonTextOnly);
    filterRow->addWidget(m_filters);
    m_summary->setWordWrap(true);
    filterRow->addWidget(m_summary, 1);
    layout->addLayout(filterRow);
    m_count->setObjectName(u"PlaceCount"_s);
    layout->addWidget(m_count);

    auto *spotLayout = new QHBoxLayout(m_spot);
    spotLayout->setContentsMargins(0, 0, 0, 0);
    spotLayout->addWidget(m_spotText, 1);
    spotLayout->addWidget(m_showAll);
    m_spot->hide();
    layout->addWidget(m_spot);

    // One height for every row (computed by the delegate from the fonts): the list stays fast
    // with thousands of places, and no row loses its status line.
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new PlaceItemDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setAccessibleName(tr("Places"));
    layout->addWidget(m_list, 1);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    layout->addWidget(m_empty, 1);

    connect(m_search, &QLineEdit::textChanged, this, &PlaceListPanel::searchChanged);
    connect(m_filters, &QToolButton::clicked, this, &PlaceListPanel::filtersRequested);
    connect(m_showAll, &QPushButton::clicked, this, &PlaceListPanel::showAllRequested);
    const auto choose = [this](const QModelIndex &index) {
        const int place = m_model->placeAt(index.row());
        if (index.isValid() && place >= 0)
            emit placeChosen(place);
    };
    connect(m_list, &QListView::clicked, this, choose);
    connect(m_list, &QListView::activated, this, choose);
}

QString PlaceListPanel::rowDetails(const model::Place &place, std::optional<double> distanceKm,
                                   const QDateTime &now)
{
    QStringList parts;
    if (distanceKm)
        parts << QString::number(*distanceKm, 'f', 1) + u" km"_s;
    if (place.category && !place.category->name.isEmpty())
        parts << place.category->name;
    switch (geo::hours::stateAt(place, now, QTimeZone::systemTimeZone())) {
    case geo::hours::State::Open:
        parts << tr("Open now");
        break;
    case geo::hours::State::Closed:
        parts << tr("Closed now");
        break;
    case geo::hours::State::TemporarilyClosed:
        parts << tr("Temporarily closed");
        break;
    default:
        break;
    }
    return parts.join(u" · "_s);
}

QString PlaceListPanel::filterSummary(const geo::PlaceFilter &filter,
                                      const QList<model::PlaceCategory> &categories)
{
    QStringList parts;
    if (filter.categoryId) {
        for (const model::PlaceCategory &c : categories) {
            if (c.id == *filter.categoryId)
                parts << c.name;
        }
    }
    if (filter.openNow)
        parts << tr("open now");
    if (filter.barrierFree)
        parts << tr("barrier-free");
    return parts.join(u", "_s);
}

void PlaceListPanel::setPlaces(const QList<int> &places, PlaceListModel::TextSource title,
                               PlaceListModel::TextSource details)
{
    const QSignalBlocker blocker(m_list);
    m_model->setPlaces(places, std::move(title), std::move(details));
    m_list->setVisible(!places.isEmpty());
    m_empty->setVisible(places.isEmpty());
}

void PlaceListPanel::setSpotText(const QString &text)
{
    m_spotText->setText(text);
    m_spot->setVisible(!text.isEmpty());
}

void PlaceListPanel::setFilterSummary(const QString &summary, int activeCount)
{
    m_summary->setText(summary);
    m_filters->setText(activeCount > 0 ? tr("Filters (%1)…").arg(activeCount) : tr("Filters…"));
}

void PlaceListPanel::setCountText(const QString &text)
{
    m_count->setText(text);
}

void PlaceListPanel::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void PlaceListPanel::selectPlace(int place)
{
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    const int row = m_model->rowOf(place);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

int PlaceListPanel::selectedPlace() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() && m_list->selectionModel()->isSelected(index)
               ? m_model->placeAt(index.row())
               : -1;
}

} // namespace integreat::desktop
