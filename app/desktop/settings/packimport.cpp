#include "desktop/settings/packimport.h"

#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "desktop/presentation/languages.h"
#include "desktop/presentation/pathtext.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

pack::PackImportResult PackImport::install(const QString &dataDir, const QUrl &server,
                                           const QString &file, bool force)
{
    pack::PackImportResult result;
    try {
        store::Store store(paths::DataPaths(dataDir).storeFile());
        pack::PackInstaller installer(store, dataDir);
        installer.setServer(server);
        installer.setForce(force);
        result = installer.importFile(file);
    } catch (const store::StoreError &error) {
        result.error =
            tr("Could not open the local store: %1").arg(QString::fromUtf8(error.what()));
    }
    return result;
}

QStringList PackImport::skipped(const pack::PackImportResult &result)
{
    QStringList codes;
    for (const pack::PackLanguageOutcome &language : result.languages) {
        if (!language.imported)
            codes << language.code;
    }
    return codes;
}

QString PackImport::resultText(const pack::PackImportResult &result, const QString &file,
                               store::Store &store)
{
    const QString name = shownPath(QFileInfo(file).fileName());
    if (!result.ok()) {
        return tr("The content pack %1 was not imported: %2 Nothing on this computer was changed.")
            .arg(name, result.error);
    }
    std::optional<model::Region> region;
    try {
        region = store.region(result.manifest.region);
    } catch (const store::StoreError &) {
        // The names only: the codes say the same.
    }
    const QString regionName = region ? region->name : result.manifest.region;
    QStringList imported;
    QStringList older;
    for (const pack::PackLanguageOutcome &language : result.languages) {
        const QString shown = ContentLanguage::of(region, language.code).nativeName;
        (language.imported ? imported : older) << shown;
    }
    QStringList lines;
    if (!imported.isEmpty()) {
        lines << tr("Imported from the content pack: %1 in %2.")
                     .arg(regionName, QLocale().createSeparatedList(imported));
    }
    if (!older.isEmpty()) {
        lines << tr("Not imported, because this computer has newer content of %1 in %2. "
                    "“Import anyway” replaces it with the older content of the pack.")
                     .arg(regionName, QLocale().createSeparatedList(older));
    }
    if (lines.isEmpty())
        lines << tr("The content pack %1 holds no language.").arg(name);
    return lines.join(u'\n');
}

} // namespace integreat::desktop
