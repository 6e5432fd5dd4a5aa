#include "desktop/presentation/relativetime.h"

#include "desktop/presentation/datetext.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

QString RelativeTime::updatedText(const QDateTime &when, const QDateTime &now,
                                  const QLocale &locale)
{
    if (!when.isValid())
        return tr("Not updated yet");
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("Updated just now");
    const int minutes = int(seconds / 60);
    // The singular has its own source string so that English reads right without a catalog;
    // translations give every plural form in the %n strings.
    if (minutes < 60)
        return minutes == 1 ? tr("Updated 1 minute ago")
                            : tr("Updated %n minutes ago", nullptr, minutes);
    const int hours = minutes / 60;
    if (hours < 24)
        return hours == 1 ? tr("Updated 1 hour ago") : tr("Updated %n hours ago", nullptr, hours);
    const qint64 days = when.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return tr("Updated yesterday");
    if (days < 7)
        return tr("Updated %n days ago", nullptr, int(days));
    return tr("Updated on %1")
        .arg(DateText::date(when.toLocalTime().date(), DateText::localeFor(locale.name())));
}

} // namespace integreat::desktop
