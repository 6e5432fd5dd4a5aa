// Settings, the settings dialog, UI translations and the saved-content panel.
#include "desktop/common/settings.h"
#include "desktop/common/statusloader.h"
#include "desktop/common/theme.h"
#include "desktop/common/translations.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/settings/settingsdialog.h"
#include "desktop/settings/storagepanel.h"
#include "guifixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QSlider>
#include <QTemporaryDir>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;

TEST_CASE("Settings are stored in their INI file and read back within bounds")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    {
        Settings settings(file);
        CHECK(settings.textScale() == 100);
        CHECK_FALSE(settings.highContrast());
        CHECK(settings.uiLanguage().isEmpty());
        settings.setTextScale(500);
        CHECK(settings.textScale() == Settings::MaxTextScale);
        settings.setTextScale(10);
        CHECK(settings.textScale() == Settings::MinTextScale);
        settings.setTextScale(150);
        settings.setHighContrast(true);
        settings.setUiLanguage(u"ar"_s);
        settings.setLastPlace(u"augsburg"_s, u"fa"_s);
        settings.sync();
    }
    CHECK(QFile::exists(file));
    Settings again(file);
    CHECK(again.textScale() == 150);
    CHECK(again.highContrast());
    CHECK(again.uiLanguage() == u"ar"_s);
    CHECK(again.lastRegion() == u"augsburg"_s);
    CHECK(again.lastLanguage() == u"fa"_s);
    again.setUiLanguage({});
    CHECK(again.uiLanguage().isEmpty());
}

TEST_CASE("Translations fall back to German and tolerate missing files")
{
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QString qtGerman = QDir(qtDir).filePath(u"qtbase_de.qm"_s);
    QTemporaryDir appDir;

    SECTION("no catalogs at all: English, the source language")
    {
        Translations translations(appDir.path(), appDir.path());
        CHECK(translations.install(u"ar"_s) == u"en"_s);
        CHECK(translations.loadedFiles().isEmpty());
        CHECK(translations.install(u"de"_s) == u"en"_s);
        CHECK(Translations::availableLanguages(appDir.path()) == QStringList{u"en"_s});
    }
    SECTION("a German catalog: it answers for a language without one")
    {
        if (!QFile::exists(qtGerman)) {
            integreat::testing::reportSkip(u"qt6-translations-l10n is not installed"_s);
            return;
        }
        // Any valid catalog does; Qt's own German one stands in for the app's.
        REQUIRE(QFile::copy(qtGerman, appDir.filePath(u"integreat-desktop_de.qm"_s)));
        Translations translations(appDir.path(), qtDir);
        CHECK(translations.install(u"uk"_s) == u"de"_s);
        CHECK(translations.loadedFiles().contains(appDir.filePath(u"integreat-desktop_de.qm"_s)));
        CHECK(translations.loadedFiles().contains(QDir(qtDir).filePath(u"qtbase_uk.qm"_s)));
        CHECK(translations.install(u"de"_s) == u"de"_s);
        CHECK(translations.install(u"en"_s) == u"en"_s);
        CHECK(Translations::availableLanguages(appDir.path()) == QStringList{u"de"_s, u"en"_s});
    }
    SECTION("a region-specific catalog name")
    {
        REQUIRE(QFile::copy(u":/icons/app.svg"_s, appDir.filePath(u"broken.qm"_s)));
        Translations translations(appDir.path(), appDir.path());
        CHECK(translations.install(u"pt-br"_s) == u"en"_s); // nothing there, nothing broken
    }
}

TEST_CASE("The text size and high contrast apply to content and UI")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    f.open(Location::page(u"augsburg"_s, u"de"_s, f.pathOf(u"Ausländerbehörde"_s)));
    const qreal normal = f.content().browser()->document()->defaultFont().pointSizeF();
    SettingsDialog dialog(*f.store, *f.settings, f.dataDir(), &f.window());
    QObject::connect(&dialog, &SettingsDialog::appearanceChanged, &f.window(),
                     &MainWindow::applySettings);
    dialog.textSizeSlider()->setValue(200 / 25);
    CHECK(f.settings->textScale() == 200);
    CHECK(f.content().browser()->document()->defaultFont().pointSizeF() ==
          Approx(normal * 2).epsilon(0.01));
    CHECK(QApplication::font().pointSizeF() ==
          Approx(Theme::current().pointSize(Theme::FontRole::Body)));
    dialog.highContrastBox()->setChecked(true);
    CHECK(f.settings->highContrast());
    CHECK(Theme::current().highContrast);
    CHECK(QApplication::palette().color(QPalette::Base) == QColor(Qt::black));
    dialog.highContrastBox()->setChecked(false);
    dialog.textSizeSlider()->setValue(100 / 25);
    CHECK(f.content().browser()->document()->defaultFont().pointSizeF() ==
          Approx(normal).epsilon(0.01));
}

TEST_CASE("The UI language is chosen apart from the content language")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    SettingsDialog dialog(*f.store, *f.settings, f.dataDir(), &f.window());
    QComboBox *box = dialog.uiLanguageBox();
    CHECK(box->itemData(0).toString().isEmpty()); // like the system
    const int english = box->findData(u"en"_s);
    REQUIRE(english > 0);
    box->setCurrentIndex(english);
    CHECK(f.settings->uiLanguage() == u"en"_s);
    box->setCurrentIndex(0);
    CHECK(f.settings->uiLanguage().isEmpty());
    CHECK(f.location().language == u"de"_s); // the content language did not move
}

TEST_CASE("The settings show where the data lives and delete a region's data")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    StoragePanel panel(*f.store, f.dataDir());
    REQUIRE(integreat::testing::waitUntil(
        [&] { return !panel.statusLoader()->isLoading(); })); // counted
    CHECK(panel.regionNames() == QStringList{u"Stadt Augsburg"_s});
    CHECK_FALSE(panel.usageText().isEmpty());
    bool asked = false;
    panel.setConfirm([&](const QString &name) {
        asked = true;
        CHECK(name == u"Stadt Augsburg"_s);
        return false;
    });
    CHECK_FALSE(panel.deleteRegion(u"augsburg"_s));
    CHECK(asked);
    CHECK_FALSE(f.store->pages(u"augsburg"_s, u"de"_s).isEmpty());
    panel.setConfirm([](const QString &) { return true; });
    CHECK(panel.deleteRegion(u"augsburg"_s));
    CHECK(f.store->pages(u"augsburg"_s, u"de"_s).isEmpty());
    CHECK(f.store->status().isEmpty());
    REQUIRE(integreat::testing::waitUntil(
        [&] { return !panel.statusLoader()->isLoading(); })); // counted again
    CHECK(panel.regionNames().isEmpty());
}
