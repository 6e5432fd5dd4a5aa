#include "desktop/notify/notificationsdialog.h"

#include "core/store/store.h"
#include "desktop/common/storeguard.h"
#include "desktop/events/eventitemdelegate.h"
#include "desktop/notify/notificationlist.h"
#include "desktop/notify/notificationlistmodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

NotificationsDialog::NotificationsDialog(store::Store &store, NotificationList &list,
                                         QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_entries(list)
    , m_model(new NotificationListModel(this))
    , m_list(new QListView(this))
    , m_empty(
          new QLabel(tr("No notifications yet. New local news of your towns appear here."), this))
    , m_clear(new QPushButton(tr("Clear"), this))
{
    setObjectName(u"NotificationsDialog"_s);
    setWindowTitle(tr("Notifications"));
    setMinimumSize(420, 320);
    auto *layout = new QVBoxLayout(this);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Notifications"));
    // Painted as the News list's rows: the title in bold, then town, language and time; one
    // row height for all, each line cut to the row's width with "…" (the tooltip and screen
    // readers get it whole).
    m_list->setItemDelegate(new EventItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_empty->setObjectName(u"MutedLabel"_s);
    m_empty->setWordWrap(true);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_clear, QDialogButtonBox::ResetRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_clear, &QPushButton::clicked, &m_entries, &NotificationList::clear);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        accept();
        emit entryActivated(index.row());
    });
    connect(&m_entries, &NotificationList::changed, this, &NotificationsDialog::reload);
    reload();
}

void NotificationsDialog::reload()
{
    m_model->setEntries(m_entries.entries(), [this](const QString &slug) {
        std::optional<model::Region> region;
        // A store that cannot be read (logged): the entry shows the language's code.
        StoreGuard::run([&] { region = m_store.region(slug); }, {});
        return region;
    });
    m_list->setVisible(!m_entries.entries().isEmpty());
    m_empty->setVisible(m_entries.entries().isEmpty());
    m_clear->setEnabled(!m_entries.entries().isEmpty());
}

} // namespace integreat::desktop
