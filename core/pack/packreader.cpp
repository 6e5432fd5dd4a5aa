#include "core/pack/packreader.h"

#include "core/content/resourcename.h"
#include "core/pack/packcodec.h"
#include "core/pack/tarreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>
#include <memory>

using namespace Qt::StringLiterals;

namespace integreat::pack {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::pack", text);
}

constexpr qint64 MaxManifestBytes = 4 << 20;
/// A language's lists as JSON; the largest real town's are under 20 MB.
constexpr qint64 MaxJsonPartBytes = qint64(1) << 30;

bool isBinaryPart(const QString &name)
{
    return name.startsWith(u"resources/"_s) || name == u"tiles.mbtiles"_s;
}

} // namespace

std::optional<PackManifest> readManifest(QIODevice &device, QString &error)
{
    TarReader tar(device);
    const QString notAPack =
        tr("This is not an Integreat content pack (its manifest is missing or damaged).");
    if (tar.next() != TarReader::Next::Entry || tar.name() != u"manifest.json"_s ||
        tar.size() > MaxManifestBytes) {
        error = tar.error().isEmpty() ? notAPack : tar.error();
        return std::nullopt;
    }
    QByteArray bytes;
    if (!tar.readBody([&](const char *data, qint64 size) {
            bytes.append(data, size);
            return true;
        })) {
        error = tar.error();
        return std::nullopt;
    }
    return parseManifest(bytes, error);
}

PackReader::PackReader(const QString &spoolDir)
    : m_spoolDir(spoolDir)
{
}

bool PackReader::fail(const QString &error)
{
    m_error = error;
    return false;
}

std::optional<PackContents> PackReader::read(QIODevice &device)
{
    m_error.clear();
    PackContents contents;
    QHash<QString, QByteArray> json;
    if (!readParts(device, contents, json) || !parseParts(contents, json))
        return std::nullopt;
    return contents;
}

bool PackReader::readParts(QIODevice &device, PackContents &contents,
                           QHash<QString, QByteArray> &json)
{
    std::optional<PackManifest> manifest = readManifest(device, m_error);
    if (!manifest)
        return false;
    TarReader tar(device); // reads on after the manifest
    contents.manifest = *manifest;

    QSet<QString> seen;
    while (true) {
        const TarReader::Next next = tar.next();
        if (next == TarReader::Next::Error)
            return fail(tar.error());
        if (next == TarReader::Next::End)
            break;
        const QString name = tar.name();
        const PackPart *part = contents.manifest.part(name);
        if (!part || seen.contains(name))
            return fail(tr("The pack is damaged: it holds %1, which its manifest does not list.")
                            .arg(name));
        if (part->bytes != tar.size())
            return fail(
                tr("The pack is damaged: %1 does not have the size its manifest gives.").arg(name));
        if (!isBinaryPart(name) && part->bytes > MaxJsonPartBytes)
            return fail(tr("The pack is damaged: %1 is too large.").arg(name));
        seen.insert(name);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray memory;
        std::unique_ptr<QFile> spool;
        if (isBinaryPart(name) && !m_spoolDir.isEmpty()) {
            const QString path = QDir(m_spoolDir).filePath(name);
            QDir().mkpath(QFileInfo(path).path());
            spool = std::make_unique<QFile>(path);
            if (!spool->open(QIODevice::WriteOnly))
                return fail(tr("Could not unpack the pack into %1: %2")
                                .arg(QDir::toNativeSeparators(m_spoolDir), spool->errorString()));
        }
        const bool complete = tar.readBody([&](const char *data, qint64 size) {
            hash.addData(QByteArrayView(data, size));
            if (spool)
                return spool->write(data, size) == size;
            memory.append(data, size);
            return true;
        });
        if (!complete) {
            return fail(tar.error().isEmpty() ? tr("Could not unpack the pack into %1: %2")
                                                    .arg(QDir::toNativeSeparators(m_spoolDir),
                                                         spool ? spool->errorString() : QString())
                                              : tar.error());
        }
        if (hash.result() != part->sha256)
            return fail(tr("The pack is damaged: %1 does not match its checksum.").arg(name));
        if (spool && !spool->flush())
            return fail(spool->errorString());
        if (name == u"tiles.mbtiles"_s) {
            contents.hasTiles = true;
            contents.tiles = memory;
            contents.tilesSpoolPath = spool ? spool->fileName() : QString();
        } else if (isBinaryPart(name)) {
            PackResource resource;
            resource.file = name.mid(QStringLiteral("resources/").size());
            resource.data = memory;
            resource.spoolPath = spool ? spool->fileName() : QString();
            resource.bytes = part->bytes;
            contents.resources << resource;
        } else {
            json.insert(name, memory);
        }
    }
    for (const PackPart &part : std::as_const(contents.manifest.parts)) {
        if (!seen.contains(part.name))
            return fail(tr("The pack is incomplete: %1 is missing.").arg(part.name));
    }
    return true;
}

