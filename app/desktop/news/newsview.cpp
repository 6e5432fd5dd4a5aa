#include "desktop/news/newsview.h"

#include "core/store/store.h"
#include "desktop/common/activatinglistview.h"
#include "desktop/common/theme.h"
#include "desktop/events/eventitemdelegate.h"
#include "desktop/news/newshtml.h"
#include "desktop/news/newslistmodel.h"
#include "desktop/news/newsreadstate.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/pages/noticebar.h"
#include "desktop/presentation/datetext.h"
#include "desktop/presentation/languages.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

static_assert(NewsView::IdRole == NewsListModel::IdRole);

NewsView::NewsView(const store::Store &store, NewsReadState &readState, const QUrl &server,
                   QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_readState(readState)
    , m_clock(events::systemClock())
    , m_stack(new QStackedWidget(this))
    , m_listPage(new QWidget(this))
    , m_filterRow(new QWidget(m_listPage))
    , m_filterGroup(new QButtonGroup(this))
    , m_model(new NewsListModel(this))
    , m_list(new ActivatingListView(m_listPage))
    , m_page(new QWidget(this))
    , m_back(new QPushButton(tr("All news"), m_page))
    , m_browser(new ContentBrowser(m_page))
    , m_notice(new NoticeBar(this))
    , m_router(new LinkRouter(store, server, this))
{
    setObjectName(u"NewsView"_s);
    m_browser->setServer(server);

    auto *filters = new QHBoxLayout(m_filterRow);
    filters->setContentsMargins(12, 8, 12, 0);
    const QList<QPair<Filter, QString>> choices{
        {Filter::All, tr("All")}, {Filter::Local, tr("Local")}, {Filter::External, tr("External")}};
    for (const auto &[filter, label] : choices) {
        auto *button = new QToolButton(m_filterRow);
        button->setText(label);
        button->setCheckable(true);
        button->setChecked(filter == Filter::All);
        m_filterGroup->addButton(button, int(filter));
        filters->addWidget(button);
    }
    filters->addStretch(1);
    m_filterRow->setObjectName(u"NewsFilter"_s); // styled like the section tabs
    connect(m_filterGroup, &QButtonGroup::idClicked, this,
            [this](int id) { m_notice->readStore([&] { setFilter(Filter(id)); }); });

    m_list->setObjectName(u"NewsList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new EventItemDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("News"));
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterRow);
    listLayout->addWidget(m_list, 1);
    m_empty = new QLabel(m_listPage);
    m_empty->setObjectName(u"EmptyState"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setContentsMargins(24, 24, 24, 24);
    m_empty->hide();
    listLayout->addWidget(m_empty, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(12, 8, 12, 8);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    auto *pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(buttons);
    pageLayout->addWidget(m_browser, 1);

    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_page);
    // What a screen reader says when the focus enters the stack (a "layered pane").
    const auto nameStack = [this] {
        m_stack->setAccessibleName(m_stack->currentWidget() == m_page ? tr("News item")
                                                                      : tr("All news"));
    };
    connect(m_stack, &QStackedWidget::currentChanged, this, nameStack);
    nameStack();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    auto activate = [this](const QModelIndex &index) {
        const QString id = m_model->idAt(index.row());
        if (index.isValid() && !id.isEmpty())
            m_notice->readStore([&] { openNews(id); });
    };
    connect(m_list, &QListView::activated, this, activate);
    connect(m_list, &QListView::clicked, this, activate);
    connect(m_back, &QPushButton::clicked, this, &NewsView::showList);
    connect(m_browser, &ContentBrowser::linkActivated, this, [this](const QUrl &url) {
        m_router->activate(url, Location::dashboard(m_region, m_language));
    });
    connect(m_router, &LinkRouter::navigate, this, &NewsView::navigate);
    connect(m_router, &LinkRouter::notice, m_notice, &NoticeBar::showNotice);
    connect(m_router, &LinkRouter::downloadRequested, this, &NewsView::downloadRequested);
}

void NewsView::setResourceDir(const QString &dir)
{
    m_browser->setResourceDir(dir);
    m_router->setResourceDir(dir);
}

void NewsView::setClock(events::Clock clock)
{
    m_clock = std::move(clock);
}

void NewsView::showRegion(const QString &region, const QString &language)
{
    const bool changed = region != m_region || language != m_language;
    m_region = region;
    m_language = language;
    if (changed && m_shown) {
        const QString translated = m_shown->availableLanguages.value(language);
        if (translated.isEmpty() || !openNews(translated))
            showList();
    }
    refresh();
}

void NewsView::refresh()
{
    if (m_shown && !openNews(m_shown->id)) // opening reloads the list
        showList();
    if (!m_shown)
        reloadList();
}

int NewsView::newCount(const QString &region, const QString &language) const
{
    return m_readState.countNew(region, language, m_store.news(region, language), m_clock());
}

bool NewsView::filterVisible() const
{
    return !m_filterRow->isHidden();
}

void NewsView::setFilter(Filter filter)
{
    m_filter = filter;
    if (QAbstractButton *button = m_filterGroup->button(int(filter)))
        button->setChecked(true);
    reloadList();
}

void NewsView::reloadList()
{
    if (m_region.isEmpty())
        return;
    const QList<model::NewsItem> all = m_store.news(m_region, m_language); // newest first
    bool hasLocal = false;
    bool hasExternal = false;
    for (const model::NewsItem &item : all)
        (NewsListModel::isLocal(item) ? hasLocal : hasExternal) = true;
    m_filterRow->setVisible(hasLocal && hasExternal);
    const Filter filter = hasLocal && hasExternal ? m_filter : Filter::All;

    const QDateTime now = m_clock();
    const ContentLanguage language = ContentLanguage::of(m_store.region(m_region), m_language);
    QList<model::NewsItem> shown;
    QList<bool> isNew;
    shown.reserve(all.size());
    isNew.reserve(all.size());
    for (const model::NewsItem &item : all) {
        const bool local = NewsListModel::isLocal(item);
        if ((filter == Filter::Local && !local) || (filter == Filter::External && local))
            continue;
        shown.append(item);
        // The settings are read only for the items young enough to be new.
        isNew.append(NewsReadState::isNew(item, false, now) &&
                     !m_readState.isOpened(m_region, m_language, item.id));
    }
    m_list->setLayoutDirection(language.direction());
    m_model->setNews(shown, isNew, QLocale());
    const bool none = shown.isEmpty();
    m_list->setVisible(!none);
    m_empty->setVisible(none);
    m_empty->setText(all.isEmpty()
                         ? tr("There are no news in this language yet. New local news of the "
                              "town appear here after the next update.")
                         : tr("No news of this kind. Choose “All” to see every news item."));
    emit newCountChanged(m_readState.countNew(m_region, m_language, all, now));
}

QStringList NewsView::titles() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out << m_model->titleAt(row);
    return out;
}

bool NewsView::openNews(const QString &id)
{
    std::optional<model::NewsItem> found;
    for (const model::NewsItem &item : m_store.news(m_region, m_language)) {
        if (item.id == id)
            found = item;
    }
    if (!found)
        return false;
    m_shown = found;
    m_readState.markOpened(m_region, m_language, id);
    m_notice->clearNotice();
    const ContentLanguage language = ContentLanguage::of(m_store.region(m_region), m_language);
    m_browser->showDocument(
        NewsHtml::page(*found, QLocale(), Theme::current().highContrast, language.rightToLeft),
        Theme::current().contentStyleSheet(), language);
    m_browser->setAccessibleName(found->title); // the text named by its news item
    m_stack->setCurrentWidget(m_page);
    reloadList(); // the item is no longer new
    emit titleChanged();
    return true;
}

void NewsView::showList()
{
    m_shown.reset();
    m_notice->clearNotice();
    m_stack->setCurrentWidget(m_listPage);
    emit titleChanged();
}

} // namespace integreat::desktop
