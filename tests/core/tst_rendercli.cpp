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
