#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace integreat::pack {

/// The format this build writes and the newest it reads. Raise it when a reader of the old
/// version could misread a new pack; adding a manifest key that old readers may ignore does not.
inline constexpr int PackFormatVersion = 1;
/// The usual file name ending: `integreat-cli pack export … augsburg.integreat-pack`.
inline constexpr char PackSuffix[] = ".integreat-pack";

/// Content counts of one language in a pack.
struct PackCounts
{
    int pages = 0, events = 0, places = 0, news = 0;
};

/// One file inside a pack, with the SHA-256 it must have.
struct PackPart
{
    QString name;
    qint64 bytes = 0;
    QByteArray sha256; ///< raw 32 bytes
};

/// `manifest.json`, the first file of every pack (a ustar archive):
///   {"format": "integreat-pack", "format_version": 1, "pack_id": UUID, "region": slug,
///    "languages": [...], "created_at": ISO, "created_by": app version,
///    "last_sync": {lang: ISO}, "counts": {lang: {pages, events, places, news}},
///    "resources": n, "tiles": bool, "parts": [{"name", "bytes", "sha256" (hex)}]}
/// Parts: region.json, content/<lang>.json, resources/<cache file name>, tiles.mbtiles,
/// resources.json (the resource records). Every part is listed, nothing else may be in the pack.
struct PackManifest
{
    int formatVersion = PackFormatVersion;
    QUuid packId;
    QString region;
    QStringList languages;
    QDateTime createdAt;
    QString createdBy;
    QMap<QString, QDateTime> lastSync;
    QMap<QString, PackCounts> counts;
    int resources = 0;
    bool tiles = false;
    QList<PackPart> parts;

    QByteArray toJson() const;
    /// The part named `name`, or nullptr.
    const PackPart *part(const QString &name) const;
};

/// Parses and checks a manifest: nullopt with `error` set to a sentence when it is not one, is
/// of a newer format ("made by a newer version of Integreat"), or is incomplete.
std::optional<PackManifest> parseManifest(const QByteArray &json, QString &error);

} // namespace integreat::pack
