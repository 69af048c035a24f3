#include <QImage>
#include <QtTest>

/// The real application window, started as a user would (files on the command line), loads the
/// sample map, renders it, answers an identify and is captured. Runs the app binary offscreen.
class TestScreenshotMode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensSampleMapAndIdentifies()
    {
        QTemporaryDir dir;
        const QString shot = dir.filePath("window.png");
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_CONFIG_HOME", dir.path()); // fresh settings, as on a new machine
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(MINEATLAS_APP_BIN),
                  {"--screenshot", shot, "--date", "2026-11-23", "--view", "14,43,42,60", "--identify",
                   "31.2,49.0", MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg"});
        QVERIFY(app.waitForFinished(90000));
        QCOMPARE(app.exitCode(), 0);
        QImage img(shot);
        QVERIFY(!img.isNull());
        QVERIFY(img.width() >= 800);
        // The borders opened as a treaty map: sea, States Parties, and the states that withdrew.
        int sea = 0, party = 0, withdrawn = 0;
        for (int y = 0; y < img.height(); y += 4)
            for (int x = 0; x < img.width(); x += 4) {
                const QColor c = img.pixelColor(x, y);
                sea += c == QColor(0xa9, 0xcf, 0xe4);
                party += c == QColor(0x44, 0x77, 0xAA);
                withdrawn += c == QColor(0xAA, 0x33, 0x77);
            }
        QVERIFY2(
            sea > 500 && party > 500 && withdrawn > 100,
            qPrintable(QStringLiteral("sea %1 party %2 withdrawn %3").arg(sea).arg(party).arg(withdrawn)));
    }

    void badFileIsReportedNotFatal()
    {
        QTemporaryDir dir;
        const QString shot = dir.filePath("window.png");
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_CONFIG_HOME", dir.path());
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(MINEATLAS_APP_BIN), {"--screenshot", shot, MINEATLAS_TEST_DATA "/junk.gpkg",
                                                      MINEATLAS_TEST_DATA "/areas.geojson"});
        QVERIFY(app.waitForFinished(90000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 1); // a file did not load: a script must be able to tell
        QVERIFY(QFileInfo::exists(shot));
    }

    void multiLayerFileAsksNobody()
    {
        // A file with several layers would ask which ones to add; a scripted run takes them all.
        QTemporaryDir dir;
        const QString shot = dir.filePath("window.png");
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_CONFIG_HOME", dir.path());
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(MINEATLAS_APP_BIN), {"--screenshot", shot, MINEATLAS_TEST_DATA "/multi.gpkg"});
        QVERIFY(app.waitForFinished(90000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(QImage(shot).width() >= 800);
    }

    void aScriptedRunLeavesASketchJournalAlone()
    {
        QTemporaryDir dir;
        const QString gpkg = dir.filePath("field.gpkg");
        QVERIFY(QFile::copy(MINEATLAS_SAMPLE_DATA "/hazards-illustrative.gpkg", gpkg));
        const QString journal = gpkg + ".sketch.json";
        QFile f(journal);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"kind":"mineatlas-hazard-sketch","version":2,"guid":"g","purpose":"area","lonlat":[[33,47],[33.01,47],[33.01,47.01]]})");
        f.close();
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_CONFIG_HOME", dir.path());
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(MINEATLAS_APP_BIN), {"--screenshot", dir.filePath("shot.png"), "--edit", gpkg});
        QVERIFY(app.waitForFinished(90000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(QFileInfo::exists(journal), "nobody answered, so nothing may be thrown away");
    }
};

QTEST_GUILESS_MAIN(TestScreenshotMode)
#include "tst_screenshotmode.moc"
