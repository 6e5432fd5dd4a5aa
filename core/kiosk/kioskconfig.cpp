#include "core/kiosk/kioskconfig.h"

using namespace Qt::StringLiterals;

namespace integreat::kiosk {

QStringList KioskConfig::allSections()
{
    return {u"local"_s, u"places"_s, u"events"_s, u"news"_s};
}

QString KioskConfig::validate() const
{
    static const QRegularExpression slug(u"^[a-z0-9][a-z0-9_-]*$"_s);
    static const QRegularExpression code(u"^[a-z]{2,3}(-[a-zA-Z0-9]{2,8})?$"_s);
    for (const QString &region : regions) {
        if (!slug.match(region).hasMatch())
            return tr("“%1” is not a region slug (like augsburg).").arg(region);
    }
    for (const QString &language : languages) {
        if (!code.match(language).hasMatch())
            return tr("“%1” is not a language code (like de or ar).").arg(language);
    }
    if (!startLanguage.isEmpty() && !languages.isEmpty() && !languages.contains(startLanguage))
        return tr("The start language %1 is not among the languages %2.")
            .arg(startLanguage, languages.join(u", "_s));
    if (idleSeconds < MinIdleSeconds || idleSeconds > MaxIdleSeconds)
        return tr("The idle time must be from %1 to %2 seconds.")
            .arg(MinIdleSeconds)
            .arg(MaxIdleSeconds);
    if (countdownSeconds < 1 || countdownSeconds > MaxCountdownSeconds)
        return tr("The countdown must be from 1 to %1 seconds.").arg(MaxCountdownSeconds);
    if (sections.isEmpty())
        return tr("At least one section must be shown.");
    for (const QString &section : sections) {
        if (!allSections().contains(section))
            return tr("Unknown section “%1” (known: %2).")
                .arg(section, allSections().join(u", "_s));
    }
    return {};
}

} // namespace integreat::kiosk
