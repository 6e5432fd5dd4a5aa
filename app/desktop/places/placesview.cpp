#include "desktop/places/placesview.h"

#include "core/content/resourcename.h"
#include "core/geo/openinghours.h"
#include "core/geo/placegroups.h"
#include "core/geo/placetext.h"
#include "core/geo/tileimport.h"
#include "core/geo/tilesource.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "desktop/common/theme.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/feedbackbox.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/pages/noticebar.h"
#include "desktop/places/mapwidget.h"
#include "desktop/places/placedetailhtml.h"
#include "desktop/places/placefiltersdialog.h"
#include "desktop/places/placelayout.h"
#include "desktop/places/placelistpanel.h"
#include "desktop/presentation/languages.h"

#include <QDir>
#include <QFileInfo>
#include <QGeoPositionInfoSource>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

PlacesView::PlacesView(store::Store &store, const QString &dataDir, const QUrl &server,
                       QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_dataDir(dataDir)
    , m_notice(new NoticeBar(this))
    , m_side(new QStackedWidget(this))
    , m_list(new PlaceListPanel(m_side))
    , m_detailPage(new QWidget(m_side))
    , m_back(new QToolButton(m_detailPage))
    , m_detail(new ContentBrowser(m_detailPage))
    , m_feedback(new FeedbackBox(m_detailPage))
    , m_map(new MapWidget(this))
    , m_router(new LinkRouter(store, server, this))
{
    setObjectName(u"PlacesView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setAccessibleName(tr("Places and map")); // a "split pane" to screen readers
    layout->addWidget(splitter, 1);
    m_side->addWidget(m_list);
    auto *detailLayout = new QVBoxLayout(m_detailPage);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    m_back->setText(tr("← All places"));
    m_back->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_back->setAutoRaise(true);
    detailLayout->addWidget(m_back, 0, Qt::AlignLeading);
    m_detail->setObjectName(u"PlaceDetail"_s);
    m_detail->setServer(server);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_feedback);
    m_side->addWidget(m_detailPage);
    // What a screen reader says when the focus enters the stack (a "layered pane").
    const auto nameStack = [this] {
        m_side->setAccessibleName(m_side->currentWidget() == m_detailPage ? tr("Place")
                                                                          : tr("All places"));
    };
    connect(m_side, &QStackedWidget::currentChanged, this, nameStack);
    nameStack();
    m_side->setMinimumWidth(300);
    splitter->addWidget(m_side);
    splitter->addWidget(m_map);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 600});
    splitter->setChildrenCollapsible(false);

    connect(m_list, &PlaceListPanel::placeChosen, this, &PlacesView::openIndex);
    connect(m_list, &PlaceListPanel::searchChanged, this, [this](const QString &text) {
        m_filter.text = text.trimmed();
        rebuild();
    });
    connect(m_list, &PlaceListPanel::filtersRequested, this, &PlacesView::editFilters);
    connect(m_list, &PlaceListPanel::showAllRequested, this, [this] {
        m_spot.clear();
        rebuild();
    });
    connect(m_back, &QToolButton::clicked, this, &PlacesView::showList);
    connect(m_map, &MapWidget::markerActivated, this, &PlacesView::onMarker);
    connect(m_map, &MapWidget::positionPicked, this,
            [this](const geo::LatLon &point) { setUserPosition(point); });
    connect(m_detail, &ContentBrowser::linkActivated, this, &PlacesView::activateLink);
    connect(m_router, &LinkRouter::notice, m_notice, &NoticeBar::showNotice);
    connect(m_router, &LinkRouter::navigate, this, &PlacesView::navigate);

    // A position from the system, when there is one (most desktops have none: then the user
    // can set a point on the map).
    m_positionSource = QGeoPositionInfoSource::createDefaultSource(this);
    if (m_positionSource) {
        connect(m_positionSource, &QGeoPositionInfoSource::positionUpdated, this,
                [this](const QGeoPositionInfo &info) {
                    if (info.isValid() && !m_user)
                        setUserPosition(geo::LatLon{info.coordinate().latitude(),
                                                    info.coordinate().longitude()});
                });
    }
}

PlacesView::~PlacesView()
{
    m_map->setTileSource(nullptr);
}

