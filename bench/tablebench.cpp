// mineatlas-table-bench: opening, scrolling, sorting and filtering the attribute table of a large
// layer, measured on the real widget.
//
//   mineatlas-table-bench [--count N] [--keep DIR] [FILE.gpkg]
//
// Without FILE, writes a GeoPackage of N (default 200,000) synthetic hazard polygons through GDAL
// (illustrative shapes around southern Ukraine, not real data): a unique text id, a status and a
// device type from short lists, a report date and an area. Then:
//   load       the file read into a FeatureStore (what File ▸ Open does on its worker)
//   model      AttributeTableModel::setStore
//   open       AttributeTable::setLayer + the first painted frame of the dock-sized widget
//   scroll     jumps of the scroll bar to random places, each until its frame is painted
//   sort       each column, ascending, as sortedOrder() does it on the worker, plus installing it
//   filter     a text filter over every column
// Prints milliseconds (medians for repeated steps). Not a test: nothing here asserts on time.

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <gdal.h>
#include <ogrsf_frmts.h>

#include "attributetable.h"
#include "data/gdalhandles.h"
#include "data/vectorloader.h"
#include "project/attributetablemodel.h"
#include "project/maplayer.h"

using namespace mineatlas;

namespace {

double ms(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

/// Synthetic hazard polygons (illustrative only), written through GDAL in one transaction.
bool writeLayer(const QString& path, int count)
{
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer* layer = ds->CreateLayer("hazards", &wgs84, wkbPolygon, nullptr);
    for (const auto& [name, type] : {std::pair{"local_id", OFTString}, std::pair{"status", OFTString},
                                     std::pair{"hazard_type", OFTString}, std::pair{"reported", OFTDate},
                                     std::pair{"area_m2", OFTReal}}) {
        OGRFieldDefn field(name, type);
        layer->CreateField(&field);
    }
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> unit(0, 1);
    const char* statuses[] = {"SHA", "SHA", "CHA", "cleared"};
    const char* types[] = {"AP mines", "AT mines", "ERW", "CMR"};
    std::vector<int> ids(static_cast<std::size_t>(count));
    std::iota(ids.begin(), ids.end(), 1);
    std::shuffle(ids.begin(), ids.end(), rng);
    ds->StartTransaction();
    for (int i = 0; i < count; ++i) {
        OGRFeature f(layer->GetLayerDefn());
        const double lon = 33.0 + 6.0 * unit(rng), lat = 46.5 + 3.5 * unit(rng), r = 0.002 + 0.01 * unit(rng);
        OGRLinearRing ring;
        for (int k = 0; k < 12; ++k)
            ring.addPoint(lon + r * std::cos(k * M_PI / 6), lat + r * 0.7 * std::sin(k * M_PI / 6));
        ring.closeRings();
        OGRPolygon poly;
        poly.addRing(&ring);
        f.SetGeometry(&poly);
        f.SetField("local_id",
                   QStringLiteral("HA-%1").arg(ids[static_cast<std::size_t>(i)]).toUtf8().constData());
        f.SetField("status", statuses[rng() % 4]);
        f.SetField("hazard_type", types[rng() % 4]);
        f.SetField("reported", QStringLiteral("%1/%2/01")
                                   .arg(2022 + rng() % 4)
                                   .arg(1 + rng() % 12, 2, 10, QLatin1Char('0'))
                                   .toUtf8()
                                   .constData());
        f.SetField("area_m2", 1000 + 1e6 * unit(rng));
        if (layer->CreateFeature(&f) != OGRERR_NONE)
            return false;
    }
    return ds->CommitTransaction() == OGRERR_NONE;
}

/// Until the widget's pending paint has happened.
void paintNow(QWidget& w)
{
    w.repaint();
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    GDALAllRegister();
    data::configureGdal();
    QCommandLineParser parser;
    QCommandLineOption countOpt("count", "Features to generate.", "N", "200000");
    QCommandLineOption keepOpt("keep", "Write the generated file into DIR and keep it.", "DIR");
    parser.addOptions({countOpt, keepOpt});
    parser.addPositionalArgument("file", "A vector file to open instead of a generated one.");
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir tmp;
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        const QString dir = parser.isSet(keepOpt) ? parser.value(keepOpt) : tmp.path();
        const int count = parser.value(countOpt).toInt();
        path = QStringLiteral("%1/table-bench-%2.gpkg").arg(dir).arg(count);
        if (!QFileInfo::exists(path)) {
            QElapsedTimer t;
            t.start();
            if (!writeLayer(path, count)) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
                return 1;
            }
            std::printf("generate   %10.1f ms  (%d features through GDAL)\n", ms(t), count);
        }
    }

