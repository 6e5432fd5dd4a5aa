#include "desktop/events/eventlist.h"

#include "desktop/events/eventitemdelegate.h"
#include "desktop/presentation/datetext.h"
#include "desktop/presentation/eventdatetext.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

EventList::EventList(QWidget *parent)
    : QWidget(parent)
    , m_rangeOn(new QCheckBox(tr("Only dates from"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_list(new QListWidget(this))
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
    connect(m_list, &QListWidget::itemActivated, this, &EventList::onActivated);
    connect(m_list, &QListWidget::itemClicked, this, &EventList::onActivated);
}

QString EventList::headingText(events::EventGroup group)
{
    switch (group) {
    case events::EventGroup::Today:
        return tr("Today");
    case events::EventGroup::Tomorrow:
        return tr("Tomorrow");
    case events::EventGroup::NextSevenDays:
        return tr("Next 7 days");
    case events::EventGroup::NextThirtyDays:
        return tr("Next 30 days");
    case events::EventGroup::Later:
        return tr("Later");
    }
    return {};
}

void EventList::addHeading(const QString &text)
{
    auto *item = new QListWidgetItem(text, m_list);
    item->setFlags(Qt::ItemIsEnabled);
    item->setData(EventItemDelegate::HeadingRole, true);
    item->setData(Qt::AccessibleDescriptionRole, tr("Heading"));
}

void EventList::showLoading()
{
    if (m_list->count() > 0)
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
    m_list->clear();
    m_list->setLayoutDirection(direction);
    std::optional<events::EventGroup> group;
    for (const events::ListedEvent &row : rows) {
        if (group != row.group) {
            group = row.group;
            addHeading(headingText(row.group));
        }
        const QString date = EventDateText::dateLine(row.next, locale);
        QString more;
        if (!row.moreDates.isEmpty()) {
            QStringList dates;
            for (const events::Occurrence &next : row.moreDates)
                dates << EventDateText::shortDate(next, locale);
            more = tr("More dates: %1").arg(dates.join(u" · "_s));
        }
        if (row.irregular) // the rule could not be expanded within bounds
            more = more.isEmpty() ? tr("Irregular dates") : tr("Irregular dates. %1").arg(more);
        auto *item = new QListWidgetItem(row.event.title, m_list);
        item->setData(EventItemDelegate::DateRole, date);
        item->setData(EventItemDelegate::MoreDatesRole, more);
        // Screen readers get the whole row.
        item->setData(Qt::AccessibleTextRole,
                      QStringList{row.event.title, date, more}.join(u", "_s));
        item->setData(PathRole, row.event.path);
        item->setToolTip(row.event.excerpt.left(300));
        item->setTextAlignment(direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    }
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
    for (int i = 0; i < m_list->count(); ++i) {
        if (!m_list->item(i)->data(PathRole).toString().isEmpty())
            out << m_list->item(i)->text();
    }
    return out;
}

QStringList EventList::headings() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(PathRole).toString().isEmpty())
            out << m_list->item(i)->text();
    }
    return out;
}

void EventList::onActivated(QListWidgetItem *item)
{
    const QString path = item ? item->data(PathRole).toString() : QString();
    if (!path.isEmpty())
        emit eventActivated(path);
}

} // namespace integreat::desktop
