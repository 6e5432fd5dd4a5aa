#include "desktop/notify/notificationsdialog.h"

#include "core/store/store.h"
#include "desktop/common/storeguard.h"
#include "desktop/notify/notificationlist.h"
#include "desktop/presentation/datetext.h"
#include "desktop/presentation/languages.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

NotificationsDialog::NotificationsDialog(store::Store &store, NotificationList &list,
                                         QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_entries(list)
    , m_list(new QListWidget(this))
    , m_empty(
          new QLabel(tr("No notifications yet. New local news of your towns appear here."), this))
    , m_clear(new QPushButton(tr("Clear"), this))
{
    setObjectName(u"NotificationsDialog"_s);
    setWindowTitle(tr("Notifications"));
    setMinimumSize(420, 320);
    auto *layout = new QVBoxLayout(this);
    m_list->setAccessibleName(tr("Notifications"));
    m_list->setWordWrap(true);
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
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = m_list->row(item);
        accept();
        emit entryActivated(index);
    });
    connect(&m_entries, &NotificationList::changed, this, &NotificationsDialog::reload);
    reload();
}

void NotificationsDialog::reload()
{
    m_list->clear();
    for (const NotificationList::Entry &entry : m_entries.entries()) {
        std::optional<model::Region> region;
        // A store that cannot be read (logged): the entry shows the language's code.
        StoreGuard::run([&] { region = m_store.region(entry.region); }, {});
        const QString language = ContentLanguage::of(region, entry.language).nativeName;
        const QString details = tr("%1 · %2 · %3")
                                    .arg(entry.town.isEmpty() ? entry.region : entry.town,
                                         language.isEmpty() ? entry.language : language,
                                         DateText::dateTime(entry.received));
        auto *item = new QListWidgetItem(entry.title + u'\n' + details, m_list);
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(entry.title, details));
    }
    m_list->setVisible(!m_entries.entries().isEmpty());
    m_empty->setVisible(m_entries.entries().isEmpty());
    m_clear->setEnabled(!m_entries.entries().isEmpty());
}

} // namespace integreat::desktop
