#include "desktop/common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <utility>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
const QString AppCatalog = u"integreat-desktop_"_s;
const QString QtCatalog = u"qtbase_"_s;

// "pt-br" -> {"pt_BR", "pt"}; "de" -> {"de"}: the names a catalog may have, best first.
QStringList catalogSuffixes(const QString &language)
{
    QStringList names;
    const qsizetype dash = language.indexOf(u'-');
    if (dash > 0) {
        names << language.left(dash) + u'_' + language.mid(dash + 1).toUpper();
        names << language.left(dash);
    } else {
        names << language;
    }
    return names;
}
} // namespace

QString Translations::defaultAppDir()
{
    return u":/i18n"_s;
}

QString Translations::defaultQtDir()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

Translations::Translations(QString appDir, QString qtDir)
    : m_appDir(std::move(appDir))
    , m_qtDir(std::move(qtDir))
{
}

Translations::~Translations()
{
    removeAll();
}

void Translations::removeAll()
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
    m_loaded.clear();
}

bool Translations::load(const QString &fileBase, const QString &dir, const QString &language)
{
    for (const QString &suffix : catalogSuffixes(language)) {
        const QString file = QDir(dir).filePath(fileBase + suffix + u".qm"_s);
        if (!QFileInfo::exists(file))
            continue;
        auto *translator = new QTranslator;
        if (!translator->load(file) || !QCoreApplication::installTranslator(translator)) {
            delete translator;
            continue;
        }
        m_translators.append(translator);
        m_loaded.append(file);
        return true;
    }
    return false;
}

QString Translations::install(const QString &requested)
{
    removeAll();
    const QString language = (requested.isEmpty() ? systemLanguage() : requested).toLower();
    const QString english = u"en"_s;
    const QString german = u"de"_s;

    // Installed later = asked first: German goes in first so that it answers whatever the
    // chosen language's catalog lacks.
    bool germanLoaded = false;
    if (language != english) {
        germanLoaded = load(AppCatalog, m_appDir, german);
        load(QtCatalog, m_qtDir, german);
    }
    if (language == german)
        return germanLoaded ? german : english;
    if (language == english) {
        load(AppCatalog, m_appDir, english); // optional: English is the source language
        return english;
    }
    const bool found = load(AppCatalog, m_appDir, language);
    load(QtCatalog, m_qtDir, language);
    if (found)
        return language;
    return germanLoaded ? german : english;
}

QString Translations::systemLanguage()
{
    const QStringList languages = QLocale::system().uiLanguages();
    QString first = languages.isEmpty() ? u"en"_s : languages.constFirst();
    first = first.toLower();
    // Keep a region only where it names a different written language (pt-br, zh-cn).
    const qsizetype dash = first.indexOf(u'-');
    if (dash > 0 && first.left(dash) != u"pt"_s && first.left(dash) != u"zh"_s)
        first = first.left(dash);
    return first == u"c"_s ? u"en"_s : first;
}

QStringList Translations::availableLanguages(const QString &appDir)
{
    QStringList languages{u"en"_s};
    const QStringList files =
        QDir(appDir).entryList({AppCatalog + u"*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QString code = file.mid(AppCatalog.size());
        code.chop(3);
        code = code.replace(u'_', u'-').toLower();
        if (!code.isEmpty() && !languages.contains(code))
            languages.append(code);
    }
    languages.sort();
    return languages;
}

} // namespace integreat::desktop
