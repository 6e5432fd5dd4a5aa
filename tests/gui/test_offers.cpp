// Embedded offers as cards under the page: a link offer opens its URL after the usual question,
// a form offer opens as a local page that posts its fields, the thumbnail comes from the cache;
// the Zammad offer opens a native contact form that sends to the test server's Zammad form.
#include "core/content/resourcename.h"
#include "core/paths/datapaths.h"
#include "desktop/pages/contactformdialog.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/pages/offerform.h"
#include "guifixture.h"
#include "zammadservice.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::waitUntil;
using integreat::testing::ZammadService;
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

    // The Zammad contact form of the immigration office is a card that opens the native form.
    f.open(Location::page(u"augsburg"_s, u"de"_s,
                          u"/augsburg/de/behörden-und-beratung/behörden/ausländerbehörde/"_s));
    CHECK(f.content().browser()->toHtml().contains(u"integreat-offer:0"_s));
    CHECK(f.pageText().contains(u"Zammad Formular"_s));
    CHECK(f.pageText().contains(u"Contact form"_s));
    QList<ContactFormDialog *> dialogs;
    QObject::connect(f.content().linkRouter(), &LinkRouter::contactFormOpened,
                     [&dialogs](ContactFormDialog *dialog) { dialogs << dialog; });
    f.confirmations.clear();
    f.opened.clear();
    click(f, u"integreat-offer:0"_s);
    REQUIRE(dialogs.size() == 1);
    CHECK(dialogs.constFirst()->windowTitle() == u"Zammad Formular"_s);
    CHECK(f.confirmations.isEmpty()); // nothing leaves the app
    CHECK(f.opened.isEmpty());
    dialogs.constFirst()->close();
}

TEST_CASE("The contact form says what is missing, then sends to the town's Zammad form")
{
    INTEGREAT_REQUIRE_CORPUS();
    ZammadService zammad; // outlives the fixture's server, which calls it
    GuiFixture f;
    zammad.install(f.server);
    store::LanguageContent content = f.storedPages();
    const QString path = f.pathOf(u"Test Links"_s);
    for (model::Page &page : content.pages) {
        if (page.path == path)
            page.offers = {model::Offer{
                u"Kontakt"_s,
                u"zammad-formular"_s,
                {},
                {},
                {{u"form-id"_s, u"1"_s}, {u"zammad-url"_s, zammad.formUrl().toString()}}}};
    }
    f.store->applyLanguage(content);
    f.open(Location::page(u"augsburg"_s, u"de"_s, path));
    ContactFormDialog *dialog = nullptr;
    QObject::connect(f.content().linkRouter(), &LinkRouter::contactFormOpened,
                     [&dialog](ContactFormDialog *opened) { dialog = opened; });
    click(f, u"integreat-offer:0"_s);
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());

    // Nothing filled in: both required fields are named, nothing is sent.
    dialog->sendButton()->click();
    CHECK(dialog->problemText().contains(u"e-mail address"_s));
    CHECK(dialog->problemText().contains(u"Please write your message."_s));
    dialog->emailField()->setText(u"amina(at)example.org"_s);
    dialog->messageField()->setPlainText(u"Ich brauche einen Termin."_s);
    dialog->sendButton()->click();
    CHECK(dialog->problemText().contains(u"is not an e-mail address"_s));
    CHECK_FALSE(dialog->problemText().contains(u"message"_s));
    CHECK(zammad.configRequests() == 0);

    // Fixed: sent, with the name left out.
    dialog->emailField()->setText(u"amina@example.org"_s);
    dialog->sendButton()->click();
    CHECK(dialog->problemText().isEmpty());
    REQUIRE(waitUntil([&] { return dialog->wasSent(); }));
    CHECK(dialog->resultText().startsWith(u"Your message was sent"_s));
    CHECK_FALSE(dialog->sendButton()->isVisible());
    CHECK_FALSE(dialog->messageField()->isEnabled());
    REQUIRE(zammad.submissions().size() == 1);
    const QJsonObject sent = zammad.submissions().constFirst();
    CHECK(sent.value("email"_L1).toString() == u"amina@example.org"_s);
    CHECK(sent.value("name"_L1).toString() == u"amina"_s);
    CHECK(sent.value("title"_L1).toString() == u"Test Links - augsburg"_s);
    CHECK(sent.value("body"_L1).toString().startsWith(u"Ich brauche einen Termin."_s));
    CHECK(sent.value("body"_L1).toString().contains(u"https://integreat.app"_s + path));
    dialog->close();
}

TEST_CASE("The contact form says so when the computer is offline and keeps the message")
{
    INTEGREAT_REQUIRE_CORPUS();
    ZammadService zammad; // outlives the fixture's server, which calls it
    GuiFixture f;
    zammad.install(f.server);
    model::Offer offer{u"Kontakt"_s,
                       u"zammad-formular"_s,
                       {},
                       {},
                       {{u"zammad-url"_s, zammad.formUrl().toString()}}};
    QNetworkAccessManager manager;
    ContactFormDialog dialog(manager, offer, u"Kontakt - augsburg"_s, {});
    dialog.emailField()->setText(u"amina@example.org"_s);
    dialog.messageField()->setPlainText(u"Hallo"_s);
    f.server.stop();
    dialog.submit();
    REQUIRE(waitUntil([&] { return !dialog.form().isBusy(); }));
    CHECK(dialog.resultText().startsWith(u"You are offline"_s));
    CHECK_FALSE(dialog.wasSent());
    CHECK(dialog.messageField()->toPlainText() == u"Hallo"_s);
    CHECK(dialog.sendButton()->isEnabled());
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
