#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class NotificationsPanel;
class PackImporter;
class Settings;
class StoragePanel;

/// Settings, applied as they change: the language of the app (separate from the content
/// language), the text size (75–200 %), high contrast, and the saved content (where it lives,
/// how much room it takes, deleting a region's data, importing a content pack with `importer`,
/// which outlives the dialog; without one the dialog has its own).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(store::Store &store, Settings &settings, const QString &dataDir,
                   QWidget *parent = nullptr, PackImporter *importer = nullptr);

    QStringList deletedRegions() const { return m_deleted; }
    QComboBox *uiLanguageBox() const { return m_uiLanguage; }
    QSlider *textSizeSlider() const { return m_textSize; }
    QCheckBox *highContrastBox() const { return m_highContrast; }
    StoragePanel *storage() const { return m_storage; }
    NotificationsPanel *notifications() const { return m_notifications; }

signals:
    /// Text size or contrast changed (already saved): apply the theme.
    void appearanceChanged();
    /// Notifications switched on or off, or the poll interval changed (already saved).
    void notificationsChanged();
    /// The hours between background updates of the saved towns changed (already saved).
    void refreshIntervalChanged(int hours);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *section(const QString &title, QWidget *content);
    /// "This computer is shared" with the automatic End session under it.
    QWidget *sharedComputerBox(QCheckBox *shared);

    Settings &m_settings;
    QComboBox *m_uiLanguage;
    QLabel *m_languageNote;
    QSlider *m_textSize;
    QLabel *m_textSizeValue;
    QCheckBox *m_highContrast;
    StoragePanel *m_storage;
    NotificationsPanel *m_notifications;
    QStringList m_deleted;
};

} // namespace integreat::desktop
