#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace integreat::desktop {

/// One layout of the kiosk's on-screen keyboard: rows of keys (each key the text it types)
/// in the order of the script's usual keyboard (the Arabic and Persian rows too: their keys
/// lie left to right on a keyboard, as on a phone's).
struct KeyboardLayout
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::KeyboardLayout)

public:
    QString code;  ///< "de", "en", "ar", "fa", "uk", "ru", "tr"
    QString label; ///< on the switch key: "DE", "عربي", "УКР" …
    QList<QStringList> rows;
    bool hasCase = false; ///< Shift gives capitals (Latin and Cyrillic, not Arabic script)

    /// The text a key types with Shift (Turkish i → İ, ı → I).
    QString shifted(const QString &key) const;

    /// The layouts there are, in a fixed order.
    static const QList<KeyboardLayout> &all();
    /// The layout of a content language; the Latin (English) one where there is none, with
    /// `fallback` set.
    static const KeyboardLayout &forLanguage(const QString &code, bool *fallback = nullptr);
    /// The layouts the switch key offers to a visitor of `language`: the language's own, then
    /// Latin (English) and German, each once.
    static QList<const KeyboardLayout *> choicesFor(const QString &language);
};

} // namespace integreat::desktop
