#include "desktop/kiosk/keyboardlayout.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

QList<QStringList> rowsOf(std::initializer_list<QString> rows)
{
    QList<QStringList> result;
    for (const QString &row : rows)
        result += row.split(u' ', Qt::SkipEmptyParts);
    return result;
}

QList<KeyboardLayout> makeLayouts()
{
    // Sorted as the switch key shows them; the letters of each script's standard keyboard
    // (German QWERTZ, US QWERTY, Arabic 101, Persian ISIRI 9147, Ukrainian and Russian
    // ЙЦУКЕН, Turkish Q).
    return {
        {u"de"_s, u"DE"_s,
         rowsOf({u"q w e r t z u i o p ü"_s, u"a s d f g h j k l ö ä"_s, u"y x c v b n m ß - ."_s}),
         true},
        {u"en"_s, u"EN"_s,
         rowsOf({u"q w e r t y u i o p"_s, u"a s d f g h j k l"_s, u"z x c v b n m - ."_s}), true},
        {u"ar"_s, u"عربي"_s,
         rowsOf(
             {u"ض ص ث ق ف غ ع ه خ ح ج د"_s, u"ش س ي ب ل ا ت ن م ك ط"_s, u"ذ ء ؤ ر لا ى ة و ز ظ"_s}),
         false},
        {u"fa"_s, u"فارسی"_s,
         rowsOf(
             {u"ض ص ث ق ف غ ع ه خ ح ج چ"_s, u"ش س ی ب ل ا ت ن م ک گ"_s, u"ظ ط ز ر ذ د پ و ژ آ"_s}),
         false},
        {u"uk"_s, u"УКР"_s,
         rowsOf({u"й ц у к е н г ш щ з х ї"_s, u"ф і в а п р о л д ж є"_s,
                 u"ґ я ч с м и т ь б ю '"_s}),
         true},
        {u"ru"_s, u"РУС"_s,
         rowsOf(
             {u"й ц у к е н г ш щ з х ъ"_s, u"ф ы в а п р о л д ж э"_s, u"я ч с м и т ь б ю ё"_s}),
         true},
        {u"tr"_s, u"TR"_s,
         rowsOf(
             {u"q w e r t y u ı o p ğ ü"_s, u"a s d f g h j k l ş i"_s, u"z x c v b n m ö ç ."_s}),
         true},
    };
}

} // namespace

QString KeyboardLayout::shifted(const QString &key) const
{
    if (!hasCase)
        return key;
    if (code == u"tr"_s) {
        if (key == u"i"_s)
            return u"İ"_s;
        if (key == u"ı"_s)
            return u"I"_s;
    }
    if (key == u"ß"_s)
        return key; // no capital on German keyboards
    return key.toUpper();
}

const QList<KeyboardLayout> &KeyboardLayout::all()
{
    static const QList<KeyboardLayout> layouts = makeLayouts();
    return layouts;
}

const KeyboardLayout &KeyboardLayout::forLanguage(const QString &code, bool *fallback)
{
    const QString base = code.section(u'-', 0, 0).toLower();
    for (const KeyboardLayout &layout : all()) {
        if (layout.code == base) {
            if (fallback)
                *fallback = false;
            return layout;
        }
    }
    if (fallback)
        *fallback = true;
    return forLanguage(u"en"_s);
}

QList<const KeyboardLayout *> KeyboardLayout::choicesFor(const QString &language)
{
    QList<const KeyboardLayout *> choices{&forLanguage(language)};
    for (const QString &code : {u"en"_s, u"de"_s}) {
        const KeyboardLayout *layout = &forLanguage(code);
        if (!choices.contains(layout))
            choices += layout;
    }
    return choices;
}

} // namespace integreat::desktop