void PlacesView::setResourceDir(const QString &dir)
{
    m_resourceDir = dir;
    m_detail->setResourceDir(dir);
    m_router->setResourceDir(dir);
}

void PlacesView::setHighContrast(bool on)
{
    m_highContrast = on;
}

void PlacesView::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    rebuild();
}

QDateTime PlacesView::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

void PlacesView::showRegion(const QString &region, const QString &language, bool force)
{
    if (!force && region == m_region && language == m_language) {
        // An offline map imported (or replaced) since: show it.
        if (QFileInfo(paths::DataPaths(m_dataDir).offlineMap(m_region)).lastModified() !=
            m_tileFileStamp)
            loadTileSource();
        return;
    }
    const bool regionChanged = region != m_region;
    m_region = region;
    m_language = language;
    if (regionChanged) {
        m_filter = {};
        m_spot.clear();
        m_user.reset();
        const QSignalBlocker blocker(m_list->searchField());
        m_list->searchField()->clear();
    }
    load();
    if (regionChanged) {
        loadTileSource();
        // First view: every place (issue 9), else the region's bounding box, or its centre
        // when the box is empty or does not hold the centre.
        if (const auto places = m_data.placesBox())
            m_map->fitBox(places->first, places->second);
        else if (const auto box = m_data.boundingBox())
            m_map->fitBox(box->first, box->second);
        else if (const auto centre = m_data.centre())
            m_map->setView(*centre, 13);
        if (m_positionSource)
            m_positionSource->requestUpdate(10000);
    }
}

void PlacesView::refresh()
{
    if (!m_region.isEmpty())
        load();
}

void PlacesView::load()
{
    const QString openedPath =
        m_opened >= 0 && m_opened < m_data.size() ? m_data.places().at(m_opened).path : QString();
    // A StoreError: the sentence in this view's notice, no places rather than half-read ones.
    if (!m_notice->readStore([this] { m_data.load(m_store, m_region, m_language); }))
        m_data = PlaceCollection();
    // Category icons from the resource cache.
    for (const model::Place &place : m_data.places()) {
        if (place.category && !place.category->iconUrl.isEmpty() && !m_resourceDir.isEmpty())
            m_map->markerPainter().setIconFile(
                place.category->iconUrl,
                QDir(m_resourceDir)
                    .filePath(content::resourceFileName(QUrl(place.category->iconUrl))));
    }
    m_spot.clear();
    m_opened = -1;
    rebuild();
    if (!openedPath.isEmpty() && !openPlace(openedPath))
        showList();
}

int PlacesView::countFor(const geo::PlaceFilter &filter) const
{
    return int(m_data.matching(filter, now(), QTimeZone::systemTimeZone()).size());
}

void PlacesView::rebuild()
{
    const QList<int> matching = m_data.matching(m_filter, now(), QTimeZone::systemTimeZone());
    // Markers: the filtered places with coordinates, those within 5 m merged into one.
    m_map->setMarkers(buildPlaceMarkers(m_data, matching));
    m_map->setUserPosition(m_user);

    // The list: a merged marker's places, or all matching; nearest first or by title.
    // A row's texts are asked for when it is first shown (most of 20,000 never are).
    m_shown = orderPlaceList(m_data, matching, m_spot, m_user);
    // The rows read in the content's direction: Arabic names from the right.
    m_list->list()->setLayoutDirection(
        ContentLanguage::of(m_data.region(), m_language).direction());
    const QDateTime at = now();
    m_list->setPlaces(
        m_shown,
        [this](int i) { return i < m_data.size() ? m_data.places().at(i).title : QString(); },
        [this, at](int i) {
            return i < m_data.size() ? PlaceListPanel::rowDetails(m_data.places().at(i),
                                                                  m_data.distanceKm(i, m_user), at)
                                     : QString();
        });
    m_list->setSpotText(
        m_spot.isEmpty() ? QString() : tr("%n place(s) at this spot", nullptr, int(m_spot.size())));
    m_list->setFilterSummary(PlaceListPanel::filterSummary(m_filter, m_data.categories()),
                             (m_filter.categoryId ? 1 : 0) + (m_filter.openNow ? 1 : 0) +
                                 (m_filter.barrierFree ? 1 : 0));
    m_list->setCountText((m_data.size() == 0) ? QString()
                         : m_user ? tr("%n place(s), nearest first", nullptr, int(m_shown.size()))
                                  : tr("%n place(s), A–Z", nullptr, int(m_shown.size())));
    m_list->setEmptyText((m_data.size() == 0)
                             ? tr("There are no places for this town yet. They appear here "
                                  "after the next download.")
                             : tr("No place matches. Change the filters or the search."));
    if (m_opened >= 0 && !matching.contains(m_opened)) {
        m_opened = -1;
        showList();
    }
    m_list->selectPlace(m_opened);
    m_map->setSelectedPlace(m_opened);
}

