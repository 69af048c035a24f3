#include <QtTest>

#include <gdal.h>
#include <ogrsf_frmts.h>

#include "data/vectorloader.h"
#include "layerloader.h"
#include "project/project.h"
#include "render/renderjob.h"

using namespace mineatlas;

/// Every input of the bad-input corpus (tests/data/bad, made by make-bad.sh; the large ones made
/// here) through the app's open path: the loader's worker, the project, then a render. Each has
/// its asserted outcome: loaded with N features and these warnings, or a clear error naming the
/// file. Nothing crashes, hangs or draws silently wrong.
class TestBadInputs : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Outcome {
        QStringList errors, warnings, renderErrors, renderWarnings;
        int layers = 0;
        std::size_t features = 0;
        bool empty = false;
    };

    static QString bad(const QString& name) { return QStringLiteral(MINEATLAS_TEST_DATA "/bad/") + name; }

    Outcome open(const QString& path)
    {
        project::Project project;
        gui::LayerLoader loader(project);
        QSignalSpy errors(&loader, &gui::LayerLoader::error);
        QSignalSpy warnings(&loader, &gui::LayerLoader::warning);
        QSignalSpy empty(&loader, &gui::LayerLoader::layerEmpty);
        QSignalSpy idle(&loader, &gui::LayerLoader::idle);
        loader.open(path);
        if (!idle.wait(60000) && idle.isEmpty())
            qFatal("%s: the loader did not finish in 60 s", qPrintable(path));
        Outcome out;
        for (const auto& e : errors)
            out.errors << e.first().toString();
        for (const auto& w : warnings)
            out.warnings << w.first().toString();
        out.empty = !empty.isEmpty();
        out.layers = project.layerCount();
        render::MapSettings settings;
        settings.crs = project.crs();
        settings.size = QSize(128, 96);
        MapRect extent;
        for (int i = 0; i < project.layerCount(); ++i) {
            const project::MapLayer* l = project.layerAt(i);
            if (l->store())
                out.features += l->store()->size();
            settings.layers.push_back(l->snapshot());
            if (const MapRect e = l->extent(); !e.isEmpty())
                extent.include(e);
        }
        settings.extent = extent.isEmpty() || extent.width() <= 0 ? MapRect{-2e7, -2e7, 2e7, 2e7} : extent;
        std::atomic<bool> cancel{false};
        const render::RenderResult r = render::renderMap(settings, cancel);
        out.renderErrors = r.errors;
        out.renderWarnings = r.warnings;
        return out;
    }

    static bool anyContains(const QStringList& list, const QString& what)
    {
        return std::any_of(list.begin(), list.end(), [&](const QString& s) { return s.contains(what); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        GDALAllRegister();
        data::configureGdal();
        QVERIFY(m_dir.isValid());
    }

    /// Files that must be refused, with the file named and the reason.
    void refusedWithAClearError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty file") << "empty.geojson" << "the file is empty (0 bytes)";
        QTest::newRow("truncated GeoJSON") << "truncated.geojson" << "Failed to read GeoJSON data";
        QTest::newRow("invalid JSON") << "invalid-json.geojson" << "Failed to read GeoJSON data";
        QTest::newRow("junk GeoJSON") << "junk.geojson" << "not recognized as a supported file format";
        QTest::newRow("junk GeoPackage") << "junk.gpkg" << "not recognized as a supported file format";
        QTest::newRow("junk shapefile") << "junk.shp" << "not recognized as a supported file format";
        QTest::newRow("junk FlatGeobuf") << "junk.fgb" << "not recognized as a supported file format";
        QTest::newRow("truncated GeoPackage") << "truncated.gpkg" << "malformed";
        QTest::newRow("shapefile without .dbf") << "missing-dbf.shp" << "missing-dbf.dbf) is missing";
        QTest::newRow("shapefile without .shx") << "missing-shx.shp" << "the shapefile's index (missing-shx.shx) is missing";
        QTest::newRow("KML entity expansion") << "entity-expansion.kml" << "parsing aborted";
        QTest::newRow("GML entity expansion") << "entity-expansion.gml" << "parsing aborted";
    }
    void refusedWithAClearError()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const Outcome o = open(bad(file));
        QCOMPARE(o.layers, 0);
        QCOMPARE(o.errors.size(), 1);
        QVERIFY2(o.errors.first().startsWith(file + ": ") && o.errors.first().contains(reason),
                 qPrintable(o.errors.first()));
    }

    /// Files that open with what is valid, and say what is not.
    void openedWithWarnings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("features");
        QTest::addColumn<QStringList>("warnings"); ///< each must appear in one warning; none when empty
        QTest::newRow("zero features") << "zero-features.geojson" << 0 << QStringList{};
        QTest::newRow("non-finite coordinates")
            << "non-finite.geojson" << 3 << QStringList{"1 feature(s) have coordinates that are not numbers"};
        QTest::newRow("±1e308 coordinates")
            << "huge.geojson" << 2 << QStringList{"1 feature(s) have coordinates outside the valid range"};
        QTest::newRow("latitude/longitude swapped")
            << "swapped-axes.geojson" << 3
            << QStringList{"3 feature(s) have coordinates outside the valid range", "stores latitude before longitude"};
        QTest::newRow("point without coordinates")
            << "point-without-coordinates.geojson" << 2 << QStringList{"1 feature(s) have no geometry"};
        QTest::newRow("degenerate polygons") << "degenerate.geojson" << 2
                                             << QStringList{"2 polygon feature(s) have a ring of fewer than three"};
        QTest::newRow("self-intersecting polygon") << "self-intersecting.geojson" << 1 << QStringList{};
        QTest::newRow("nested geometry collections") << "nested-collections.geojson" << 1 << QStringList{};
        QTest::newRow("broken .prj")
            << "broken-prj.shp" << 2
            << QStringList{"could not read the coordinate reference system in broken-prj.prj (missing , or ])"};
        QTest::newRow("broken geometry blob in a GeoPackage")
            << "broken-blob.gpkg" << 2 << QStringList{"1 error(s) reading features (last: Unable to read geometry)"};
        QTest::newRow("truncated shapefile") << "truncated.shp" << 2 << QStringList{"1 error(s) reading features"};
        QTest::newRow("truncated FlatGeobuf") << "truncated.fgb" << 1 << QStringList{"error(s) reading features"};
        QTest::newRow("non-UTF-8 attributes")
            << "non-utf8.csv" << 2 << QStringList{"2 attribute value(s) are not valid UTF-8"};
        QTest::newRow("CSV with lon/lat columns") << "points-xy.csv" << 4 << QStringList{"no coordinate reference system"};
        QTest::newRow("CSV with two longitude columns")
            << "two-longitudes.csv" << 2
            << QStringList{"2 columns could hold the longitude (x): x, lon; the points are placed by the last, \"lon\""};
        QTest::newRow("CSV with two latitude columns")
            << "two-latitudes.csv" << 2
            << QStringList{"2 columns could hold the latitude (y): y, lat; the points are placed by the last, \"lat\""};
        QTest::newRow("CSV libFuzzer found crashing GDAL")
            << "fuzz-duplicate-lon.csv" << 7
            << QStringList{"2 columns could hold the longitude (x): lon, lon", "7 feature(s) have no geometry",
                           "are not valid UTF-8"};
        QTest::newRow("non-ASCII path") << "міни-ділянки.geojson" << 2 << QStringList{};
        QTest::newRow("TopoJSON arc that points nowhere")
            << "dangling-arcs.topojson" << 2 << QStringList{"1 feature(s) have an empty geometry: their arcs point to nothing"};
    }
    void openedWithWarnings()
    {
        QFETCH(QString, file);
        QFETCH(int, features);
        QFETCH(QStringList, warnings);
        const Outcome o = open(bad(file));
        QVERIFY2(o.errors.isEmpty(), qPrintable(o.errors.join('\n')));
        QCOMPARE(o.layers, 1);
        QCOMPARE(o.features, std::size_t(features));
        QCOMPARE(o.empty, features == 0);
        for (const QString& w : warnings)
            QVERIFY2(anyContains(o.warnings, w), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(w, o.warnings.join('\n'))));
        // Warnings are the file's own: named, and none where none is expected (a CSV has no CRS).
        for (const QString& w : o.warnings)
            QVERIFY2(w.startsWith(file + ": "), qPrintable(w));
        if (warnings.isEmpty())
            QVERIFY2(o.warnings.isEmpty(), qPrintable(o.warnings.join('\n')));
        QVERIFY2(o.renderErrors.isEmpty(), qPrintable(o.renderErrors.join('\n')));
    }

    /// Rasters whose tiles or blocks cannot be decoded: drawn, with one warning from the render.
    void corruptRastersAreDrawnAndSaySo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("gdalSays");
        QTest::newRow("GeoTIFF with undecodable tiles") << "corrupt.tif" << "ZIPDecode";
        QTest::newRow("MBTiles with a tile that is not an image") << "corrupt-tile.mbtiles" << "Cannot parse tile data";
    }
    void corruptRastersAreDrawnAndSaySo()
    {
        QFETCH(QString, file);
        QFETCH(QString, gdalSays);
        const Outcome o = open(bad(file));
        QVERIFY2(o.errors.isEmpty(), qPrintable(o.errors.join('\n')));
        QCOMPARE(o.layers, 1);
        QVERIFY2(o.renderErrors.isEmpty(), qPrintable(o.renderErrors.join('\n')));
        QCOMPARE(o.renderWarnings.size(), 1);
        QVERIFY2(o.renderWarnings.first().startsWith(file + ": part of the raster could not be decoded") &&
                     o.renderWarnings.first().contains(gdalSays),
                 qPrintable(o.renderWarnings.first()));
    }

    /// Inputs made here: too large to commit, or not files at all.
    void aPolygonOfAMillionVerticesAndAMegabyteOfText()
    {
        const QString path = m_dir.filePath("large.gpkg");
        {
            GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
            GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRSpatialReference wgs84;
            wgs84.SetWellKnownGeogCS("WGS84");
            OGRLayer* layer = ds->CreateLayer("large", &wgs84, wkbPolygon, nullptr);
            OGRFieldDefn text("note", OFTString);
            layer->CreateField(&text);
            OGRFeature f(layer->GetLayerDefn());
            f.SetField(0, std::string(1 << 20, 'x').c_str());
            OGRLinearRing ring;
            const int n = 1000000;
            ring.setNumPoints(n + 1);
            for (int i = 0; i < n; ++i) {
                const double a = 2 * M_PI * i / n;
                ring.setPoint(i, 31 + std::cos(a), 49 + std::sin(a));
            }
            ring.setPoint(n, 32, 49);
            OGRPolygon poly;
            poly.addRing(&ring);
            f.SetGeometry(&poly);
            QCOMPARE(layer->CreateFeature(&f), OGRERR_NONE);
        }
        const Outcome o = open(path);
        QVERIFY2(o.errors.isEmpty() && o.warnings.isEmpty(), qPrintable((o.errors + o.warnings).join('\n')));
        QCOMPARE(o.features, std::size_t(1));
        QVERIFY2(o.renderErrors.isEmpty(), qPrintable(o.renderErrors.join('\n')));
        project::Project project;
        gui::LayerLoader loader(project);
        QSignalSpy idle(&loader, &gui::LayerLoader::idle);
        loader.open(path);
        QVERIFY(idle.wait(60000));
        QCOMPARE(project.layerAt(0)->store()->attribute(0, 0).toString().size(), qsizetype(1 << 20));
        QVERIFY(project.layerAt(0)->store()->vertexCount() >= 1000000);
        // With less memory than the layer needs (a limit of 4 MB stands in for a small laptop):
        // refused before reading, with the numbers.
        qputenv("MINEATLAS_MEMORY_LIMIT_MB", "4");
        const Outcome refused = open(path);
        qunsetenv("MINEATLAS_MEMORY_LIMIT_MB");
        QCOMPARE(refused.layers, 0);
        QCOMPARE(refused.errors.size(), 1);
        QVERIFY2(refused.errors.first().startsWith("large.gpkg: opening it would need about ") &&
                     refused.errors.first().contains("MB of memory, and 4 MB are available"),
                 qPrintable(refused.errors.first()));
    }

    void notAFile()
    {
        const QString folder = m_dir.filePath("folder.geojson");
        QVERIFY(QDir().mkpath(folder));
        Outcome o = open(folder);
        QCOMPARE(o.errors.size(), 1);
        QVERIFY2(o.errors.first() == "folder.geojson: this is a folder, not a file", qPrintable(o.errors.first()));
        const QString loop = m_dir.filePath("loop.geojson");
        QVERIFY(QFile::link(loop, loop));
        o = open(loop);
        QCOMPARE(o.errors.size(), 1);
        QVERIFY2(o.errors.first().startsWith("loop.geojson: a symbolic link that leads nowhere"), qPrintable(o.errors.first()));
        o = open(m_dir.filePath("never-there.gpkg"));
        QVERIFY2(o.errors.size() == 1 && o.errors.first().startsWith("never-there.gpkg: file not found"),
                 qPrintable(o.errors.join('\n')));
    }

    void aFileDeletedWhileItLoads()
    {
        // 50,000 points: long enough that the delete lands while the worker reads.
        const QString path = m_dir.filePath("deleted.geojson");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"type\":\"FeatureCollection\",\"features\":[");
            for (int i = 0; i < 50000; ++i)
                f.write(QStringLiteral("%1{\"type\":\"Feature\",\"properties\":{\"n\":%2},\"geometry\":{\"type\":\"Point\","
                                       "\"coordinates\":[%3,%4]}}")
                            .arg(i ? "," : "")
                            .arg(i)
                            .arg(30 + (i % 100) * 0.01)
                            .arg(50 + (i / 100) * 0.01)
                            .toUtf8());
            f.write("]}");
        }
        project::Project project;
        gui::LayerLoader loader(project);
        QSignalSpy errors(&loader, &gui::LayerLoader::error);
        QSignalSpy idle(&loader, &gui::LayerLoader::idle);
        loader.open(path);
        QVERIFY(QFile::remove(path));
        QVERIFY(idle.wait(60000));
        // Either the worker had the file open (Linux keeps a deleted file readable until it is
        // closed: all 50,000 points), or it came too late (before the loader's checks or between
        // them and GDAL's open) and says the file is gone. Nothing else.
        if (errors.isEmpty()) {
            QCOMPARE(project.layerCount(), 1);
            QCOMPARE(project.layerAt(0)->store()->size(), std::size_t(50000));
        } else {
            QCOMPARE(project.layerCount(), 0);
            QVERIFY2(errors.first().first().toString().startsWith("deleted.geojson: file not found"),
                     qPrintable(errors.first().first().toString()));
        }
    }
};

QTEST_MAIN(TestBadInputs)
#include "tst_badinputs.moc"
