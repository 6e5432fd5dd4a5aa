#include "desktop/mainwindow/section.h"

namespace integreat::desktop {

void Section::regionChanged(const QString &region, const QString &language)
{
    Q_UNUSED(region);
    Q_UNUSED(language);
}

std::optional<Location> Section::switchLanguage(const QString &language)
{
    return currentRoute().inLanguage(language);
}

} // namespace integreat::desktop
