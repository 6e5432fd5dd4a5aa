#include "desktop/counsel/sidebysidepane.h"

#include "core/store/store.h"
#include "desktop/common/storeguard.h"
#include "desktop/common/theme.h"
#include "desktop/counsel/itemtranslation.h"
#include "desktop/counsel/scrollsync.h"
#include "desktop/news/newshtml.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/pages/pagehtml.h"
#include "desktop/places/placedetailhtml.h"
#include "desktop/presentation/languages.h"
#include "desktop/presentation/pagelookup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

SideBySidePane::SideBySidePane(const store::Store &store, const QUrl &server, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_languages(new QComboBox(this))
    , m_swap(new QToolButton(this))
    , m_notice(new QLabel(this))
    , m_browser(new ContentBrowser(this))
    , m_router(new LinkRouter(store, server, this))
    , m_sync(new ScrollSync(this))
{
    setObjectName(u"SideBySidePane"_s);
    m_languages->setAccessibleName(tr("Second language"));
    m_swap->setText(tr("Swap sides"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_browser->setServer(server);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Second language:"), this));
    bar->addWidget(m_languages, 1);
    bar->addWidget(m_swap);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_browser, 1);
    connect(m_swap, &QToolButton::clicked, this, &SideBySidePane::swapRequested);
    connect(m_languages, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling && index >= 0)
            setSecondLanguage(m_languages->itemData(index).toString());
    });
    connect(m_browser, &ContentBrowser::linkActivated, this,
            [this](const QUrl &url) { m_router->activate(url, m_shown); });
    connect(m_router, &LinkRouter::navigate, this, &SideBySidePane::followLink);
    connect(m_router, &LinkRouter::notice, this, [this](const QString &text) { showNotice(text); });
}

void SideBySidePane::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->show();
}

void SideBySidePane::readStore(const std::function<void()> &read)
{
    StoreGuard::run(read, [this](const QString &text) { showNotice(text); });
}

SideBySidePane::~SideBySidePane() = default;

void SideBySidePane::setResourceDir(const QString &dir)
{
    m_resourceDir = dir;
    m_browser->setResourceDir(dir);
    m_router->setResourceDir(dir);
}

QString SideBySidePane::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void SideBySidePane::clear()
{
    m_item = {};
    m_shown = {};
    m_second.clear();
    m_left = nullptr;
    m_sync->setPair(nullptr, nullptr);
    m_browser->clear();
    m_notice->hide();
}

void SideBySidePane::setSecondLanguage(const QString &language)
{
    if (language == m_second)
        return;
    m_second = language;
    emit secondLanguageChanged(language);
    readStore([this] {
        fillLanguages();
        render();
    });
}

void SideBySidePane::showPair(const Location &item, ContentBrowser *left)
{
    readStore([&] { pairUp(item, left); });
}

void SideBySidePane::pairUp(const Location &item, ContentBrowser *left)
{
    const QString previousLeft = m_item.language;
    m_item = item;
    m_left = left;
    const QStringList stored = PageLookup(m_store).storedLanguages(item.region);
    if (m_second == item.language || !stored.contains(m_second)) {
        // Swapped, or a town without the language: the other side's language, else German,
        // else the first saved one.
        QString second;
        for (const QString &candidate : {previousLeft, u"de"_s}) {
            if (second.isEmpty() && candidate != item.language && stored.contains(candidate))
                second = candidate;
        }
        for (const QString &code : stored) {
            if (second.isEmpty() && code != item.language)
                second = code;
        }
        if (second != m_second) {
            m_second = second;
            emit secondLanguageChanged(second);
        }
    }
    fillLanguages();
    render();
}

void SideBySidePane::fillLanguages()
{
    m_filling = true;
    m_languages->clear();
    const auto region = m_store.region(m_item.region);
    for (const QString &code : PageLookup(m_store).storedLanguages(m_item.region)) {
        if (code == m_item.language)
            continue;
        m_languages->addItem(ContentLanguage::of(region, code).nativeName, code);
        if (code == m_second)
            m_languages->setCurrentIndex(m_languages->count() - 1);
    }
    m_filling = false;
}

QString SideBySidePane::htmlOf(const Location &route) const
{
    const bool highContrast = Theme::current().highContrast;
    const bool rightToLeft =
        ContentLanguage::of(m_store.region(route.region), route.language).rightToLeft;
    switch (route.kind) {
    case Location::Kind::Page:
        if (const auto page = m_store.page(route.region, route.language, route.path)) {
            QList<PageHtml::Child> children;
            for (const model::Page &child :
                 m_store.childPages(route.region, route.language, page->path))
                children.append(
                    {child, m_store.childPages(route.region, route.language, child.path)});
            return PageHtml::page(*page, children, {m_resourceDir, QLocale(), highContrast});
        }
        break;
    case Location::Kind::Place:
        if (const auto place = m_store.place(route.region, route.language, route.path)) {
            PlaceDetailHtml::Options options;
            options.now = QDateTime::currentDateTime();
            options.zone = QTimeZone::systemTimeZone();
            options.highContrast = highContrast;
            options.rightToLeft = rightToLeft;
            return PlaceDetailHtml::detail(*place, {}, options);
        }
        break;
    case Location::Kind::NewsItem:
        for (const model::NewsItem &news : m_store.news(route.region, route.language)) {
            if (news.id == route.path)
                return NewsHtml::page(news, QLocale(), highContrast, rightToLeft);
        }
        break;
    default:
        break;
    }
    return {};
}

void SideBySidePane::render()
{
    m_notice->hide();
    m_shown = {};
    m_browser->clear();
    m_sync->setPair(nullptr, nullptr);
    if (!m_item.isValid() || m_second.isEmpty())
        return;
    const auto region = m_store.region(m_item.region);
    const ContentLanguage second = ContentLanguage::of(region, m_second);
    const auto pair = ItemTranslation::in(m_store, m_item, m_second);
    const QString html = pair ? htmlOf(*pair) : QString();
    if (html.isEmpty()) {
        QStringList names;
        const auto available = ItemTranslation::available(m_store, m_item);
        for (auto it = available.cbegin(); it != available.cend(); ++it)
            names << ContentLanguage::of(region, it.key()).nativeName;
        m_notice->setText(
            pair ? tr("Side by side shows pages, places and news items; this is not one of them.")
                 : tr("This does not exist in %1. It exists in: %2.")
                       .arg(second.nativeName,
                            names.isEmpty() ? tr("no other language") : names.join(u", "_s)));
        m_notice->show();
        return;
    }
    m_shown = *pair;
    m_browser->showDocument(html, Theme::current().contentStyleSheet(), second);
    m_sync->setPair(m_left, m_browser);
}

void SideBySidePane::followLink(const Location &route)
{
    // The pair of the link's target: its left-side language where it exists, else as it is.
    if (const auto left = ItemTranslation::in(m_store, route, m_item.language))
        emit openRequested(*left);
    else if (!route.isItem())
        emit openRequested(route.inLanguage(m_item.language));
    else
        emit openRequested(route); // only in this language: the sides swap
}

} // namespace integreat::desktop
