#include "desktop/pages/dashboardview.h"

#include "desktop/common/theme.h"
#include "desktop/pages/tilebutton.h"
#include "desktop/pages/tileimage.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSpacerItem>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
constexpr int Spacing = 16;
constexpr int MaxColumns = 6;
constexpr int SideMargin = 32;
} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QScrollArea(parent)
    , m_canvas(new QWidget)
    , m_heading(new QLabel(m_canvas))
    , m_subtitle(new QLabel(m_canvas))
    , m_empty(new QLabel(m_canvas))
    , m_grid(new QGridLayout)
{
    setObjectName(u"DashboardScroll"_s);
    m_canvas->setObjectName(u"DashboardCanvas"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Local information"));

    auto *layout = new QVBoxLayout(m_canvas);
    layout->setContentsMargins(SideMargin, 12, SideMargin, 32);
    layout->setSpacing(4);
    m_heading->setObjectName(u"DashboardHeading"_s);
    m_heading->setWordWrap(true);
    m_subtitle->setObjectName(u"MutedLabel"_s);
    m_subtitle->setWordWrap(true);
    m_empty->setObjectName(u"MutedLabel"_s);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_heading);
    layout->addWidget(m_subtitle);
    layout->addSpacing(18);
    m_grid->setSpacing(Spacing);
    m_grid->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addWidget(m_empty);
    layout->addStretch(1);
    setWidget(m_canvas);
    alignLabels();
}

void DashboardView::setPages(const QString &heading, const QString &subtitle,
                             const QList<model::Page> &pages)
{
    const Theme &theme = Theme::current();
    m_heading->setFont(theme.font(Theme::FontRole::Title));
    m_heading->setText(heading);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());

    qDeleteAll(m_tiles);
    m_tiles.clear();
    const qreal dpr = devicePixelRatioF();
    for (const model::Page &page : pages) {
        auto *tile = new TileButton(page.title, page.path, m_canvas);
        tile->setImage(TileImage::make(page.title, page.thumbnail, page.path, m_resourceDir,
                                       TileButton::IconSize, dpr));
        const QString path = page.path;
        connect(tile, &TileButton::clicked, this, [this, path] { emit pageActivated(path); });
        m_tiles.append(tile);
    }
    m_empty->setText(tr("There are no pages in this language yet."));
    m_empty->setVisible(pages.isEmpty());
    m_columns = 0;
    layoutTiles();
    verticalScrollBar()->setValue(0);
}

void DashboardView::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        alignLabels();
}

void DashboardView::alignLabels()
{
    // Word-wrapped labels align by their text's direction; in mirrored content they must
    // follow the layout instead (an English heading above Arabic tiles sits on the right).
    const Qt::Alignment side =
        (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute;
    for (QLabel *label : {m_heading, m_subtitle, m_empty})
        label->setAlignment(side | Qt::AlignVCenter);
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    layoutTiles();
}

void DashboardView::layoutTiles()
{
    if (m_tiles.isEmpty())
        return;
    const int tileWidth = m_tiles.constFirst()->sizeHint().width();
    const int available = viewport()->width() - 2 * SideMargin;
    const int columns = std::clamp((available + Spacing) / (tileWidth + Spacing), 1, MaxColumns);
    if (columns == m_columns && m_grid->count() == m_tiles.size() + 1)
        return;
    m_columns = columns;
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles.at(i), i / columns, i % columns);
    // Keep the tiles together at the leading edge.
    m_grid->addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum), 0,
                    columns);
    // Tab order follows reading order.
    for (int i = 1; i < m_tiles.size(); ++i)
        setTabOrder(m_tiles.at(i - 1), m_tiles.at(i));
}

} // namespace integreat::desktop
