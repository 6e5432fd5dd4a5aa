#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTranslator;

namespace integreat::desktop {

/// Loads the UI translations: the app's own catalogs (`integreat-desktop_<lang>.qm`, compiled
/// into the resources under :/i18n by the translation work) and Qt's (`qtbase_<lang>.qm` from
/// Qt's translations folder, when installed). Missing files are fine: strings the chosen
/// language lacks fall back to German, as in the official app, and English is the source.
class Translations final
{
    Q_DISABLE_COPY_MOVE(Translations)

public:
    static QString defaultAppDir();
    static QString defaultQtDir();

    explicit Translations(QString appDir = defaultAppDir(), QString qtDir = defaultQtDir());
    ~Translations(); ///< removes its translators from the application

    /// Installs the translators for `language` ("ar", "pt-br"; empty: the system locale),
    /// replacing earlier ones. Returns the language the UI will actually speak: `language`
    /// when its catalog exists (or it is English), else German when that exists, else English.
    QString install(const QString &language);

    /// The files that were loaded, in the order installed.
    QStringList loadedFiles() const { return m_loaded; }

    /// The system's preferred UI language as a lower-case code ("de", "pt-br").
    static QString systemLanguage();
    /// English (the source) plus every language with an app catalog in `appDir`, sorted.
    static QStringList availableLanguages(const QString &appDir = defaultAppDir());

private:
    bool load(const QString &fileBase, const QString &dir, const QString &language);
    void removeAll();

    QString m_appDir;
    QString m_qtDir;
    QList<QTranslator *> m_translators;
    QStringList m_loaded;
};

} // namespace integreat::desktop
