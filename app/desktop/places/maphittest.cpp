#include "desktop/places/maphittest.h"

#include "desktop/places/markerpainter.h"

#include <QLineF>

namespace integreat::desktop {

int hitCluster(const QList<geo::Cluster> &clusters, const QList<MapWidget::Marker> &markers,
               int selectedPlace, const QPointF &origin, const QPointF &pos)
{
    int best = -1;
    for (int i = int(clusters.size()) - 1; i >= 0; --i) {
        const geo::Cluster &c = clusters.at(i);
        const QPointF centre = c.centre - origin;
        if (c.members.size() == 1) {
            const MapWidget::Marker &marker = markers.at(c.members.first());
            const bool selected = selectedPlace >= 0 && marker.places.contains(selectedPlace);
            if (MarkerPainter::pinRect(centre, selected).contains(pos)) {
                best = i;
                if (selected)
                    break;
            }
        } else if (best < 0 && QLineF(centre, pos).length() <=
                                   MarkerPainter::clusterRadius(int(c.members.size()))) {
            best = i;
        }
    }
    return best;
}

} // namespace integreat::desktop
