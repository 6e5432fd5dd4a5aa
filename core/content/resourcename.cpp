#include "core/content/resourcename.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace integreat::content {

QString resourceFileName(const QUrl &url)
{
    static const QStringList known{u"png"_s,  u"jpg"_s, u"jpeg"_s, u"gif"_s,
                                   u"webp"_s, u"svg"_s, u"pdf"_s};
    const QByteArray hash = QCryptographicHash::hash(url.adjusted(QUrl::RemoveFragment).toEncoded(),
                                                     QCryptographicHash::Sha256)
                                .toHex();
    const QString suffix = QFileInfo(url.path()).suffix().toLower();
    return QString::fromLatin1(hash) + u'.' + (known.contains(suffix) ? suffix : u"bin"_s);
}

QUrl localResourceUrl(const QUrl &url)
{
    QUrl local;
    local.setScheme(QString::fromUtf16(ResourceScheme));
    local.setPath(resourceFileName(url));
    return local;
}

QString fileNameOfLocalResource(const QUrl &localUrl)
{
    if (localUrl.scheme() != QString::fromUtf16(ResourceScheme))
        return {};
    const QString name = localUrl.path();
    // Only our own names: 64 hex digits, a dot, an extension; never a path.
    if (name.size() < 66 || name.contains(u'/') || name.contains(u'\\') || name.contains(u".."_s))
        return {};
    return name;
}

} // namespace integreat::content
