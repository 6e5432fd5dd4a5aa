// Contrast measured on the pixels the app paints (WCAG 2.1 AA: text ≥ 4.5:1, controls and
// their edges ≥ 3:1), in high contrast and in the light theme: the place page, the map with
// its zoom buttons, the check boxes and the text of the Settings dialog. The weakest figures
// are printed ("contrast: …") for docs/accessibility.md.
#include "catchqt.h"
#include "contrastsupport.h"
#include "demowindow.h"
#include "desktop/common/theme.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/places/mapwidget.h"
#include "desktop/places/placesview.h"
#include "desktop/settings/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QStyleOptionButton>
#include <QToolButton>
#include <catch2/catch.hpp>
#include <iostream>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;

namespace {

struct ThemeScope
{
    explicit ThemeScope(bool highContrast)
        : theme(Theme::make(highContrast, 100))
    {
        Theme::apply(*qApp, theme);
    }
    ~ThemeScope() { Theme::apply(*qApp, Theme::make(false, 100)); }
    Q_DISABLE_COPY_MOVE(ThemeScope)
    Theme theme;
};

const char *themeName(bool highContrast)
{
    return highContrast ? "high contrast" : "light";
}

void report(bool highContrast, const char *what, double ratio)
{
    std::cout << "contrast: " << themeName(highContrast) << ": " << what << " "
              << QString::number(ratio, 'f', 1).toStdString() << ":1\n";
}

} // namespace

TEST_CASE("The place page's text reaches 4.5:1 on its rendered pixels")
{
    for (const bool highContrast : {true, false}) {
        INFO(themeName(highContrast));
        const ThemeScope scope(highContrast);
        DemoWindow demo;
        demo.window.open(Location::places(DemoPack::regionSlug(), u"de"_s));
        PlacesView *places = demo.window.placesView();
        REQUIRE(places->openPlace(u"/musterstadt/de/locations/migrationsberatung/"_s));
        REQUIRE(waitUntil([&] { return places->detail()->isVisible(); }));
        QApplication::processEvents();
        const QImage page = grabbed(places->detail()->viewport());
        const QColor background = dominantColour(page, page.rect());
        CHECK(contrast(background, scope.theme.surface) < 1.1);
        QRect weakest;
        const double ratio = weakestWordContrast(page, background, &weakest);
        INFO("weakest word at " << weakest.x() << "," << weakest.y() << " " << weakest.width()
                                << "x" << weakest.height());
        report(highContrast, "place page, weakest word", ratio);
        CHECK(ratio >= 4.5);
        if (highContrast)
            CHECK(ratio >= 7.0); // the aim where possible: the muted text is #e6e6e6
    }
}

TEST_CASE("The map, its note and its zoom buttons stand out in both themes")
{
    for (const bool highContrast : {true, false}) {
        INFO(themeName(highContrast));
        const ThemeScope scope(highContrast);
        DemoWindow demo;
        demo.window.open(Location::places(DemoPack::regionSlug(), u"de"_s));
        MapWidget *map = demo.window.placesView()->map();
        REQUIRE(waitUntil([&] { return map->isVisible() && map->width() > 100; }));
        QApplication::processEvents();
        const QImage image = grabbed(map);
        // The map's own ground: dark in high contrast (it was light).
        const QColor ground = dominantColour(image, image.rect());
        if (highContrast)
            CHECK(luminance(ground) < 0.05);
        int buttons = 0;
        for (QToolButton *button : map->findChildren<QToolButton *>()) {
            INFO(button->accessibleName().toStdString());
            ++buttons;
            const QRect box(button->pos(), button->size());
            // The button's edge against the map around it (non-text: ≥ 3:1).
            const QColor outside = QColor::fromRgb(image.pixel(box.left() - 2, box.center().y()));
            const double edge =
                strongestContrast(image, QRect(box.left(), box.center().y(), 2, 1), outside);
            // Its sign ("+", "−") against its own face.
            const QImage face = grabbed(button);
            const QColor faceColour = dominantColour(face, face.rect().adjusted(3, 3, -3, -3));
            const double sign =
                strongestContrast(face, face.rect().adjusted(4, 4, -4, -4), faceColour);
            report(highContrast, "zoom button edge vs map", edge);
            report(highContrast, "zoom button sign vs face", sign);
            CHECK(edge >= 3.0);
            CHECK(sign >= 4.5);
        }
        CHECK(buttons == 2);
        // The note why no tiles show (top bar): text ≥ 4.5:1 on its bar.
        const QRect bar(0, 0, map->width() - 60, 24);
        const QColor barColour = dominantColour(image, bar);
        const double note = weakestWordContrast(image.copy(bar.adjusted(4, 2, 0, -2)), barColour);
        report(highContrast, "map note text", note);
        CHECK(note >= 4.5);
    }
}

TEST_CASE("Check boxes and the text of the Settings dialog are visible in both themes")
{
    for (const bool highContrast : {true, false}) {
        INFO(themeName(highContrast));
        const ThemeScope scope(highContrast);
        DemoWindow demo;
        SettingsDialog dialog(demo.store, demo.settings, demo.dir.path());
        dialog.resize(700, 700);
        dialog.show();
        REQUIRE(waitUntil([&] { return dialog.isVisible(); }));
        const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
        REQUIRE_FALSE(boxes.isEmpty());
        double weakestEdge = 21.0;
        double weakestMark = 21.0;
        double weakestLabel = 21.0;
        for (QCheckBox *box : boxes) {
            if (!box->isVisible())
                continue;
            INFO(box->text().toStdString());
            for (const bool checked : {false, true}) {
                box->setChecked(checked);
                QApplication::processEvents();
                QStyleOptionButton option;
                option.initFrom(box);
                const QRect indicator =
                    box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
                const QImage image = grabbed(box);
                const QColor background = dominantColour(image, image.rect());
                if (!checked) {
                    // The box's edge against the dialog (non-text: ≥ 3:1).
                    weakestEdge =
                        std::min(weakestEdge, strongestContrast(image, indicator, background));
                    // The label: text ≥ 4.5:1.
                    QRect label = image.rect();
                    label.setLeft(indicator.right() + 4);
                    if (box->layoutDirection() == Qt::RightToLeft)
                        label = QRect(0, 0, indicator.left() - 4, image.height());
                    weakestLabel =
                        std::min(weakestLabel, weakestWordContrast(image.copy(label), background));
                } else {
                    // The tick against the filled box.
                    const QRect inner = indicator.adjusted(3, 3, -3, -3);
                    const QColor fill = dominantColour(image, inner);
                    CHECK(contrast(fill, background) >= 3.0); // ticked looks different
                    weakestMark = std::min(weakestMark, strongestContrast(image, inner, fill));
                }
            }
        }
        report(highContrast, "check box edge vs dialog", weakestEdge);
        report(highContrast, "check mark vs box", weakestMark);
        report(highContrast, "check box label", weakestLabel);
        CHECK(weakestEdge >= 3.0);
        CHECK(weakestMark >= 3.0);
        CHECK(weakestLabel >= 4.5);
        // Every visible label of the dialog.
        double weakestText = 21.0;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty() || label->pixmap().isNull() == false)
                continue;
            const QImage image = grabbed(label);
            weakestText = std::min(weakestText,
                                   weakestWordContrast(image, dominantColour(image, image.rect())));
        }
        report(highContrast, "Settings dialog labels", weakestText);
        CHECK(weakestText >= 4.5);
    }
}
