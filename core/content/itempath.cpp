#include "core/content/itempath.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace integreat::content {

QString itemPath(const QString &input, const QString &region, const QString &language)
{
    QString path = input.trimmed();
    if (path.startsWith(u"http://"_s) || path.startsWith(u"https://"_s))
        path = QUrl(path).path(QUrl::FullyDecoded);
    else
        path = QUrl::fromPercentEncoding(path.toUtf8());
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    const QString prefix = u"/%1/%2/"_s.arg(region, language);
    if (!path.startsWith(prefix) && path != prefix.chopped(1))
        path = prefix.chopped(1) + path;
    if (!path.endsWith(u'/'))
        path += u'/';
    return path;
}

} // namespace integreat::content
