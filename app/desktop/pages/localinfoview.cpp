#include "desktop/pages/localinfoview.h"

#include "core/store/store.h"
#include "desktop/common/theme.h"
#include "desktop/pages/breadcrumbbar.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/dashboardview.h"
#include "desktop/pages/feedbackbox.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/pages/navigationbar.h"
#include "desktop/pages/navigator.h"
#include "desktop/pages/pagehtml.h"
#include "desktop/pages/tileimage.h"
#include "desktop/presentation/pagelookup.h"
#include "desktop/search/searchview.h"

#include <QGuiApplication>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

LocalInfoView::LocalInfoView(store::Store &store, Navigator &navigator, SearchRunner &search,
                             const QUrl &server, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_navigator(navigator)
    , m_navigationBar(new NavigationBar(this))
    , m_notice(new NoticeBar(this))
    , m_stack(new QStackedWidget(this))
    , m_dashboard(new DashboardView(m_stack))
    , m_browser(new ContentBrowser(m_stack))
    , m_search(new SearchView(search, m_stack))
    , m_feedback(new FeedbackBox(this))
    , m_router(new LinkRouter(store, server, this))
{
    setObjectName(u"ContentArea"_s);
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigationBar);
    auto *noticeRow = new QVBoxLayout;
    noticeRow->setContentsMargins(24, 4, 24, 4);
    noticeRow->addWidget(m_notice);
    layout->addLayout(noticeRow);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_feedback);
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_browser);
    m_stack->addWidget(m_search);
    m_browser->setAccessibleName(tr("Page content"));
    m_browser->setServer(server);
    m_browser->setTileImageProvider([this](const QString &path) { return tileImage(path); });

    connect(&m_navigator, &Navigator::historyChanged, this, [this] {
        m_navigationBar->setHistoryState(m_navigator.canGoBack(), m_navigator.canGoForward());
    });
    connect(m_navigationBar, &NavigationBar::backRequested, &m_navigator, &Navigator::back);
    connect(m_navigationBar, &NavigationBar::forwardRequested, &m_navigator, &Navigator::forward);
    connect(m_navigationBar->breadcrumbs(), &BreadcrumbBar::crumbActivated, &m_navigator,
            &Navigator::open);

    connect(m_dashboard, &DashboardView::pageActivated, this, [this](const QString &path) {
        const Location current = m_shown;
        m_navigator.open(Location::page(current.region, current.language, path));
    });
    connect(m_browser, &ContentBrowser::linkActivated, this,
            [this](const QUrl &url) { activateLink(url); });
    connect(m_search, &SearchView::resultActivated, &m_navigator, &Navigator::open);
    connect(m_router, &LinkRouter::navigate, &m_navigator, &Navigator::open);
    connect(m_router, &LinkRouter::notice, this, &LocalInfoView::showNotice);
    connect(m_router, &LinkRouter::downloadRequested, this, &LocalInfoView::downloadRequested);

    // Remember where each history entry was scrolled to.
    for (QScrollBar *bar : {m_browser->verticalScrollBar(), m_dashboard->verticalScrollBar()}) {
        connect(bar, &QScrollBar::valueChanged, this, [this](int value) {
            if (!m_rendering && m_navigator.current() == m_shown)
                m_navigator.setCurrentScroll(value);
        });
    }
}

void LocalInfoView::setResourceDir(const QString &dir)
{
    m_resourceDir = dir;
    m_browser->setResourceDir(dir);
    m_dashboard->setResourceDir(dir);
    m_router->setResourceDir(dir);
}

QWidget *LocalInfoView::currentView() const
{
    return m_stack->currentWidget();
}

void LocalInfoView::show(const Location &location)
{
    m_shown = location;
    render(location);
}

void LocalInfoView::refresh()
{
    if (m_shown.isValid())
        render(m_shown);
}

void LocalInfoView::showNotice(const QString &text, const QList<NoticeBar::Action> &actions)
{
    m_notice->showNotice(text, actions);
}

void LocalInfoView::setTitle(const QString &title)
{
    if (m_title == title)
        return;
    m_title = title;
    emit titleChanged(title);
}

void LocalInfoView::activateLink(const QUrl &url)
{
    if (url.scheme() != QString::fromUtf16(PageHtml::OfferScheme)) {
        m_router->activate(url, m_shown);
        return;
    }
    bool ok = false;
    const int index = url.path().toInt(&ok);
    if (ok && index >= 0 && index < m_offers.size())
        m_router->openOffer(m_offers.at(index), m_shown);
}

