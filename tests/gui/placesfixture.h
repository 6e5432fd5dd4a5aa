#pragma once

// The Places tests' common ground: the demo town's Places section in a GuiFixture, a fixed
// clock, grabbing a widget, and offline maps written for the tests.
#include "guifixture.h"

#include <QByteArray>
#include <QColor>
#include <QDateTime>
#include <QImage>

namespace integreat::desktop {
class PlacesView;
}

namespace integreat::testing {

/// Monday 2025-10-13, 10:00 in Berlin.
QDateTime mondayMorning();
/// The demo town in the fixture's store, its Places section shown (links recorded, not opened).
desktop::PlacesView &openDemoPlaces(GuiFixture &f);
QImage grab(QWidget &widget);
/// A one-colour 256×256 PNG.
QByteArray tilePng(const QColor &colour);
/// An MBTiles file with red tiles at zooms 0–12 over the whole world at z0 and the area around
/// (lat, lon) further down.
void writeRedMap(const QString &path, double lat, double lon);

} // namespace integreat::testing
