#include "desktop/settings/notificationspanel.h"

#include "core/store/store.h"
#include "desktop/common/settings.h"
#include "desktop/common/storeguard.h"
#include "desktop/common/wrapcheckbox.h"
#include "desktop/notify/newswatchcontroller.h"
#include "desktop/presentation/languages.h"
#include "desktop/presentation/pagelookup.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

NotificationsPanel::NotificationsPanel(const store::Store &store, Settings &settings,
                                       QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_interval(new QSpinBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *note =
        new QLabel(tr("Show a notification when a town publishes news in a language:"), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    // A store that cannot be read: its sentence instead of the towns (the dialog still opens).
    StoreGuard::run(
        [&] {
            const PageLookup lookup(store);
            for (const QString &region : lookup.storedRegions()) {
                const auto stored = store.region(region);
                const QString town = stored ? stored->name : region;
                for (const QString &language : lookup.storedLanguages(region)) {
                    const QString name = ContentLanguage::of(stored, language).nativeName;
                    auto *box = new WrapCheckBox(
                        tr("%1 – %2").arg(town, name.isEmpty() ? language : name), this);
                    box->setObjectName(u"notify/"_s + region + u'/' + language);
                    box->setChecked(
                        NewsWatchController::isEnabled(store, settings, region, language));
                    connect(box, &QCheckBox::toggled, this, [this, region, language](bool on) {
                        m_settings.setNewsNotifications(region, language, on);
                        emit changed();
                    });
                    layout->addWidget(box);
                }
            }
        },
        [note](const QString &text) { note->setText(text); });
    m_interval->setRange(Settings::MinNewsPollMinutes, 24 * 60);
    m_interval->setValue(settings.newsPollMinutes());
    m_interval->setSuffix(tr(" min"));
    m_interval->setAccessibleName(tr("Look for news every"));
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_settings.setNewsPollMinutes(minutes);
        emit changed();
    });
    auto *row = new QHBoxLayout;
    auto *every = new QLabel(tr("Look for news every"), this);
    every->setWordWrap(true); // never wider than the Settings page
    row->addWidget(every, 1);
    row->addWidget(m_interval);
    layout->addLayout(row);
}

QCheckBox *NotificationsPanel::checkBox(const QString &region, const QString &language) const
{
    return findChild<QCheckBox *>(u"notify/"_s + region + u'/' + language);
}

} // namespace integreat::desktop
