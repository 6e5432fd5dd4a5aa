#include "core/geo/tilesource.h"

namespace integreat::geo {

TileSource::TileSource(QObject *parent)
    : QObject(parent)
{
}

TileSource::~TileSource() = default;

} // namespace integreat::geo
