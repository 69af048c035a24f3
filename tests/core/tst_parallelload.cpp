#include <cstring>

#include <QtTest>

#include <gdal.h>
#include <ogrsf_frmts.h>

#include "data/gdalhandles.h"
#include "data/vectorloader.h"

using namespace mineatlas;

/// The parallel first open (issue 13): a GeoPackage or FlatGeobuf read on several threads, one GDAL
/// dataset each, gives the same store as the sequential reader, feature for feature; cancel leaves
/// nothing; progress climbs to 100.
class TestParallelLoad : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    geo::Crs m_mercator;

    /// Writes `count` features of every kind through GDAL: polygons (some with holes), multi-polygons,
    /// lines, multi-lines, points, multi-points, a feature with no geometry every 97th, null
    /// attributes, dates, a text column with many distinct values. Then deletes `deleted` FIDs.
    QString write(const QString& name, const char* driver, int count, const std::vector<GIntBig>& deleted = {})
    {
        const QString path = m_dir.filePath(name);
        GDALDriver* drv = GetGDALDriverManager()->GetDriverByName(driver);
        GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRSpatialReference srs;
        srs.importFromEPSG(4326);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRLayer* layer = ds->CreateLayer("mixed", &srs, wkbUnknown, nullptr);
        for (auto [fieldName, type] : {std::pair{"status", OFTString}, {"code", OFTString}, {"n", OFTInteger},
                                       {"area", OFTReal}, {"reported", OFTDate}, {"big", OFTInteger64}}) {
            OGRFieldDefn field(fieldName, type);
            layer->CreateField(&field);
        }
        if (ds->TestCapability(ODsCTransactions))
            ds->StartTransaction();
        for (int i = 0; i < count; ++i) {
            OGRFeature f(layer->GetLayerDefn());
            const double lon = 22 + (i % 200) * 0.07, lat = 44 + (i / 200 % 100) * 0.05;
            if (i % 7 != 3)
                f.SetField("status", i % 3 == 0 ? "SHA" : i % 3 == 1 ? "CHA" : "cleared");
            f.SetField("code", QByteArray("HA-" + QByteArray::number(i)).constData());
            if (i % 5 != 0)
                f.SetField("n", i);
            f.SetField("area", 0.5 + i * 0.25);
            if (i % 4 != 0)
                f.SetField("reported", 2020 + i % 5, 1 + i % 12, 1);
            f.SetField("big", static_cast<GIntBig>(i) * 3000000000LL);
            OGRGeometryUniquePtr g;
            const double r = 0.01 + (i % 11) * 0.001;
            auto ring = [&](double cx, double cy, double radius, int n) {
                auto* lr = new OGRLinearRing;
                for (int k = 0; k <= n; ++k) {
                    const double a = 2 * M_PI * (k % n) / n;
                    lr->addPoint(cx + radius * std::cos(a), cy + radius * std::sin(a) * (1 + 0.1 * (k % 3)));
                }
                return lr;
            };
            switch (i % 6) {
            case 0: { // polygon with a hole
                auto* p = new OGRPolygon;
                p->addRingDirectly(ring(lon, lat, r, 12 + i % 9));
                if (i % 12 == 0)
                    p->addRingDirectly(ring(lon, lat, r / 3, 5));
                g.reset(p);
                break;
            }
            case 1: { // two polygons, the second with a hole
                auto* m = new OGRMultiPolygon;
                for (int k = 0; k < 2; ++k) {
                    auto* p = new OGRPolygon;
                    p->addRingDirectly(ring(lon + k * 3 * r, lat, r, 8));
                    if (k == 1)
                        p->addRingDirectly(ring(lon + 3 * r, lat, r / 4, 4));
                    m->addGeometryDirectly(p);
                }
                g.reset(m);
                break;
            }
            case 2: {
                auto* l = new OGRLineString;
                for (int k = 0; k < 5 + i % 4; ++k)
                    l->addPoint(lon + k * 0.003, lat + (k % 2) * 0.002);
                g.reset(l);
                break;
            }
            case 3: {
                auto* m = new OGRMultiLineString;
                for (int k = 0; k < 2; ++k) {
                    auto* l = new OGRLineString;
                    l->addPoint(lon, lat + k * 0.01);
                    l->addPoint(lon + 0.02, lat + k * 0.01 + 0.005);
                    m->addGeometryDirectly(l);
                }
                g.reset(m);
                break;
            }
            case 4:
                g.reset(new OGRPoint(lon, lat));
                break;
            default: {
                auto* m = new OGRMultiPoint;
                m->addGeometryDirectly(new OGRPoint(lon, lat));
                m->addGeometryDirectly(new OGRPoint(lon + 0.001, lat - 0.001));
                g.reset(m);
            }
            }
            if (i % 97 != 50)
                f.SetGeometryDirectly(g.release());
            if (layer->CreateFeature(&f) != OGRERR_NONE)
                qWarning("CreateFeature failed");
        }
        if (ds->TestCapability(ODsCTransactions))
            ds->CommitTransaction();
        for (GIntBig fid : deleted)
            if (layer->DeleteFeature(fid) != OGRERR_NONE)
                qWarning("DeleteFeature failed");
        return path;
    }

    /// `rangeRows` > 0: the FIDs a thread takes at a time (MINEATLAS_LOAD_RANGE_ROWS), so a small
    /// file is read as many ranges handed out in turn, as a large one is.
    static data::VectorData load(const QString& path, int threads, Feedback* feedback = nullptr, int rangeRows = 0)
    {
        if (rangeRows > 0)
            qputenv("MINEATLAS_LOAD_RANGE_ROWS", QByteArray::number(rangeRows));
        auto r = data::loadVectorLayer(path, {}, geo::Crs::webMercator(), feedback, nullptr, threads);
        qunsetenv("MINEATLAS_LOAD_RANGE_ROWS");
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        return r.value();
    }

    /// Every feature: FID, kind, attributes (type and value), parts, rings, holes, bounds and
    /// coordinates bit for bit.
    static void compareStores(const data::FeatureStore& a, const data::FeatureStore& b)
    {
        QCOMPARE(b.size(), a.size());
        QCOMPARE(b.fieldNames(), a.fieldNames());
        QCOMPARE(b.vertexCount(), a.vertexCount());
        for (std::size_t f = 0; f < a.size(); ++f) {
            QCOMPARE(b.fid(f), a.fid(f));
            QCOMPARE(b.kind(f), a.kind(f));
            for (int c = 0; c < a.fieldNames().size(); ++c) {
                QCOMPARE(b.attribute(f, c).typeId(), a.attribute(f, c).typeId());
                QCOMPARE(b.attribute(f, c), a.attribute(f, c));
            }
            QCOMPARE(b.ringBegin(f), a.ringBegin(f));
            QCOMPARE(b.ringEnd(f), a.ringEnd(f));
            QCOMPARE(b.partBegin(f), a.partBegin(f));
            QCOMPARE(b.partEnd(f), a.partEnd(f));
            QVERIFY(std::memcmp(&b.bounds(f), &a.bounds(f), sizeof(MapRect)) == 0);
        }
        for (std::size_t p = 0; p < a.partEnd(a.size() - 1); ++p) {
            QCOMPARE(b.partRingBegin(p), a.partRingBegin(p));
            QCOMPARE(b.partRingEnd(p), a.partRingEnd(p));
        }
        QVERIFY(b.ringStart() == a.ringStart());
        for (std::size_t r = 0; r + 1 < a.ringStart().size(); ++r)
            QCOMPARE(b.isHole(r), a.isHole(r));
        // The same coordinates, kept the same way (float offsets from the same origins, or exact).
        QCOMPARE(b.exactVertexCount(), a.exactVertexCount());
        QCOMPARE(b.coordinateBytes(), a.coordinateBytes());
        for (std::uint32_t r = 0; r + 1 < a.ringStart().size(); ++r) {
            const data::RingCoords ra = a.ring(r), rb = b.ring(r);
            QCOMPARE(!rb.exact, !ra.exact);
            QVERIFY(std::memcmp(&rb.ox, &ra.ox, sizeof(double)) == 0 && std::memcmp(&rb.oy, &ra.oy, sizeof(double)) == 0);
            QVERIFY(ra.exact ? std::memcmp(rb.exact, ra.exact, 2 * sizeof(double) * ra.count) == 0
                             : std::memcmp(rb.offsets, ra.offsets, 2 * sizeof(float) * ra.count) == 0);
        }
        QVERIFY(std::memcmp(&b.extent(), &a.extent(), sizeof(MapRect)) == 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        GDALAllRegister();
        data::configureGdal();
        QVERIFY(m_dir.isValid());
    }

    void sameStoreAsSequential_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("rangeRows");
        const QString gpkg = write(QStringLiteral("mixed.gpkg"), "GPKG", 3000);
        const QString fgb = write(QStringLiteral("mixed.fgb"), "FlatGeobuf", 3000);
        // Deleted rows: FIDs 2..41 gone, and 1400..2399 (the middle share of three reads nothing).
        std::vector<GIntBig> deleted;
        for (GIntBig f = 2; f < 42; ++f)
            deleted.push_back(f);
        for (GIntBig f = 1400; f < 2400; ++f)
            deleted.push_back(f);
        const QString gaps = write(QStringLiteral("gaps.gpkg"), "GPKG", 3000, deleted);
        QTest::newRow("GeoPackage, 2 threads") << gpkg << 2 << 3000 << 0;
        QTest::newRow("GeoPackage, 5 threads") << gpkg << 5 << 3000 << 0;
        // GDAL's FlatGeobuf writer leaves out the 31 features with no geometry (every 97th).
        QTest::newRow("FlatGeobuf, 2 threads") << fgb << 2 << 3000 - 31 << 0;
        QTest::newRow("FlatGeobuf, 3 threads") << fgb << 3 << 3000 - 31 << 0;
        QTest::newRow("GeoPackage with FID gaps, 2 threads") << gaps << 2 << 3000 - int(deleted.size()) << 0;
        QTest::newRow("GeoPackage with FID gaps, 3 threads") << gaps << 3 << 3000 - int(deleted.size()) << 0;
        // Many ranges taken in turn: 30 of 100 FIDs; 187 of 16 (none narrower than 16 FIDs); 47 of
        // 64 over the gaps, where whole ranges hold no rows.
        QTest::newRow("GeoPackage, 2 threads, ranges of 100 FIDs") << gpkg << 2 << 3000 << 100;
        QTest::newRow("GeoPackage, 3 threads, ranges of 7 FIDs") << gpkg << 3 << 3000 << 7;
        QTest::newRow("GeoPackage with FID gaps, 2 threads, ranges of 64 FIDs")
            << gaps << 2 << 3000 - int(deleted.size()) << 64;
    }
    void sameStoreAsSequential()
    {
        QFETCH(QString, path);
        QFETCH(int, threads);
        QFETCH(int, expected);
        QFETCH(int, rangeRows);
        const auto sequential = load(path, 1);
        const auto parallel = load(path, threads, nullptr, rangeRows);
        QCOMPARE(int(sequential.store->size()), expected);
        // The file's own order and FIDs, read back with plain GDAL (the sequential reader's truth).
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
        std::size_t i = 0;
        for (auto& f : *ds->GetLayer(0)) {
            QVERIFY(i < sequential.store->size());
            // Attribute values as GDAL words them (text and dates are kept once per distinct value).
            for (int c = 0; c < f->GetFieldCount(); ++c) {
                const QVariant v = sequential.store->attribute(i, c);
                if (!f->IsFieldSetAndNotNull(c)) {
                    QVERIFY(v.isNull());
                    continue;
                }
                switch (f->GetFieldDefnRef(c)->GetType()) {
                case OFTInteger:
                case OFTInteger64:
                    QCOMPARE(v.toLongLong(), qlonglong(f->GetFieldAsInteger64(c)));
                    break;
                case OFTReal:
                    QCOMPARE(v.toDouble(), f->GetFieldAsDouble(c));
                    break;
                default:
                    QCOMPARE(v.toString(), QString::fromUtf8(f->GetFieldAsString(c)));
                }
            }
            QCOMPARE(sequential.store->fid(i++), std::int64_t(f->GetFID()));
        }
        QCOMPARE(i, sequential.store->size());
        compareStores(*sequential.store, *parallel.store);
        QCOMPARE(parallel.warnings, sequential.warnings);
        // The file holds what was written: holes, multi-parts, lines, points and no geometry.
        const auto& s = *sequential.store;
        std::size_t holes = 0, multiParts = 0, none = 0, nullStatus = 0;
        for (std::size_t r = 0; r + 1 < s.ringStart().size(); ++r)
            holes += s.isHole(r);
        for (std::size_t f = 0; f < s.size(); ++f) {
            multiParts += s.partEnd(f) - s.partBegin(f) > 1;
            none += s.kind(f) == data::GeometryKind::None;
            nullStatus += s.attribute(f, 0).isNull();
        }
        QVERIFY(holes > 0);
        QVERIFY(multiParts > 0);
        QVERIFY(none > 0 || path.endsWith(QLatin1String(".fgb")));
        QVERIFY(nullStatus > 0);
    }

    void canceledLoadLeavesNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("threads");
        const QString gpkg = write(QStringLiteral("cancel.gpkg"), "GPKG", 4000);
        const QString fgb = write(QStringLiteral("cancel.fgb"), "FlatGeobuf", 4000);
        QTest::newRow("GeoPackage, sequential") << gpkg << 1;
        QTest::newRow("GeoPackage, 2 threads") << gpkg << 2;
        QTest::newRow("FlatGeobuf, 2 threads") << fgb << 2;
    }
    void canceledLoadLeavesNothing()
    {
        QFETCH(QString, path);
        QFETCH(int, threads);
        // Canceled at the first progress report (mid-load), or before it reports at all.
        Feedback* self = nullptr;
        int reports = 0;
        Feedback feedback([&](double) {
            ++reports;
            self->cancel();
        });
        self = &feedback;
        if (threads > 1)
            feedback.cancel();
        auto r = data::loadVectorLayer(path, {}, geo::Crs::webMercator(), &feedback, nullptr, threads);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QLatin1String("canceled")), qPrintable(r.error()));
        QVERIFY2(r.error().contains(QFileInfo(path).fileName()), qPrintable(r.error()));
        if (threads == 1)
            QCOMPARE(reports, 1);
    }

    void progressClimbsToHundred_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("rangeRows");
        const QString gpkg = write(QStringLiteral("progress.gpkg"), "GPKG", 6000);
        const QString fgb = write(QStringLiteral("progress.fgb"), "FlatGeobuf", 6000);
        QTest::newRow("GeoPackage, sequential") << gpkg << 1 << 0;
        QTest::newRow("GeoPackage, 2 threads") << gpkg << 2 << 0;
        QTest::newRow("FlatGeobuf, 2 threads") << fgb << 2 << 0;
        QTest::newRow("GeoPackage, 2 threads, ranges of 256 FIDs") << gpkg << 2 << 256;
    }
    void progressClimbsToHundred()
    {
        QFETCH(QString, path);
        QFETCH(int, threads);
        QFETCH(int, rangeRows);
        std::vector<double> seen;
        Feedback feedback([&](double f) { seen.push_back(f); });
        const auto data = load(path, threads, &feedback, rangeRows);
        // 62 features with no geometry are left out of the FlatGeobuf by GDAL's writer.
        QCOMPARE(int(data.store->size()), path.endsWith(QLatin1String(".fgb")) ? 6000 - 62 : 6000);
        QVERIFY(!seen.empty());
        QCOMPARE(seen.back(), 1.0);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(seen.front() >= 0.0);
        // Below 100 % until the store is ready.
        QCOMPARE(std::count(seen.begin(), seen.end(), 1.0), std::ptrdiff_t(1));
    }
};

QTEST_GUILESS_MAIN(TestParallelLoad)
#include "tst_parallelload.moc"
