#include "desktop/pages/tileimage.h"

#include "core/content/resourcename.h"
#include "desktop/common/theme.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

QString TileImage::cachedFile(const QString &thumbnailUrl, const QString &resourceDir)
{
    if (thumbnailUrl.isEmpty() || resourceDir.isEmpty())
        return {};
    const QUrl url(thumbnailUrl);
    if (!url.isValid() || url.isRelative())
        return {};
    const QString file = QDir(resourceDir).filePath(content::resourceFileName(url));
    return QFileInfo(file).isFile() ? file : QString();
}

QImage TileImage::make(const QString &title, const QString &thumbnailUrl, const QString &path,
                       const QString &resourceDir, int size, qreal devicePixelRatio)
{
    const int pixels = qRound(size * devicePixelRatio);
    QImage image;
    if (const QString file = cachedFile(thumbnailUrl, resourceDir); !file.isEmpty()) {
        QImage thumbnail;
        if (thumbnail.load(file) && !thumbnail.isNull()) {
            image = QImage(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            const QImage scaled =
                thumbnail.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            QPainter painter(&image);
            painter.drawImage((pixels - scaled.width()) / 2, (pixels - scaled.height()) / 2,
                              scaled);
        }
    }
    if (image.isNull())
        image = monogram(title, path, pixels);
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

QImage TileImage::monogram(const QString &title, const QString &path, int pixels)
{
    const Theme &theme = Theme::current();
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // A soft hue per top-level section: pages of one branch share it.
    // The branch is region/language/top-level page: "augsburg/de/arbeit" for the page and every
    // page below it.
    const QString key = path.split(u'/', Qt::SkipEmptyParts).mid(0, 3).join(u'/');
    // A stable hash (FNV-1a over UTF-16): qHash mixes in a per-process seed on CPUs with AES,
    // which gave the tiles other colours at every start.
    quint32 hash = 2166136261u;
    for (const QChar c : key) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    const int hue = int(hash % 360u);
    QColor fill = QColor::fromHsl(hue, 120, 236);
    QColor ink = QColor::fromHsl(hue, 110, 62);
    if (theme.highContrast) {
        fill = theme.surface;
        ink = theme.text;
    }
    const QRectF box(0.5, 0.5, pixels - 1.0, pixels - 1.0);
    painter.setPen(theme.highContrast ? QPen(theme.border, 2) : Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(box, pixels * 0.24, pixels * 0.24);

    QString trimmed = title.trimmed();
    // Arabic titles mostly start with the article "ال": the letter after it tells them apart.
    if (trimmed.startsWith(u"ال"_s) && trimmed.size() > 3 && trimmed.at(2).isLetter())
        trimmed = trimmed.mid(2);
    QString letter;
    for (const QChar c : std::as_const(trimmed)) {
        if (c.isLetterOrNumber()) {
            letter = c.toUpper();
            break;
        }
    }
    if (letter.isEmpty())
        letter = u"•"_s;
    QFont font = theme.font(Theme::FontRole::Title);
    font.setPixelSize(qMax(8, int(pixels * 0.46)));
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(box, Qt::AlignCenter, letter);
    return image;
}

} // namespace integreat::desktop
