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
        QCOMPARE(b.coords(), a.coords());
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

    void smallFilesAreNotCached()
    {
        const QString path = copyFixture("areas.kml");
        const data::StoreCache cache(m_dir.filePath("cache3"), 1024 * 1024);
        QVERIFY(data::loadVectorLayer(path, {}, geo::Crs::wgs84(), nullptr, &cache).ok());
        QVERIFY(!cache.find(path, {}, geo::Crs::wgs84()));
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
                    QVERIFY(s->ringStart()[r] <= s->ringStart()[r + 1] &&
                            s->ringStart()[r + 1] <= s->coords().size() / 2);
            QCOMPARE(s->query(s->extent()).size() <= s->size(), true);
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreCache)
#include "tst_storecache.moc"
