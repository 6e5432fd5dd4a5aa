// Links in content: internal ones open in the app, the rest go out only after showing where.
#include "core/content/resourcename.h"
#include "core/paths/datapaths.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/pages/noticebar.h"
#include "guifixture.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using Kind = integreat::desktop::ExternalLinkDialog::Kind;

namespace {
void click(GuiFixture &f, const QString &url)
{
    emit f.content().browser()->linkActivated(QUrl(url));
}
} // namespace

TEST_CASE("An internal Integreat link opens the page in the app")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    f.open(Location::page(u"augsburg"_s, u"de"_s, f.pathOf(u"Test Links"_s)));
    click(f, u"https://integreat.app/augsburg/de/willkommen/"_s);
    CHECK(f.location() == Location::page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s));
    CHECK(f.opened.isEmpty());
    CHECK(f.confirmations.isEmpty());

    // The region's start page and the imprint ("disclaimer") are internal too.
    click(f, u"https://integreat.app/augsburg/de"_s);
    CHECK(f.location() == Location::dashboard(u"augsburg"_s, u"de"_s));
    click(f, u"https://integreat.app/augsburg/de/disclaimer"_s);
    CHECK(f.location() == Location::imprint(u"augsburg"_s, u"de"_s));
}

TEST_CASE("An internal link into another saved language opens there")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const QString arabic = f.pathOf(u"مكتب الصحة"_s, u"ar"_s);
    click(f, u"https://integreat.app"_s + arabic);
    CHECK(f.location() == Location::page(u"augsburg"_s, u"ar"_s, arabic));
    CHECK(f.content().layoutDirection() == Qt::RightToLeft);
}

TEST_CASE("An internal link to something not saved says so and offers it online")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const Location before = f.location();
    click(f, u"https://integreat.app/augsburg/de/deutsche-sprache/sprachlernangebote/"_s);
    CHECK(f.location() == before);
    CHECK(f.noticeText().contains(u"not on this computer"_s));
    CHECK(f.content().noticeBar()->actionLabels() == QStringList{u"Open online"_s});

    // A language of the region that is not downloaded: offer to download it.
    click(f, u"https://integreat.app/augsburg/en/welcome/"_s);
    CHECK(f.location() == before);
    CHECK(f.content().noticeBar()->actionLabels().contains(u"Download English"_s));

    // A region that is not saved here.
    click(f, u"https://integreat.app/nurnberg/de/"_s);
    CHECK(f.noticeText().contains(u"not saved on this computer"_s));

    // An event that is not saved (over, removed or newer) says so (before: "does not show
    // yet" for every event link; events open in their section now, test_routes.cpp).
    click(f, u"https://integreat.app/augsburg/de/events/gibt-es-nicht/"_s);
    CHECK(f.location() == before);
    CHECK(f.noticeText().contains(u"event is not on this computer"_s));
    REQUIRE(f.content().noticeBar()->trigger(u"Open online"_s));
    REQUIRE(f.confirmations.size() == 1);
    CHECK(f.confirmations.constFirst().first == Kind::Web);
    CHECK(f.opened.size() == 1);
}

TEST_CASE("Websites phone numbers and e-mail addresses show where they lead first")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const QString site = u"https://www.augsburg.de/buergerservice-rathaus/"_s;
    click(f, site);
    REQUIRE(f.confirmations.size() == 1);
    CHECK(f.confirmations.at(0).first == Kind::Web);
    CHECK(f.confirmations.at(0).second == QUrl(site));
    CHECK(f.opened == QList<QUrl>{QUrl(site)});

    click(f, u"tel:0821-324-0"_s);
    CHECK(f.confirmations.at(1).first == Kind::Telephone);
    click(f, u"mailto:integreat@augsburg.de"_s);
    CHECK(f.confirmations.at(2).first == Kind::Email);
    CHECK(ExternalLinkDialog::displayText(Kind::Email, f.confirmations.at(2).second) ==
          u"integreat@augsburg.de"_s);
    CHECK(f.opened.size() == 3);

    // Declined: nothing opens.
    f.confirmAnswer = false;
    click(f, u"https://example.com/"_s);
    CHECK(f.confirmations.size() == 4);
    CHECK(f.opened.size() == 3);
}

TEST_CASE("Dangerous links are never opened")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const Location before = f.location();
    for (const QString &url :
         {u"javascript:alert(1)"_s, u"file:///etc/passwd"_s, u"data:text/html,hello"_s}) {
        click(f, url);
        CHECK(f.location() == before);
        CHECK_FALSE(f.noticeText().isEmpty());
    }
    CHECK(f.confirmations.isEmpty());
    CHECK(f.opened.isEmpty());
}

TEST_CASE("A PDF opens from the store when it is saved there")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const QUrl pdf(f.server.baseUrl().toString() + u"/media/merkblatt.pdf"_s);
    const QString resources = paths::DataPaths(f.dataDir()).resourceDir();
    QDir().mkpath(resources);
    const QString file = QDir(resources).filePath(content::resourceFileName(pdf));

    // Not saved: offered online, after asking.
    click(f, pdf.toString());
    REQUIRE(f.confirmations.size() == 1);
    CHECK(f.confirmations.at(0).first == Kind::OnlineDocument);

    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("%PDF-1.4\n");
    out.close();
    click(f, pdf.toString());
    CHECK(f.confirmations.size() == 1); // a saved document opens without asking
    REQUIRE_FALSE(f.opened.isEmpty());
    CHECK(f.opened.constLast() == QUrl::fromLocalFile(file));
}
