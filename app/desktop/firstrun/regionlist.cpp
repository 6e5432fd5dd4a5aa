#include "desktop/firstrun/regionlist.h"

#include "desktop/firstrun/regionlistmodel.h"

#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

RegionList::RegionList(QWidget *parent)
    : QListView(parent)
    , m_model(new RegionListModel(this))
{
    setModel(m_model);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // One row height for headers and regions (a header's, the taller): the view lays out 20,000
    // rows without asking each for its size. A text wider than the list is elided; screen
    // readers and the tooltip get it whole.
    setUniformItemSizes(true);
    setAccessibleName(tr("Regions"));
    setStyleSheet(u"QListView::item { padding: 5px 8px; }"_s);
    connect(this, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && !isHeaderRow(index.row()))
            emit regionActivated(m_model->slugAt(index.row()));
    });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegionList::currentRegionChanged);
}

void RegionList::setRegions(const QList<model::Region> &regions)
{
    m_model->setRegions(regions);
}

void RegionList::showRegions(const QString &query, const QList<model::Region> &nearby)
{
    const QString previous = currentSlug();
    m_model->show(query, nearby);
    if (!previous.isEmpty()) {
        const int row = m_model->rowOf(previous);
        if (row >= 0)
            setCurrentIndex(m_model->index(row));
    }
}

int RegionList::regionCount() const
{
    return m_model->regionCount();
}

int RegionList::matchCount() const
{
    return m_model->matchCount();
}

bool RegionList::isHeaderRow(int row) const
{
    return m_model->isHeader(row);
}

QString RegionList::currentSlug() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || isHeaderRow(current.row()) || !selectionModel()->isSelected(current))
        return {};
    return m_model->slugAt(current.row());
}

bool RegionList::selectFirstRegion()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!isHeaderRow(row)) {
            setCurrentIndex(m_model->index(row));
            scrollToTop();
            return true;
        }
    }
    return false;
}

QModelIndex RegionList::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    QModelIndex next = QListView::moveCursor(action, modifiers);
    // A header is stepped over in the direction of the move; Home (the first row is a header)
    // goes on down to the first region, End up to the last.
    const bool down = action == MoveDown || action == MoveNext || action == MovePageDown ||
                      action == MoveHome || action == MoveRight;
    const int count = m_model->rowCount();
    int row = next.row();
    while (row >= 0 && row < count && isHeaderRow(row))
        row += down ? 1 : -1;
    if (row < 0 || row >= count) {
        // Past a header at either end: stay where we are.
        return currentIndex().isValid() && !isHeaderRow(currentIndex().row()) ? currentIndex()
                                                                              : QModelIndex();
    }
    return m_model->index(row);
}

void RegionList::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QString slug = currentSlug();
        if (!slug.isEmpty()) {
            emit regionActivated(slug);
            event->accept();
            return;
        }
    }
    if (event->key() == Qt::Key_Up && event->modifiers() == Qt::NoModifier) {
        int first = 0;
        while (first < m_model->rowCount() && isHeaderRow(first))
            ++first;
        if (currentIndex().row() <= first) {
            emit leftAtTop();
            event->accept();
            return;
        }
    }
    QListView::keyPressEvent(event);
}

} // namespace integreat::desktop
