#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>
#include <functional>

class QLabel;
class QVBoxLayout;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class PackImportPanel;
class PackImporter;
class StatusLoader;

/// Where the saved content lives and how much room it takes, and each saved region with a
/// button to delete its data from this computer. The figures are counted in a worker thread
/// (StatusLoader): "Counting…" until they come, StoreGuard's sentence when they cannot. Under
/// them, importing a content pack (PackImportPanel) with `importer` (without one, the panel's
/// own: its import ends with the panel).
class StoragePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoragePanel)

public:
    /// Asks before deleting; true = delete. Replaceable for tests.
    using Confirm = std::function<bool(const QString &regionName)>;
    /// Stops whatever writes the region (its sync) before it is deleted.
    using BeforeDelete = std::function<void(const QString &slug)>;

    StoragePanel(store::Store &store, const QString &dataDir, QWidget *parent = nullptr,
                 PackImporter *importer = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setBeforeDelete(BeforeDelete stop) { m_beforeDelete = std::move(stop); }
    /// Counts again; the figures are shown when the worker has them (statusLoader()->loaded).
    void refresh();
    /// "12.3 MB": the store plus the downloaded images and documents (empty while counting).
    QString usageText() const;
    /// The line under the data folder: the space used, "Counting…", or why it failed.
    QString usageLine() const;
    /// The regions shown (from the last count).
    QStringList regionNames() const;
    StatusLoader *statusLoader() const { return m_loader; }
    /// Deletes a region's content (after asking, and after its sync stopped).
    bool deleteRegion(const QString &slug);
    /// Imports `file` as the region's offline map (MBTiles); a message says how it went.
    bool importOfflineMap(const QString &slug, const QString &file);
    /// "Import content pack…" and the result of an import.
    PackImportPanel *packImport() const { return m_packImport; }

signals:
    void regionDeleted(const QString &slug);

private:
    void showFigures();
    void showFailure(const QString &text);
    void clearRegions();

    store::Store &m_store;
    QString m_dataDir;
    QLabel *m_location;
    QLabel *m_usage;
    QVBoxLayout *m_regions;
    StatusLoader *m_loader;
    PackImportPanel *m_packImport;
    QStringList m_names;
    QHash<QString, QString> m_nameOf; ///< slug -> name, for the question before deleting
    QString m_usageText;
    Confirm m_confirm;
    BeforeDelete m_beforeDelete;
};

} // namespace integreat::desktop
