#include "core/content/regionfilter.h"

#include "core/content/regionindex.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace integreat::content {

namespace {

constexpr double EarthRadiusKm = 6371.0088;

bool isMark(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

bool anyWordStartsWith(const QStringList &words, const QString &prefix)
{
    return std::any_of(words.cbegin(), words.cend(),
                       [&](const QString &word) { return word.startsWith(prefix); });
}

} // namespace

QString normalizeRegionText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!isMark(c))
            out.append(c);
    }
    out = out.toLower();
    out.replace(u'\u00DF', u"ss"_s);
    return out.trimmed();
}

QStringList regionWords(const QString &text)
{
    static const QRegularExpression separators(u"[\\s\\-]+"_s,
                                               QRegularExpression::UseUnicodePropertiesOption);
    return normalizeRegionText(text).split(separators, Qt::SkipEmptyParts);
}

bool wordsStartWords(const QStringList &queryWords, const QStringList &textWords)
{
    return std::all_of(queryWords.cbegin(), queryWords.cend(),
                       [&](const QString &q) { return anyWordStartsWith(textWords, q); });
}

bool regionMatches(const model::Region &region, const QString &query)
{
    const QStringList queryWords = regionWords(query);
    if (queryWords.isEmpty())
        return true;
    if (wordsStartWords(queryWords, regionWords(region.name)))
        return true;
    return std::any_of(region.aliases.cbegin(), region.aliases.cend(),
                       [&](const model::RegionAlias &alias) {
                           return wordsStartWords(queryWords, regionWords(alias.name));
                       });
}

bool isHiddenRegionsQuery(const QString &query)
{
    return normalizeRegionText(query) == QStringView(HiddenRegionsQuery);
}

QCollator regionCollator()
{
    QCollator collator{QLocale(QLocale::German, QLocale::Germany)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

bool regionSortsBefore(const QCollator &collator, const model::Region &a, const model::Region &b)
{
    const int byName = collator.compare(a.nameWithoutPrefix, b.nameWithoutPrefix);
    if (byName != 0)
        return byName < 0;
    return collator.compare(a.prefix, b.prefix) < 0;
}

void sortRegions(QList<model::Region> &regions)
{
    const QCollator collator = regionCollator();
    std::stable_sort(regions.begin(), regions.end(),
                     [&](const model::Region &a, const model::Region &b) {
                         return regionSortsBefore(collator, a, b);
                     });
}

QList<model::Region> filterRegions(const QList<model::Region> &regions, const QString &query,
                                   bool includeHidden)
{
    const RegionIndex index(regions);
    QList<model::Region> out;
    for (const int i : index.filter(query, includeHidden))
        out.append(index.regions().at(i));
    return out;
}

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double toRad = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * toRad;
    const double dLon = (lon2 - lon1) * toRad;
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(lat1 * toRad) * std::cos(lat2 * toRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * EarthRadiusKm * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

double regionDistanceKm(const model::Region &region, double latitude, double longitude)
{
    double best = -1;
    auto consider = [&](const std::optional<model::GeoPoint> &point) {
        if (!point)
            return;
        const double d = distanceKm(latitude, longitude, point->latitude, point->longitude);
        if (best < 0 || d < best)
            best = d;
    };
    consider(region.center);
    for (const model::RegionAlias &alias : region.aliases)
        consider(alias.point);
    return best;
}

QList<model::Region> nearbyRegions(const QList<model::Region> &regions, double latitude,
                                   double longitude, double maxKm, int limit)
{
    QList<std::pair<double, qsizetype>> near;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        if (!regions.at(i).live)
            continue;
        const double d = regionDistanceKm(regions.at(i), latitude, longitude);
        if (d >= 0 && d < maxKm)
            near.append({d, i});
    }
    std::stable_sort(near.begin(), near.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<model::Region> out;
    for (const auto &[distance, index] : std::as_const(near)) {
        if (out.size() >= limit)
            break;
        out.append(regions.at(index));
    }
    return out;
}

QString regionName(const QList<model::Region> &regions, const QString &slug)
{
    for (const model::Region &region : regions) {
        if (region.slug == slug)
            return region.name;
    }
    return slug;
}

} // namespace integreat::content
