#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest>

#include <GeographicLib/Geodesic.hpp>
#include <gdal.h>
#include <gdal_priv.h>

#include "../core/sketchscan.h"
#include "data/georefcontroller.h"
#include "data/vectorloader.h"
#include "georefactions.h"
#include "georefpicktool.h"
#include "georefwindow.h"
#include "hazard/hazardstore.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "messagebar.h"
#include "project/layerlistmodel.h"
#include "project/project.h"
#include "scanview.h"
#include "panzoomtool.h"
#include "scripteddialogs.h"
#include "windowtest.h"
#include "viewactions.h"

using namespace mineatlas;

namespace {

/// A click at a position between pixels, as a tablet or a high-DPI mouse sends it.
void clickAt(QWidget* w, QPointF at)
{
    const QPointF global = w->mapToGlobal(at);
    QMouseEvent press(QEvent::MouseButtonPress, at, global, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, global, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &release);
}

QString layerOrder(const project::Project& p)
{
    QStringList names;
    for (int i = 0; i < p.layerCount(); ++i)
        names << p.layerAt(i)->name();
    return names.join(" > ");
}

} // namespace

/// A scan with no georeferencing through the real window: it opens in pixel space with a
/// warning, Layer ▸ Georeference… opens the georeferencer, control points are placed with mouse
/// clicks on the scan and on the map and with typed coordinates, and the GeoTIFF it writes opens
/// under the vector layers with its marks where the reference sheet has them.
class TestGeorefWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs* m_dialogs = nullptr;
    QString m_scan, m_hazards;

    void waitForRender() { QTRY_VERIFY_WITH_TIMEOUT(!m_window->canvas()->isRendering(), 30000); }
    QPointF mapOf(QPointF lonLat) const { return *m_window->project().coordinates().toMap(lonLat); }
    void showAround(QPointF lonLat, double halfMetres)
    {
        const QPointF c = mapOf(lonLat);
        // Web Mercator metres are 1/cos(lat) ground metres.
        const double h = halfMetres / std::cos(lonLat.y() * M_PI / 180);
        m_window->canvas()->setExtent({c.x() - h, c.y() - h, c.x() + h, c.y() + h});
        waitForRender();
    }
    static QPointF lonLatOfMark(int i) { return sketch::lonLatOf(sketch::utmOf(sketch::marks()[i].pixel)); }

