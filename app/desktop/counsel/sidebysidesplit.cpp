#include "desktop/counsel/sidebysidesplit.h"

#include <QEvent>
#include <QFontMetrics>
#include <QSplitter>
#include <QStyle>

namespace integreat::desktop {

namespace {

constexpr int SideCharacters = 24;

} // namespace

SideBySideSplit::SideBySideSplit(QSplitter *splitter, QWidget *pane)
    : QObject(splitter)
    , m_splitter(splitter)
    , m_pane(pane)
{
    splitter->installEventFilter(this);
    pane->installEventFilter(this);
}

int SideBySideSplit::minimumSideWidth() const
{
    const int scrollBar = m_pane->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    return QFontMetrics(m_pane->font()).averageCharWidth() * SideCharacters + scrollBar;
}

Qt::Orientation SideBySideSplit::fittingOrientation() const
{
    const QWidget *reader = m_splitter->widget(0);
    const int side = minimumSideWidth();
    const int readerMinimum = reader ? std::max(side, reader->minimumSizeHint().width()) : side;
    return m_splitter->width() - m_splitter->handleWidth() - readerMinimum >= side ? Qt::Horizontal
                                                                                   : Qt::Vertical;
}

bool SideBySideSplit::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched == m_pane && type == QEvent::Show)
        update(true);
    else if ((watched == m_splitter && type == QEvent::Resize) ||
             (watched == m_pane && type == QEvent::FontChange))
        update(false);
    return QObject::eventFilter(watched, event);
}

void SideBySideSplit::update(bool shown)
{
    if (m_pane->isHidden())
        return;
    const Qt::Orientation orientation = fittingOrientation();
    if (orientation == m_splitter->orientation() && !shown)
        return;
    m_splitter->setOrientation(orientation);
    const int room = orientation == Qt::Horizontal ? m_splitter->width() : m_splitter->height();
    const int half = room / 2;
    m_splitter->setSizes({half, room - half});
}

} // namespace integreat::desktop
