#include "app/languages.h"

#include "content/bidi.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

QLocale ContentLanguage::locale() const
{
    const QLocale fromTag(m_bcp47);
    if (!m_bcp47.isEmpty() && fromTag.language() != QLocale::C)
        return fromTag;
    return QLocale(code);
}

ContentLanguage ContentLanguage::of(const std::optional<model::Region> &region, const QString &code)
{
    ContentLanguage result;
    result.code = code;
    result.rightToLeft = isRightToLeftCode(code);
    if (region) {
        for (const model::Language &language : region->languages) {
            if (language.code == code) {
                result.nativeName = language.nativeName;
                result.rightToLeft = language.rightToLeft;
                result.m_bcp47 = language.bcp47Tag;
                break;
            }
        }
    }
    if (result.nativeName.isEmpty()) {
        const QLocale locale(code);
        result.nativeName = locale.language() == QLocale::C ? code : locale.nativeLanguageName();
    }
    return result;
}

bool ContentLanguage::isRightToLeftCode(const QString &code)
{
    return content::bidi::isRightToLeftLanguage(code);
}

} // namespace integreat::desktop