private Q_SLOTS:
    void initTestCase()
    {
        windowtest::useNewUserHome(m_home);
        m_scan = m_dir.filePath("sketch-scan.png");
        QVERIFY(
            sketch::write(sketch::draw(sketch::scanSize(), sketch::scanTransform()), m_scan, "PNG", false));
        m_hazards = m_dir.filePath("hazards.gpkg");
        QVERIFY(hazard::HazardStore::create(m_hazards).ok());
    }

    void init()
    {
        m_window = windowtest::showNewWindow(m_dialogs);
    }
    void cleanup() { m_window.reset(); }

    void scanIsGeoreferencedThroughTheWindow()
    {
        const QString areas = QStringLiteral(MINEATLAS_TEST_DATA "/areas.geojson");
        const QString basemap = QStringLiteral(MINEATLAS_TEST_DATA "/raster.tif"); // grey, 20..40°E 45..55°N
        QSignalSpy idle(m_window->loader(), &gui::LayerLoader::idle);
        m_window->openPaths({basemap, m_scan, areas, m_hazards});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->project().layerCount() == 4 && !m_window->loader()->isBusy(),
                                 60000);
        project::Project& p = m_window->project();

        // Opened, not refused: in pixel space, with a warning that says what to do.
        const QStringList messages = m_window->messages()->texts();
        QVERIFY2(!messages.join('\n').contains("Error"), qPrintable(messages.join('\n')));
        QVERIFY2(messages.join('\n').contains(
                     "sketch-scan.png has no georeferencing; it is shown in pixel space — "
                     "Layer ▸ Georeference… to place it"),
                 qPrintable(messages.join('\n')));
        project::MapLayer* scanLayer = nullptr;
        for (int i = 0; i < p.layerCount(); ++i)
            if (p.layerAt(i)->sourcePath() == m_scan)
                scanLayer = p.layerAt(i);
        QVERIFY(scanLayer && scanLayer->isPixelSpace() && scanLayer->isVisible());
        QCOMPARE(scanLayer->extent().width(), 900.0);

        // Layer ▸ Georeference… on the selected scan.
        m_window->layerPanel()->view()->setCurrentIndex(
            m_window->layerPanel()->model()->index(p.indexOf(scanLayer)));
        QAction* georef = m_window->findChild<QAction*>("actionGeoreference");
        QVERIFY(georef);
        georef->trigger();
        gui::GeorefWindow* w = m_window->georefActions().window();
        QVERIFY(w && w->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(w));
        data::GeorefController& c = m_window->georefActions().controller();
        QCOMPARE(c.scanPath(), m_scan);
        QTRY_VERIFY_WITH_TIMEOUT(!c.preview().isNull(), 10000);
        QVERIFY(w->isPickingOnMap());
        QCOMPARE(m_window->canvas()->mapTool(), m_window->georefActions().pickTool());
        QCOMPARE(w->crsBox()->currentData().toString(),
                 QStringLiteral("EPSG:4326")); // the map is Web Mercator

        gui::ScanView* view = w->scanView();
        auto clickScan = [&](int mark) {
            clickAt(view, view->toWidget(sketch::scanTransform().map(sketch::marks()[mark].pixel)));
        };
        // Points 1 and 2: on the scan, then on the map (zoomed in to click precisely).
        for (int i = 0; i < 2; ++i) {
            clickScan(i);
            QCOMPARE(w->table()->rowCount(), i + 1);
            QCOMPARE(w->currentPoint(), i);
            showAround(lonLatOfMark(i), 150);
            QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {},
                              m_window->canvas()->toPixel(mapOf(lonLatOfMark(i))).toPoint());
            QVERIFY(c.points()[i].lonLat.has_value());
        }
        QVERIFY2(w->rmsLabel()->text().contains("needs at least 3 control points"),
                 qPrintable(w->rmsLabel()->text()));
        QVERIFY(!w->runButton()->isEnabled());
        // Points 3 and 4: typed, in UTM and in decimal degrees.
        clickScan(2);
        QTest::keyClicks(w->coordinateEdit(), "north of the bridge");
        QTest::keyClick(w->coordinateEdit(), Qt::Key_Return);
        QVERIFY2(w->statusLabel()->text().contains("north of the bridge"),
                 qPrintable(w->statusLabel()->text()));
        QVERIFY(!c.points()[2].lonLat);
        const QPointF e2 = sketch::utmOf(sketch::marks()[2].pixel);
        w->coordinateEdit()->clear();
        QTest::keyClicks(w->coordinateEdit(),
                         QStringLiteral("36U %1 %2").arg(e2.x(), 0, 'f', 0).arg(e2.y(), 0, 'f', 0));
        QTest::keyClick(w->coordinateEdit(), Qt::Key_Return);
        QVERIFY(c.points()[2].lonLat.has_value());
        clickScan(3);
        const QPointF ll3 = lonLatOfMark(3);
        w->coordinateEdit()->clear();
        QTest::keyClicks(w->coordinateEdit(),
                         QStringLiteral("%1, %2").arg(ll3.y(), 0, 'f', 7).arg(ll3.x(), 0, 'f', 7));
        QTest::keyClick(w->coordinateEdit(), Qt::Key_Return);
        QVERIFY(c.points()[3].lonLat.has_value());

        // Four points, residuals and RMS shown.
        QCOMPARE(w->table()->rowCount(), 4);
        QVERIFY(c.fit().ok());
        for (int row = 0; row < 4; ++row) {
            QVERIFY(w->table()->item(row, 3)->text().endsWith(" px"));
            QVERIFY(w->table()->item(row, 4)->text().endsWith(" m"));
        }
        QVERIFY2(w->rmsLabel()->text().startsWith("RMS "), qPrintable(w->rmsLabel()->text()));
        QVERIFY2(c.fit()->rmsMetres < 1.0, qPrintable(QString::number(c.fit()->rmsMetres)));
        qInfo("fit: %s", qPrintable(w->rmsLabel()->text()));
        // The points placed on the map are drawn there.
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_GEOREF")) {
            showAround(lonLatOfMark(4), 900);
            w->grab().save(qEnvironmentVariable("MINEATLAS_SHOT_GEOREF"));
            m_window->grab().save(qEnvironmentVariable("MINEATLAS_SHOT_GEOREF") + QStringLiteral(".map.png"));
        }

        // Georeference: written on a worker, opened under the vector layers, above the basemap.
        const QString out = m_dir.filePath("sketch-scan_georef.tif");
        QCOMPARE(w->outputEdit()->text(), out);
        QVERIFY(w->runButton()->isEnabled());
        QTest::mouseClick(w->runButton(), Qt::LeftButton);
        auto outputLayer = [&]() -> project::MapLayer* {
            for (int i = 0; i < p.layerCount(); ++i)
                if (p.layerAt(i)->sourcePath() == out)
                    return p.layerAt(i);
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(outputLayer() && !m_window->loader()->isBusy(), 60000);
        QVERIFY2(w->statusLabel()->text().startsWith("Written sketch-scan_georef.tif"),
                 qPrintable(w->statusLabel()->text()));
        const int at = p.indexOf(outputLayer());
        for (int i = 0; i < p.layerCount(); ++i) {
            if (p.layerAt(i)->kind() == project::MapLayer::Kind::Vector)
                QVERIFY2(i < at, qPrintable(layerOrder(p)));
            if (p.layerAt(i)->sourcePath() == basemap)
                QVERIFY2(i > at, qPrintable(layerOrder(p)));
        }
        QCOMPARE(at, 2); // right under the two vector layers
        QVERIFY(!scanLayer->isVisible());
        // The pixel-space warning has done its job.
        QVERIFY2(!m_window->messages()->texts().join('\n').contains("no georeferencing"),
                 qPrintable(m_window->messages()->texts().join('\n')));
        // And in the layer list the user sees.
        QCOMPARE(m_window->layerPanel()->model()->index(at).data().toString(),
                 QStringLiteral("sketch-scan_georef"));
        {
            GDALDatasetUniquePtr ds(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_RASTER));
            QVERIFY(ds && ds->GetSpatialRef());
            QCOMPARE(QString::fromUtf8(ds->GetSpatialRef()->GetAuthorityCode(nullptr)),
                     QStringLiteral("4326"));
        }

        // Beside the map, not over it, and Esc closes it (a user could not close the first one).
        QVERIFY(w->width() <= 900 && w->height() <= 660);
        QTest::keyClick(w, Qt::Key_Escape);
        QTRY_VERIFY(!w->isVisible());
        // Drawn where the reference sheet has its marks: every mark, within one sheet pixel (2 m).
        QCOMPARE(m_window->canvas()->mapTool(),
                 static_cast<gui::MapTool*>(m_window->viewActions().panTool()));
        showAround(lonLatOfMark(4), 700);
        // The map as rendered, without the message bar laid over it.
        const QImage shot = m_window->canvas()->renderedImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(shot.size(), m_window->canvas()->size());
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_GEOREF_MAP"))
            m_window->grab().save(qEnvironmentVariable("MINEATLAS_SHOT_GEOREF_MAP"));
        const double metresPerPixel =
            1400.0 / std::min(m_window->canvas()->width(), m_window->canvas()->height());
        double worst = 0;
        for (std::size_t i = 0; i < sketch::marks().size(); ++i) {
            const QPointF want = m_window->canvas()->toPixel(mapOf(lonLatOfMark(static_cast<int>(i))));
            const QRect around = QRect(want.toPoint() - QPoint(12, 12), QSize(25, 25));
            const QPointF found = sketch::find(shot.copy(around), sketch::marks()[i].colour);
            QVERIFY2(found.x() >= 0, qPrintable(sketch::marks()[i].colour.name()));
            // Screen pixels are counted from their corner: the mark's centre is at found + corner.
            const double metres = QLineF(want, found + around.topLeft()).length() * metresPerPixel;
            worst = std::max(worst, metres);
            QVERIFY2(metres < sketch::kPixel,
                     qPrintable(QStringLiteral("mark %1 drawn %2 m off").arg(i).arg(metres)));
        }
        qInfo("worst mark drawn %.2f m (%.2f sheet pixels) from the reference", worst,
              worst / sketch::kPixel);
        // South of the sheet: first the scan's own white margin, then, past the scan, the grey basemap.
        auto colourAt = [&](QPointF sheetPixel) {
            const QPoint at =
                m_window->canvas()->toPixel(mapOf(sketch::lonLatOf(sketch::utmOf(sheetPixel)))).toPoint();
            return shot.rect().contains(at) ? QColor(shot.pixel(at)) : QColor();
        };
        const QColor margin = colourAt({300, 404});
        QVERIFY2(margin.red() > 240 && margin.green() > 240 && margin.blue() > 240,
                 qPrintable(margin.name()));
        QCOMPARE(colourAt({300, 470}), QColor(200, 200, 200));
    }
};

QTEST_MAIN(TestGeorefWindow)
#include "tst_georefwindow.moc"
