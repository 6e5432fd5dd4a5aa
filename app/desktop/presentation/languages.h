#pragma once

#include "core/model/region.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace integreat::desktop {

/// Facts about a content language, from the region's language list (the API's `dir` and
/// native name) with a fallback for codes the region does not list.
struct ContentLanguage
{
    QString code;
    QString nativeName;
    bool rightToLeft = false;

    Qt::LayoutDirection direction() const
    {
        return rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
    }
    /// A locale for dates and numbers in this language (from the BCP 47 tag when known).
    QLocale locale() const;

    /// The language `code` of `region` (which may be absent).
    static ContentLanguage of(const std::optional<model::Region> &region, const QString &code);
    /// Right-to-left scripts among Integreat's languages: Arabic, Farsi/Dari, Sorani,
    /// Pashto, Urdu (used only when the region's list does not say).
    static bool isRightToLeftCode(const QString &code);

private:
    QString m_bcp47;
};

/// A language as the language lists show it (header menu, first run, settings): its native
/// name and, beside it, its name in the UI language `ui` ("ትግርኛ · Tigrinya", "العربية ·
/// Arabisch"); only the native name when the two are the same, when `ui` is this language or
/// when Qt does not know the language. `nativeName` empty: Qt's native name, else the code.
/// The native name is a first-strong isolate, so it keeps its direction in either layout.
QString languageListName(const QString &code, const QString &nativeName,
                         const QLocale &ui = QLocale());

} // namespace integreat::desktop
