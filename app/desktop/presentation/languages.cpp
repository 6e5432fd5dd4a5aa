#include "desktop/presentation/languages.h"

#include "core/content/bidi.h"

#include <QCoreApplication>

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

namespace {

/// The English names (Qt's QLocale::languageToString) of Integreat's languages, marked for
/// translation so that the language lists can name them in the UI language.
[[maybe_unused]] constexpr const char *LanguageNames[] = {
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Albanian"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Amharic"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Arabic"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Bulgarian"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Central Kurdish"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Croatian"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Czech"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Dari"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "English"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "French"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "German"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Greek"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Hungarian"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Italian"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Kurdish"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Pashto"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Persian"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Polish"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Romanian"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Russian"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Serbian"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Somali"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Spanish"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Tigrinya"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Turkish"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Ukrainian"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Urdu"),
    QT_TRANSLATE_NOOP("integreat::desktop::LanguageNames", "Vietnamese"),
};

} // namespace

QString languageListName(const QString &code, const QString &nativeName, const QLocale &ui)
{
    const QLocale locale(code);
    const bool known = locale.language() != QLocale::C;
    QString native = nativeName.trimmed();
    if (native.isEmpty())
        native = known ? locale.nativeLanguageName() : code;
    if (!known || locale.language() == ui.language())
        return native;
    const QByteArray english = QLocale::languageToString(locale.language()).toUtf8();
    // The translation loaded for the UI (Translations) names it in the UI language.
    const QString inUi =
        QCoreApplication::translate("integreat::desktop::LanguageNames", english.constData());
    if (inUi.isEmpty() || inUi.compare(native, Qt::CaseInsensitive) == 0)
        return native;
    return content::bidi::isolated(native, content::bidi::FirstStrongIsolate) + u" · "_s + inUi;
}

bool ContentLanguage::isRightToLeftCode(const QString &code)
{
    return content::bidi::isRightToLeftLanguage(code);
}

} // namespace integreat::desktop
