#include "data/vectorloader.h"

#include <algorithm>
#include <cmath>
#include <limits>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <ogrsf_frmts.h>

#include "data/featurereader.h"
#include "data/gdalhandles.h"
#include "data/ogrgeometry.h"
#include "data/plausibility.h"
#include "data/storecache.h"
#include "data/writefailure.h"
#include "geo/coordinatetransform.h"
#include "geo/worldwrap.h"
#include "hazard/teamworkspace.h"

namespace mineatlas::data {

namespace {

/// A PostgreSQL workspace ("PG:…", hazard/teamworkspace.h) rather than a file.
bool isDatabase(const QString& path)
{
    return path.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
}

QString fileLabel(const QString& path)
{
    if (isDatabase(path)) // a message never shows a password given for the session
        return hazard::workspaceLabel(path);
    return QFileInfo(path).fileName();
}

Error fileError(const QString& path, const QString& problem)
{
    return Error{QStringLiteral("%1: %2").arg(fileLabel(path), problem)};
}

bool isCsv(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
}

const QStringList kCsvXNames = {QStringLiteral("lon"), QStringLiteral("longitude"), QStringLiteral("long"),
                                QStringLiteral("x"), QStringLiteral("easting")};
const QStringList kCsvYNames = {QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("y"),
                                QStringLiteral("northing")};

/// Open options for drivers that need hints (CSV: which columns hold the geometry). The geometry
/// columns are dropped from the attributes unless `keepGeometryColumns`.
QStringList openOptionsFor(const QString& path, bool keepGeometryColumns = false)
{
    if (!isCsv(path))
        return {};
    QStringList options{QStringLiteral("X_POSSIBLE_NAMES=") + kCsvXNames.join(QLatin1Char(',')),
                        QStringLiteral("Y_POSSIBLE_NAMES=") + kCsvYNames.join(QLatin1Char(',')),
                        QStringLiteral("GEOM_POSSIBLE_NAMES=wkt,geometry,geom,the_geom,shape"),
                        QStringLiteral("AUTODETECT_TYPE=YES")};
    if (!keepGeometryColumns)
        options << QStringLiteral("KEEP_GEOM_COLUMNS=NO");
    return options;
}

GDALDataset* openWithOptions(const QString& path, unsigned flags, const QStringList& options)
{
    std::vector<QByteArray> optionBytes;
    std::vector<const char*> optionPtrs;
    for (const QString& o : options)
        optionBytes.push_back(o.toUtf8());
    for (const QByteArray& b : optionBytes)
        optionPtrs.push_back(b.constData());
    optionPtrs.push_back(nullptr);
    return GDALDataset::Open(path.toUtf8().constData(), flags | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                             options.isEmpty() ? nullptr : optionPtrs.data(), nullptr);
}

/// The header columns of a CSV that GDAL would take for the longitude (x) and latitude (y), read
/// through GDAL's own CSV driver with no type detection (only the header is read).
std::pair<QStringList, QStringList> csvCoordinateColumns(const QString& path)
{
    QStringList xs, ys;
    GDALDatasetUniquePtr probe(openWithOptions(path, GDAL_OF_VECTOR, {}));
    OGRLayer* layer = probe ? probe->GetLayer(0) : nullptr;
    if (!layer)
        return {};
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const QString name = QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
        if (kCsvXNames.contains(name, Qt::CaseInsensitive))
            xs << name;
        if (kCsvYNames.contains(name, Qt::CaseInsensitive))
            ys << name;
    }
    return {xs, ys};
}

/// Bytes a prepared store of the file takes, roughly: 160 per feature (bounds, offsets, index,
/// attributes) and twice the file's size (coordinates as doubles in memory where a file often
/// keeps them more compactly; a GeoJSON's text is the exception, and then this over-estimates).
qint64 estimatedStoreBytes(const QString& path, qint64 features)
{
    const QFileInfo info(path);
    qint64 bytes = info.isFile() ? info.size() : 0;
    if (info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0)
        bytes += QFileInfo(info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1String(".dbf")).size();
    return std::max<qint64>(features, 0) * 160 + bytes * 2;
}

/// Memory a layer may take: what the system has available (MemAvailable), or less when the
/// MINEATLAS_MEMORY_LIMIT_MB environment variable says so.
qint64 memoryForLayers()
{
    qint64 available = std::numeric_limits<qint64>::max();
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly))
        for (const QByteArray& line : meminfo.readAll().split('\n'))
            if (line.startsWith("MemAvailable:"))
                available = line.mid(13).trimmed().split(' ').first().toLongLong() * 1024;
    bool ok = false;
    const qint64 limit = qEnvironmentVariable("MINEATLAS_MEMORY_LIMIT_MB").toLongLong(&ok);
    if (ok && limit > 0)
        available = std::min(available, limit << 20);
    return available;
}

