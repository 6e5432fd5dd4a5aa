// One real screen-reader view: the app under Xvfb with Qt's AT-SPI bridge on a private D-Bus
// session (run_atspi.sh), read by an AT-SPI client (atspi_page.py) as Orca reads it: the Arabic
// demo page's language, headings and links.
#include "demowindow.h"
#include "desktop/accessibility/accessibility.h"
#include "desktop/pages/localinfoview.h"

#include <QGuiApplication>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;

TEST_CASE("A screen reader hears the page's language, headings and links over AT-SPI")
{
    const QString script = qEnvironmentVariable("INTEGREAT_ATSPI_SCRIPT");
    if (QGuiApplication::platformName() != u"xcb"_s || script.isEmpty()) {
        WARN("SKIPPED: needs X and AT-SPI (run through tests/gui/run_atspi.sh)");
        return;
    }
    a11y::installAccessibility(); // as Application::run does
    testing::DemoWindow demo(u"ar"_s);
    demo.window.open(
        Location::page(DemoPack::regionSlug(), u"ar"_s, u"/musterstadt/ar/الوصول/تسجيل-السكن/"_s));
    QProcess reader;
    const QString python = qEnvironmentVariable("INTEGREAT_ATSPI_PYTHON", u"python3"_s);
    reader.start(python, {script, QString::number(QCoreApplication::applicationPid())});
    // The app must keep answering the reader's D-Bus calls: drive the event loop meanwhile.
    REQUIRE(testing::waitUntil([&] { return reader.state() == QProcess::NotRunning; }, 120000));
    const QString output = QString::fromUtf8(reader.readAllStandardOutput());
    INFO(output.toStdString() << QString::fromUtf8(reader.readAllStandardError()).toStdString());
    if (reader.exitCode() == 77) {
        WARN("SKIPPED: AT-SPI bindings missing");
        return;
    }
    REQUIRE(reader.exitCode() == 0);
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.contains(u"language\tar"_s));
    CHECK(lines.contains(u"heading\tما تحتاجه"_s));
    CHECK(lines.contains(u"link\t01234 5678-0\tPress,SetFocus"_s));
}
