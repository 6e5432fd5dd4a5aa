// One real screen-reader view: the app under Xvfb with Qt's AT-SPI bridge on a private D-Bus
// session (run_atspi.sh), read by an AT-SPI client (atspi_page.py) as Orca reads it: the Arabic
// demo page's language, headings and links; an image line read as its description; the panes
// around the page named.
#include "demowindow.h"
#include "desktop/accessibility/accessibility.h"
#include "desktop/pages/localinfoview.h"

#include <QGuiApplication>
#include <QProcess>
#include <catch2/catch.hpp>
#include <optional>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;

namespace {

/// Whether this run can reach AT-SPI (X and run_atspi.sh); says SKIPPED when not.
bool atspiHere()
{
    if (QGuiApplication::platformName() != u"xcb"_s ||
        qEnvironmentVariable("INTEGREAT_ATSPI_SCRIPT").isEmpty()) {
        WARN("SKIPPED: needs X and AT-SPI (run through tests/gui/run_atspi.sh)");
        return false;
    }
    return true;
}

/// What atspi_page.py reads of this process's page over AT-SPI, line by line; nothing when the
/// bindings are missing (SKIPPED).
std::optional<QStringList> readOverAtspi()
{
    QProcess reader;
    const QString python = qEnvironmentVariable("INTEGREAT_ATSPI_PYTHON", u"python3"_s);
    reader.start(python, {qEnvironmentVariable("INTEGREAT_ATSPI_SCRIPT"),
                          QString::number(QCoreApplication::applicationPid())});
    // The app must keep answering the reader's D-Bus calls: drive the event loop meanwhile.
    REQUIRE(testing::waitUntil([&] { return reader.state() == QProcess::NotRunning; }, 120000));
    const QString output = QString::fromUtf8(reader.readAllStandardOutput());
    INFO(output.toStdString() << QString::fromUtf8(reader.readAllStandardError()).toStdString());
    if (reader.exitCode() == 77) {
        WARN("SKIPPED: AT-SPI bindings missing");
        return std::nullopt;
    }
    REQUIRE(reader.exitCode() == 0);
    return output.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("A screen reader hears the page's language, headings and links over AT-SPI")
{
    if (!atspiHere())
        return;
    a11y::installAccessibility(); // as Application::run does
    testing::DemoWindow demo(u"ar"_s);
    demo.window.open(
        Location::page(DemoPack::regionSlug(), u"ar"_s, u"/musterstadt/ar/الوصول/تسجيل-السكن/"_s));
    const std::optional<QStringList> lines = readOverAtspi();
    if (!lines)
        return;
    INFO(lines->join(u'\n').toStdString());
    CHECK(lines->contains(u"language\tar"_s));
    CHECK(lines->contains(u"heading\tما تحتاجه"_s));
    CHECK(lines->contains(u"link\t01234 5678-0\tPress,SetFocus"_s));
}

TEST_CASE("Over AT-SPI an image line reads as its description and the panes are named")
{
    if (!atspiHere())
        return;
    a11y::installAccessibility();
    testing::DemoWindow demo(u"ar"_s);
    demo.window.open(Location::page(DemoPack::regionSlug(), u"ar"_s,
                                    u"/musterstadt/ar/الوصول/الخطوات-الأولى/"_s));
    const std::optional<QStringList> lines = readOverAtspi();
    if (!lines)
        return;
    INFO(lines->join(u'\n').toStdString());
    CHECK(lines->contains(u"image\tقائمة مهام"_s));
    // Arrowing through the text: the image's line is its description, never "[OBJ]".
    CHECK(lines->contains(u"line\tقائمة مهام"_s));
    CHECK(lines->contains(u"objects\t0"_s));
    // The panes the focus passes into (F6 to the breadcrumbs, to the content) have names:
    // Orca announced "layered pane" for them and nothing else.
    int panes = 0;
    for (const QString &line : *lines) {
        const QStringList fields = line.split(u'\t');
        if (fields.value(0) != u"container"_s || !fields.value(1).endsWith(u"pane"_s))
            continue;
        ++panes;
        INFO(line.toStdString());
        CHECK_FALSE(fields.value(2).isEmpty());
    }
    CHECK(panes >= 2);
}
