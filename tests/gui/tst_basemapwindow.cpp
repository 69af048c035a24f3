#include <cmath>
#include <memory>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "../core/tileserver.h"
#include "basemapactions.h"
#include "basemapdialog.h"
#include "data/basemap.h"
#include "data/gdalhandles.h"
#include "data/vectorloader.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "messagebar.h"
#include "project/layerlistmodel.h"
#include "project/maplayer.h"
#include "project/project.h"
#include "scripteddialogs.h"
#include "windowtest.h"

using namespace mineatlas;

namespace {

/// The action as the user finds it: in the Layer menu of the menu bar.
QAction* layerMenuAction(QMainWindow& window, const QString& objectName)
{
    for (QAction* top : window.menuBar()->actions())
        if (top->menu() && top->text().remove(QLatin1Char('&')) == QLatin1String("Layer"))
            for (QAction* a : top->menu()->actions())
                if (a->objectName() == objectName)
                    return a;
    qFatal("no %s in the Layer menu", qPrintable(objectName));
}

} // namespace

class TestBasemapWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs* m_dialogs = nullptr;

    void openAndWait(const QStringList& paths) { windowtest::openAndWait(*m_window, paths); }
    void waitForRender() { windowtest::waitForRender(*m_window); }
    void showAround(double lon, double lat, double halfMetres) { windowtest::showAround(*m_window, lon, lat, halfMetres); }
    QPoint pixelOf(double lon, double lat) { return windowtest::pixelOf(*m_window, lon, lat); }
    /// Layer ▸ Add basemap… answered with an XYZ address, as a user types it.
    void addBasemap(const QString& url, const QString& name, QString* osmNote = nullptr)
    {
        m_dialogs->execAnswers.push_back([=](QDialog& d) {
            auto& dialog = dynamic_cast<gui::AddBasemapDialog&>(d);
            if (osmNote)
                *osmNote = dialog.note()->text() + QLatin1Char('\n') + dialog.attributionEdit()->text();
            if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_BASEMAP_DIALOG") && osmNote) {
                dialog.show();
                dialog.grab().save(qEnvironmentVariable("MINEATLAS_SHOT_BASEMAP_DIALOG"));
            }
            dialog.presetBox()->setCurrentIndex(gui::AddBasemapDialog::XyzTemplate);
            QTest::keyClicks(dialog.urlEdit(), url);
            QTest::keyClicks(dialog.nameEdit(), name);
            QTest::keyClicks(dialog.attributionEdit(), QStringLiteral("Loopback tiles (test)"));
            return QDialog::Accepted;
        });
        layerMenuAction(*m_window, QStringLiteral("actionAddBasemap"))->trigger();
        QVERIFY(m_dialogs->log.contains(QStringLiteral("dialog: Add basemap")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        windowtest::useNewUserHome(m_home);
        CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "3");
    }
    void init()
    {
        m_window = windowtest::showNewWindow(m_dialogs);
    }
    void cleanup()
    {
        m_window.reset();
        m_dialogs = nullptr;
    }

    void basemapUnderTheBordersThenOffline()
    {
        testutil::TileServer server;
        openAndWait({QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg")});
        m_window->messages()->clearAll(); // what the borders said on opening
        QSignalSpy added(m_window->loader(), &gui::LayerLoader::layerAdded);
        QString osmNote;
        addBasemap(server.tileUrl(), QStringLiteral("Loopback"), &osmNote);
        // The OpenStreetMap preset, shown first, carries its attribution and its tile policy.
        QVERIFY2(osmNote.contains(QStringLiteral("© OpenStreetMap contributors")) &&
                     osmNote.contains(QLatin1String(data::kOsmTilePolicyUrl)) &&
                     osmNote.contains(QLatin1String("not</b> bulk-download")),
                 qPrintable(osmNote));
        QVERIFY(added.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->loader()->isBusy(), 30000);
        project::Project& p = m_window->project();
        QCOMPARE(p.layerCount(), 2);
        project::MapLayer* basemap = p.layerAt(1); // under the borders
        QCOMPARE(basemap->name(), QStringLiteral("Loopback"));
        QCOMPARE(basemap->kind(), project::MapLayer::Kind::Raster);
        QCOMPARE(basemap->attribution(), QStringLiteral("Loopback tiles (test)"));
        QLabel* credits = m_window->basemapActions().credits();
        QVERIFY(credits->isVisible());
        QCOMPARE(credits->text(), QStringLiteral("Loopback tiles (test)"));
        QCOMPARE(credits->geometry().bottomRight(), m_window->canvas()->rect().bottomRight());
        QVERIFY(server.requests() > 0);

        // The Atlantic and the Indian Ocean show the tile that holds them; the tiles' zoom is in blue.
        showAround(0, 0, 9000000);
        const QImage shot = m_window->canvas()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_BASEMAP"))
            m_window->grab().save(qEnvironmentVariable("MINEATLAS_SHOT_BASEMAP"));
        // u = a/24, v = b/24 of the Mercator world: a third of a tile from tile edges at zoom >= 3.
        for (const auto& [lon, b] :
             {std::pair{-30.0, 10}, std::pair{-30.0, 11}, std::pair{-15.0, 14}, std::pair{75.0, 13}}) {
            const double lat = std::atan(std::sinh(M_PI * (1 - b / 12.0))) * 180 / M_PI;
            const QRgb c = shot.pixel(pixelOf(lon, lat));
            const int z = static_cast<int>(std::lround(qBlue(c) / 30.0));
            const QPoint t = testutil::tileAt(lon, lat, z);
            QVERIFY2(z >= 3 && c == testutil::tileColour(z, t.x(), t.y()),
                     qPrintable(QStringLiteral("%1,%2: %3 is not tile %4/%5/%6")
                                    .arg(lon)
                                    .arg(lat)
                                    .arg(QColor(c).name())
                                    .arg(z)
                                    .arg(t.x())
                                    .arg(t.y())));
        }
        QVERIFY2(m_window->messages()->count() == 0, qPrintable(m_window->messages()->texts().join('\n')));

        // The server goes away. Where the user has been still shows; new places are blank, and
        // one calm message says the basemap is offline.
        server.stop();
        showAround(0, 0, 9000000);
        QCOMPARE(m_window->canvas()->grab().toImage().convertToFormat(QImage::Format_RGB32), shot);
        showAround(20, 10, 2000000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->messages()->count(), 1, 10000);
        QVERIFY2(m_window->messages()->texts().first().contains(QLatin1String("the basemap is offline")),
                 qPrintable(m_window->messages()->texts().first()));
        showAround(22, 12, 1000000); // panning on offline: still the one message
        QCOMPARE(m_window->messages()->count(), 1);
    }

    void downloadAreaOpensAsLayer()
    {
        testutil::TileServer server;
        addBasemap(server.tileUrl(), QStringLiteral("Loopback"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->project().layerCount(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->loader()->isBusy(), 30000);
        showAround(15, 45, 400000);
        // The view in lon/lat, and the tiles it needs at zooms 2-4 by the test's own formula.
        const MapRect view = m_window->canvas()->extent();
        const auto sw = m_window->project().coordinates().toLonLat({view.xMin, view.yMin});
        const auto ne = m_window->project().coordinates().toLonLat({view.xMax, view.yMax});
        QVERIFY(sw && ne);
        QMap<int, qint64> expected;
        qint64 total = 0;
        for (int z = 2; z <= 4; ++z) {
            const QPoint a = testutil::tileAt(sw->x(), ne->y(), z), b = testutil::tileAt(ne->x(), sw->y(), z);
            expected[z] = qint64(b.x() - a.x() + 1) * (b.y() - a.y() + 1);
            total += expected[z];
        }
        QString estimate;
        m_dialogs->execAnswers.push_back([&](QDialog& d) {
            auto& dialog = dynamic_cast<gui::DownloadAreaDialog&>(d);
            dialog.maxZoomBox()->setValue(4);
            dialog.minZoomBox()->setValue(2);
            estimate = dialog.estimate()->text();
            if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_BASEMAP_DIALOG")) {
                dialog.show();
                dialog.grab().save(qEnvironmentVariable("MINEATLAS_SHOT_BASEMAP_DIALOG") +
                                   QStringLiteral(".download.png"));
            }
            return dialog.canAccept() ? QDialog::Accepted : QDialog::Rejected;
        });
        const QString output = m_home.filePath(QStringLiteral("area.mbtiles"));
        m_dialogs->saveAnswers.push_back({output, QStringLiteral("MBTiles (*.mbtiles)")});
        server.resetRequests();
        layerMenuAction(*m_window, QStringLiteral("actionDownloadBasemap"))->trigger();
        // Size first: the tile count and an estimate in MB.
        QVERIFY2(estimate.startsWith(QStringLiteral("%1 tiles, about %2 kB")
                                         .arg(total)
                                         .arg(qRound64(total * data::kEstimatedKiBPerTile))),
                 qPrintable(estimate));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->project().layerCount(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->loader()->isBusy(), 30000);
        QCOMPARE(server.requests(), expected[4]);
        // Rasters go under the other layers: the offline copy is at the bottom.
        project::MapLayer* offline = m_window->project().layerAt(1);
        QCOMPARE(offline->sourcePath(), output);
        QCOMPARE(offline->name(), QStringLiteral("area"));
        QCOMPARE(offline->attribution(), QStringLiteral("Loopback tiles (test)"));
        QVERIFY2(
            m_window->messages()->texts().join('\n').contains(QStringLiteral("Saved %1 tiles").arg(total)),
            qPrintable(m_window->messages()->texts().join('\n')));
        GDALDatasetUniquePtr db(GDALDataset::Open(("SQLITE:" + output).toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(db);
        OGRLayer* counts =
            db->ExecuteSQL("SELECT zoom_level, COUNT(*) FROM tiles GROUP BY zoom_level", nullptr, nullptr);
        QVERIFY(counts);
        QMap<int, qint64> found;
        for (auto& f : *counts)
            found[f->GetFieldAsInteger(0)] = f->GetFieldAsInteger64(1);
        db->ReleaseResultSet(counts);
        QCOMPARE(found, expected);
        // The offline copy draws with the server gone: hide the live basemap and look.
        server.stop();
        m_window->project().layerAt(0)->setVisible(false);
        waitForRender();
        const QImage shot = m_window->canvas()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRgb c = shot.pixel(pixelOf(15.2, 45.3));
        const QPoint t = testutil::tileAt(15.2, 45.3, 4);
        QCOMPARE(QColor(c).name(), QColor(testutil::tileColour(4, t.x(), t.y())).name());
    }

    void policyLimitsBulkDownloads()
    {
        // A server with OpenStreetMap's terms (the real one is out of reach here): the dialog
        // refuses what the policy forbids and says why.
        testutil::TileServer server;
        data::BasemapSource limited = data::openStreetMap();
        limited.name = QStringLiteral("Limited");
        limited.url = server.tileUrl();
        data::BasemapOptions options;
        options.cacheDir = m_home.filePath(QStringLiteral("limited-cache"));
        auto path = data::createBasemap(limited, m_home.filePath(QStringLiteral("limited")), options);
        QVERIFY2(path, qPrintable(path.error()));
        openAndWait({path.value()});
        QCOMPARE(m_window->basemapActions().credits()->text(), data::openStreetMap().attribution);
        showAround(30.5, 50.45, 20000);
        bool accepted = true;
        QString text;
        m_dialogs->execAnswers.push_back([&](QDialog& d) {
            auto& dialog = dynamic_cast<gui::DownloadAreaDialog&>(d);
            dialog.maxZoomBox()->setValue(17);
            text = dialog.estimate()->text();
            accepted = dialog.canAccept();
            return QDialog::Accepted;
        });
        layerMenuAction(*m_window, QStringLiteral("actionDownloadBasemap"))->trigger();
        QVERIFY(!accepted);
        QVERIFY2(text.contains(QLatin1String("tile usage policy forbids bulk downloads")), qPrintable(text));
        QVERIFY(m_dialogs->log.filter(QStringLiteral("save:")).isEmpty()); // never got to choosing a file
    }

    void unreachableServerSaysSoAndAddsNothing()
    {
        testutil::TileServer gone;
        const QString url = gone.tileUrl();
        gone.stop();
        addBasemap(url, QStringLiteral("Nowhere"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->messages()->texts().join('\n').contains(QLatin1String("cannot reach the tile server")),
            15000);
        QVERIFY2(m_window->messages()->texts().join('\n').contains(
                     QLatin1String("Nowhere: cannot reach the tile server 127.0.0.1")),
                 qPrintable(m_window->messages()->texts().join('\n')));
        QCOMPARE(m_window->project().layerCount(), 0);
    }
};

QTEST_MAIN(TestBasemapWindow)
#include "tst_basemapwindow.moc"
