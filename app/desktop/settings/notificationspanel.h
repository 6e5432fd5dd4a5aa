#pragma once

#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class Settings;

/// Notifications of new local news: a checkbox for each saved language of each saved region
/// and how often to look (minutes), saved as they change.
class NotificationsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPanel)

public:
    NotificationsPanel(const store::Store &store, Settings &settings, QWidget *parent = nullptr);

    /// The checkbox of a (region, language), or nullptr.
    QCheckBox *checkBox(const QString &region, const QString &language) const;
    QSpinBox *intervalBox() const { return m_interval; }

signals:
    void changed();

private:
    Settings &m_settings;
    QSpinBox *m_interval;
};

} // namespace integreat::desktop