/// Whether `path` starts as a shapefile's main file does (file code 9994, big-endian): only then
/// are its sidecars worth naming; junk with a .shp extension is GDAL's to refuse.
bool isShapefileMain(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(4);
    return head == QByteArray::fromHex("0000270a");
}

Result<GDALDatasetUniquePtr> openDataset(const QString& path, unsigned flags, GdalErrorCollector& errors,
                                          QStringList* notes = nullptr)
{
    if (isDatabase(path)) { // no file to check: the server says what is wrong
        GDALDatasetUniquePtr ds(openWithOptions(path, flags, {}));
        if (!ds)
            return Error{hazard::describeConnectionFailure(path, errors.message(QCoreApplication::translate("VectorLoader", "GDAL cannot open it")))};
        return ds;
    }
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return fileError(path, QCoreApplication::translate("VectorLoader", "a symbolic link that leads nowhere (a loop, or its target is gone): %1")
                                   .arg(info.symLinkTarget().isEmpty() ? path : info.symLinkTarget()));
    if (!info.exists())
        return fileError(path, QCoreApplication::translate("VectorLoader", "file not found (%1)").arg(path));
    // A folder is a dataset only for drivers that read one (a folder of shapefiles, a FileGDB).
    if (info.isDir() && !QDir(path).entryList({QStringLiteral("*.shp"), QStringLiteral("*.gdbtable")}, QDir::Files).size() &&
        !path.endsWith(QLatin1String(".gdb"), Qt::CaseInsensitive))
        return fileError(path, QCoreApplication::translate("VectorLoader", "this is a folder, not a file"));
    if (info.isFile() && info.size() == 0)
        return fileError(path, QCoreApplication::translate("VectorLoader", "the file is empty (0 bytes)"));
    if (info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0 && isShapefileMain(path)) {
        // GDAL opens a shapefile without its .dbf silently, losing every attribute: refuse instead.
        const QString base = info.path() + QLatin1Char('/') + info.completeBaseName();
        if (!QFileInfo::exists(base + QLatin1String(".dbf")) &&
            !QFileInfo::exists(base + QLatin1String(".DBF")))
            return fileError(path, QCoreApplication::translate("VectorLoader", "the shapefile's attribute table (%1.dbf) is missing")
                                       .arg(info.completeBaseName()));
        if (!QFileInfo::exists(base + QLatin1String(".shx")) && !QFileInfo::exists(base + QLatin1String(".SHX")))
            return fileError(path, QCoreApplication::translate("VectorLoader", "the shapefile's index (%1.shx) is missing; GDAL can rebuild it "
                                                  "(ogr2ogr --config SHAPE_RESTORE_SHX YES)")
                                       .arg(info.completeBaseName()));
    }
    rollBackInterruptedWrite(path); // a GeoPackage a killed editor left behind still reads
    // GDAL 3.6's CSV driver reads past its field list and crashes when two columns both match the
    // longitude names (say "x" and "lon") or the latitude names ("y" and "lat") and the geometry
    // columns are dropped: keep them then.
    // GDAL takes the last matching column of each; say which, since the other may be the one meant.
    bool keepGeometryColumns = false;
    if (isCsv(path) && info.isFile()) {
        const auto [xs, ys] = csvCoordinateColumns(path);
        keepGeometryColumns = xs.size() > 1 || ys.size() > 1;
        for (const auto& [columns, what] : {std::pair{xs, QCoreApplication::translate("VectorLoader", "longitude (x)")},
                                            std::pair{ys, QCoreApplication::translate("VectorLoader", "latitude (y)")}})
            if (columns.size() > 1 && notes)
                *notes << QCoreApplication::translate("VectorLoader", "%1: %2 columns could hold the %3: %4; the points are placed by the last, "
                                         "\"%5\". Rename the others if that is not the one meant.")
                              .arg(fileLabel(path))
                              .arg(columns.size())
                              .arg(what, columns.join(QStringLiteral(", ")), columns.last());
    }
    GDALDatasetUniquePtr ds(openWithOptions(path, flags, openOptionsFor(path, keepGeometryColumns)));
    if (!ds && !QFileInfo::exists(path)) // removed between the checks above and GDAL's open
        return fileError(path, QCoreApplication::translate("VectorLoader", "file not found (it was removed while being opened): %1").arg(path));
    if (!ds)
        return fileError(path, errors.message(QCoreApplication::translate("VectorLoader", "GDAL cannot open it")));
    return ds;
}

