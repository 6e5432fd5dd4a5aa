// A visible focus indicator on every focusable control, in both themes (WCAG 2.4.7, measured as
// 2.4.13 asks): the pixels that change when a control gets the focus change by ≥ 3:1, in a band
// at least 2 px thick along at least one whole side. Walks the focus chain of the main window in
// every section (tiles, section tabs, lists, the map, search results) and of the Settings dialog.
#include "catchqt.h"
#include "contrastsupport.h"
#include "demowindow.h"
#include "desktop/common/statusloader.h"
#include "desktop/common/theme.h"
#include "desktop/settings/settingsdialog.h"
#include "desktop/settings/storagepanel.h"

#include <QApplication>
#include <QPushButton>
#include <QScrollArea>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;

namespace {

struct ThemeScope
{
    explicit ThemeScope(bool highContrast) { Theme::apply(*qApp, Theme::make(highContrast, 100)); }
    ~ThemeScope() { Theme::apply(*qApp, Theme::make(false, 100)); }
    Q_DISABLE_COPY_MOVE(ThemeScope)
};

struct Indicator
{
    int area = 0;      ///< pixels that change by ≥ 3:1
    int thickness = 0; ///< the thickest such band across the middle of a side
    int side = 0;      ///< the longest run of them along one side
};

Indicator measure(const QImage &off, const QImage &on)
{
    Indicator result;
    if (off.size() != on.size())
        return result;
    const auto changed = [&](int x, int y) {
        return contrast(QColor::fromRgb(off.pixel(x, y)), QColor::fromRgb(on.pixel(x, y))) >= 3.0;
    };
    for (int y = 0; y < on.height(); ++y) {
        for (int x = 0; x < on.width(); ++x)
            result.area += changed(x, y) ? 1 : 0;
    }
    // Across each side at its middle: skip up to 6 px of margin, then count the band.
    const auto band = [&](QPoint start, QPoint step) {
        QPoint p = start;
        for (int skip = 0; skip < 6 && on.rect().contains(p) && !changed(p.x(), p.y()); ++skip)
            p += step;
        int run = 0;
        while (on.rect().contains(p) && changed(p.x(), p.y())) {
            ++run;
            p += step;
        }
        return run;
    };
    const int w = on.width();
    const int h = on.height();
    result.thickness = std::max({band({w / 2, 0}, {0, 1}), band({w / 2, h - 1}, {0, -1}),
                                 band({0, h / 2}, {1, 0}), band({w - 1, h / 2}, {-1, 0})});
    // Along each side, 1 px in: the longest run of changed pixels.
    const auto along = [&](QPoint start, QPoint step, int length) {
        int best = 0;
        for (int offset = 0; offset < 4; ++offset) {
            int run = 0;
            const QPoint inward =
                step.x() ? QPoint(0, start.y() == 0 ? 1 : -1) : QPoint(start.x() == 0 ? 1 : -1, 0);
            QPoint p = start + inward * offset;
            for (int i = 0; i < length; ++i, p += step) {
                run = on.rect().contains(p) && changed(p.x(), p.y()) ? run + 1 : 0;
                best = std::max(best, run);
            }
        }
        return best;
    };
    const int horizontal = std::max(along({0, 0}, {1, 0}, w), along({0, h - 1}, {1, 0}, w));
    const int vertical = std::max(along({0, 0}, {0, 1}, h), along({w - 1, 0}, {0, 1}, h));
    result.side =
        std::max(horizontal * 100 / std::max(1, w - 8), vertical * 100 / std::max(1, h - 8));
    return result;
}

QString describe(const QWidget *widget)
{
    return u"%1 %2 \"%3\""_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                 widget->objectName(), widget->accessibleName());
}

/// The focusable controls of `window` in Tab order.
QList<QWidget *> focusChain(QWidget *window)
{
    QList<QWidget *> chain;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() &&
            w->window() == window && !w->focusProxy() && !chain.contains(w))
            chain << w;
    }
    return chain;
}

/// Controls of `window` whose focus indicator falls short ("what: area, thickness").
QStringList weakIndicators(QWidget *window, int *measured)
{
    QApplication::setActiveWindow(window);
    QStringList weak;
    const QList<QWidget *> chain = focusChain(window);
    for (QWidget *widget : chain) {
        // The focus elsewhere (a window gives the focus back to its first control otherwise).
        QWidget *elsewhere = chain.constFirst() == widget ? chain.constLast() : chain.constFirst();
        elsewhere->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        // A control below the fold of a scrolled page (Settings) is measured where it shows.
        for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(parent)) {
                area->ensureWidgetVisible(widget);
                QApplication::processEvents();
                break;
            }
        }
        const QImage off = grabbed(widget);
        widget->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        if (QApplication::focusWidget() != widget)
            continue; // a focus proxy: measured as itself
        const QImage on = grabbed(widget);
        const Indicator indicator = measure(off, on);
        ++*measured;
        // At least 2 px thick along one side (70 %: rounded corners take the rest).
        if (indicator.thickness < 2 || indicator.side < 70) {
            // INTEGREAT_FOCUS_DEBUG=dir keeps the two pictures of each weak one.
            if (const QString dir = qEnvironmentVariable("INTEGREAT_FOCUS_DEBUG"); !dir.isEmpty()) {
                off.save(u"%1/%2-off.png"_s.arg(dir).arg(weak.size()));
                on.save(u"%1/%2-on.png"_s.arg(dir).arg(weak.size()));
            }
            weak << describe(widget) +
                        u": thickness %1, side %2 %, area %3"_s.arg(indicator.thickness)
                            .arg(indicator.side)
                            .arg(indicator.area) +
                        u" (%1x%2 → %3x%4)"_s.arg(off.width())
                            .arg(off.height())
                            .arg(on.width())
                            .arg(on.height());
        }
    }
    return weak;
}

} // namespace

TEST_CASE("Every focusable control of the window shows a focus indicator of 3:1 and 2 px")
{
    for (const bool highContrast : {false, true}) {
        INFO((highContrast ? "high contrast" : "light"));
        const ThemeScope theme(highContrast);
        DemoWindow demo;
        const QString region = DemoPack::regionSlug();
        for (const Location &location :
             {Location::dashboard(region, u"de"_s),
              Location::page(region, u"de"_s, u"/musterstadt/de/ankommen/erste-schritte/"_s),
              Location::places(region, u"de"_s), Location::events(region, u"de"_s),
              Location::news(region, u"de"_s), Location::search(region, u"de"_s, u"Amt"_s)}) {
            demo.window.open(location);
            QApplication::processEvents();
            INFO("location kind " << int(location.kind));
            int measured = 0;
            CHECK(weakIndicators(&demo.window, &measured) == QStringList{});
            CHECK(measured >= 5);
        }
    }
}

TEST_CASE("Every focusable control of the Settings dialog shows its focus in both themes")
{
    for (const bool highContrast : {false, true}) {
        INFO((highContrast ? "high contrast" : "light"));
        const ThemeScope theme(highContrast);
        DemoWindow demo;
        SettingsDialog dialog(demo.store, demo.settings, demo.dir.path());
        dialog.show();
        REQUIRE(waitUntil([&] { return dialog.isVisible(); }));
        // The storage figures arrive from a worker and widen the page: measure after they came.
        REQUIRE(waitUntil([&] { return !dialog.storage()->statusLoader()->isLoading(); }));
        QApplication::processEvents();
        int measured = 0;
        CHECK(weakIndicators(&dialog, &measured) == QStringList{});
        CHECK(measured >= 4);
    }
}
