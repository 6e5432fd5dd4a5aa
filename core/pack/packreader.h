#pragma once

#include "core/model/region.h"
#include "core/pack/packmanifest.h"
#include "core/store/store.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

class QIODevice;

namespace integreat::pack {

/// An image or document of the resource cache, as a pack carries it.
struct PackResource
{
    QString url;  ///< fully encoded (the resource table's key)
    QString file; ///< content::resourceFileName(url)
    QString contentType;
    qint64 bytes = 0;
    QByteArray data;   ///< when the reader keeps parts in memory
    QString spoolPath; ///< when the reader spools parts to a folder
};

/// Everything a pack holds, checked: every part hashed against the manifest, every list parsed.
struct PackContents
{
    PackManifest manifest;
    model::Region region;
    QList<store::LanguageContent> languages; ///< in the manifest's order
    QList<PackResource> resources;
    bool hasTiles = false;
    QByteArray tiles;       ///< the region's MBTiles, in memory
    QString tilesSpoolPath; ///< or spooled
};

/// Reads and checks a content pack (a ustar archive, see PackManifest) from a device, in one
/// sequential pass: manifest.json first, then each part, each hashed (SHA-256) and compared with
/// the manifest while it streams; then the JSON parts are parsed. Changes nothing anywhere: the
/// big binary parts (images, the map) stay in memory, or go into `spoolDir` when one is given
/// (a temporary folder of the caller's). Any fault (not a pack, a newer format, cut short, a
/// wrong checksum, a part missing or unlisted, a list that does not parse) gives nullopt and
/// a sentence in error().
/// Only the manifest of the pack on `device` (its first part), checked but not the parts: what
/// a folder watcher needs to recognise a pack it has imported. nullopt with `error` set.
std::optional<PackManifest> readManifest(QIODevice &device, QString &error);

class PackReader final
{
public:
    explicit PackReader(const QString &spoolDir = {});
    Q_DISABLE_COPY_MOVE(PackReader)

    std::optional<PackContents> read(QIODevice &device);
    QString error() const { return m_error; }

private:
    bool readParts(QIODevice &device, PackContents &contents, QHash<QString, QByteArray> &json);
    bool parseParts(PackContents &contents, const QHash<QString, QByteArray> &json);
    bool fail(const QString &error);

    QString m_spoolDir;
    QString m_error;
};

} // namespace integreat::pack
