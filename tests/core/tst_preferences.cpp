#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include "data/tilecache.h"
#include "project/preferences.h"

using namespace mineatlas;
using project::AreaUnit;
using project::LengthUnits;
using project::Preferences;

/// Preferences kept in QSettings, the units they choose, and the tile cache they size and clear.
class TestPreferences : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static void writeFile(const QString& path, int bytes, const QDateTime& modified)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(bytes, 'x'));
        f.close();
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
    }

private Q_SLOTS:
    void roundTripThroughSettings()
    {
        QSettings s(m_dir.filePath("prefs.ini"), QSettings::IniFormat);
        const Preferences defaults = Preferences::load(s);
        QCOMPARE(defaults, Preferences{});
        Preferences p;
        p.language = "zh_CN";
        p.areaUnit = AreaUnit::SquareKilometres;
        p.lengthUnits = LengthUnits::Imperial;
        p.coordinateFormat = geo::CoordinateFormat::Utm;
        p.defaultCrs = "EPSG:3035";
        p.snapTolerancePx = 17;
        p.tileCacheDir = m_dir.filePath("tiles");
        p.tileCacheLimitMiB = 0;
        p.save(s);
        QCOMPARE(Preferences::load(s), p);
        // The contract with the translations: ui/language holds the code, "" for the system's.
        QCOMPARE(s.value("ui/language").toString(), QStringLiteral("zh_CN"));
        // Values from elsewhere that make no sense fall back to the defaults.
        s.setValue("ui/language", "tlh");
        s.setValue("edit/snapTolerancePx", 5000);
        s.setValue("units/area", "acres");
        const Preferences odd = Preferences::load(s);
        QCOMPARE(odd.language, QString());
        QCOMPARE(odd.snapTolerancePx, Preferences::kMaxSnapPx);
        QCOMPARE(odd.areaUnit, AreaUnit::Automatic);
    }

    void units_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("text");
        QTest::newRow("ha") << 12345.0 << int(AreaUnit::Hectares) << "1.23 ha";
        QTest::newRow("m2") << 12345.4 << int(AreaUnit::SquareMetres) << "12,345 m²";
        QTest::newRow("km2 small") << 12345.0 << int(AreaUnit::SquareKilometres) << "0.0123 km²";
        QTest::newRow("km2 big") << 2.5e9 << int(AreaUnit::SquareKilometres) << "2,500 km²";
        QTest::newRow("auto small") << 12345.0 << int(AreaUnit::Automatic) << "12,345 m² · 1.23 ha";
        QTest::newRow("auto big") << 7.5e6 << int(AreaUnit::Automatic) << "750.00 ha · 7.50 km²";
    }
    void units()
    {
        QFETCH(double, value);
        QFETCH(int, unit);
        QFETCH(QString, text);
        QCOMPARE(project::formatAreaIn(value, AreaUnit(unit)), text);
    }

    void lengths()
    {
        QCOMPARE(project::formatLengthIn(850, LengthUnits::Metric), QStringLiteral("850 m"));
        QCOMPARE(project::formatLengthIn(12345, LengthUnits::Metric), QStringLiteral("12.35 km"));
        QCOMPARE(project::formatLengthIn(100 * 0.3048, LengthUnits::Imperial), QStringLiteral("100 ft"));
        QCOMPARE(project::formatLengthIn(3 * 1609.344, LengthUnits::Imperial), QStringLiteral("3.00 mi"));
    }

    void tileCacheIsOnlyTouchedWhenTagged()
    {
        const QString plain = m_dir.filePath("someone-elses");
        const QDateTime now = QDateTime::currentDateTime();
        writeFile(plain + "/keep.txt", 100, now);
        QVERIFY(!data::tilecache::clear(plain).ok()); // untagged: refused, nothing removed
        QCOMPARE(data::tilecache::prune(plain, 0), qint64(0));
        QVERIFY(QFile::exists(plain + "/keep.txt"));

        const QString cache = m_dir.filePath("cache");
        QVERIFY(data::tilecache::prepare(cache));
        QVERIFY(data::tilecache::isTagged(cache));
        writeFile(cache + "/osm/a/old.png", 1000, now.addDays(-3));
        writeFile(cache + "/osm/b/middle.png", 1000, now.addDays(-2));
        writeFile(cache + "/osm/new.png", 1000, now.addDays(-1));
        QCOMPARE(data::tilecache::sizeBytes(cache), qint64(3000));
        // Pruned to 2000 bytes: the oldest goes, the rest stay.
        QCOMPARE(data::tilecache::prune(cache, 2000), qint64(1000));
        QVERIFY(!QFile::exists(cache + "/osm/a/old.png"));
        QVERIFY(QFile::exists(cache + "/osm/b/middle.png"));
        QCOMPARE(data::tilecache::prune(cache, 2000), qint64(0));
        const auto freed = data::tilecache::clear(cache);
        QVERIFY(freed.ok());
        QCOMPARE(freed.value(), qint64(2000));
        QCOMPARE(data::tilecache::sizeBytes(cache), qint64(0));
        QVERIFY(data::tilecache::isTagged(cache));
        QVERIFY(QDir(cache).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
