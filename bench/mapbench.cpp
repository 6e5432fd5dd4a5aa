// integreat-mapbench: how long the Places map takes to paint a full 1280×800 viewport with
// the metropolis's 1,500 places (the synthetic region's coordinates, bench/metropolis.cpp),
// with no tiles (the offline background), at the region view (clusters) and at street level
// (single pins). Prints figures; asserts nothing. Target: ≤ 8 ms per paint.
// INTEGREAT_MAPBENCH_IMAGE=PREFIX saves each painted view as PREFIX<zoom>.png.
#include "desktop/places/mapwidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace integreat;

namespace {

struct Figures
{
    double medianMs = 0;
    double p95Ms = 0;
    qsizetype clusters = 0;
};

Figures measure(desktop::MapWidget &map, int runs)
{
    QImage target(map.size(), QImage::Format_ARGB32_Premultiplied);
    map.render(&target); // warm the pin cache
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        map.render(&target);
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    if (!qEnvironmentVariableIsEmpty("INTEGREAT_MAPBENCH_IMAGE"))
        target.save(qEnvironmentVariable("INTEGREAT_MAPBENCH_IMAGE") + QString::number(map.zoom()) +
                    u".png"_s);
    return {times.at(times.size() / 2),
            times.at(std::min(times.size() - 1, qsizetype(times.size() * 0.95))),
            map.visibleClusters().size()};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print JSON instead of a table."_s);
    const QCommandLineOption runs(u"runs"_s, u"Paints per view (default 60)."_s, u"N"_s, u"60"_s);
    parser.addOptions({json, runs});
    parser.addHelpOption();
    parser.process(app);

    desktop::MapWidget map;
    map.resize(1280, 800);
    QList<desktop::MapWidget::Marker> markers;
    const QStringList colours{u"#1DC6C6"_s, u"#3700D2"_s, u"#E65100"_s, u"#2E7D32"_s, u"#AD1457"_s};
    for (int i = 0; i < 1500; ++i) {
        desktop::MapWidget::Marker marker;
        marker.position = {49.9 + (i % 400) * 0.0005, 9.8 + (i / 400) * 0.05};
        marker.color = QColor(colours.at(i % colours.size()));
        marker.iconKey = u"category-%1"_s.arg(i % colours.size());
        marker.places = {i};
        markers.append(marker);
    }
    map.setMarkers(markers);
    map.setSelectedPlace(42);
    const int n = std::max(5, parser.value(runs).toInt());

    map.fitBox({49.9, 9.8}, {50.1, 9.95});
    const double regionZoom = map.zoom();
    const Figures region = measure(map, n);
    map.setView({49.95, 9.85}, 16);
    const Figures street = measure(map, n);

    if (parser.isSet(json)) {
        const QJsonObject root{
            {u"places"_s, 1500},
            {u"viewport"_s, u"1280x800"_s},
            {u"region_view"_s, QJsonObject{{u"median_ms"_s, region.medianMs},
                                           {u"p95_ms"_s, region.p95Ms},
                                           {u"markers_drawn"_s, region.clusters}}},
            {u"street_view"_s, QJsonObject{{u"median_ms"_s, street.medianMs},
                                           {u"p95_ms"_s, street.p95Ms},
                                           {u"markers_drawn"_s, street.clusters}}},
            {u"target_ms"_s, 8}};
        std::printf("%s\n", QJsonDocument(root).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    std::printf("Places map paint, 1,500 places, 1280x800, no tiles (target <= 8 ms)\n");
    std::printf("  region view (zoom %.1f, %lld clusters/pins): median %.2f ms, p95 %.2f ms\n",
                regionZoom, static_cast<long long>(region.clusters), region.medianMs, region.p95Ms);
    std::printf("  street view (zoom 16, %lld clusters/pins):  median %.2f ms, p95 %.2f ms\n",
                static_cast<long long>(street.clusters), street.medianMs, street.p95Ms);
    return 0;
}
