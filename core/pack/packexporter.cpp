#include "core/pack/packexporter.h"

#include "core/content/resourcefinder.h"
#include "core/pack/packcodec.h"
#include "core/pack/tarwriter.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::pack {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::pack", text);
}

struct ExportError
{
    QString message;
};

/// A part written from memory or from a file.
struct Part
{
    QString name;
    QByteArray bytes;
    QString path; ///< when not empty: the file that holds the part
};

QByteArray sha256OfFile(const QString &path, qint64 &size)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        throw ExportError{
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    size = file.size();
    return hash.result();
}

/// The URLs of the images and documents `region`'s content refers to, each once (as the
/// resource pass of a sync finds them).
QList<QUrl> referencedResources(store::Store &store, const QString &region, const QUrl &server)
{
    QList<QUrl> urls;
    QSet<QUrl> seen;
    const auto add = [&](const QUrl &url) {
        if (!seen.contains(url)) {
            seen.insert(url);
            urls << url;
        }
    };
    store.resources().forEachSource([&](const store::ResourceSource &source) {
        if (source.region != region)
            return;
        if (source.isHtml) {
            for (const QUrl &url : content::findResources(source.text, server))
                add(url);
        } else if (const auto url = content::resolveResource(source.text, server, false)) {
            add(*url);
        }
    });
    return urls;
}

} // namespace

PackExporter::PackExporter(store::Store &store, const QString &dataDir)
    : m_store(store)
    , m_dataDir(dataDir)
    , m_server(u"https://cms.integreat-app.de"_s)
{
}

PackExportResult PackExporter::exportPack(const QString &slug, const QStringList &languages,
                                          const QString &filePath)
{
    PackExportResult result;
    PackManifest &manifest = result.manifest;
    try {
        const std::optional<model::Region> region = m_store.region(slug);
        const QStringList stored = region ? m_store.storedLanguages(slug) : QStringList();
        if (!region || stored.isEmpty())
            throw ExportError{
                tr("The region %1 is not in the local store; sync it first.").arg(slug)};
        manifest.packId = QUuid::createUuid();
        manifest.region = slug;
        manifest.createdAt = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        manifest.createdBy =
            QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        QList<Part> parts{{u"region.json"_s,
                           QJsonDocument(codec::toJson(*region)).toJson(QJsonDocument::Compact),
                           {}}};
        for (const QString &code : languages.isEmpty() ? stored : languages) {
            const QDateTime synced = m_store.lastSync({slug, code});
            const auto language = std::find_if(region->languages.cbegin(), region->languages.cend(),
                                               [&](const auto &l) { return l.code == code; });
            if (!synced.isValid() || language == region->languages.cend())
                throw ExportError{
                    tr("%1 has not been synced in %2 yet; sync it first.").arg(code, slug)};
            store::LanguageContent content;
            content.region = slug;
            content.language = *language;
            content.syncedAt = synced;
            content.pages = m_store.pages(slug, code);
            content.events = m_store.events(slug, code);
            content.places = m_store.places(slug, code);
            content.categories = m_store.placeCategories(slug, code);
            content.imprint = m_store.imprint(slug, code);
            content.news = m_store.news(slug, code);
            manifest.languages << code;
            manifest.lastSync.insert(code, synced);
            manifest.counts.insert(
                code, PackCounts{int(content.pages.size()), int(content.events->size()),
                                 int(content.places->size()), int(content.news->size())});
            parts << Part{u"content/"_s + code + u".json"_s, codec::contentToJson(content), {}};
        }

        const paths::DataPaths paths(m_dataDir);
        const QDir resourceDir(paths.resourceDir());
        QJsonArray records;
        QList<Part> files;
        for (const QUrl &url : referencedResources(m_store, slug, m_server)) {
            const auto record = m_store.resources().find(QString::fromLatin1(url.toEncoded()));
            if (!record || !record->isCached() || !resourceDir.exists(record->file))
                continue; // not downloaded (yet): the importing PC fetches it on its next sync
            records.append(QJsonObject{{u"url"_s, record->url},
                                       {u"file"_s, record->file},
                                       {u"content_type"_s, record->contentType}});
            files << Part{u"resources/"_s + record->file, {}, resourceDir.filePath(record->file)};
        }
        manifest.resources = int(records.size());
        parts << Part{
            u"resources.json"_s, QJsonDocument(records).toJson(QJsonDocument::Compact), {}};
        const QString map = paths.offlineMap(slug);
        if (!map.isEmpty() && QFileInfo::exists(map)) {
            manifest.tiles = true;
            files << Part{u"tiles.mbtiles"_s, {}, map};
        }
        parts << files;

        for (const Part &part : std::as_const(parts)) {
            PackPart entry{part.name, part.bytes.size(), {}};
            entry.sha256 = part.path.isEmpty()
                               ? QCryptographicHash::hash(part.bytes, QCryptographicHash::Sha256)
                               : sha256OfFile(part.path, entry.bytes);
            manifest.parts << entry;
        }

        QSaveFile out(filePath);
        if (!out.open(QIODevice::WriteOnly))
            throw ExportError{tr("Could not write %1: %2")
                                  .arg(QDir::toNativeSeparators(filePath), out.errorString())};
        TarWriter tar(out, manifest.createdAt.toSecsSinceEpoch());
        bool written = tar.add(u"manifest.json"_s, manifest.toJson());
        for (qsizetype i = 0; written && i < parts.size(); ++i) {
            const Part &part = parts.at(i);
            written = part.path.isEmpty()
                          ? tar.add(part.name, part.bytes)
                          : tar.addFile(part.name, part.path, manifest.parts.at(i).bytes);
        }
        if (!written || !tar.finish() || !out.commit())
            throw ExportError{tr("Could not write %1: %2")
                                  .arg(QDir::toNativeSeparators(filePath),
                                       tar.error().isEmpty() ? out.errorString() : tar.error())};
        result.bytes = QFileInfo(filePath).size();
    } catch (const ExportError &error) {
        result.error = error.message;
    } catch (const store::StoreError &error) {
        result.error = tr("Cannot read the local store: %1").arg(QString::fromUtf8(error.what()));
    }
    return result;
}

} // namespace integreat::pack
