#include "desktop/counsel/sidebysidepane.h"

#include "core/store/store.h"
#include "desktop/common/offguithread.h"
#include "desktop/common/storeguard.h"
#include "desktop/common/theme.h"
#include "desktop/counsel/itemtranslation.h"
#include "desktop/counsel/scrollsync.h"
#include "desktop/events/eventpagedates.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/presentation/languages.h"
#include "desktop/presentation/pagelookup.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

SideBySidePane::SideBySidePane(const store::Store &store, const QUrl &server, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_label(new QLabel(tr("Second language:"), this))
    , m_languages(new QComboBox(this))
    , m_swap(new QToolButton(this))
    , m_bar(new QGridLayout)
    , m_notice(new QLabel(this))
    , m_download(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_browser(new ContentBrowser(this))
    , m_router(new LinkRouter(store, server, this))
    , m_sync(new ScrollSync(this))
{
    setObjectName(u"SideBySidePane"_s);
    m_languages->setAccessibleName(tr("Second language"));
    m_label->setBuddy(m_languages);
    // A long language name is shortened rather than pushing the swap button out of the pane.
    m_languages->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_languages->setMinimumContentsLength(8);
    m_swap->setText(tr("Swap sides"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_download->hide();
    m_progress->setRange(0, 0); // busy: a sync does not know its total in advance
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_browser->setServer(server);
    m_bar->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addLayout(m_bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_download, 0, Qt::AlignLeading);
    layout->addWidget(m_progress);
    layout->addWidget(m_browser, 1);
    layoutBar();
    connect(m_download, &QPushButton::clicked, this, [this] {
        m_download->hide();
        m_downloading = true;
        showDownloadProgress({});
        emit downloadRequested(m_item.region, m_offered);
    });
    connect(m_swap, &QToolButton::clicked, this, &SideBySidePane::swapRequested);
    connect(m_languages, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling || index < 0)
            return;
        const QString code = m_languages->itemData(index).toString();
        if (m_languages->itemData(index, NotDownloadedRole).toBool()) {
            offerDownload(code);
            return;
        }
        if (!m_downloading) { // back to a saved language: the offer goes
            m_offered.clear();
            m_download->hide();
            m_notice->hide();
        }
        setSecondLanguage(code);
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

void SideBySidePane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutBar();
}

void SideBySidePane::layoutBar()
{
    // One line where label, chooser and swap fit; large text in a narrow pane: the label above
    // chooser and swap, or each on its own line.
    const int spacing = std::max(0, m_bar->horizontalSpacing());
    const int controls =
        m_languages->minimumSizeHint().width() + m_swap->sizeHint().width() + spacing;
    const int available = contentsRect().width() - 4;
    const int rows = available >= m_label->sizeHint().width() + spacing + controls ? 1
                     : available >= controls                                       ? 2
                                                                                   : 3;
    if (rows == m_barRows)
        return;
    m_barRows = rows;
    for (QWidget *widget : {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_languages),
                            static_cast<QWidget *>(m_swap)})
        m_bar->removeWidget(widget);
    for (int column = 0; column < 3; ++column)
        m_bar->setColumnStretch(column, 0);
    if (rows == 1) {
        m_bar->addWidget(m_label, 0, 0);
        m_bar->addWidget(m_languages, 0, 1);
        m_bar->addWidget(m_swap, 0, 2);
        m_bar->setColumnStretch(1, 1);
    } else if (rows == 2) {
        m_bar->addWidget(m_label, 0, 0, 1, 2);
        m_bar->addWidget(m_languages, 1, 0);
        m_bar->addWidget(m_swap, 1, 1);
        m_bar->setColumnStretch(0, 1);
    } else {
        m_bar->addWidget(m_label, 0, 0);
        m_bar->addWidget(m_languages, 1, 0);
        m_bar->addWidget(m_swap, 2, 0, Qt::AlignLeading);
        m_bar->setColumnStretch(0, 1);
    }
}

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
    m_download->hide();
    m_progress->hide();
    m_downloading = false;
    m_offered.clear();
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
    if (!m_downloading)
        m_offered.clear(); // an offer not taken ends with the item
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
    const QStringList stored = PageLookup(m_store).storedLanguages(m_item.region);
    for (const QString &code : stored) {
        if (code == m_item.language)
            continue;
        m_languages->addItem(ContentLanguage::of(region, code).nativeName, code);
        if (code == m_second)
            m_languages->setCurrentIndex(m_languages->count() - 1);
    }
    // The town's other languages, to download for this side.
    for (const model::Language &language : region ? region->languages : QList<model::Language>()) {
        if (stored.contains(language.code) || language.code == m_item.language)
            continue;
        m_languages->addItem(
            tr("%1 (not downloaded)").arg(ContentLanguage::of(region, language.code).nativeName),
            language.code);
        m_languages->setItemData(m_languages->count() - 1, true, NotDownloadedRole);
        if (language.code == m_offered)
            m_languages->setCurrentIndex(m_languages->count() - 1);
    }
    // Nothing chosen yet (only one language saved): no language looks chosen.
    if (m_second.isEmpty() && m_offered.isEmpty())
        m_languages->setCurrentIndex(-1);
    m_filling = false;
}

void SideBySidePane::offerDownload(const QString &language)
{
    m_offered = language;
    const QString name = ContentLanguage::of(m_store.region(m_item.region), language).nativeName;
    m_progress->hide();
    showNotice(tr("%1 is not saved on this computer yet. Download it to show this beside the "
                  "page (this needs the internet).")
                   .arg(name));
    m_download->setText(tr("Download %1").arg(name));
    m_download->show();
}

void SideBySidePane::showDownloadProgress(const QString &text)
{
    // Only this pane's own download (another sync's progress says nothing here).
    if (!m_downloading || m_offered.isEmpty())
        return;
    const QString name = ContentLanguage::of(m_store.region(m_item.region), m_offered).nativeName;
    showNotice(text.isEmpty() ? tr("Downloading %1…").arg(name)
                              : tr("Downloading %1: %2").arg(name, text));
    m_progress->show();
}

void SideBySidePane::downloadFinished(const QString &region, const QString &language,
                                      const QString &error)
{
    if (m_offered.isEmpty() || language != m_offered || region != m_item.region)
        return;
    m_downloading = false;
    m_progress->hide();
    if (!error.isEmpty()) {
        const QString name = ContentLanguage::of(m_store.region(region), language).nativeName;
        showNotice(tr("%1 could not be downloaded: %2").arg(name, error));
        m_download->show(); // to try again
        return;
    }
    m_offered.clear();
    m_download->hide();
    m_second.clear(); // shown anew even when it was chosen before
    setSecondLanguage(language);
}

void SideBySidePane::expandDates(const Location &event)
{
    // The same dates as the Events section: worked out off the GUI thread, the newest only.
    const auto stored = m_store.event(event.region, event.language, event.path);
    if (!stored)
        return;
    const quint64 generation = ++m_datesGeneration;
    runOffGuiThread(
        this,
        [copy = *stored, now = QDateTime::currentDateTime()] {
            return EventPageDates::of(copy, now);
        },
        [this, generation, event](const EventPageDates &dates) {
            if (generation != m_datesGeneration || !(m_shown == event))
                return; // the user moved on
            m_dates = {dates.dates.constFirst(), dates.dates.mid(1)};
            readStore([&] {
                const int scroll = m_browser->verticalScrollBar()->value();
                const auto second =
                    ContentLanguage::of(m_store.region(event.region), event.language);
                m_browser->showDocument(PairHtml::of(m_store, event, m_resourceDir, m_dates),
                                        Theme::current().contentStyleSheet(), second);
                m_browser->verticalScrollBar()->setValue(scroll);
                m_sync->setPair(m_left, m_browser);
            });
        });
}

void SideBySidePane::render()
{
    m_notice->hide();
    m_download->hide();
    m_shown = {};
    m_dates = {};
    ++m_datesGeneration;
    m_browser->clear();
    m_sync->setPair(nullptr, nullptr);
    if (!m_item.isItem()) {
        // A list, the search, the dashboard: the pane waits for an item.
        QString text = tr("Open a page, an event, a place or a news item to see it here in a "
                          "second language.");
        if (m_item.kind == Location::Kind::Events && m_item.isValid() && !m_second.isEmpty())
            text += u" "_s + tr("“Print this week's events…” in the menu prints them in both "
                                "languages.");
        showNotice(text);
        return;
    }
    if (m_second.isEmpty()) {
        showNotice(tr("Only one language of this town is saved: choose a second language above "
                      "to download it."));
        return;
    }
    const auto region = m_store.region(m_item.region);
    const ContentLanguage second = ContentLanguage::of(region, m_second);
    const auto pair = ItemTranslation::in(m_store, m_item, m_second);
    const QString html = pair ? PairHtml::of(m_store, *pair, m_resourceDir) : QString();
    if (html.isEmpty()) {
        QStringList names;
        const auto available = ItemTranslation::available(m_store, m_item);
        for (auto it = available.cbegin(); it != available.cend(); ++it)
            names << ContentLanguage::of(region, it.key()).nativeName;
        m_notice->setText(
            pair ? tr("Side by side shows pages, events, places and news items; this is not one "
                      "of them.")
                 : tr("This does not exist in %1. It exists in: %2.")
                       .arg(second.nativeName,
                            names.isEmpty() ? tr("no other language") : names.join(u", "_s)));
        m_notice->show();
        return;
    }
    m_shown = *pair;
    m_browser->showDocument(html, Theme::current().contentStyleSheet(), second);
    m_sync->setPair(m_left, m_browser);
    if (pair->kind == Location::Kind::Event)
        expandDates(*pair);
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
