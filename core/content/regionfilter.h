#pragma once

#include "core/model/region.h"

#include <QCollator>
#include <QList>
#include <QString>
#include <QStringList>

/// Region search and "nearby" like the official Integreat app (conformance semantics 5 and 6):
/// accent- and ß-insensitive word-start matching on the name and the aliases, and the closest
/// regions to a position by great-circle distance. Qt Core only.
namespace integreat::content {

/// The query that lists only the hidden (not live) regions, as in the official app.
inline constexpr char16_t HiddenRegionsQuery[] = u"wirschaffendas";

/// NFKD, all combining marks dropped, lower case, ß -> ss, trimmed ("Günzburg" -> "gunzburg").
QString normalizeRegionText(const QString &text);
/// The normalized words of a text, split on white space and '-'.
QStringList regionWords(const QString &text);

/// True when every word of `queryWords` starts some word of `textWords` (both regionWords).
bool wordsStartWords(const QStringList &queryWords, const QStringList &textWords);

/// True when every word of `query` starts some word of the region's name or of one alias
/// (an empty query matches every region).
bool regionMatches(const model::Region &region, const QString &query);

/// Whether `query` is the one that lists only the hidden regions.
bool isHiddenRegionsQuery(const QString &query);

/// The regions whose name or an alias matches `query`: live ones only unless `includeHidden`;
/// the query "wirschaffendas" lists exactly the hidden ones. Sorted by the name without prefix,
/// then by the prefix (stable). One call prepares the list anew: a picker that filters as the
/// user types keeps a RegionIndex (regionindex.h), which this is built on.
QList<model::Region> filterRegions(const QList<model::Region> &regions, const QString &query,
                                   bool includeHidden = false);

/// Sorts by the name without prefix, then the prefix (German collation, stable).
void sortRegions(QList<model::Region> &regions);
/// The collation of sortRegions(): German, case-insensitive.
QCollator regionCollator();
/// The order of sortRegions(): `a` before `b` by the name without prefix, then the prefix.
bool regionSortsBefore(const QCollator &collator, const model::Region &a, const model::Region &b);

/// Great-circle distance in km (haversine, mean earth radius 6371.0088 km).
double distanceKm(double lat1, double lon1, double lat2, double lon2);

/// The smallest distance from (latitude, longitude) to the region's point or any alias point;
/// negative when the region has no coordinates at all.
double regionDistanceKm(const model::Region &region, double latitude, double longitude);

/// The live regions closer than `maxKm` to (latitude, longitude), nearest first, at most `limit`.
QList<model::Region> nearbyRegions(const QList<model::Region> &regions, double latitude,
                                   double longitude, double maxKm = 90.0, int limit = 3);

/// The region's name for a slug, or the slug itself when the region is unknown.
QString regionName(const QList<model::Region> &regions, const QString &slug);

} // namespace integreat::content
