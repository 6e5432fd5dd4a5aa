#include "guifixture.h"

#include "core/paths/datapaths.h"
#include "desktop/common/theme.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/syncpresenter.h"
#include "desktop/pages/breadcrumbbar.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/dashboardview.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/pages/navigationbar.h"
#include "desktop/pages/noticebar.h"
#include "desktop/pages/tilebutton.h"
#include "desktop/search/searchview.h"
#include "syncfixture.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace integreat::testing {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer tick;
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    tick.start(5);
    loop.exec();
    return done();
}

void typeText(QWidget *field, const QString &text)
{
    field->setFocus();
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

GuiFixture::GuiFixture(const QStringList &languages, bool offline)
{
    desktop::Theme::apply(*qApp, desktop::Theme::make(false, 100));
    server.loadCorpus(corpusDir());
    REQUIRE(server.start());
    REQUIRE(dir.isValid());
    store = std::make_unique<store::Store>(paths::DataPaths(dir.path()).storeFile());
    {
        api::HttpClient http(fastHttpOptions());
        sync::SyncEngine engine(*store, http, server.baseUrl());
        const sync::SyncReport report = engine.run(u"augsburg"_s, languages);
        REQUIRE(report.ok());
    }
    settings = std::make_unique<desktop::Settings>(configDir.filePath(u"settings.ini"_s));
    sync = std::make_unique<desktop::SyncController>(dir.path(), server.baseUrl(), offline);
    sync->setHttpOptions(fastHttpOptions());
    mainWindow = std::make_unique<desktop::MainWindow>(*store, *sync, *settings, dir.path());
    desktop::LinkRouter *router = content().linkRouter();
    router->setConfirm([this](desktop::ExternalLinkDialog::Kind kind, const QUrl &url) {
        confirmations.append({kind, url});
        return confirmAnswer;
    });
    router->setOpener([this](const QUrl &url) {
        opened.append(url);
        return true;
    });
    mainWindow->resize(1280, 800);
    mainWindow->start(desktop::Location::dashboard(u"augsburg"_s, languages.value(0)));
    mainWindow->show();
    QApplication::setActiveWindow(mainWindow.get());
    waitUntil([this] { return mainWindow->isVisible(); });
}

GuiFixture::~GuiFixture()
{
    mainWindow.reset();
    sync.reset();
    server.stop();
}

desktop::LocalInfoView &GuiFixture::content()
{
    return *mainWindow->localInformation();
}

void GuiFixture::open(const desktop::Location &location)
{
    mainWindow->open(location);
}

QStringList GuiFixture::tileTitles()
{
    QStringList titles;
    for (const desktop::TileButton *tile : content().dashboard()->tiles())
        titles << tile->text();
    return titles;
}

QString GuiFixture::pageText()
{
    return content().browser()->toPlainText();
}

QStringList GuiFixture::breadcrumbs()
{
    return content().navigationBar()->breadcrumbs()->titles();
}

QString GuiFixture::noticeText()
{
    return content().noticeBar()->text();
}

void GuiFixture::enableChat()
{
    auto region = store->region(u"augsburg"_s);
    REQUIRE(region);
    region->chatEnabled = true;
    region->chatPrivacyUrl = u"https://integreat.app/augsburg/de/datenschutz/"_s;
    store->saveRegions({*region});
    auto *presenter = mainWindow->findChild<desktop::SyncPresenter *>();
    REQUIRE(presenter);
    emit presenter->contentChanged(u"augsburg"_s);
}

store::LanguageContent GuiFixture::storedPages(const QString &language) const
{
    store::LanguageContent content;
    content.region = u"augsburg"_s;
    const auto region = store->region(u"augsburg"_s);
    REQUIRE(region);
    for (const model::Language &known : region->languages) {
        if (known.code == language)
            content.language = known;
    }
    content.pages = store->pages(u"augsburg"_s, language);
    return content;
}

QString GuiFixture::pathOf(const QString &title, const QString &language) const
{
    for (const model::Page &page : store->pages(u"augsburg"_s, language)) {
        if (page.title == title)
            return page.path;
    }
    FAIL("no page titled " << title.toStdString());
    return {};
}

QAction *GuiFixture::menuAction(const QString &text)
{
    // The main menu's entries and those of its submenus ("This page", "Text size").
    QList<QMenu *> menus{mainWindow->header()->menuButton()->menu()};
    while (!menus.isEmpty()) {
        for (QAction *action : menus.takeFirst()->actions()) {
            if (action->menu())
                menus << action->menu();
            else if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

int GuiFixture::search(const QString &text)
{
    desktop::SearchView *view = content().searchView();
    QSignalSpy shown(view, &desktop::SearchView::resultsShown);
    typeText(window().searchField(), text);
    REQUIRE(waitUntil([&] { return !view->isSearching() && shown.count() > 0; }));
    return view->resultCount();
}

} // namespace integreat::testing
