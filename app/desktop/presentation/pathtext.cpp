#include "desktop/presentation/pathtext.h"

#include "core/content/bidi.h"

#include <QDir>

namespace integreat::desktop {

QString shownPath(const QString &path)
{
    return content::bidi::isolated(QDir::toNativeSeparators(path));
}

} // namespace integreat::desktop
