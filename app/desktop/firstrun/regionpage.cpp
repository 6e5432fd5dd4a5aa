#include "desktop/firstrun/regionpage.h"

#include "core/content/regionfilter.h"
#include "desktop/common/icons.h"
#include "desktop/common/theme.h"
#include "desktop/firstrun/regionlist.h"

#include <QGeoPositionInfoSource>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
constexpr int PositionTimeoutMs = 30000; // like the official app
enum State
{
    Loading,
    List,
    Failed
};
} // namespace

RegionPage::RegionPage(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_list(new RegionList(this))
    , m_states(new QStackedWidget(this))
    , m_failedScroll(new QScrollArea(this))
    , m_busy(new QProgressBar(this))
    , m_errorText(new QLabel(this))
    , m_errorDetail(new QLabel(this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_demo(new QPushButton(tr("Try the demo town"), this))
{
    const Theme &theme = Theme::current();
    auto *title = m_title = new QLabel(tr("Where do you live?"), this);
    title->setFont(theme.font(Theme::FontRole::Title));
    title->setWordWrap(true);
    auto *intro = m_intro =
        new QLabel(tr("Choose your town or district. Its local information is then "
                      "downloaded so that you can read it without internet."),
                   this);
    intro->setWordWrap(true);

    m_search->setPlaceholderText(tr("Search, e.g. Landkreis München"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search for a region"));
    m_search->installEventFilter(this);
    m_count->setWordWrap(true);
    m_count->setAccessibleName(tr("Number of regions found"));
    m_count->setStyleSheet(u"color: %1"_s.arg(theme.textMuted.name()));

    // Loading
    auto *loading = new QWidget(this);
    auto *loadingLayout = new QVBoxLayout(loading);
    auto *loadingText = new QLabel(tr("Loading the list of regions…"), loading);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Loading the list of regions"));
    loadingLayout->addStretch();
    loadingLayout->addWidget(loadingText, 0, Qt::AlignHCenter);
    loadingLayout->addWidget(m_busy);
    loadingLayout->addStretch();

    // Failed
    auto *failed = new QWidget(this);
    auto *failedLayout = new QVBoxLayout(failed);
    m_errorText->setWordWrap(true);
    m_errorText->setFont(theme.font(Theme::FontRole::Heading));
    m_errorDetail->setWordWrap(true);
    m_errorDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorDetail->setStyleSheet(u"color: %1"_s.arg(theme.textMuted.name()));
    auto *demoText = new QLabel(tr("Meanwhile you can look around in Musterstadt, a made-up demo "
                                   "town that comes with the app (in German, English and Arabic)."),
                                failed);
    demoText->setWordWrap(true);
    m_retry->setAutoDefault(false);
    m_demo->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_demo);
    buttons->addStretch();
    auto *offlineIcon = new QLabel(failed);
    offlineIcon->setPixmap(Icons::icon(u"offline"_s, theme.textMuted).pixmap(48, 48));
    offlineIcon->setAccessibleName(tr("No connection"));
    failedLayout->addSpacing(8);
    failedLayout->addWidget(offlineIcon);
    failedLayout->addWidget(m_errorText);
    failedLayout->addWidget(m_errorDetail);
    failedLayout->addSpacing(12);
    failedLayout->addWidget(demoText);
    failedLayout->addLayout(buttons);
    failedLayout->addStretch();

    // The notice scrolls where the window is too low for it (200 % text on 800×600, a longer
    // language): squeezed, its wrapped lines were drawn over each other.
    m_failedScroll->setObjectName(u"RegionListFailed"_s);
    m_failedScroll->setWidget(failed);
    m_failedScroll->setWidgetResizable(true);
    m_failedScroll->setFrameShape(QFrame::NoFrame);
    m_failedScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_states->addWidget(loading);
    m_states->addWidget(m_list);
    m_states->addWidget(m_failedScroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_search);
    layout->addWidget(m_count);
    layout->addWidget(m_states, 1);

    connect(m_search, &QLineEdit::textChanged, this, &RegionPage::refresh);
    connect(m_list, &RegionList::regionActivated, this, &RegionPage::regionActivated);
    connect(m_list, &RegionList::leftAtTop, this, &RegionPage::focusSearch);
    connect(m_list, &RegionList::currentRegionChanged, this, &RegionPage::selectionChanged);
    connect(m_retry, &QPushButton::clicked, this, &RegionPage::retryRequested);
    connect(m_demo, &QPushButton::clicked, this, &RegionPage::demoRequested);
    setLoading();
}

RegionPage::~RegionPage() = default;

void RegionPage::setLoading()
{
    m_states->setCurrentIndex(Loading);
    m_search->setEnabled(false);
    m_search->show();
    m_count->clear();
    m_count->show();
}

bool RegionPage::isListShown() const
{
    return m_states->currentIndex() == List;
}

void RegionPage::setRegions(const QList<model::Region> &regions)
{
    m_regions = regions;
    m_list->setRegions(m_regions);
    m_nearby = m_here ? content::nearbyRegions(m_regions, m_here->latitude, m_here->longitude)
                      : QList<model::Region>();
    m_states->setCurrentIndex(List);
    m_search->setEnabled(true);
    m_search->show();
    m_count->show();
    refresh();
    focusSearch();
}

void RegionPage::setFailed(const QString &detail, bool canRetry)
{
    m_states->setCurrentIndex(Failed);
    m_search->setEnabled(false);
    m_search->hide();
    m_count->hide(); // no line kept free above the notice
    m_errorText->setText(canRetry ? tr("The Integreat server cannot be reached right now, so the "
                                       "list of regions is not available. Please check your "
                                       "internet connection and try again.")
                                  : tr("The app is in offline mode, so the list of regions "
                                       "cannot be loaded."));
    m_errorDetail->setText(detail);
    m_errorDetail->setVisible(!detail.isEmpty());
    m_retry->setVisible(canRetry);
    (canRetry ? m_retry : m_demo)->setFocus();
}

int RegionPage::missingHeight() const
{
    if (m_states->currentWidget() != m_failedScroll)
        return 0;
    const QWidget *viewport = m_failedScroll->viewport();
    const int wanted = m_failedScroll->widget()->heightForWidth(viewport->width());
    return std::max(0, wanted - viewport->height());
}

void RegionPage::startPositioning()
{
    if (m_position)
        return;
    m_position = QGeoPositionInfoSource::createDefaultSource(this);
    if (!m_position)
        return; // no position source: no Nearby section, no message
    connect(m_position, &QGeoPositionInfoSource::positionUpdated, this, &RegionPage::onPosition);
    connect(m_position, &QGeoPositionInfoSource::errorOccurred, this, [this] {
        m_position->stopUpdates(); // no Nearby section; the list works as before
    });
    m_position->requestUpdate(PositionTimeoutMs);
}

void RegionPage::onPosition(const QGeoPositionInfo &info)
{
    if (info.isValid())
        setPosition(info.coordinate().latitude(), info.coordinate().longitude());
}

void RegionPage::setPosition(double latitude, double longitude)
{
    m_here = model::GeoPoint{latitude, longitude};
    m_nearby = content::nearbyRegions(m_regions, latitude, longitude);
    if (m_states->currentIndex() == List)
        refresh();
}

void RegionPage::refresh()
{
    const QString query = m_search->text();
    const bool browsing = content::regionWords(query).isEmpty();
    m_list->showRegions(query, browsing ? m_nearby : QList<model::Region>());
    const int matches = m_list->matchCount();
    if (!browsing && matches == 0) {
        // An empty list with a way on, not just "0".
        m_count->setText(tr("No town found for “%1”. Check the spelling, or try your district "
                            "(Landkreis) or a town nearby: not every town takes part in "
                            "Integreat yet.")
                             .arg(query.trimmed()));
    } else {
        m_count->setText(browsing ? tr("Regions: %1").arg(matches)
                                  : tr("Regions found: %1").arg(matches));
    }
    emit selectionChanged();
}

QString RegionPage::selectedSlug() const
{
    return m_states->currentIndex() == List ? m_list->currentSlug() : QString();
}

std::optional<model::Region> RegionPage::selectedRegion() const
{
    return regionBySlug(selectedSlug());
}

std::optional<model::Region> RegionPage::regionBySlug(const QString &slug) const
{
    for (const model::Region &region : m_regions) {
        if (!slug.isEmpty() && region.slug == slug)
            return region;
    }
    return std::nullopt;
}

void RegionPage::focusSearch()
{
    if (m_search->isEnabled())
        m_search->setFocus();
}

void RegionPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Wrapped text keeps every line at the width it gets (large text wraps onto more lines
    // than the layout's size hint, made for a wider page, expects); the list gives way.
    for (QLabel *label : {m_title, m_intro})
        label->setMinimumHeight(label->heightForWidth(width()));
}

bool RegionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            if (m_list->currentSlug().isEmpty())
                m_list->selectFirstRegion();
            m_list->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter picks the selected region, or the first match.
            if (m_list->currentSlug().isEmpty() && !m_list->selectFirstRegion())
                return true;
            emit regionActivated(m_list->currentSlug());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace integreat::desktop