QString geometryTypeName(OGRwkbGeometryType t)
{
    return QString::fromUtf8(OGRGeometryTypeToName(t));
}

Result<VectorData> readVectorLayer(const QString& path, const QString& layerName, const geo::Crs& mapCrs,
                                   Feedback* feedback, int requestedThreads);

/// Features from which a GeoPackage or FlatGeobuf is read on several threads (below, a second
/// dataset and thread cost more than they save).
constexpr GIntBig kParallelMinimum = 20000;

/// What a file says about its source and licence, layer first, then the dataset.
QString attributionOf(GDALDataset& ds, OGRLayer& layer)
{
    for (GDALMajorObject* object : {static_cast<GDALMajorObject*>(&layer), static_cast<GDALMajorObject*>(&ds)})
        for (const char* key : {"ATTRIBUTION", "LICENSE", "LICENCE", "SOURCE"})
            if (const char* value = object->GetMetadataItem(key); value && *value)
                return QString::fromUtf8(value).trimmed();
    if (const char* description = layer.GetMetadataItem("DESCRIPTION"); description && *description)
        return QString::fromUtf8(description).trimmed();
    return {};
}
Result<DatasetInfo> inspectWithGdal(const QString& path);

} // namespace

void configureGdal()
{
    // Large GeoJSON files have single objects (a FeatureCollection) far over GDAL's 200 MB default.
    CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
    // A PostGIS layer is read through a server-side cursor, 500 rows a round trip by default;
    // 5,000 a page reads 200,000 hazard areas about a third faster (bench/teambench.cpp), and a
    // page of areas is still only a few MB. A value the user set stays.
    if (!CPLGetConfigOption("OGR_PG_CURSOR_PAGE", nullptr))
        CPLSetConfigOption("OGR_PG_CURSOR_PAGE", "5000");
}

Result<DatasetInfo> inspectDataset(const QString& path, const StoreCache* cache)
{
    if (isDatabase(path))
        cache = nullptr; // the name may carry a session password: never kept on disk
    if (cache)
        if (auto hit = cache->findInfo(path))
            return std::move(*hit);
    auto info = inspectWithGdal(path);
    if (cache && info)
        cache->insertInfo(path, info.value());
    return info;
}

