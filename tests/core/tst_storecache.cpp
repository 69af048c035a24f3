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
};

QTEST_GUILESS_MAIN(TestStoreCache)
#include "tst_storecache.moc"
