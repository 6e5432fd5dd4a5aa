// libFuzzer target: the MBTiles reader (core/geo). The input bytes are written to a temporary
// file that MbtilesSource opens and reads a few tiles from; a damaged or hostile file must give
// an error, never a crash.

#include "core/geo/mbtilessource.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

using namespace integreat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.mbtiles"));
    QFile::remove(path);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    geo::MbtilesSource source;
    if (source.open(path)) {
        source.metadata();
        source.attribution();
        for (int z = source.minZoom(); z <= source.maxZoom() && z < source.minZoom() + 3; ++z)
            source.tile({z, 0, 0});
        source.tile({14, 8500, 5600});
    }
    return 0;
}