namespace {

Result<DatasetInfo> inspectWithGdal(const QString& path)
{
    GdalErrorCollector errors;
    // A CSV of points is a table with x/y columns, never a gridded XYZ raster (GDAL's XYZ driver
    // claims any CSV of three numeric columns and then fails on "ungridded" data).
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    auto ds = openDataset(path, csv ? GDAL_OF_VECTOR : GDAL_OF_VECTOR | GDAL_OF_RASTER, errors);
    if (!ds)
        return Error{ds.error()};
    DatasetInfo info;
    info.path = path;
    info.driver = QString::fromUtf8(ds.value()->GetDriverName());
    info.isRaster = ds.value()->GetRasterCount() > 0;
    for (OGRLayer* layer : ds.value()->GetLayers()) {
        LayerInfo li;
        li.name = QString::fromUtf8(layer->GetName());
        li.featureCount = layer->GetFeatureCount(FALSE);
        li.geometryType = geometryTypeName(layer->GetGeomType());
        li.hasNoGeometry = layer->GetGeomType() == wkbNone;
        info.layers.push_back(li);
    }
    // Tables without geometry beside map layers (a hazard file's status_history) are data for
    // those layers, not layers to draw: they are left out when there is something to draw.
    // So is a hazard file's land_release layer while it is empty (every file of schema 2 has one).
    auto isData = [](const LayerInfo& l) {
        return l.hasNoGeometry || (l.name == QLatin1String("land_release") && l.featureCount == 0);
    };
    if (std::any_of(info.layers.begin(), info.layers.end(), [&](const LayerInfo& l) { return !isData(l); }))
        std::erase_if(info.layers, isData);
    // Released land is drawn over the areas it was released from: offered (and stacked) first.
    std::stable_partition(info.layers.begin(), info.layers.end(),
                          [](const LayerInfo& l) { return l.name == QLatin1String("land_release"); });
    if (!info.isRaster && info.layers.empty())
        return fileError(
            path, QCoreApplication::translate("VectorLoader", "GDAL (%1 driver) found neither layers nor raster bands").arg(info.driver));
    return info;
}

} // namespace

Result<VectorData> loadVectorLayer(const QString& path, const QString& layerName, const geo::Crs& mapCrs,
                                   Feedback* feedback, const StoreCache* cache, int threads)
{
    if (isDatabase(path))
        cache = nullptr; // others change a workspace: always read what the server holds now
    if (cache)
        if (auto hit = cache->find(path, layerName, mapCrs)) {
            if (feedback)
                feedback->setProgress(1.0);
            return std::move(*hit);
        }
    auto result = readVectorLayer(path, layerName, mapCrs, feedback, threads);
    if (cache && result)
        cache->insert(path, layerName, mapCrs, result.value());
    return result;
}

