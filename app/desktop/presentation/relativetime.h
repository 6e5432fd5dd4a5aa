#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace integreat::desktop {

/// "Updated 2 hours ago", "Updated yesterday", "Updated on 3 March 2026": how fresh the saved
/// content is, in the UI language.
class RelativeTime final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::RelativeTime)

public:
    static QString updatedText(const QDateTime &when, const QDateTime &now,
                               const QLocale &locale = QLocale());
};

} // namespace integreat::desktop
