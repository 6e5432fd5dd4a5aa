#pragma once

#include <QStringList>
#include <QWidget>
#include <functional>

class QLabel;
class QVBoxLayout;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

/// Where the saved content lives and how much room it takes, and each saved region with a
/// button to delete its data from this computer.
class StoragePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoragePanel)

public:
    /// Asks before deleting; true = delete. Replaceable for tests.
    using Confirm = std::function<bool(const QString &regionName)>;
    /// Stops whatever writes the region (its sync) before it is deleted.
    using BeforeDelete = std::function<void(const QString &slug)>;

    StoragePanel(store::Store &store, const QString &dataDir, QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setBeforeDelete(BeforeDelete stop) { m_beforeDelete = std::move(stop); }
    void refresh();
    /// "12.3 MB": the store plus the downloaded images and documents.
    QString usageText() const;
    QStringList regionNames() const;
    /// Deletes a region's content (after asking, and after its sync stopped).
    bool deleteRegion(const QString &slug);
    /// Imports `file` as the region's offline map (MBTiles); a message says how it went.
    bool importOfflineMap(const QString &slug, const QString &file);

signals:
    void regionDeleted(const QString &slug);

private:
    store::Store &m_store;
    QString m_dataDir;
    QLabel *m_location;
    QLabel *m_usage;
    QVBoxLayout *m_regions;
    QStringList m_names;
    Confirm m_confirm;
    BeforeDelete m_beforeDelete;
};

} // namespace integreat::desktop