void PlacesView::setUserPosition(const std::optional<geo::LatLon> &position)
{
    m_user = position;
    rebuild();
    if (m_opened >= 0)
        openIndex(m_opened); // the distance in the detail
}

void PlacesView::setFilter(const geo::PlaceFilter &filter)
{
    m_filter = filter;
    if (m_list->searchField()->text().trimmed() != filter.text) {
        const QSignalBlocker blocker(m_list->searchField());
        m_list->searchField()->setText(filter.text);
    }
    m_spot.clear();
    rebuild();
}

void PlacesView::editFilters()
{
    PlaceFiltersDialog dialog(
        m_data.categories(), m_filter, [this](const geo::PlaceFilter &f) { return countFor(f); },
        this);
    if (dialog.exec() == QDialog::Accepted)
        setFilter(dialog.filter());
}

void PlacesView::onMarker(const QList<int> &places)
{
    if (places.size() == 1) {
        openIndex(places.first());
        return;
    }
    m_spot = places;
    m_opened = -1;
    showList();
    rebuild();
}

void PlacesView::openIndex(int index)
{
    if (index < 0 || index >= m_data.size())
        return;
    m_opened = index;
    const model::Place &place = m_data.places().at(index);
    const QList<model::Event> here = m_data.eventsAt(index);
    PlaceDetailHtml::Options options;
    options.now = now();
    options.zone = QTimeZone::systemTimeZone();
    options.uiLocale = locale();
    options.distanceKm = m_data.distanceKm(index, m_user);
    options.highContrast = m_highContrast;
    const ContentLanguage language = ContentLanguage::of(m_data.region(), m_language);
    options.rightToLeft = language.rightToLeft;
    m_detail->showDocument(PlaceDetailHtml::detail(place, here, options),
                           Theme::current().contentStyleSheet(), language);
    m_detail->setAccessibleName(place.title); // screen readers name the text by its place
    model::Feedback target;
    target.key = {m_region, m_language};
    target.kind = model::Feedback::Kind::Place;
    target.slug = model::Feedback::slugOfPath(place.path);
    m_feedback->setTarget(target);
    m_side->setCurrentWidget(m_detailPage);
    m_list->selectPlace(index);
    m_map->setSelectedPlace(index);
    // As in the official app: the map goes to the place at detail zoom.
    if (m_data.position(index))
        m_map->setView(*m_data.position(index), std::max(m_map->zoom(), 15.0));
    emit titleChanged();
}

bool PlacesView::openPlace(const QString &path)
{
    const int i = m_data.indexOf(path);
    if (i < 0)
        return false;
    if (!m_shown.contains(i)) {
        m_filter = {};
        m_spot.clear();
        rebuild();
    }
    openIndex(i);
    return true;
}

void PlacesView::showList()
{
    m_side->setCurrentWidget(m_list);
    m_list->selectPlace(m_opened);
    emit titleChanged();
}

bool PlacesView::isDetailShown() const
{
    return m_side->currentWidget() == m_detailPage;
}

QStringList PlacesView::listedPaths() const
{
    QStringList paths;
    for (int i : m_shown)
        paths << m_data.places().at(i).path;
    return paths;
}

void PlacesView::activateLink(const QUrl &url)
{
    if (url.toString() == QString::fromUtf16(PlaceDetailHtml::NavigateHref)) {
        if (m_opened >= 0)
            m_router->activate(geo::webMapUrl(m_data.places().at(m_opened).address),
                               Location::dashboard(m_region, m_language));
        return;
    }
    m_router->activate(url, Location::dashboard(m_region, m_language));
}

} // namespace integreat::desktop