QString LocalInfoView::regionName(const QString &region) const
{
    const auto known = m_store.region(region);
    return known ? known->name : region;
}

void LocalInfoView::render(const Location &location)
{
    m_notice->clearNotice();
    m_offers.clear();
    const ContentLanguage language =
        ContentLanguage::of(m_store.region(location.region), location.language);
    // One direction for the whole page: the content language's.
    setLayoutDirection(language.direction());
    // What screen readers say when the focus enters the stack (a "layered pane").
    switch (location.kind) {
    case Location::Kind::Dashboard:
        m_stack->setAccessibleName(tr("Start page of the town"));
        break;
    case Location::Kind::Search:
        m_stack->setAccessibleName(tr("Search results"));
        break;
    default:
        m_stack->setAccessibleName(tr("Page"));
        break;
    }
    // A StoreError goes on to the window's StoreGuard (one notice for every section).
    const QScopedValueRollback<bool> rendering(m_rendering, true);
    switch (location.kind) {
    case Location::Kind::Dashboard:
        renderDashboard(location, language);
        break;
    case Location::Kind::Page:
        renderPage(location, language);
        break;
    case Location::Kind::Imprint:
        renderImprint(location, language);
        break;
    case Location::Kind::Search:
        renderSearch(location, language);
        break;
    default: // the other sections' routes
        break;
    }
    if (location.kind != Location::Kind::Page && location.kind != Location::Kind::Imprint)
        m_feedback->clearTarget();
}

void LocalInfoView::renderDashboard(const Location &location, const ContentLanguage &language)
{
    Q_UNUSED(language);
    const QList<model::Page> pages = m_store.childPages(location.region, location.language, {});
    m_dashboard->setPages(tr("Local information"), {}, pages);
    m_navigationBar->breadcrumbs()->setCrumbs({});
    m_stack->setCurrentWidget(m_dashboard);
    m_dashboard->verticalScrollBar()->setValue(m_navigator.currentScroll());
    setTitle(tr("Local information"));
}

void LocalInfoView::renderPage(const Location &location, const ContentLanguage &language)
{
    const PageLookup lookup(m_store);
    const auto page = lookup.find(location.region, location.language, location.path);
    if (!page) {
        renderMissing(location, tr("This page is not on this computer"),
                      tr("It may have been moved or removed by the last update."), language);
        return;
    }
    QList<PageHtml::Child> children;
    m_tilePages.clear();
    const QList<model::Page> direct =
        m_store.childPages(location.region, location.language, page->path);
    for (const model::Page &child : direct) {
        children.append(
            {child, m_store.childPages(location.region, location.language, child.path)});
        m_tilePages.insert(child.path, child);
    }
    const PageHtml::Options options{m_resourceDir, m_uiLocale, Theme::current().highContrast};
    const int scroll = m_navigator.currentScroll();
    m_offers = page->offers;
    showInBrowser(PageHtml::page(*page, children, options), language, scroll);
    model::Feedback target;
    target.key = {location.region, location.language};
    target.slug = model::Feedback::slugOfPath(page->path);
    m_feedback->setTarget(target);

    QList<BreadcrumbBar::Crumb> crumbs{
        {tr("Local information"), Location::dashboard(location.region, location.language)}};
    for (const model::Page &ancestor : lookup.ancestors(location.region, location.language, *page))
        crumbs.append(
            {ancestor.title, Location::page(location.region, location.language, ancestor.path)});
    crumbs.append({page->title, location});
    m_navigationBar->breadcrumbs()->setCrumbs(crumbs);
    setTitle(page->title);
}

void LocalInfoView::renderImprint(const Location &location, const ContentLanguage &language)
{
    const auto imprint = m_store.imprint(location.region, location.language);
    if (!imprint) {
        renderMissing(location, tr("Imprint"),
                      tr("There is no imprint in this language on this computer."), language);
        // Offer the languages it exists in.
        QList<NoticeBar::Action> actions;
        for (const QString &code : PageLookup(m_store).storedLanguages(location.region)) {
            if (code == location.language || !m_store.imprint(location.region, code))
                continue;
            const ContentLanguage other =
                ContentLanguage::of(m_store.region(location.region), code);
            actions.append({other.nativeName, [this, location, code] {
                                m_navigator.open(Location::imprint(location.region, code));
                            }});
        }
        if (!actions.isEmpty())
            m_notice->showNotice(tr("The imprint is available in:"), actions);
        return;
    }
    m_tilePages.clear();
    const PageHtml::Options options{m_resourceDir, m_uiLocale, Theme::current().highContrast};
    showInBrowser(PageHtml::imprint(*imprint, options), language, m_navigator.currentScroll());
    model::Feedback target;
    target.key = {location.region, location.language};
    target.kind = model::Feedback::Kind::Imprint;
    m_feedback->setTarget(target);
    m_navigationBar->breadcrumbs()->setCrumbs(
        {{tr("Local information"), Location::dashboard(location.region, location.language)},
         {tr("Imprint"), location}});
    setTitle(tr("Imprint"));
}

