#include <QtTest>

#include <gdal.h>

#include "data/storecache.h"
#include "data/vectorloader.h"

using namespace mineatlas;

/// Prepared layers kept on disk come back identical, and a changed or damaged entry is never used.
class TestStoreCache : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString copyFixture(const QString& name)
    {
        const QString to = m_dir.filePath(name);
        QFile::remove(to);
        QFile::copy(QStringLiteral(MINEATLAS_TEST_DATA "/") + name, to);
        return to;
    }

private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void roundTripsAndInvalidates()
    {
        const QString path = copyFixture("areas.geojson");
        const data::StoreCache cache(m_dir.filePath("cache"));
        const geo::Crs crs = geo::Crs::webMercator();
        QVERIFY(!cache.find(path, {}, crs));
        auto first = data::loadVectorLayer(path, {}, crs, nullptr, &cache);
        QVERIFY(first.ok());
        auto hit = cache.find(path, {}, crs);
        QVERIFY(hit.has_value());
        const data::FeatureStore& a = *first->store;
        const data::FeatureStore& b = *hit->store;
        QCOMPARE(b.size(), a.size());
        QCOMPARE(b.vertices(), a.vertices());
        QCOMPARE(b.exactVertexCount(), a.exactVertexCount());
        QCOMPARE(b.precision(), a.precision());
        QCOMPARE(b.ringStart(), a.ringStart());
        QCOMPARE(b.fieldNames(), a.fieldNames());
        for (std::size_t f = 0; f < a.size(); ++f)
            for (int c = 0; c < a.fieldNames().size(); ++c)
                QCOMPARE(b.attribute(f, c), a.attribute(f, c));
        QCOMPARE(b.extent(), a.extent());
        QCOMPARE(b.query(a.extent()), a.query(a.extent()));
        QCOMPARE(hit->layerName, first->layerName);
        // Another map CRS is another entry.
        QVERIFY(!cache.find(path, {}, geo::Crs::wgs84()));
        // The file changes: the entry no longer applies.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime);
        f.close();
        QVERIFY(!cache.find(path, {}, crs));
    }

    void damagedEntryIsIgnored()
    {
        const QString path = copyFixture("areas.fgb");
        const data::StoreCache cache(m_dir.filePath("cache2"));
        QVERIFY(data::loadVectorLayer(path, {}, geo::Crs::wgs84(), nullptr, &cache).ok());
        const QStringList entries = QDir(m_dir.filePath("cache2")).entryList({"*.mastore"});
        QVERIFY(!entries.isEmpty());
        for (const QString& e : entries) {
            QFile file(m_dir.filePath("cache2/" + e));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(file.size() / 2));
        }
        QVERIFY(!cache.find(path, {}, geo::Crs::wgs84()));
        // Loading still works and rebuilds the entry.
        auto again = data::loadVectorLayer(path, {}, geo::Crs::wgs84(), nullptr, &cache);
        QVERIFY(again.ok());
        QCOMPARE(again->store->size(), std::size_t(2));
        QVERIFY(cache.find(path, {}, geo::Crs::wgs84()));
    }

    void everyDamagedByteIsCaughtAndTheLayerRebuilt()
    {
        // Flipped bits anywhere, coordinates included, a zeroed entry: never shown, rebuilt right.
        const QString path = copyFixture("areas.geojson");
        const QString dir = m_dir.filePath("cache-flips");
        const data::StoreCache cache(dir);
        const geo::Crs crs = geo::Crs::webMercator();
        auto truth = data::loadVectorLayer(path, {}, crs); // no cache: GDAL and PROJ
        QVERIFY(truth.ok());
        QVERIFY(data::loadVectorLayer(path, {}, crs, nullptr, &cache).ok());
        const QString entry = dir + "/" + QDir(dir).entryList({"*.mastore"}).filter(QRegularExpression("^[0-9a-f]+")).first();
        QFile original(entry);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        original.close();
        // The bytes of the first ring's origin (x of its centre, in Web Mercator metres), or of its
        // first vertex when it is kept exact.
        const data::RingCoords first = truth->store->ring(0);
        const double x0 = first.exact ? first.exact[0] : first.ox;
        const qsizetype coordAt = bytes.indexOf(QByteArray(reinterpret_cast<const char*>(&x0), sizeof x0));
        QVERIFY(coordAt > 0);
        std::vector<qsizetype> positions{coordAt + 3, coordAt + 7, 0, 5, 12, 20, bytes.size() - 1};
        for (int i = 1; i < 48; ++i)
            positions.push_back(bytes.size() * i / 48);
        auto damage = [&](const QByteArray& content) {
            QFile f(entry);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        for (qsizetype at : positions) {
            QByteArray flipped = bytes;
            flipped[at] = char(flipped[at] ^ 0x10);
            damage(flipped);
            QVERIFY2(!cache.find(path, {}, crs), qPrintable(QStringLiteral("a flipped bit at byte %1 of %2 was trusted")
                                                                 .arg(at)
                                                                 .arg(bytes.size())));
            QVERIFY2(!QFile::exists(entry), "a damaged entry is deleted");
        }
        damage(QByteArray(bytes.size(), '\0'));
        QVERIFY(!cache.find(path, {}, crs));
        damage(bytes.left(bytes.size() - 9));
        QVERIFY(!cache.find(path, {}, crs));
        // Opened again: rebuilt from the file, and what comes back is what GDAL reads.
        auto rebuilt = data::loadVectorLayer(path, {}, crs, nullptr, &cache);
        QVERIFY(rebuilt.ok());
        auto hit = cache.find(path, {}, crs);
        QVERIFY(hit.has_value());
        QCOMPARE(hit->store->vertices(), truth->store->vertices());
        QCOMPARE(hit->store->size(), truth->store->size());
    }

    void anEditThatKeepsSizeAndTimeIsSeen()
    {
        const QString path = copyFixture("areas.geojson");
        const data::StoreCache cache(m_dir.filePath("cache-edit"));
        const geo::Crs crs = geo::Crs::wgs84();
        QVERIFY(data::loadVectorLayer(path, {}, crs, nullptr, &cache).ok());
        QVERIFY(cache.find(path, {}, crs));
        const QDateTime mtime = QFileInfo(path).lastModified();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray text = f.readAll();
        const qsizetype at = text.indexOf("Alpha");
        QVERIFY(at > 0);
        text.replace(at, 5, "Alphb"); // same length
        QVERIFY(f.seek(0));
        f.write(text);
        f.close();
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
        f.close();
        QCOMPARE(QFileInfo(path).size(), qint64(text.size()));
        QCOMPARE(QFileInfo(path).lastModified(), mtime);
        QVERIFY2(!cache.find(path, {}, crs), "an entry of the old content was used");
        auto reread = data::loadVectorLayer(path, {}, crs, nullptr, &cache);
        QVERIFY(reread.ok());
        const int name = reread->store->fieldNames().indexOf("name");
        QCOMPARE(reread->store->attribute(0, name).toString(), QStringLiteral("Alphb"));
    }

    void theCacheKeepsToItsSizeDroppingTheLeastRecentlyUsed()
    {
        const QString dir = m_dir.filePath("cache-lru");
        const geo::Crs crs = geo::Crs::wgs84();
        const QStringList files{"areas.geojson", "areas.fgb", "areas.gml", "areas.kml", "areas.shp"};
        QStringList paths;
        for (const QString& f : files)
            paths << copyFixture(f);
        // Measure one entry, then allow about three.
        qint64 one = 0;
        {
            const data::StoreCache probe(m_dir.filePath("cache-probe"));
            QVERIFY(data::loadVectorLayer(paths[0], {}, crs, nullptr, &probe).ok());
            for (const QFileInfo& e : QDir(m_dir.filePath("cache-probe")).entryInfoList({"*.mastore"}))
                one = std::max(one, e.size());
        }
        QVERIFY(one > 0);
        const data::StoreCache cache(dir, 0, one * 7 / 2);
        auto entryCount = [&] { return QDir(dir).entryList({"*.mastore"}).size(); };
        for (int i = 0; i < 3; ++i) {
            QVERIFY(data::loadVectorLayer(paths[i], {}, crs, nullptr, &cache).ok());
            QTest::qWait(20); // distinct modification times
        }
        QVERIFY(cache.find(paths[0], {}, crs)); // the first one is used again: the most recent now
        QTest::qWait(20);
        QVERIFY(data::loadVectorLayer(paths[3], {}, crs, nullptr, &cache).ok());
        qint64 total = 0;
        for (const QFileInfo& e : QDir(dir).entryInfoList({"*.mastore"}))
            total += e.size();
        QVERIFY2(total <= one * 7 / 2, qPrintable(QString::number(total)));
        QVERIFY(entryCount() >= 2);
        QVERIFY2(cache.find(paths[0], {}, crs), "the entry used most recently was evicted");
        QVERIFY2(!cache.find(paths[1], {}, crs), "the entry unused the longest was kept");
    }

    void anUnwritableCacheOnlyCostsSpeed()
    {
        // The cache directory cannot exist (its parent is a file): loads work, nothing is cached.
        QFile blocker(m_dir.filePath("not-a-dir"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const data::StoreCache cache(m_dir.filePath("not-a-dir/cache"));
        const QString path = copyFixture("areas.fgb");
        auto r = data::loadVectorLayer(path, {}, geo::Crs::wgs84(), nullptr, &cache);
        QVERIFY(r.ok());
        QCOMPARE(r->store->size(), std::size_t(2));
        QVERIFY(!cache.find(path, {}, geo::Crs::wgs84()));
    }

    void smallFilesAreNotCached()
    {
        const QString path = copyFixture("areas.kml");
        const data::StoreCache cache(m_dir.filePath("cache3"), 1024 * 1024);
        QVERIFY(data::loadVectorLayer(path, {}, geo::Crs::wgs84(), nullptr, &cache).ok());
        QVERIFY(!cache.find(path, {}, geo::Crs::wgs84()));
    }
    /// Attribute values are read only as the kinds the loader writes (nothing, integers, reals,
    /// text): a damaged store whose bytes spell a list, a date or an image is refused, not
    /// followed (libFuzzer found a list inside a list claiming 21 GB: fuzz/regressions/store_cache).
    void attributesOnlyOfTheKindsTheLoaderWrites()
    {
        auto withValue = [](const QVariant& value) {
            data::FeatureStore store(QStringList{"v"});
            store.beginFeature(data::GeometryKind::Point, {value});
            const double point[] = {30, 50};
            store.addRing(point, 1);
            store.finish();
            QByteArray bytes;
            QDataStream out(&bytes, QIODevice::WriteOnly);
            out.setVersion(QDataStream::Qt_6_4);
            store.write(out);
            QDataStream in(bytes);
            in.setVersion(QDataStream::Qt_6_4);
            return data::FeatureStore::read(in);
        };
        for (const QVariant& kept : {QVariant(), QVariant(7), QVariant(qlonglong(1) << 40), QVariant(2.5),
                                     QVariant(QStringLiteral("UA-KHE-0001")), QVariant(QString())}) {
            auto s = withValue(kept);
            QVERIFY2(s, kept.typeName());
            QCOMPARE(s->attribute(0, 0), kept);
        }
        for (const QVariant& refused : {QVariant(QVariantList{1, 2}), QVariant(QDate(2026, 12, 2)),
                                        QVariant(QByteArray("bytes")), QVariant(QStringList{"a"})})
            QVERIFY2(!withValue(refused), refused.typeName());
        QFile found(QStringLiteral(MINEATLAS_TEST_DATA "/../../fuzz/regressions/store_cache/variant-list-claiming-21gb"));
        QVERIFY(found.open(QIODevice::ReadOnly));
        QDataStream in(found.readAll());
        in.setVersion(QDataStream::Qt_6_4);
        QVERIFY(!data::FeatureStore::read(in));
    }
    void corruptedOffsetsAreRefused()
    {
        // A store whose offset arrays are easy to find in the written bytes: three 5-point rings.
        data::FeatureStore store(QStringList{"id"});
        for (int f = 0; f < 3; ++f) {
            store.beginFeature(data::GeometryKind::Polygon, {f});
            const double ring[] = {double(f), 0, f + 0.5, 0, f + 0.5, 0.5, double(f), 0.5, double(f), 0};
            store.addRing(ring, 5);
        }
        store.finish();
        QByteArray bytes;
        {
            QDataStream out(&bytes, QIODevice::WriteOnly);
            out.setVersion(QDataStream::Qt_6_4);
            store.write(out);
        }
        auto readBack = [](const QByteArray& b) {
            QDataStream in(b);
            in.setVersion(QDataStream::Qt_6_4);
            return data::FeatureStore::read(in);
        };
        QVERIFY(readBack(bytes)); // intact: accepted
        // The ring offsets 0, 5, 10, 15: one in the middle made to point far past the coordinates.
        const std::uint32_t offsets[] = {0, 5, 10, 15};
        const QByteArray pattern(reinterpret_cast<const char*>(offsets), sizeof offsets);
        const qsizetype at = bytes.indexOf(pattern);
        QVERIFY(at > 0);
        QByteArray damaged = bytes;
        const std::uint32_t wild = 1u << 30;
        std::memcpy(damaged.data() + at + 4, &wild, 4);
        QVERIFY2(!readBack(damaged), "a ring offset pointing outside the coordinates was trusted");
        // Offsets that go backwards, ends unchanged.
        damaged = bytes;
        const std::uint32_t backwards = 12;
        std::memcpy(damaged.data() + at + 4, &backwards, 4);
        QVERIFY(!readBack(damaged));
        // Flip bytes everywhere in turn: whatever comes back must be safe to walk.
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            damaged = bytes;
            damaged[i] = char(damaged[i] ^ 0x5A);
            auto s = readBack(damaged);
            if (!s)
                continue;
            for (std::size_t f = 0; f < s->size(); ++f)
                for (auto r = s->ringBegin(f); r < s->ringEnd(f); ++r)
                    QVERIFY(s->ringStart()[r] <= s->ringStart()[r + 1] && s->ringStart()[r + 1] <= s->vertexCount());
            // Every ring's vertices can be read where the store says they are (ASan watches).
            QCOMPARE(s->vertices().size(), 2 * s->vertexCount());
            QCOMPARE(s->query(s->extent()).size() <= s->size(), true);
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreCache)
#include "tst_storecache.moc"
