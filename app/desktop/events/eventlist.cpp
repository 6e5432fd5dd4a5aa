#include "desktop/events/eventlist.h"

#include "desktop/common/activatinglistview.h"
#include "desktop/events/eventitemdelegate.h"
#include "desktop/presentation/datetext.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

EventList::EventList(QWidget *parent)
    : QWidget(parent)
    , m_rangeOn(new QCheckBox(tr("Only dates from"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_model(new EventListModel(this))
    , m_list(new ActivatingListView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"EventList"_s);
    auto *filter = new QHBoxLayout;
    filter->setContentsMargins(12, 8, 12, 8);
    filter->addWidget(m_rangeOn);
    filter->addWidget(m_from);
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    filter->addWidget(toLabel);
    filter->addWidget(m_to);
    filter->addStretch(1);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(DateText::inputFormat());
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));

    m_list->setObjectName(u"EventListView"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new EventItemDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(false);
    m_list->setAccessibleName(tr("Events"));
    m_empty->setObjectName(u"EventListEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);

    connect(m_rangeOn, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        emit rangeChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_to->date() < date)
            m_to->setDate(date);
        if (m_rangeOn->isChecked())
            emit rangeChanged();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_rangeOn->isChecked())
            emit rangeChanged();
    });
    connect(m_list, &QListView::activated, this, &EventList::onActivated);
    connect(m_list, &QListView::clicked, this, &EventList::onActivated);
}

void EventList::showLoading()
{
    if (m_model->rowCount() > 0)
        return;
    m_empty->setText(tr("Loading events…"));
    m_empty->show();
    m_list->hide();
}

void EventList::showEvents(const QList<events::ListedEvent> &rows, const QLocale &locale,
                           Qt::LayoutDirection direction)
{
    // The list is filled again after a refresh: the reader stays where they were.
    const int scrolled = m_list->verticalScrollBar()->value();
    m_list->setLayoutDirection(direction);
    m_model->setEvents(rows, locale, direction);
    const bool empty = rows.isEmpty();
    m_empty->setText(m_rangeOn->isChecked() ? tr("No events in these days.")
                                            : tr("No upcoming events."));
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
    m_list->doItemsLayout(); // the scroll range is known
    m_list->verticalScrollBar()->setValue(scrolled);
}

QDate EventList::rangeFrom() const
{
    return m_rangeOn->isChecked() ? m_from->date() : QDate();
}

QDate EventList::rangeTo() const
{
    return m_rangeOn->isChecked() ? m_to->date() : QDate();
}

void EventList::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker block(this);
    m_from->setDate(from);
    m_to->setDate(to);
    m_rangeOn->setChecked(true);
    m_from->setEnabled(true);
    m_to->setEnabled(true);
}

void EventList::clearRange()
{
    m_rangeOn->setChecked(false);
}

void EventList::setToday(const QDate &today)
{
    if (m_rangeOn->isChecked())
        return;
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(today);
    m_to->setDate(today.addDays(7));
}

QStringList EventList::titles() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->isHeading(row))
            out << m_model->index(row).data().toString();
    }
    return out;
}

QStringList EventList::headings() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isHeading(row))
            out << m_model->index(row).data().toString();
    }
    return out;
}

void EventList::onActivated(const QModelIndex &index)
{
    const QString path = index.isValid() ? m_model->pathAt(index.row()) : QString();
    if (!path.isEmpty())
        emit eventActivated(path);
}

} // namespace integreat::desktop
