#include <QImage>
#include <QtTest>

/// mineatlas-render as scripts use it: a PNG of the right size and content, bench figures in the
/// format the side-by-side benchmark parses, and clear usage errors.
class TestRenderCli : public QObject {
    Q_OBJECT

    static QProcess* run(const QStringList& args)
    {
        auto* p = new QProcess;
        p->start(QStringLiteral(MINEATLAS_RENDER_BIN), args);
        p->waitForFinished(120000);
        return p;
    }

private Q_SLOTS:
    void rendersAndBenches()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("map.png");
        std::unique_ptr<QProcess> p(
            run({"--size", "320x200", "--crs", "EPSG:4326", "--extent", "29,49,34,52", "--bench", "2",
                 "--out", out, MINEATLAS_TEST_DATA "/areas.geojson"}));
        QCOMPARE(p->exitCode(), 0);
        const QString stdOut = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(QRegularExpression("load_ms [0-9.]+").match(stdOut).hasMatch(), qPrintable(stdOut));
        QVERIFY2(QRegularExpression("render_ms min [0-9.]+ median [0-9.]+").match(stdOut).hasMatch(),
                 qPrintable(stdOut));
        QImage img(out);
        QCOMPARE(img.size(), QSize(320, 200));
        // Extent 5°×3° expanded to 320:200 → 5°×3.125°; lon 30.2, lat 50.2 is inside Alpha (not its hole).
        const double x0 = 29, y1 = 50.5 + 3.125 / 2, k = 320 / 5.0;
        const QColor inAlpha = img.pixelColor(int((30.2 - x0) * k), int((y1 - 50.2) * k));
        const QColor inHole = img.pixelColor(int((30.5 - x0) * k), int((y1 - 50.5) * k));
        QVERIFY2(inAlpha != inHole, qPrintable(inAlpha.name() + " vs " + inHole.name()));
    }

    void treatyTableAtDate()
    {
        std::unique_ptr<QProcess> p(run({"--treaty-table", "--date", "2026-02-20"}));
        QCOMPARE(p->exitCode(), 0);
        const QStringList lines =
            QString::fromUtf8(p->readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("iso3,name,status,flags,since"));
        // Lebanon's deposit is known only to lie between 12 Jan and 23 Nov 2026: a range, said so.
        QCOMPARE(lines.last(),
                 QStringLiteral("parties 161 (up to 162: 1 deposit dates are known only roughly)"));
        QCOMPARE(lines.size(), 1 + 197 + 1);
        QVERIFY(lines.contains("POL,Poland,withdrawn,,2026-02-20"));
        QVERIFY(lines.contains("FIN,Finland,withdrawn,,2026-01-10"));
        QVERIFY(lines.contains("UKR,Ukraine,party,suspension claimed|withdrawal announced (no instrument "
                               "deposited),2006-06-01"));
        QVERIFY(lines.contains("USA,United States,never-joined,,"));
    }

    void dateStylesCountryLayers()
    {
        QTemporaryDir dir;
        auto renderAt = [&](const char* date) {
            const QString out = dir.filePath(QStringLiteral("%1.png").arg(date));
            std::unique_ptr<QProcess> p(
                run({"--size", "400x300", "--crs", "EPSG:4326", "--extent", "14,49,24,55", "--date", date,
                     "--out", out, MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg"}));
            return p->exitCode() == 0 ? QImage(out) : QImage();
        };
        const QImage before = renderAt("2025-01-01"), after = renderAt("2026-03-01");
        QVERIFY(!before.isNull() && !after.isNull());
        // Poland (19°E 52°N) turns from State Party blue to withdrawn purple.
        const QPoint poland(int((19 - 14) / 10.0 * 400), int((55 - 52) / 6.0 * 300 + (300 - 240) / 2.0));
        QCOMPARE(before.pixelColor(poland), QColor(0x44, 0x77, 0xAA));
        QCOMPARE(after.pixelColor(poland), QColor(0xAA, 0x33, 0x77));
        std::unique_ptr<QProcess> bad(run({"--treaty-table", "--date", "2025-02-30"}));
        QCOMPARE(bad->exitCode(), 2);
        QVERIFY(QString::fromUtf8(bad->readAllStandardError()).contains("--date must be YYYY-MM-DD"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad size") << QStringList{"--size", "10x", "--out", "x.png", "a.gpkg"} << "--size";
        QTest::newRow("bad extent") << QStringList{"--extent", "1,2,0,4", "--out", "x.png", "a.gpkg"}
                                    << "--extent";
        QTest::newRow("bad crs") << QStringList{"--crs", "EPSG:999999", "--out", "x.png", "a.gpkg"}
                                 << "--crs";
        QTest::newRow("no out") << QStringList{"a.gpkg"} << "--out";
        QTest::newRow("no layer") << QStringList{"--out", "x.png"} << "no LAYER";
        QTest::newRow("bad bench") << QStringList{"--bench", "0", "--out", "x.png", "a.gpkg"} << "--bench";
        QTest::newRow("missing file")
            << QStringList{"--out", "x.png", "nowhere.gpkg"} << "nowhere.gpkg: file not found";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        std::unique_ptr<QProcess> p(run(args));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 2);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestRenderCli)
#include "tst_rendercli.moc"
