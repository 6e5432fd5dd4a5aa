#include "core/pack/packinstaller.h"

#include "core/geo/mbtilessource.h"
#include "core/geo/tileimport.h"
#include "core/pack/packreader.h"
#include "core/paths/datapaths.h"
#include "core/sync/packimporter.h"
#include "core/sync/pagetree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::pack {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::pack", text);
}

struct ImportError
{
    QString message;
};

/// Moves the spooled file into the resource cache (same file system: a rename).
void installResource(const PackResource &resource, const QDir &resourceDir)
{
    const QString target = resourceDir.filePath(resource.file);
    if (QFileInfo(target).size() == resource.bytes && QFileInfo::exists(target))
        return; // named after its URL: the same download
    QFile::remove(target);
    if (!QFile::rename(resource.spoolPath, target) && !QFile::copy(resource.spoolPath, target)) {
        throw ImportError{tr("Could not write %1.").arg(QDir::toNativeSeparators(target))};
    }
}

store::ResourceRecord recordOf(const PackResource &resource, const QDateTime &now)
{
    store::ResourceRecord record;
    record.url = resource.url;
    record.file = resource.file;
    record.contentType = resource.contentType;
    record.bytes = resource.bytes;
    record.fetchedAt = now;
    record.checkedAt = now;
    return record;
}

} // namespace

int PackImportResult::imported() const
{
    return int(std::count_if(languages.cbegin(), languages.cend(),
                             [](const PackLanguageOutcome &l) { return l.imported; }));
}

PackInstaller::PackInstaller(store::Store &store, const QString &dataDir)
    : m_store(store)
    , m_dataDir(dataDir)
    , m_server(u"https://cms.integreat-app.de"_s)
{
}

PackImportResult PackInstaller::importFile(const QString &filePath)
{
    PackImportResult result;
    try {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            throw ImportError{tr("Could not open %1: %2")
                                  .arg(QDir::toNativeSeparators(filePath), file.errorString())};
        // Unpacked next to the store, so the images move into the cache by renaming.
        const paths::DataPaths paths(m_dataDir);
        QDir().mkpath(paths.resourceDir());
        QTemporaryDir spool(QDir(m_dataDir).filePath(u"pack-import-XXXXXX"_s));
        if (!spool.isValid())
            throw ImportError{tr("Could not unpack the pack into %1: %2")
                                  .arg(QDir::toNativeSeparators(m_dataDir), spool.errorString())};
        PackReader reader(spool.path());
        std::optional<PackContents> pack = reader.read(file);
        if (!pack)
            throw ImportError{reader.error()};
        result.manifest = pack->manifest;
        if (pack->hasTiles) {
            geo::MbtilesSource map;
            if (!map.open(pack->tilesSpoolPath))
                throw ImportError{tr("The pack is damaged: its offline map cannot be read (%1).")
                                      .arg(map.errorString())};
        }

        // Checked whole: decide per language, then write.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<store::LanguageContent> apply;
        for (store::LanguageContent &content : pack->languages) {
            PackLanguageOutcome outcome;
            outcome.code = content.language.code;
            outcome.packSync = content.syncedAt;
            outcome.storeSync = m_store.lastSync({content.region, outcome.code});
            outcome.imported =
                m_force || !outcome.storeSync.isValid() || outcome.packSync >= outcome.storeSync;
            result.languages << outcome;
            if (!outcome.imported)
                continue;
            sync::repairPageTree(content.pages);
            sync::sanitizePackContent(content, pack->region, m_server);
            apply << content;
        }
        if (apply.isEmpty())
            return result;
        const QDir resourceDir(paths.resourceDir());
        QList<store::ResourceRecord> records;
        for (const PackResource &resource : std::as_const(pack->resources)) {
            installResource(resource, resourceDir);
            records << recordOf(resource, now);
        }
        m_store.resources().saveFetched(records);
        result.resources = int(records.size());
        m_store.saveRegions({pack->region});
        for (const store::LanguageContent &content : std::as_const(apply)) {
            const store::ApplyResult applied = m_store.applyLanguage(content);
            for (PackLanguageOutcome &outcome : result.languages) {
                if (outcome.code == content.language.code)
                    outcome.applied = applied;
            }
        }
        if (pack->hasTiles) {
            const QString error =
                geo::importOfflineMap(m_dataDir, pack->region.slug, pack->tilesSpoolPath);
            if (!error.isEmpty())
                throw ImportError{error};
            result.tiles = true;
        }
    } catch (const ImportError &error) {
        result.error = error.message;
    } catch (const store::StoreError &error) {
        result.error =
            tr("Could not save the content pack: %1").arg(QString::fromUtf8(error.what()));
    }
    return result;
}

} // namespace integreat::pack