    QElapsedTimer t;
    t.start();
    auto loaded = data::loadVectorLayer(path, {}, geo::Crs::webMercator());
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error()));
        return 1;
    }
    const auto store = loaded.value().store;
    std::printf("load       %10.1f ms  (%zu features, %lld fields)\n", ms(t), store->size(),
                static_cast<long long>(store->fieldNames().size()));

    t.start();
    project::AttributeTableModel model;
    model.setStore(store);
    std::printf("model      %10.1f ms  (setStore)\n", ms(t));

    project::MapLayer layer(project::MapLayer::Kind::Vector, QStringLiteral("bench"), path);
    layer.setStore(store);
    gui::AttributeTable table;
    table.resize(1280, 300);
    t.start();
    table.setLayer(&layer);
    table.show();
    paintNow(*table.view()->viewport());
    std::printf("open       %10.1f ms  (setLayer + first painted frame, %d rows)\n", ms(t),
                table.model()->rowCount());

    std::mt19937 rng(3);
    std::vector<double> frames;
    QScrollBar* bar = table.view()->verticalScrollBar();
    for (int i = 0; i < 50; ++i) {
        t.start();
        bar->setValue(static_cast<int>(rng() % static_cast<unsigned>(std::max(1, bar->maximum()))));
        paintNow(*table.view()->viewport());
        frames.push_back(ms(t));
    }
    std::printf("scroll     %10.2f ms  (median of 50 jumps; max %.2f)\n", median(frames),
                *std::max_element(frames.begin(), frames.end()));
    frames.clear();
    for (int i = 0; i < 50; ++i) {
        t.start();
        bar->setValue(bar->value() + bar->singleStep() * 3);
        paintNow(*table.view()->viewport());
        frames.push_back(ms(t));
    }
    std::printf("wheel      %10.2f ms  (median of 50 three-row steps)\n", median(frames));

    for (int c = 0; c < store->fieldNames().size(); ++c) {
        const auto kind = project::AttributeTableModel::columnKind(*store, c);
        t.start();
        auto order = project::AttributeTableModel::sortedOrder(*store, c, Qt::AscendingOrder);
        const double sortMs = ms(t);
        t.start();
        table.model()->setOrder(c, Qt::AscendingOrder, std::move(order));
        paintNow(*table.view()->viewport());
        std::printf("sort       %10.1f ms  + %.1f ms to show  (%s, %s)\n", sortMs, ms(t),
                    qPrintable(store->fieldNames().at(c)),
                    kind == project::ColumnKind::Number ? "number"
                    : kind == project::ColumnKind::Date ? "date"
                                                        : "text");
    }
    t.start();
    table.model()->setFilterText(QStringLiteral("HA-12"));
    std::printf("filter     %10.1f ms  (\"HA-12\" over every column: %d rows)\n", ms(t),
                table.model()->rowCount());
    t.start();
    std::vector<std::uint32_t> half;
    for (std::uint32_t f = 0; f < store->size(); f += 2)
        half.push_back(f);
    table.model()->setFilterText({});
    layer.setSelection(half);
    paintNow(*table.view()->viewport());
    std::printf("select     %10.1f ms  (every other feature, %zu, selected in the view)\n", ms(t),
                half.size());
    return 0;
}