void LocalInfoView::renderSearch(const Location &location, const ContentLanguage &language)
{
    m_search->showQuery(location, language);
    m_navigationBar->breadcrumbs()->setCrumbs(
        {{tr("Local information"), Location::dashboard(location.region, location.language)},
         {tr("Search"), location}});
    m_stack->setCurrentWidget(m_search);
    setTitle(tr("Search: “%1”").arg(location.query.trimmed()));
}

void LocalInfoView::renderMissing(const Location &location, const QString &title,
                                  const QString &text, const ContentLanguage &language)
{
    m_tilePages.clear();
    const QString html =
        u"<html><body><h1>"_s + title.toHtmlEscaped() + u"</h1><p>"_s + text.toHtmlEscaped() +
        u"</p><p><a href=\""_s +
        PageHtml::navHref(u'/' + location.region + u'/' + location.language + u'/') + u"\">"_s +
        tr("Go to the start page").toHtmlEscaped() + u"</a></p></body></html>"_s;
    // The message is in the UI language: lay it out in the UI's direction.
    ContentLanguage ui = language;
    ui.rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    showInBrowser(html, ui, 0);
    m_feedback->clearTarget(); // nothing here to rate
    m_navigationBar->breadcrumbs()->setCrumbs(
        {{tr("Local information"), Location::dashboard(location.region, location.language)},
         {title, location}});
    setTitle(title);
}

void LocalInfoView::showInBrowser(const QString &html, const ContentLanguage &language, int scroll)
{
    m_browser->showDocument(html, Theme::current().contentStyleSheet(), language);
    m_stack->setCurrentWidget(m_browser);
    m_browser->document()->size(); // lays the document out so the scroll range is known
    m_browser->verticalScrollBar()->setValue(scroll);
}

QImage LocalInfoView::tileImage(const QString &path) const
{
    const auto found = m_tilePages.constFind(path);
    if (found == m_tilePages.constEnd())
        return {};
    return TileImage::make(found->title, found->thumbnail, found->path, m_resourceDir, 40, 2.0);
}

void LocalInfoView::switchLanguage(const QString &language)
{
    const Location current = m_shown;
    if (!current.isValid() || current.language == language)
        return;
    const auto region = m_store.region(current.region);
    const ContentLanguage target = ContentLanguage::of(region, language);
    const PageLookup lookup(m_store);
    if (current.kind != Location::Kind::Page) {
        m_navigator.open(current.inLanguage(language));
        return;
    }
    const auto page = lookup.find(current.region, current.language, current.path);
    if (page) {
        const QString translated = page->availableLanguages.value(language);
        if (!translated.isEmpty()) {
            if (const auto other = lookup.find(current.region, language, translated)) {
                m_navigator.open(Location::page(current.region, language, other->path));
                return;
            }
        }
    }
    // Not there: say so and offer the languages the page exists in (and are saved here).
    QList<NoticeBar::Action> actions;
    if (page) {
        for (const QString &code : lookup.storedLanguages(current.region)) {
            const QString path = page->availableLanguages.value(code);
            if (code == current.language || path.isEmpty())
                continue;
            const auto other = lookup.find(current.region, code, path);
            if (!other)
                continue;
            const ContentLanguage lang = ContentLanguage::of(region, code);
            const Location there = Location::page(current.region, code, other->path);
            actions.append({lang.nativeName, [this, there] {
                                m_navigator.open(there);
                            }});
        }
    }
    actions.append({tr("Start page in %1").arg(target.nativeName), [this, current, language] {
                        m_navigator.open(Location::dashboard(current.region, language));
                    }});
    const QString title = page ? page->title : QString();
    showNotice(
        actions.size() > 1
            ? tr("“%1” is not available in %2. It is available in:").arg(title, target.nativeName)
            : tr("“%1” is not available in %2.").arg(title, target.nativeName),
        actions);
}

} // namespace integreat::desktop
