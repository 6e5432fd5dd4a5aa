#include "desktop/settings/storagepanel.h"

#include "core/geo/tileimport.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "desktop/common/filedialogs.h"
#include "desktop/common/statusloader.h"
#include "desktop/presentation/pathtext.h"
#include "desktop/settings/packimporter.h"
#include "desktop/settings/packimportpanel.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

StoragePanel::StoragePanel(store::Store &store, const QString &dataDir, QWidget *parent,
                           PackImporter *importer)
    : QWidget(parent)
    , m_store(store)
    , m_dataDir(dataDir)
    , m_location(new QLabel(this))
    , m_usage(new QLabel(this))
    , m_regions(new QVBoxLayout)
    , m_loader(new StatusLoader(store.filePath(), this))
    , m_packImport(
          new PackImportPanel(importer ? *importer : *new PackImporter(store, dataDir, this), this))
    , m_confirm([this](const QString &name) {
        return QMessageBox::question(
                   this, tr("Delete saved content?"),
                   tr("Delete everything saved about %1 from this computer? You can download "
                      "it again later.")
                       .arg(name),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    })
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_location->setWordWrap(true);
    m_location->setAccessibleName(tr("Data folder"));
    m_usage->setObjectName(u"MutedLabel"_s);
    layout->addWidget(m_location);
    layout->addWidget(m_usage);
    layout->addSpacing(6);
    // Above the towns: their list, counted again after an import, never moves the result away.
    layout->addWidget(m_packImport);
    layout->addSpacing(6);
    m_regions->setSpacing(6);
    layout->addLayout(m_regions);
    // The window shows the imported content (MainWindow::refreshContent); here the towns are
    // counted again.
    connect(&m_packImport->importer(), &PackImporter::contentImported, this,
            &StoragePanel::refresh);
    connect(m_loader, &StatusLoader::loaded, this, &StoragePanel::showFigures);
    connect(m_loader, &StatusLoader::failed, this, &StoragePanel::showFailure);
    refresh();
}

QString StoragePanel::usageText() const
{
    return m_usageText;
}

QString StoragePanel::usageLine() const
{
    return m_usage->text();
}

QStringList StoragePanel::regionNames() const
{
    return m_names;
}

void StoragePanel::refresh()
{
    m_location->setText(tr("Saved in: %1").arg(shownPath(m_dataDir)));
    m_usage->setText(tr("Counting…"));
    m_loader->load(); // Store::status() counts every row: not on the GUI thread
}

void StoragePanel::clearRegions()
{
    while (QLayoutItem *item = m_regions->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item;
    }
    m_names.clear();
    m_nameOf.clear();
}

void StoragePanel::showFailure(const QString &text)
{
    clearRegions();
    m_usageText.clear();
    m_usage->setText(text);
}

void StoragePanel::showFigures()
{
    const StatusLoader::Figures &figures = m_loader->figures();
    m_usageText = QLocale().formattedDataSize(figures.bytes, 1, QLocale::DataSizeTraditionalFormat);
    m_usage->setText(tr("Space used: %1").arg(m_usageText));
    clearRegions();
    for (const store::Store::RegionStatus &region : figures.regions) {
        QStringList languages;
        for (const store::Store::LanguageStatus &language : region.languages)
            languages << language.code;
        m_names << region.name;
        m_nameOf.insert(region.slug, region.name);
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(u"<b>%1</b> &nbsp;·&nbsp; %2"_s.arg(
                                     region.name.toHtmlEscaped(),
                                     languages.size() == 1
                                         ? tr("1 language")
                                         : tr("%n languages", nullptr, int(languages.size()))),
                                 this);
        label->setToolTip(languages.join(u", "_s));
        label->setWordWrap(true); // the buttons stay on the page beside a long name
        row->addWidget(label, 1);
        auto *remove = new QPushButton(tr("Delete"), this);
        remove->setAccessibleName(tr("Delete the saved content of %1").arg(region.name));
        const QString slug = region.slug;
        connect(remove, &QPushButton::clicked, this, [this, slug] { deleteRegion(slug); });
        row->addWidget(remove);
        // --- places: an offline map (MBTiles) per region, shown under the places
        auto *map = new QPushButton(tr("Offline map…"), this);
        map->setToolTip(QFile::exists(paths::DataPaths(m_dataDir).offlineMap(slug))
                            ? tr("An offline map is imported; choose a file to replace it.")
                            : tr("Import an offline map (.mbtiles) for the places."));
        connect(map, &QPushButton::clicked, this, [this, slug] {
            const QString file =
                FileDialogs::openFileName(this, tr("Offline map"), tr("MBTiles maps (*.mbtiles)"));
            if (!file.isEmpty())
                importOfflineMap(slug, file);
        });
        row->addWidget(map, 0);
        // --- end places
        m_regions->addLayout(row);
    }
    if (m_names.isEmpty()) {
        auto *none = new QLabel(tr("No town is saved on this computer."), this);
        none->setObjectName(u"MutedLabel"_s);
        m_regions->addWidget(none);
    }
}

bool StoragePanel::importOfflineMap(const QString &slug, const QString &file)
{
    const QString error = geo::importOfflineMap(m_dataDir, slug, file);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Offline map"), error);
        return false;
    }
    refresh();
    return true;
}

bool StoragePanel::deleteRegion(const QString &slug)
{
    const QString name = m_nameOf.value(slug, slug);
    if (!m_confirm(name))
        return false;
    if (m_beforeDelete)
        m_beforeDelete(slug); // a sync still running would write the region again
    try {
        m_store.deleteRegion(slug);
        QFile::remove(paths::DataPaths(m_dataDir).offlineMap(slug));
    } catch (const store::StoreError &error) {
        QMessageBox::warning(
            this, tr("Could not delete"),
            tr("The saved content could not be deleted: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    refresh();
    emit regionDeleted(slug);
    return true;
}

} // namespace integreat::desktop
