#include "desktop/search/searchview.h"

#include "core/store/search.h"
#include "desktop/accessibility/liveregion.h"
#include "desktop/common/theme.h"
#include "desktop/search/searchresultdelegate.h"
#include "desktop/search/searchrunner.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
constexpr int SideMargin = 32;
/// Kinds whose screens exist; others (events, places, news) join when theirs do.
const QStringList OpenableKinds{u"page"_s, u"event"_s, u"news"_s, u"place"_s};
} // namespace

SearchView::SearchView(SearchRunner &runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_corrected(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_delegate(new SearchResultDelegate(this))
{
    setObjectName(u"SearchView"_s);
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(SideMargin, 12, SideMargin, 0);
    layout->setSpacing(4);
    m_heading->setWordWrap(true);
    m_summary->setObjectName(u"MutedLabel"_s);
    m_summary->setWordWrap(true);
    m_corrected->setObjectName(u"SearchCorrected"_s);
    m_corrected->setWordWrap(true);
    m_corrected->hide();
    m_empty->setWordWrap(true);
    m_empty->setObjectName(u"SearchEmpty"_s);
    m_empty->hide();
    a11y::LiveRegion::install(m_summary);
    a11y::LiveRegion::install(m_empty);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_corrected);
    layout->addSpacing(12);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);

    m_list->setObjectName(u"SearchResults"_s);
    m_list->setAccessibleName(tr("Search results"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(0);
    m_list->viewport()->setAttribute(Qt::WA_Hover);
    m_list->viewport()->installEventFilter(this);
    const auto open = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        // Events and news open in their own sections; pages in the local information.
        const QString kind = index.data(HitKindRole).toString();
        if (kind == u"event"_s || kind == u"news"_s || kind == u"place"_s)
            emit itemActivated(kind, index.data(HitPathRole).toString());
        else
            emit resultActivated(index.data(SearchResultDelegate::LocationRole).value<Location>());
    };
    connect(m_list, &QListView::clicked, this, open);
    connect(m_list, &QListView::activated, this, open);
    connect(&m_runner, &SearchRunner::resultsReady, this, &SearchView::showResults);
}

void SearchView::showQuery(const Location &location, const ContentLanguage &language)
{
    const bool sameScope =
        m_location.region == location.region && m_location.language == location.language;
    m_location = location;
    m_language = language;
    m_heading->setFont(Theme::current().font(Theme::FontRole::Title));
    m_heading->setText(tr("Search: “%1”").arg(location.query.trimmed()));
    if (!sameScope)
        m_model->clear();
    m_searching = true;
    m_summary->setText(tr("Searching…"));
    m_runner.search(location.region, location.language, location.query);
}

void SearchView::clear()
{
    m_runner.cancel();
    m_model->clear();
    m_location = {};
    m_searching = false;
}

int SearchView::resultCount() const
{
    return m_model->rowCount();
}

QStringList SearchView::resultTitles() const
{
    QStringList titles;
    for (int row = 0; row < m_model->rowCount(); ++row)
        titles << m_model->item(row)->data(SearchResultDelegate::TitleRole).toString();
    return titles;
}

QString SearchView::summaryText() const
{
    return m_empty->isVisible() ? m_empty->text() : m_summary->text();
}

QString SearchView::correctedText() const
{
    return m_corrected->isVisibleTo(this) ? m_corrected->text() : QString();
}

void SearchView::focusResults()
{
    if (m_model->rowCount() == 0)
        return;
    m_list->setFocus(Qt::TabFocusReason);
    if (!m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void SearchView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LayoutDirectionChange)
        return;
    // Follow the mirrored layout, whatever the direction of the label's own text.
    const Qt::Alignment side =
        (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute;
    for (QLabel *label : {m_heading, m_summary, m_empty})
        label->setAlignment(side | Qt::AlignTop);
}

bool SearchView::eventFilter(QObject *watched, QEvent *event)
{
    // Result heights depend on the width their text wraps at: measure again when it changes.
    if (watched == m_list->viewport() && event->type() == QEvent::Resize) {
        const int width = m_list->viewport()->width();
        if (width != m_delegate->availableWidth()) {
            m_delegate->setAvailableWidth(width);
            m_list->doItemsLayout();
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString SearchView::kindLabel(const QString &kind) const
{
    if (kind == u"page"_s)
        return tr("Page");
    if (kind == u"event"_s)
        return tr("Event");
    if (kind == u"place"_s)
        return tr("Place");
    if (kind == u"news"_s)
        return tr("News");
    return {};
}

QString SearchView::snippetHtml(const store::SearchHit &hit) const
{
    const QString &text = hit.snippet;
    QString html;
    qsizetype at = 0;
    for (const auto &range : hit.highlights) {
        if (range.start < at || range.start + range.length > text.size())
            continue;
        html += text.mid(at, range.start - at).toHtmlEscaped();
        html += u"<span style=\"background-color:%1; color:%2;\">"_s.arg(
                    Theme::current().highlight.name(),
                    Theme::current().highContrast ? u"#000000"_s : Theme::current().text.name()) +
                text.mid(range.start, range.length).toHtmlEscaped() + u"</span>"_s;
        at = range.start + range.length;
    }
    html += text.mid(at).toHtmlEscaped();
    return html;
}

void SearchView::showResults(const QString &query, const QList<store::SearchHit> &hits,
                             const QString &error)
{
    if (query != m_location.query)
        return;
    m_searching = false;
    m_model->clear();
    const QString german = ContentLanguage::of(std::nullopt, u"de"_s).nativeName;
    for (const store::SearchHit &hit : hits) {
        if (!OpenableKinds.contains(hit.kind) || m_hiddenKinds.contains(hit.kind))
            continue;
        auto *item = new QStandardItem;
        item->setData(hit.title, SearchResultDelegate::TitleRole);
        item->setData(kindLabel(hit.kind), SearchResultDelegate::KindRole);
        item->setData(snippetHtml(hit), SearchResultDelegate::SnippetHtmlRole);
        QString note;
        if (hit.language != m_location.language)
            note = tr("Only in %1").arg(hit.language == u"de"_s ? german : hit.language);
        else if (!hit.snippetLanguage.isEmpty() && hit.snippetLanguage != hit.language)
            note = tr("Text excerpt in %1").arg(german);
        item->setData(note, SearchResultDelegate::NoteRole);
        const QString snippetLanguage =
            hit.snippetLanguage.isEmpty() ? hit.language : hit.snippetLanguage;
        item->setData(ContentLanguage::isRightToLeftCode(hit.language),
                      SearchResultDelegate::TitleRtlRole);
        item->setData(ContentLanguage::isRightToLeftCode(snippetLanguage),
                      SearchResultDelegate::SnippetRtlRole);
        item->setData(
            QVariant::fromValue(Location::page(m_location.region, hit.language, hit.path)),
            SearchResultDelegate::LocationRole);
        item->setData(hit.kind, HitKindRole);
        item->setData(hit.path, HitPathRole);
        item->setData(QString(hit.title + u", "_s + kindLabel(hit.kind) + u": "_s + hit.snippet),
                      Qt::AccessibleTextRole);
        m_model->appendRow(item);
    }
    const int count = m_model->rowCount();
    const bool germanContent = m_location.language == u"de"_s;
    const QString trimmed = query.trimmed();
    if (!error.isEmpty()) {
        m_empty->setText(tr("The search did not work: %1").arg(error));
    } else if (count == 0) {
        m_empty->setText(
            germanContent
                ? tr("Nothing found for “%1”.\nTry other or fewer words.").arg(trimmed)
                : tr("Nothing found in %1 or in German for “%2”.\nTry other or fewer words, "
                     "or a German word you know from a letter.")
                      .arg(m_language.nativeName, trimmed));
    }
    m_empty->setVisible(count == 0);
    m_list->setVisible(count > 0);
    if (germanContent)
        m_summary->setText(count >= store::Search::MaxResults
                               ? tr("%n or more results", nullptr, count)
                           : count == 1 ? tr("1 result")
                                        : tr("%n results", nullptr, count));
    else
        m_summary->setText((count >= store::Search::MaxResults
                                ? tr("%n or more results in %1 and German", nullptr, count)
                            : count == 1 ? tr("1 result in %1 and German")
                                         : tr("%n results in %1 and German", nullptr, count))
                               .arg(m_language.nativeName));
    m_summary->setVisible(count > 0);
    const QString corrected = hits.isEmpty() ? QString() : hits.constFirst().correctedQuery;
    m_corrected->setText(tr("Results for “%1”").arg(corrected));
    m_corrected->setVisible(count > 0 && !corrected.isEmpty());
    // Screen readers hear the count (or that nothing was found) without moving the focus.
    a11y::LiveRegion::announce(count > 0 ? m_summary : m_empty,
                               count > 0 ? m_summary->text() : m_empty->text());
    emit resultsShown(count);
}

} // namespace integreat::desktop
