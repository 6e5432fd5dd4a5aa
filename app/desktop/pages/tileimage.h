#pragma once

#include <QImage>
#include <QString>

namespace integreat::desktop {

/// The picture of a page tile: its thumbnail from the local resource cache, or, where the CMS
/// has none or it is not downloaded, a calm monogram of the title on a tint derived from the
/// path (stable across runs and languages of one page tree).
class TileImage final
{
public:
    /// `size` in device-independent pixels; the image carries `devicePixelRatio`.
    static QImage make(const QString &title, const QString &thumbnailUrl, const QString &path,
                       const QString &resourceDir, int size, qreal devicePixelRatio = 1.0);
    /// The cached thumbnail file for `thumbnailUrl`, or empty when there is none on disk.
    static QString cachedFile(const QString &thumbnailUrl, const QString &resourceDir);

private:
    static QImage monogram(const QString &title, const QString &path, int pixels);
};

} // namespace integreat::desktop
