// UI translations: every shipped catalog is embedded under :/i18n, loads, translates, handles
// plurals, and no .ts in translations/ has an unfinished message.
#include "desktop/common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTranslator>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using integreat::desktop::Translations;

namespace {

const QStringList ShippedLanguages{u"ar"_s, u"bg"_s, u"ckb"_s, u"de"_s, u"el"_s, u"en"_s, u"es"_s,
                                   u"fa"_s, u"fr"_s, u"it"_s,  u"ku"_s, u"pl"_s, u"ps"_s, u"ro"_s,
                                   u"ru"_s, u"so"_s, u"sq"_s,  u"ti"_s, u"tr"_s, u"uk"_s};

QString tsFile(const QString &language)
{
    return QDir(QStringLiteral(INTEGREAT_TRANSLATIONS_SOURCE_DIR))
        .filePath(u"integreat-desktop_"_s + language + u".ts"_s);
}

QString translate(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

struct TsCheck
{
    QString language;
    int messages = 0;
    QStringList unfinished; // sources of unfinished or empty translations
    QStringList badPlurals; // sources of %n messages with the wrong number of forms
    QString error;
};

// Plural forms per language, as Qt's rules count them: ar 6, uk/ru/pl/ro 3, de/en/fr/… 2, and
// fa/tr/ckb 1 (Persian and Turkish keep the noun singular after a number: "3 sonuç").
int pluralForms(const QString &language)
{
    if (language == u"ar"_s)
        return 6;
    if (language == u"uk"_s || language == u"ru"_s || language == u"pl"_s || language == u"ro"_s)
        return 3;
    if (language == u"fa"_s || language == u"tr"_s || language == u"ckb"_s)
        return 1;
    return 2;
}

TsCheck checkTs(const QString &language)
{
    TsCheck check;
    check.language = language;
    QFile file(tsFile(language));
    if (!file.open(QIODevice::ReadOnly)) {
        check.error = file.errorString();
        return check;
    }
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"message") {
            numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            ++check.messages;
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            if (type == u"vanished" || type == u"obsolete") {
                xml.skipCurrentElement();
                continue;
            }
            int forms = 0;
            bool empty = false;
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform") {
                    ++forms;
                    empty = empty || xml.readElementText().isEmpty();
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (type == u"unfinished" || (numerus ? empty : text.isEmpty()))
                check.unfinished << source;
            if (numerus && forms != pluralForms(language))
                check.badPlurals << source;
        }
    }
    if (xml.hasError())
        check.error = xml.errorString();
    return check;
}

} // namespace

TEST_CASE("Every shipped UI language is embedded and loads")
{
    CHECK(Translations::availableLanguages() == ShippedLanguages);
    for (const QString &language : ShippedLanguages) {
        INFO(language.toStdString());
        QTranslator translator;
        CHECK(translator.load(Translations::defaultAppDir() + u"/integreat-desktop_"_s + language +
                              u".qm"_s));
        CHECK_FALSE(translator.isEmpty());
        Translations translations(Translations::defaultAppDir(), QString());
        CHECK(translations.install(language) == language);
    }
}

TEST_CASE("Known strings are translated in every language but English")
{
    for (const QString &language : ShippedLanguages) {
        INFO(language.toStdString());
        Translations translations(Translations::defaultAppDir(), QString());
        REQUIRE(translations.install(language) == language);
        const QString quit = translate("integreat::desktop::MainActions", "Quit");
        const QString settings = translate("integreat::desktop::SettingsDialog", "Settings");
        const QString sync = translate("integreat::desktop::MainActions", "Sync now");
        const QString cli = translate("integreat::cli", "no command given");
        const QString arg = translate("integreat::desktop::SearchView",
                                      "Nothing found for “%1”.\nTry other or fewer words.");
        if (language == u"en"_s) {
            CHECK(quit == u"Quit"_s);
            continue;
        }
        CHECK(quit != u"Quit"_s);
        CHECK(settings != u"Settings"_s);
        CHECK(sync != u"Sync now"_s);
        CHECK(cli != u"no command given"_s);
        CHECK(arg.contains(u"%1"_s));
        CHECK_FALSE(arg.startsWith(u"Nothing found"_s));
    }
}

TEST_CASE("Plurals read well in every language")
{
    const char *context = "integreat::desktop::SearchView";
    const char *results = "%n results";
    {
        Translations translations(Translations::defaultAppDir(), QString());
        REQUIRE(translations.install(u"en"_s) == u"en"_s);
        CHECK(translate(context, results, 1) == u"1 result"_s);
        CHECK(translate(context, results, 3) == u"3 results"_s);
        CHECK(translate("integreat::desktop::RelativeTime", "Updated %n hours ago", 1) ==
              u"Updated 1 hour ago"_s);
    }
    {
        Translations translations(Translations::defaultAppDir(), QString());
        REQUIRE(translations.install(u"de"_s) == u"de"_s);
        CHECK(translate(context, results, 1) == u"1 Ergebnis"_s);
        CHECK(translate(context, results, 3) == u"3 Ergebnisse"_s);
    }
    {
        // Russian and Ukrainian: one / few / many.
        Translations translations(Translations::defaultAppDir(), QString());
        REQUIRE(translations.install(u"uk"_s) == u"uk"_s);
        const QString one = translate(context, results, 21);
        const QString few = translate(context, results, 3);
        const QString many = translate(context, results, 5);
        CHECK(one.startsWith(u"21 "_s));
        CHECK(few.startsWith(u"3 "_s));
        CHECK(many.startsWith(u"5 "_s));
        CHECK(one.mid(3) != few.mid(2));
        CHECK(few.mid(2) != many.mid(2));
    }
    {
        // Arabic: six forms; 3 and 11 differ in the noun.
        Translations translations(Translations::defaultAppDir(), QString());
        REQUIRE(translations.install(u"ar"_s) == u"ar"_s);
        const QString three = translate(context, results, 3);
        const QString eleven = translate(context, results, 11);
        CHECK_FALSE(three.contains(u"%n"_s));
        CHECK(three != eleven);
        CHECK(three.contains(u"3"_s));
    }
}

TEST_CASE("No .ts file has unfinished messages")
{
    for (const QString &language : ShippedLanguages) {
        const TsCheck check = checkTs(language);
        INFO(tsFile(language).toStdString());
        CHECK(check.error.isEmpty());
        CHECK(check.messages > 100);
        INFO("unfinished: " << check.unfinished.join(u" | "_s).toStdString());
        CHECK(check.unfinished.isEmpty());
        INFO("wrong number of plural forms: " << check.badPlurals.join(u" | "_s).toStdString());
        CHECK(check.badPlurals.isEmpty());
    }
}
