// Embedded offers as cards under the page: a link offer opens its URL after the usual question,
// a form offer opens as a local page that posts its fields, the thumbnail comes from the cache.
#include "core/content/resourcename.h"
#include "core/paths/datapaths.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/pages/offerform.h"
#include "guifixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using Kind = integreat::desktop::ExternalLinkDialog::Kind;

namespace {

const QString Ihk =
    u"https://www.ihk-lehrstellenboerse.de/joboffers/search.html?distance=1&location=86150"_s;

model::Offer radar()
{
    return {u"Lehrstellenradar"_s,
            u"lehrstellen-radar"_s,
            u"https://www.lehrstellen-radar.de/5100,0,lsrlist.html"_s,
            {},
            {{u"search-ls"_s, u"1"_s}, {u"search-plz"_s, u"86150"_s}, {u"q"_s, u"\"><script>"_s}}};
}

void click(GuiFixture &f, const QString &url)
{
    emit f.content().browser()->linkActivated(QUrl(url));
}

} // namespace

TEST_CASE("A corpus page shows its IHK offer as a card that opens the offer's address")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const QString everyday = u"/augsburg/de/alltag/"_s;
    // The thumbnail is in the resource cache, so the card shows it from there.
    const QUrl thumbnail(
        u"https://cms.integreat-app.de/wp-content/uploads/extra-thumbnails/ihk-lehrstellenboerse.png"_s);
    const QString resources = paths::DataPaths(f.dataDir()).resourceDir();
    QDir().mkpath(resources);
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::blue);
    REQUIRE(image.save(QDir(resources).filePath(content::resourceFileName(thumbnail)), "PNG"));

    f.open(Location::page(u"augsburg"_s, u"de"_s, everyday));
    CHECK(f.pageText().contains(u"IHK Lehrstellenbörse"_s));
    const QString html = f.content().browser()->toHtml();
    CHECK(html.contains(u"integreat-offer:0"_s));
    CHECK(html.contains(content::localResourceUrl(thumbnail).toString()));
    CHECK_FALSE(html.contains(u"https://cms.integreat-app.de/wp-content"_s)); // never the network

    click(f, u"integreat-offer:0"_s);
    REQUIRE(f.confirmations.size() == 1);
    CHECK(f.confirmations.constFirst().first == Kind::Web);
    CHECK(f.confirmations.constFirst().second == QUrl(Ihk));
    CHECK(f.opened == QList<QUrl>{QUrl(Ihk)});

    // The Zammad contact form of the immigration office has no card (not supported yet).
    f.open(Location::page(u"augsburg"_s, u"de"_s,
                          u"/augsburg/de/behörden-und-beratung/behörden/ausländerbehörde/"_s));
    CHECK_FALSE(f.content().browser()->toHtml().contains(u"integreat-offer:"_s));
    CHECK_FALSE(f.pageText().contains(u"Zammad"_s));
}

TEST_CASE("A form offer opens as a local page that posts its fields, and only after asking")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    store::LanguageContent content = f.storedPages();
    const QString path = f.pathOf(u"Test Links"_s);
    for (model::Page &page : content.pages) {
        if (page.path == path)
            page.offers = {radar()};
    }
    f.store->applyLanguage(content);
    f.open(Location::page(u"augsburg"_s, u"de"_s, path));
    CHECK(f.pageText().contains(u"Lehrstellenradar"_s));

    f.confirmAnswer = false;
    click(f, u"integreat-offer:0"_s);
    CHECK(f.confirmations.size() == 1);
    CHECK(f.opened.isEmpty());

    f.confirmAnswer = true;
    click(f, u"integreat-offer:0"_s);
    REQUIRE(f.opened.size() == 1);
    const QUrl opened = f.opened.constFirst();
    REQUIRE(opened.isLocalFile());
    QFile page(opened.toLocalFile());
    REQUIRE(page.open(QIODevice::ReadOnly));
    const QString form = QString::fromUtf8(page.readAll());
    CHECK(form.contains(
        u"<form method=\"post\" accept-charset=\"utf-8\" action=\"https://www.lehrstellen-radar.de/5100,0,lsrlist.html\">"_s));
    CHECK(form.contains(u"name=\"search-plz\" value=\"86150\""_s));
    CHECK(form.contains(u"onload=\"document.forms[0].submit()\""_s));
    // Values cannot break out of the form.
    CHECK(form.contains(u"value=\"&quot;&gt;&lt;script&gt;\""_s));
    CHECK_FALSE(form.contains(u"\"><script>"_s));
    CHECK((page.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);

    // The page lives in a private temporary folder that goes with the window.
    const QString folder = f.content().linkRouter()->offerFormDirectory();
    CHECK(QFileInfo(opened.toLocalFile()).absolutePath() == folder);
    f.mainWindow.reset();
    CHECK_FALSE(QFileInfo::exists(folder));
}

TEST_CASE("An offer form is only written for a web address")
{
    model::Offer offer = radar();
    offer.url = u"file:///etc/passwd"_s;
    OfferForm forms;
    CHECK(OfferForm::html(offer).isEmpty());
    CHECK(forms.write(offer).isEmpty());
    offer.url = u"javascript:alert(1)"_s;
    CHECK(OfferForm::html(offer).isEmpty());
}
