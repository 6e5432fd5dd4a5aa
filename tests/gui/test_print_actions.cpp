// Print… / Save as PDF… (print::PrintActions): enabled only with a route, write the handout of
// the current route, say why when the item is not there.
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/print/printactions.h"
#include "guifixture.h"
#include "syncfixture.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QProcess>
#include <QStandardPaths>
#include <QToolButton>
#include <QWidget>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

TEST_CASE("Print actions follow the route and save the shown page as a two-language PDF")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture fixture;
    REQUIRE(fixture.sync({u"de"_s, u"ar"_s}).ok());
    QWidget window;
    print::PrintActions actions(*fixture.store, fixture.dir.filePath(u"resources"_s), &window);
    CHECK_FALSE(actions.printAction()->isEnabled());
    CHECK_FALSE(actions.savePdfAction()->isEnabled());

    actions.setRoute(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/willkommen-in-augsburg/"_s);
    CHECK(actions.printAction()->isEnabled());
    CHECK(actions.savePdfAction()->isEnabled());
    actions.setSecondLanguage(u"ar"_s);
    const QString file = fixture.dir.filePath(u"page.pdf"_s);
    CHECK(actions.savePdf(file).isEmpty());
    REQUIRE(QFileInfo(file).size() > 0);
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {file, u"-"_s});
        REQUIRE(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC);
        CHECK(text.simplified().contains(u"Willkommen in Augsburg"_s));
        CHECK(text.contains(u"https://integreat.app/augsburg/ar/"_s));
    }

    actions.setRoute(u"augsburg"_s, u"de"_s, u"/augsburg/de/gone/"_s);
    const QString missing = fixture.dir.filePath(u"gone.pdf"_s);
    CHECK(actions.savePdf(missing).contains(u"is not in the local store"_s));
    CHECK_FALSE(QFileInfo::exists(missing));

    actions.setRoute({}, {}, {});
    CHECK_FALSE(actions.printAction()->isEnabled());
}

TEST_CASE("The main menu offers Print… and Save as PDF… while a page is shown")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    QAction *savePdf = f.menuAction(u"Save as PDF…"_s);
    QAction *printPage = f.menuAction(u"Print…"_s);
    REQUIRE(savePdf);
    REQUIRE(printPage);
    f.open(desktop::Location::page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s));
    CHECK(savePdf->isEnabled());
    CHECK(printPage->isEnabled());
    f.open(desktop::Location::dashboard(u"augsburg"_s, u"de"_s));
    CHECK_FALSE(savePdf->isEnabled());
}