namespace {

Result<VectorData> readVectorLayer(const QString& path, const QString& layerName, const geo::Crs& mapCrs,
                                   Feedback* feedback, int requestedThreads)
{
    GdalErrorCollector errors;
    QStringList openNotes;
    auto opened = openDataset(path, GDAL_OF_VECTOR, errors, &openNotes);
    if (!opened)
        return Error{opened.error()};
    GDALDataset& ds = *opened.value();
    OGRLayer* layer =
        layerName.isEmpty() ? ds.GetLayer(0) : ds.GetLayerByName(layerName.toUtf8().constData());
    if (!layer)
        return fileError(path, layerName.isEmpty() ? QCoreApplication::translate("VectorLoader", "no vector layer in this file")
                                                   : QCoreApplication::translate("VectorLoader", "no layer named \"%1\"").arg(layerName));
    VectorData result;
    result.layerName = QString::fromUtf8(layer->GetName());
    result.warnings << openNotes;
    result.attribution = attributionOf(ds, *layer);

    // Source CRS → WGS 84 lon/lat (for antimeridian and pole handling) → map CRS.
    QString sourceDef;
    const OGRSpatialReference* srs = layer->GetSpatialRef();
    const QFileInfo info(path);
    const QString prj = info.completeBaseName() + QLatin1String(".prj");
    if (!errors.failures().isEmpty() && QFileInfo::exists(info.path() + QLatin1Char('/') + prj)) {
        // A .prj GDAL cannot parse: name it as the cause and read the features.
        result.warnings << QCoreApplication::translate("VectorLoader", "%1: GDAL could not read the coordinate reference system in %2 (%3); "
                                          "assumed WGS 84 longitude/latitude. Check that it lines up with other layers.")
                               .arg(fileLabel(path), prj, errors.failures().last());
        errors.clear();
        srs = nullptr;
        sourceDef = QStringLiteral("EPSG:4326");
        result.sourceCrsName = QCoreApplication::translate("VectorLoader", "WGS 84 (assumed)");
    } else if (srs) {
        sourceDef = crsDefinition(srs);
        result.sourceCrsName = QString::fromUtf8(srs->GetName());
    } else {
        sourceDef = QStringLiteral("EPSG:4326");
        result.sourceCrsName = QCoreApplication::translate("VectorLoader", "WGS 84 (assumed)");
        // TopoJSON cannot carry a CRS and is lon/lat by convention: nothing to warn about.
        if (QByteArray(ds.GetDriverName()) != "TopoJSON")
            result.warnings << QCoreApplication::translate("VectorLoader", "%1: no coordinate reference system in the file; assumed WGS 84 "
                                   "longitude/latitude. Check that it lines up with other layers.")
                                   .arg(fileLabel(path));
    }
    const QString lonLat = QStringLiteral("EPSG:4326");
    if (srs && geo::CoordinateTransform::onlyBallpark(sourceDef, lonLat))
        result.warnings << QCoreApplication::translate("VectorLoader", "%1: PROJ knows no datum transformation from the file's coordinate reference "
                                          "system (%2) to WGS 84, only an approximate one that ignores the datum "
                                          "shift; positions may be off by as much as that shift (often 100 m or more). "
                                          "Check that it lines up with other layers.")
                               .arg(fileLabel(path), result.sourceCrsName);
    FeatureReader::Setup setup;
    setup.sourceDefinition = sourceDef;
    setup.geographicSource = !srs || srs->IsGeographic();
    setup.mapDefinition = mapCrs.definition();
    const MapRect drawable = mapCrs.drawableLonLat();
    setup.wrap.lonMin = drawable.xMin;
    setup.wrap.lonMax = drawable.xMax;
    setup.wrap.latMin = drawable.yMin;
    setup.wrap.latMax = drawable.yMax;
    // GDAL builds an empty geometry from TopoJSON arcs that point nowhere, with no error.
    setup.topoJson = QByteArray(ds.GetDriverName()) == "TopoJSON";
    setup.precision = kStorePrecisionMetres / mapCrs.metresPerUnit();
    auto reader = FeatureReader::create(setup);
    if (!reader)
        return fileError(path, reader.error());

    OGRFeatureDefn* defn = layer->GetLayerDefn();
    QStringList fields;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        fields << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    auto store = std::make_shared<FeatureStore>(fields);
    store->setPrecision(setup.precision);

    const GIntBig total = layer->GetFeatureCount(FALSE);
    // Refused before memory runs out: the prepared store of a file costs about its features' fixed
    // part and its coordinates (at least as many bytes as the file holds for them).
    if (const qint64 need = estimatedStoreBytes(path, total), have = memoryForLayers(); need > have)
        return fileError(path, QCoreApplication::translate("VectorLoader", "opening it would need about %1 MB of memory, and %2 MB are available; "
                                              "open a smaller extract (ogr2ogr -spat) or close other programs")
                                   .arg(need >> 20)
                                   .arg(have >> 20));
    const QString canceled = QCoreApplication::translate("VectorLoader", "loading canceled");
    ReadReport& report = reader.value().report();
    // A GeoPackage or FlatGeobuf knows its feature count: large ones are read on every core, one
    // GDAL dataset per thread over consecutive ranges of the layer, merged in order.
    const int threads = requestedThreads > 0 ? requestedThreads
                        : total >= kParallelMinimum ? std::max(1, QThread::idealThreadCount())
                                                    : 1;
    // MINEATLAS_LOAD_RANGE_ROWS sets the FIDs a thread takes at a time (benchmarks, tests).
    const int rangeRows = qEnvironmentVariableIntValue("MINEATLAS_LOAD_RANGE_ROWS");
    const ParallelRead parallel = readInParallel(path, ds, *layer, total, threads, setup, *store, report, feedback,
                                                 rangeRows > 0 ? rangeRows : kParallelRangeRows);
    if (parallel == ParallelRead::Canceled)
        return fileError(path, canceled);
    if (parallel == ParallelRead::NotSplit) {
        if (total > 0)
            store->reserve(static_cast<std::size_t>(total));
        layer->ResetReading();
        std::int64_t readCount = 0;
        const bool complete = reader.value().read(*layer, *store, -1, [&](std::int64_t n) {
            readCount += n;
            if (!feedback)
                return true;
            if (total > 0)
                feedback->setProgress(std::min(0.99, static_cast<double>(readCount) / static_cast<double>(total)));
            return !feedback->isCanceled();
        });
        if (!complete)
            return fileError(path, canceled);
    }
    report.gdalFailures << errors.failures();
#ifdef __GLIBC__
    // What GDAL's features left free in the heaps (one per reading thread) goes back to the system
    // before finish() joins the coordinates and builds the index: the peak of the load.
    malloc_trim(0);
#endif
    if (!report.gdalFailures.isEmpty()) {
        // Some features GDAL could not read (a garbage geometry blob, a truncated record): the
        // layer opens with the rest, as ogrinfo lists them, and says so; nothing read is an error.
        if (store->size() == 0)
            return fileError(path, QCoreApplication::translate("VectorLoader", "reading features failed after %1 of them: %2")
                                       .arg(store->size())
                                       .arg(report.gdalFailures.last()));
        result.warnings << QCoreApplication::translate("VectorLoader", "%1: GDAL reported %2 error(s) reading features (last: %3); the %4 "
                                          "feature(s) it could read are shown")
                               .arg(fileLabel(path))
                               .arg(report.gdalFailures.size())
                               .arg(report.gdalFailures.last())
                               .arg(store->size());
    }
    result.warnings << report.plausibility.warnings(fileLabel(path));
    if (report.emptyTopology > 0)
        result.warnings << QCoreApplication::translate("VectorLoader", "%1: %2 feature(s) have an empty geometry: their arcs point to nothing "
                                          "GDAL could build (an arc index past the file's arcs, or rings of no points)")
                               .arg(fileLabel(path))
                               .arg(report.emptyTopology);
    if (report.badText > 0)
        result.warnings << QCoreApplication::translate("VectorLoader", "%1: %2 attribute value(s) are not valid UTF-8 text; the characters that "
                                          "could not be read show as �. Save the file as UTF-8 (or give a "
                                          "shapefile its .cpg) to see them")
                               .arg(fileLabel(path))
                               .arg(report.badText);
    if (report.noGeometry > 0)
        result.warnings << QCoreApplication::translate("VectorLoader", "%1: %2 feature(s) have no geometry; they are kept but not drawn")
                               .arg(fileLabel(path))
                               .arg(report.noGeometry);
    if (report.droppedVertices > 0)
        result.warnings << QCoreApplication::translate("VectorLoader", "%1: %2 vertices lie outside what %3 can show and were dropped")
                               .arg(fileLabel(path))
                               .arg(report.droppedVertices)
                               .arg(mapCrs.authId().isEmpty() ? mapCrs.name() : mapCrs.authId());
    store->finish();
    if (feedback)
        feedback->setProgress(1.0);
    result.store = std::move(store);
    return result;
}

} // namespace

QString supportedFileFilter()
{
    return QCoreApplication::translate("VectorLoader", "All supported files (*.gpkg *.shp *.geojson *.json *.topojson *.kml *.kmz *.fgb *.gml *.csv "
        "*.tif *.tiff *.mbtiles *.vrt *.png *.jpg *.jpeg *.gif *.bmp *.jp2);;"
        "GeoPackage (*.gpkg);;ESRI Shapefile (*.shp);;GeoJSON (*.geojson *.json);;TopoJSON (*.topojson "
        "*.json);;"
        "KML (*.kml *.kmz);;FlatGeobuf (*.fgb);;GML (*.gml);;CSV with WKT or lon/lat (*.csv);;"
        "GeoTIFF (*.tif *.tiff);;MBTiles (*.mbtiles);;"
        "Scanned maps and images (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.jp2);;All files (*)");
}

} // namespace mineatlas::data
