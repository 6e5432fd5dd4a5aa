#include "desktop/notify/notificationcenter.h"

#include "core/store/store.h"
#include "desktop/common/storeguard.h"
#include "desktop/notify/newswatchcontroller.h"
#include "desktop/notify/notificationlist.h"
#include "desktop/notify/notificationsdialog.h"
#include "desktop/notify/systemnotifier.h"
#include "desktop/presentation/languages.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
QString keyOf(const QString &region, const QString &language, const QString &id)
{
    return region + u'/' + language + u'/' + id;
}
} // namespace

NotificationCenter::NotificationCenter(store::Store &store, SyncController &sync,
                                       Settings &settings, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_watcher(new NewsWatchController(store, sync, settings, this))
    , m_list(new NotificationList(settings, this))
    , m_action(new QAction(this))
{
    setNotifier(new SystemNotifier(this));
    connect(m_watcher, &NewsWatchController::newsFound, this, &NotificationCenter::onNewsFound);
    connect(m_action, &QAction::triggered, this, &NotificationCenter::showList);
    connect(m_list, &NotificationList::changed, this, &NotificationCenter::showCount);
    showCount();
}

void NotificationCenter::showCount()
{
    const int unseen = m_list->unseen();
    m_action->setText(unseen > 0 ? tr("Notifications (%1)").arg(unseen) : tr("Notifications"));
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::setNotifier(Notifier *notifier)
{
    delete m_notifier;
    m_notifier = notifier;
    m_notifier->setParent(this);
    connect(m_notifier, &Notifier::activated, this, &NotificationCenter::onActivated);
}

void NotificationCenter::onNewsFound(const QString &region, const QString &language,
                                     const QStringList &ids, const QStringList &titles)
{
    std::optional<model::Region> stored;
    // A store that cannot be read (logged): the news still goes out, named by its slug.
    StoreGuard::run([&] { stored = m_store.region(region); }, {});
    const QString town = stored ? stored->name : region;
    const QString languageName = ContentLanguage::of(stored, language).nativeName;
    const QString body =
        tr("News from %1 (%2)").arg(town, languageName.isEmpty() ? language : languageName);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Oldest first, so that the list ends up newest first.
    for (qsizetype i = ids.size() - 1; i >= 0; --i) {
        m_list->add({region, language, ids.at(i), titles.value(i), town, now});
        m_notifier->notify(keyOf(region, language, ids.at(i)), titles.value(i), body);
    }
}

void NotificationCenter::onActivated(const QString &key)
{
    const QString region = key.section(u'/', 0, 0);
    const QString language = key.section(u'/', 1, 1);
    const QString id = key.section(u'/', 2);
    if (region.isEmpty() || id.isEmpty()) { // the tray icon itself: just show the window
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        return;
    }
    emit openRequested(region, language, id);
}

void NotificationCenter::showList()
{
    m_list->markSeen();
    if (!m_dialog) {
        m_dialog = new NotificationsDialog(m_store, *m_list, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &NotificationsDialog::entryActivated, this,
                &NotificationCenter::activateEntry);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

NotificationsDialog *NotificationCenter::dialog() const
{
    return m_dialog.data();
}

void NotificationCenter::activateEntry(int index)
{
    if (index < 0 || index >= m_list->size())
        return;
    const NotificationList::Entry entry = m_list->entries().at(index);
    emit openRequested(entry.region, entry.language, entry.id);
}

} // namespace integreat::desktop