bool PackReader::parseParts(PackContents &contents, const QHash<QString, QByteArray> &json)
{
    const PackManifest &manifest = contents.manifest;
    const auto damaged = [this](const QString &part, const QString &why) {
        return fail(tr("The pack is damaged: %1 is not valid (%2).").arg(part, why));
    };
    const std::optional<model::Region> region =
        codec::regionFromJson(QJsonDocument::fromJson(json.value(u"region.json"_s)).object());
    if (!region || region->slug != manifest.region)
        return damaged(u"region.json"_s, manifest.region);
    contents.region = *region;
    for (const QString &code : manifest.languages) {
        const QString name = u"content/"_s + code + u".json"_s;
        QString why;
        std::optional<store::LanguageContent> content =
            codec::contentFromJson(json.value(name), why);
        if (!content)
            return damaged(name, why);
        const PackCounts counts = manifest.counts.value(code);
        if (content->region != manifest.region || content->language.code != code ||
            content->syncedAt != manifest.lastSync.value(code))
            return damaged(name, u"region, language or time"_s);
        if (counts.pages != content->pages.size() || counts.events != content->events->size() ||
            counts.places != content->places->size() || counts.news != content->news->size())
            return damaged(name, u"counts"_s);
        contents.languages << *content;
    }
    // resources.json: the records of the files under resources/, each named after its URL.
    QHash<QString, QJsonObject> records;
    const QJsonArray list = QJsonDocument::fromJson(json.value(u"resources.json"_s)).array();
    for (const QJsonValue value : list) {
        const QJsonObject record = value.toObject();
        const QString url = record.value("url"_L1).toString();
        const QString file = content::resourceFileName(QUrl(url, QUrl::StrictMode));
        if (url.isEmpty() || file != record.value("file"_L1).toString())
            return damaged(u"resources.json"_s, url);
        records.insert(file, record);
    }
    for (PackResource &resource : contents.resources) {
        if (!records.contains(resource.file))
            return damaged(u"resources.json"_s, resource.file);
        const QJsonObject record = records.value(resource.file);
        resource.url = record.value("url"_L1).toString();
        resource.contentType = record.value("content_type"_L1).toString();
    }
    if (records.size() != contents.resources.size() ||
        manifest.resources != contents.resources.size())
        return damaged(u"resources.json"_s, u"count"_s);
    if (manifest.tiles != contents.hasTiles)
        return damaged(u"manifest.json"_s, u"tiles"_s);
    for (const QString &name : json.keys()) {
        const bool known = name == u"region.json"_s || name == u"resources.json"_s ||
                           std::any_of(manifest.languages.cbegin(), manifest.languages.cend(),
                                       [&](const QString &code) {
                                           return name == u"content/"_s + code + u".json"_s;
                                       });
        if (!known)
            return damaged(name, u"unknown part"_s);
    }
    return true;
}

} // namespace integreat::pack
