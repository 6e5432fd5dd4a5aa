#include "desktop/common/contentfont.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

/// The primary language subtag, lower case: "ti", "fa" (from "fa-af").
QString primary(const QString &code)
{
    return code.section(u'-', 0, 0).toLower();
}

} // namespace

QStringList contentFontFamilies(const QString &code)
{
    const QString language = primary(code);
    // Tigrinya, Amharic, Tigre: the Ethiopic script.
    if (language == u"ti" || language == u"am" || language == u"tig")
        return {u"Abyssinica SIL"_s, u"Noto Sans Ethiopic"_s, u"Noto Serif Ethiopic"_s};
    // Arabic, Farsi/Dari, Sorani, Pashto, Urdu: Noto's Arabic faces have the letters of all of
    // them (Sorani ڵ ۆ ێ, Pashto ټ ځ ښ, Urdu ٹ ڈ ے), unlike the body fonts' basic Arabic.
    static const QStringList arabicScript{u"ar"_s,  u"fa"_s, u"pes"_s, u"prs"_s,
                                          u"ckb"_s, u"ps"_s, u"ur"_s};
    if (arabicScript.contains(language)) {
        return {u"Noto Sans Arabic UI"_s, u"Noto Sans Arabic"_s, u"Noto Naskh Arabic UI"_s,
                u"Noto Naskh Arabic"_s};
    }
    return {};
}

QString installedContentFamily(const QString &code)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : contentFontFamilies(code)) {
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    return {};
}

QFont contentFont(const QString &code, const QFont &base)
{
    const QStringList faces = contentFontFamilies(code);
    if (faces.isEmpty())
        return base;
    QFont font = base;
    font.setFamilies(faces + base.families() + QStringList{base.family()});
    return font;
}

} // namespace integreat::desktop
