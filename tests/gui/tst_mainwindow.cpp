#include <QAction>
#include <QClipboard>
#include <QStatusBar>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QSettings>
#include <QtTest>

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/MGRS.hpp>
#include <GeographicLib/UTMUPS.hpp>
#include <GeographicLib/PolygonArea.hpp>
#include <gdal.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include "addpolygontool.h"
#include "countrypanel.h"
#include "treatyactions.h"
#include "treaty/treatycontroller.h"
#include "treaty/treatystyle.h"
#include "data/vectorloader.h"
#include "export/exportcontroller.h"
#include "exportdialog.h"
#include "fieldmappingdialog.h"
#include "geo/geodesy.h"
#include "hazard/editsession.h"
#include "hazard/exchange.h"
#include "hazard/hazardstore.h"
#include "hazardactions.h"
#include "hazardform.h"
#include "identifypanel.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "viewactions.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "measuretool.h"
#include "messagebar.h"
#include "project/layerlistmodel.h"
#include "project/project.h"
#include "scripteddialogs.h"
#include "windowtest.h"
#include "surveydialog.h"

using namespace mineatlas;

namespace {

using windowtest::action;
using windowtest::dragOnCanvas;
using windowtest::lonLatByOgr;
using windowtest::storedAreas;

} // namespace

/// The real main window, in this process, driven as a user drives it: menu actions, mouse clicks
/// and keys on the canvas, the form's own widgets. Every outcome is read back from the GeoPackage
/// through GDAL or from what the window shows.
class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs* m_dialogs = nullptr;
    QString m_hazards;

    void openAndWait(const QStringList& paths)
    {
        QSignalSpy idle(m_window->loader(), &gui::LayerLoader::idle);
        m_window->openPaths(paths);
        QVERIFY(idle.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->loader()->isBusy(), 30000);
    }
    void waitForRender()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->canvas()->isRendering(), 30000);
    }
    void selectLayer(const QString& sourcePath)
    {
        project::Project& p = m_window->project();
        for (int i = 0; i < p.layerCount(); ++i)
            if (p.layerAt(i)->sourcePath() == sourcePath)
                m_window->layerPanel()->view()->setCurrentIndex(m_window->layerPanel()->model()->index(i));
    }
    /// The view: a few km around (lon, lat).
    void showAround(double lon, double lat, double halfMetres = 4000)
    {
        const auto c = m_window->project().coordinates().toMap({lon, lat});
        QVERIFY(c);
        m_window->canvas()->setExtent({c->x() - halfMetres, c->y() - halfMetres, c->x() + halfMetres, c->y() + halfMetres});
        waitForRender();
    }
    QPoint pixelOf(double lon, double lat)
    {
        const auto c = m_window->project().coordinates().toMap({lon, lat});
        return m_window->canvas()->toPixel(*c).toPoint();
    }
    void drawSquare(QPoint topLeft, int size)
    {
        gui::MapCanvas* canvas = m_window->canvas();
        for (const QPoint p : {topLeft, topLeft + QPoint(size, 0), topLeft + QPoint(size, size), topLeft + QPoint(0, size)})
            QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
        QTest::keyClick(canvas, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        windowtest::useNewUserHome(m_home); // a new user's machine: no settings, no cache
    }

    void init()
    {
        m_hazards = m_dir.filePath(QStringLiteral("%1.gpkg").arg(QTest::currentTestFunction()));
        QVERIFY(hazard::HazardStore::create(m_hazards).ok());
        // Every test starts as a new user: Web Mercator, no recent files.
        m_window = windowtest::showNewWindow(m_dialogs);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_dialogs = nullptr;
    }

    void opensAndIdentifiesWithAnEllipsoidalArea()
    {
        const QString borders = QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg");
        openAndWait({borders});
        QCOMPARE(m_window->project().layerCount(), 1);
        QVERIFY(m_window->project().layerAt(0)->isTreatyStyled());
        m_window->setDate(QDate(2026, 3, 1));
        showAround(19.4, 52.1, 600000);
        QVERIFY2(m_window->canvas()->title().contains("1 March 2026"), qPrintable(m_window->canvas()->title()));
        // Click on central Poland with the pan tool.
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, pixelOf(19.4, 52.1));
        gui::IdentifyPanel* panel = m_window->identifyPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->tree()->topLevelItemCount() >= 1, 5000);
        QCOMPARE(panel->value(0, "name"), QStringLiteral("Poland"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->value(0, gui::IdentifyPanel::areaField()).contains("measuring"), 10000);
        // The reference: Poland's polygon as OGR reads it, measured by GeographicLib here.
        GDALDatasetUniquePtr ds(GDALDataset::Open(borders.toUtf8().constData(), GDAL_OF_VECTOR));
        OGRLayer* layer = ds->GetLayer(0);
        layer->SetAttributeFilter("name = 'Poland'");
        OGRFeatureUniquePtr f(layer->GetNextFeature());
        const OGRGeometry* g = f->GetGeometryRef();
        const OGRPolygon* polygon = wkbFlatten(g->getGeometryType()) == wkbPolygon ? g->toPolygon()
                                                                                     : g->toMultiPolygon()->getGeometryRef(0);
        GeographicLib::PolygonArea area(GeographicLib::Geodesic::WGS84());
        const OGRLinearRing* ring = polygon->getExteriorRing();
        for (int i = 0; i + 1 < ring->getNumPoints(); ++i)
            area.AddPoint(ring->getY(i), ring->getX(i));
        double perimeter = 0, m2 = 0;
        area.Compute(false, true, perimeter, m2);
        QCOMPARE(panel->value(0, gui::IdentifyPanel::areaField()), geo::formatArea(std::abs(m2)));
        // The country panel followed the click.
        QVERIFY(m_window->findChild<QDockWidget*>("countryDock")->isVisible());
    }

    void countriesColouredByReportedContamination()
    {
        const QString borders = QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg");
        openAndWait({borders});
        selectLayer(borders);
        showAround(67.0, 34.0, 1500000); // Afghanistan and around
        action(*m_window, "actionColourByContamination")->trigger();
        waitForRender();
        project::MapLayer* l = m_window->project().layerAt(0);
        QVERIFY(!l->isTreatyStyled() && l->restyleAt());
        // Afghanistan is drawn in the "massive" class's colour (the contamination table's AFG row).
        QColor massive;
        for (const auto& c : l->style().categories)
            if (c.value.toString().startsWith("massive"))
                massive = c.symbol.fill;
        QVERIFY(massive.isValid());
        const QImage shot = m_window->canvas()->grab().toImage();
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT"))
            m_window->grab().save(qEnvironmentVariable("MINEATLAS_SHOT"));
        const QPoint kabul = pixelOf(66.0, 33.5);
        QCOMPARE(QColor(shot.pixel(kabul)).name(), massive.name());
        // The legend names the classes and what has no report.
        auto* legend = m_window->layerPanel()->findChild<QTreeWidget*>("legend");
        QVERIFY(legend);
        QStringList lines;
        for (int i = 0; i < legend->topLevelItemCount(); ++i)
            lines << legend->topLevelItem(i)->text(0).trimmed();
        QVERIFY2(lines.contains("massive (> 100 km²)") && lines.contains("no contamination reported") &&
                     !lines.contains("other values"),
                 qPrintable(lines.join(" | ")));
        // A click shows the figures and the deadline in the country panel.
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, kabul);
        auto* panel = m_window->treatyActions().countryPanel();
        QTRY_VERIFY(panel->browser()->toPlainText().contains("191 km²"));
        QVERIFY(panel->browser()->toPlainText().contains("Article 5 clearance deadline: 2030-03-01"));
        // And back to treaty status.
        action(*m_window, "actionColourByContamination")->trigger();
        QVERIFY(l->isTreatyStyled());
    }

    void territoriesTakeTheirStatesStatusOnlyWhereCovered()
    {
        // The 1:10M borders keep territories apart: the Falklands (the Convention extended to them
        // by the United Kingdom on 4 Dec 2001), Greenland (nothing recorded), Åland (part of Finland).
        const QString borders = QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-10m.gpkg");
        openAndWait({borders});
        auto* panel = m_window->treatyActions().countryPanel();
        const QColor party(0x44, 0x77, 0xAA);
        const QColor none = treaty::TreatyStyle::noStatusSymbol().fill;
        showAround(-59.0, -51.8, 150000);
        m_window->setDate(QDate(2001, 12, 3));
        waitForRender();
        const QPoint falklands = pixelOf(-58.9, -51.75);
        QCOMPARE(QColor(m_window->canvas()->grab().toImage().pixel(falklands)).name(), none.name());
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, falklands);
        QTRY_VERIFY(panel->browser()->toPlainText().contains("Falkland Islands"));
        QVERIFY2(panel->browser()->toPlainText().contains("extended to it on 4 December 2001") &&
                     panel->browser()->toPlainText().contains("no treaty status"),
                 qPrintable(panel->browser()->toPlainText()));
        m_window->setDate(QDate(2001, 12, 4));
        waitForRender();
        QCOMPARE(QColor(m_window->canvas()->grab().toImage().pixel(falklands)).name(), party.name());
        QTRY_VERIFY(panel->browser()->toPlainText().contains("United Kingdom"));
        QVERIFY(panel->browser()->toPlainText().contains("State Party"));
        // Greenland: its sovereign's status is not borrowed.
        showAround(-42.0, 72.0, 3000000);
        waitForRender();
        const QPoint greenland = pixelOf(-42.0, 72.0);
        QCOMPARE(QColor(m_window->canvas()->grab().toImage().pixel(greenland)).name(), none.name());
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, greenland);
        QTRY_VERIFY(panel->browser()->toPlainText().contains("Greenland"));
        QVERIFY2(panel->browser()->toPlainText().contains("records no application of the Convention"),
                 qPrintable(panel->browser()->toPlainText()));
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT"))
            m_window->grab().save(qEnvironmentVariable("MINEATLAS_SHOT"));
    }

    void aBrokenTreatyTableIsRefusedOffTheGuiThreadWithItsRowsBehindDetails()
    {
        // A table whose 30 states each enter into force one day after their deposit (Art. 17 says
        // the first day of the sixth month after).
        QFile builtIn(QStringLiteral(MINEATLAS_TEST_DATA "/../../resources/treaty/ottawa-status.csv"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(builtIn.readLine()).trimmed();
        QString csv = header + '\n';
        const QStringList columns = header.split(',');
        for (int i = 0; i < 30; ++i) {
            QStringList row(columns.size());
            row[columns.indexOf("iso3")] = QString("Q%1").arg(QChar('A' + i % 26)) + QChar('A' + i / 26);
            row[columns.indexOf("name")] = QString("State %1").arg(i);
            row[columns.indexOf("deposited")] = "2000-01-10";
            row[columns.indexOf("deposit_kind")] = "accession";
            row[columns.indexOf("in_force")] = "2000-01-11";
            row[columns.indexOf("sources")] = "https://example.org/record";
            csv += row.join(',') + '\n';
        }
        const QString broken = m_dir.filePath("broken-treaty.csv");
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv.toUtf8());
        out.close();
        const int statesBefore = int(m_window->treaty().table()->records().size());
        m_dialogs->openAnswers.push_back({broken});
        action(*m_window, "actionLoadTreatyTable")->trigger();
        // The action returned before the table was read: the reading runs on a worker.
        QVERIFY(m_window->treaty().isLoading());
        QTRY_VERIFY(!m_window->treaty().isLoading());
        gui::MessageBar* bar = m_window->messages();
        QTRY_VERIFY(bar->texts().join('\n').contains("problem(s) in the treaty table"));
        QCOMPARE(int(m_window->treaty().table()->records().size()), statesBefore); // the old table stays
        // One message: its first line says what happened; the 25 rows named and the rest counted
        // wait behind Details.
        QLabel* first = nullptr;
        for (auto* l : bar->findChildren<QLabel*>("text"))
            if (l->text().contains("treaty table"))
                first = l;
        QVERIFY(first);
        QVERIFY2(first->text().contains("broken-treaty.csv") && first->text().contains("The previous table stays in use") &&
                     !first->text().contains("row 2"),
                 qPrintable(first->text()));
        auto* row = first->parentWidget();
        auto* details = row->findChild<QLabel*>("details");
        auto* toggle = row->findChild<QToolButton*>("detailsButton");
        QVERIFY(details && toggle);
        QVERIFY(!details->isVisible());
        QVERIFY(bar->height() < m_window->canvas()->height() / 4); // collapsed: the map stays in view
        QVERIFY2(details->text().contains("row 2") && details->text().contains("and 5 more"), qPrintable(details->text()));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY(details->isVisible());
        QTRY_VERIFY(bar->height() > first->height() * 5);
        QVERIFY(bar->height() <= m_window->canvas()->height() / 2); // the list scrolls inside the message
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT"))
            m_window->grab().save(qEnvironmentVariable("MINEATLAS_SHOT"));
        // A good table then loads, replacing the error.
        m_dialogs->openAnswers.push_back({QStringLiteral(MINEATLAS_TEST_DATA "/../../resources/treaty/ottawa-status.csv")});
        action(*m_window, "actionLoadTreatyTable")->trigger();
        QTRY_VERIFY(bar->texts().join('\n').contains(QString("(%1 states)").arg(statesBefore)));
        QVERIFY(!bar->texts().join('\n').contains("problem(s) in the treaty table"));
    }

    void drawApplyDeleteUndoThroughTheWindow()
    {
        openAndWait({m_hazards});
        selectLayer(m_hazards);
        showAround(32.6, 46.6);
        action(*m_window, "actionDraw")->trigger();
        QVERIFY(action(*m_window, "actionDraw")->isChecked());
        QVERIFY(!action(*m_window, "actionPan")->isChecked()); // one tool at a time
        const QPoint corner(400, 250);
        const QPointF clicked = lonLatByOgr(m_window->canvas()->toMap(corner), "EPSG:3857");
        drawSquare(corner, 200);
        auto stored = storedAreas(m_hazards);
        QCOMPARE(stored.size(), std::size_t(1));
        // Where the clicks were: lon/lat of the first click, through OGR, within 1 m.
        const auto& ring = stored[0].polygons[0][0];
        QVERIFY(geo::inverse(ring[0], ring[1], clicked.x(), clicked.y()).distanceM < 1);
        // Straight to the form, which says what is missing; the map hatches it until filled.
        gui::HazardForm* form = m_window->hazardActions().form();
        QVERIFY(form->isEnabled());
        QVERIFY(form->incompleteText().contains("local id"));
        QVERIFY(m_window->findChild<QDockWidget*>("hazardFormDock")->isVisible());

        // Change its status in the form, press Apply: in the file.
        form->status()->setCurrentIndex(form->status()->findText("worked on"));
        QTest::keyClicks(form->localId(), "UA-KHE-0001");
        QTest::keyClicks(form->reportedBy(), "Illustrative NGO (test)");
        QTest::mouseClick(form->applyButton(), Qt::LeftButton);
        stored = storedAreas(m_hazards);
        QCOMPARE(stored[0].status, hazard::Status::WorkedOn);
        QCOMPARE(stored[0].localId, QStringLiteral("UA-KHE-0001"));
        const hazard::HazardArea beforeDelete = stored[0];

        // Delete (the question answered yes): gone.
        m_dialogs->confirms.push_back(true);
        QTest::mouseClick(form->deleteButton(), Qt::LeftButton);
        QVERIFY(m_dialogs->log.last().startsWith("confirm: Delete area"));
        QCOMPARE(storedAreas(m_hazards).size(), std::size_t(0));

        // Ctrl+Z: back, with every attribute.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        stored = storedAreas(m_hazards);
        QCOMPARE(stored.size(), std::size_t(1));
        const hazard::HazardArea& back = stored[0];
        QCOMPARE(back.guid, beforeDelete.guid);
        QCOMPARE(back.localId, beforeDelete.localId);
        QCOMPARE(back.status, beforeDelete.status);
        QCOMPARE(back.reportedBy, beforeDelete.reportedBy);
        QCOMPARE(back.statusDate, beforeDelete.statusDate);
        QCOMPARE(back.dateOfInformation, beforeDelete.dateOfInformation);
        QCOMPARE(back.estimatedAreaM2, beforeDelete.estimatedAreaM2);
        QCOMPARE(back.remainingAreaM2, beforeDelete.remainingAreaM2);
        QCOMPARE(back.polygons, beforeDelete.polygons);
        // Ctrl+Shift+Z: deleted again; Ctrl+Z twice: back to "worked on", then to open.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(storedAreas(m_hazards).size(), std::size_t(0));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedAreas(m_hazards)[0].status, hazard::Status::Open);
        // Esc goes back to panning.
        QTest::keyClick(m_window->canvas(), Qt::Key_Escape);
        QVERIFY(action(*m_window, "actionPan")->isChecked());
    }

    /// View ▸ Coordinates through the real window: the status bar follows the mouse in UTM and
    /// MGRS (checked against GeographicLib from OGR's lon/lat of the same pixel), Ctrl+Shift+C copies
    /// what it shows, Ctrl+G centres the map on a typed MGRS reference and marks it, a bad entry is
    /// an error naming it, Esc clears the mark, and the format is kept for the next session.
    void coordinatesFormatsCopyAndGoTo()
    {
        showAround(32.6, 46.6);
        gui::MapCanvas* canvas = m_window->canvas();
        auto statusText = [this](const QString& start) {
            for (QLabel* l : m_window->statusBar()->findChildren<QLabel*>())
                if (l->text().startsWith(start))
                    return l->text();
            return QString();
        };
        auto moveTo = [canvas](QPoint p) {
            QMouseEvent move(QEvent::MouseMove, p, canvas->mapToGlobal(p), Qt::NoButton, Qt::NoButton, {});
            QCoreApplication::sendEvent(canvas, &move);
        };
        const QPoint pixel(310, 220);
        const QPointF lonLat = lonLatByOgr(canvas->toMap(pixel), "EPSG:3857");
        int zone = 0;
        bool north = true;
        double x = 0, y = 0;
        GeographicLib::UTMUPS::Forward(lonLat.y(), lonLat.x(), zone, north, x, y);
        const QChar band = QStringLiteral("CDEFGHJKLMNPQRSTUVWX").at(int(std::floor((lonLat.y() + 80) / 8)));
        const QString grid = QStringLiteral("%1%2").arg(zone).arg(band);
        QCOMPARE(grid, QStringLiteral("36T"));

        action(*m_window, "actionCoordinates_utm")->trigger();
        moveTo(pixel);
        const QStringList utm = statusText(grid + ' ').split(' ');
        QCOMPARE(utm.size(), 3);
        QVERIFY2(std::abs(utm[1].toDouble() - x) <= 1 && std::abs(utm[2].toDouble() - y) <= 1, qPrintable(utm.join(' ')));

        action(*m_window, "actionCoordinates_mgrs")->trigger();
        moveTo(pixel);
        const QString mgrs = statusText(grid + ' ');
        QVERIFY2(mgrs.count(' ') == 3, qPrintable(mgrs));
        int mz = 0, prec = 0;
        bool mn = true;
        double mx = 0, my = 0;
        GeographicLib::MGRS::Reverse(QString(mgrs).remove(' ').toStdString(), mz, mn, mx, my, prec, false);
        QCOMPARE(mz, zone);
        QVERIFY2(std::abs(mx - x) <= 1 && std::abs(my - y) <= 1, qPrintable(mgrs)); // MGRS truncates to the metre

        // Ctrl+Shift+C over the map: the clipboard holds what the status bar shows.
        QTest::keyClick(canvas, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), mgrs);

        // Ctrl+G with a typed MGRS reference 1 m precise: centred there (the square's centre) and marked.
        double gx = 0, gy = 0;
        int gz = 0;
        bool gn = true;
        GeographicLib::UTMUPS::Forward(47.0, 33.0, gz, gn, gx, gy);
        std::string target;
        GeographicLib::MGRS::Forward(gz, gn, gx, gy, 47.0, 5, target);
        m_dialogs->textAnswers.push_back(QString::fromStdString(target));
        QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
        QVERIFY(m_dialogs->log.last().startsWith("text: Go to coordinate"));
        const MapRect view = canvas->extent();
        const QPointF centre = lonLatByOgr({view.centerX(), view.centerY()}, "EPSG:3857");
        QVERIFY2(geo::inverse(centre.x(), centre.y(), 33.0, 47.0).distanceM < 1.0,
                 qPrintable(QStringLiteral("%1 m").arg(geo::inverse(centre.x(), centre.y(), 33.0, 47.0).distanceM)));
        QVERIFY(canvas->marker().has_value());
        QVERIFY(std::abs(canvas->marker()->x() - view.centerX()) < 1e-6);
        QVERIFY(m_window->messages()->texts().join('\n').contains("Centred on"));
        // The mark is drawn: magenta on its ring, 11 px right of the centre.
        const QImage shot = canvas->grab().toImage();
        const QPoint ring = canvas->toPixel(*canvas->marker()).toPoint() + QPoint(11, 0);
        const QColor onRing = shot.pixelColor(ring * shot.devicePixelRatio());
        QVERIFY2(onRing.red() > 150 && onRing.green() < 90 && onRing.blue() > 90, qPrintable(onRing.name()));
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_COORDINATES"))
            m_window->grab().save(qEnvironmentVariable("MINEATLAS_SHOT_COORDINATES"));

        // A bad entry: an error that quotes it; the view stays.
        m_dialogs->textAnswers.push_back(QStringLiteral("somewhere near Kherson"));
        action(*m_window, "actionGoTo")->trigger();
        QVERIFY(m_window->messages()->texts().join('\n').contains("somewhere near Kherson"));
        QCOMPARE(canvas->extent().centerX(), view.centerX());

        QTest::keyClick(canvas, Qt::Key_Escape);
        QVERIFY(!canvas->marker().has_value());
        QCOMPARE(QSettings().value("view/coordinateFormat").toString(), QStringLiteral("mgrs"));
    }

    /// View ▸ Measure distance and Measure area through the real window: clicks on the canvas,
    /// Enter; the legs, the total and the area are GeographicLib's on OGR's lon/lat of the clicked
    /// pixels (the same library, so to a millimetre), the result is in the message bar labelled as
    /// ellipsoidal, Backspace takes back a vertex, Esc clears and then returns to panning.
    void measureDistanceAndArea()
    {
        showAround(32.6, 46.6, 20000);
        gui::MapCanvas* canvas = m_window->canvas();
        const std::vector<QPoint> clicks = {{250, 200}, {520, 260}, {480, 520}};
        auto lonLatOf = [&](QPoint p) { return lonLatByOgr(canvas->toMap(p), "EPSG:3857"); };

        action(*m_window, "actionMeasureDistance")->trigger();
        QVERIFY(!action(*m_window, "actionPan")->isChecked());
        for (const QPoint p : clicks)
            QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(600, 600)); // one too many
        QTest::keyClick(canvas, Qt::Key_Backspace);
        QTest::keyClick(canvas, Qt::Key_Return);
        gui::MeasureTool* distance = m_window->viewActions().measureDistanceTool();
        const geo::PathMeasure m = distance->measure();
        QCOMPARE(m.legs.size(), std::size_t(2));
        double total = 0;
        for (std::size_t i = 0; i + 1 < clicks.size(); ++i) {
            const QPointF a = lonLatOf(clicks[i]), b = lonLatOf(clicks[i + 1]);
            double s12 = 0, azi1 = 0, azi2 = 0;
            GeographicLib::Geodesic::WGS84().Inverse(a.y(), a.x(), b.y(), b.x(), s12, azi1, azi2);
            QVERIFY2(std::abs(m.legs[i].distanceM - s12) < 1e-3, qPrintable(QString::number(m.legs[i].distanceM - s12)));
            QVERIFY(std::abs(m.legs[i].azimuthDeg - (azi1 < 0 ? azi1 + 360 : azi1)) < 1e-6);
            total += s12;
        }
        QVERIFY(std::abs(m.lengthM - total) < 2e-3);
        QVERIFY2(total > 10000 && total < 40000, qPrintable(QString::number(total)));
        const QString said = m_window->messages()->texts().join('\n');
        QVERIFY2(said.contains(QStringLiteral("Distance %1 in 2 legs (ellipsoidal, WGS 84)").arg(geo::formatDistance(total))),
                 qPrintable(said));

        action(*m_window, "actionMeasureArea")->trigger();
        for (const QPoint p : clicks)
            QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
        QTest::keyClick(canvas, Qt::Key_Return);
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_MEASURE"))
            m_window->grab().save(qEnvironmentVariable("MINEATLAS_SHOT_MEASURE"));
        GeographicLib::PolygonArea polygon(GeographicLib::Geodesic::WGS84());
        for (const QPoint p : clicks)
            polygon.AddPoint(lonLatOf(p).y(), lonLatOf(p).x());
        double area = 0, perimeter = 0;
        polygon.Compute(false, true, perimeter, area);
        const geo::PathMeasure a = m_window->viewActions().measureAreaTool()->measure();
        QVERIFY2(std::abs(a.areaM2 - std::abs(area)) < 1.0, qPrintable(QStringLiteral("%1 vs %2").arg(a.areaM2).arg(area)));
        QVERIFY(std::abs(a.lengthM - perimeter) < 3e-3);
        QVERIFY(m_window->messages()->texts().join('\n').contains(QStringLiteral("Area %1").arg(geo::formatArea(std::abs(area)).left(8))));

        // Esc clears the measurement, a second Esc goes back to panning.
        QTest::keyClick(canvas, Qt::Key_Escape);
        QVERIFY(m_window->viewActions().measureAreaTool()->vertices().empty());
        QVERIFY(action(*m_window, "actionMeasureArea")->isChecked());
        QTest::keyClick(canvas, Qt::Key_Escape);
        QVERIFY(action(*m_window, "actionPan")->isChecked());
    }

    void drawingInLaeaEuropeStoresWhereTheClicksWere()
    {
        openAndWait({m_hazards});
        selectLayer(m_hazards);
        QAction* laea = nullptr;
        for (QAction* a : m_window->findChildren<QAction*>())
            if (a->data().toString() == QLatin1String("EPSG:3035"))
                laea = a;
        QVERIFY(laea);
        laea->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->loader()->isBusy(), 30000);
        QCOMPARE(m_window->project().crs().authId(), QStringLiteral("EPSG:3035"));
        showAround(24.1, 56.9); // near Riga
        action(*m_window, "actionDraw")->trigger();
        const QPoint corners[] = {{400, 250}, {600, 250}, {600, 450}, {400, 450}};
        std::vector<QPointF> clicked;
        for (QPoint c : corners)
            clicked.push_back(lonLatByOgr(m_window->canvas()->toMap(c), "EPSG:3035"));
        drawSquare(corners[0], 200);
        const auto stored = storedAreas(m_hazards);
        QCOMPARE(stored.size(), std::size_t(1));
        const auto& ring = stored[0].polygons[0][0];
        for (int i = 0; i < 4; ++i) {
            const QPointF expected = clicked[i];
            const double metres = geo::inverse(ring[2 * i], ring[2 * i + 1], expected.x(), expected.y()).distanceM;
            QVERIFY2(metres < 1, qPrintable(QStringLiteral("vertex %1 is %2 m away").arg(i).arg(metres)));
        }
    }

    void surveyEntryMakesAnAreaAndShowsIt()
    {
        openAndWait({m_hazards});
        selectLayer(m_hazards);
        showAround(30.0, 50.0); // far from the survey
        m_dialogs->execAnswers.push_back([](QDialog& d) {
            auto* survey = qobject_cast<gui::SurveyDialog*>(&d);
            if (!survey)
                return int(QDialog::Rejected);
            for (const char* line : {"46.6000, 32.6000", "B 090 D 300", "B 180 D 300", "B 270 D 300"}) {
                QTest::keyClicks(survey->editor(), line);
                QTest::keyClick(survey->editor(), Qt::Key_Return);
            }
            return survey->isComplete() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
        action(*m_window, "actionSurvey")->trigger();
        const auto stored = storedAreas(m_hazards);
        QCOMPARE(stored.size(), std::size_t(1));
        QVERIFY(stored[0].enteredCoordinates.contains("B 090 D 300"));
        // 300 m × 300 m on the ellipsoid, within 0.1 % of GeographicLib.
        double lon2 = 0, lat2 = 0, lon3 = 0, lat3 = 0, lon4 = 0, lat4 = 0;
        geo::direct(32.6, 46.6, 90, 300, lon2, lat2);
        geo::direct(lon2, lat2, 180, 300, lon3, lat3);
        geo::direct(lon3, lat3, 270, 300, lon4, lat4);
        GeographicLib::PolygonArea reference(GeographicLib::Geodesic::WGS84());
        for (auto [lon, lat] : {std::pair{32.6, 46.6}, {lon2, lat2}, {lon3, lat3}, {lon4, lat4}})
            reference.AddPoint(lat, lon);
        double perimeter = 0, m2 = 0;
        reference.Compute(false, true, perimeter, m2);
        QVERIFY2(std::abs(stored[0].estimatedAreaM2 - std::abs(m2)) < 0.001 * std::abs(m2),
                 qPrintable(QStringLiteral("%1 vs %2").arg(stored[0].estimatedAreaM2).arg(m2)));
        // The map moved to it and the form opened on it.
        const MapRect view = m_window->canvas()->extent();
        const auto at = m_window->project().coordinates().toMap({32.601, 46.599});
        QVERIFY(view.contains(at->x(), at->y()));
        QCOMPARE(m_window->hazardActions().form()->area()->guid, stored[0].guid);
    }

    void vertexDragReachesTheFile()
    {
        openAndWait({m_hazards});
        selectLayer(m_hazards);
        showAround(32.6, 46.6);
        action(*m_window, "actionDraw")->trigger();
        drawSquare({400, 250}, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->loader()->isBusy(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->project().layerAt(0)->store()->size(), std::size_t(1), 10000);
        action(*m_window, "actionEditVertices")->trigger();
        QVERIFY(action(*m_window, "actionEditVertices")->isChecked());
        QVERIFY(!action(*m_window, "actionDraw")->isChecked());
        waitForRender();
        const auto first = storedAreas(m_hazards)[0].polygons[0][0];
        const QPoint vertex = pixelOf(first[0], first[1]); // wherever the view has it now
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, vertex + QPoint(100, 100)); // picks the area
        dragOnCanvas(m_window->canvas(), vertex, vertex + QPoint(-50, -30));
        const auto ring = storedAreas(m_hazards)[0].polygons[0][0];
        const QPointF expected = lonLatByOgr(m_window->canvas()->toMap(vertex + QPoint(-50, -30)), "EPSG:3857");
        QVERIFY(geo::inverse(ring[0], ring[1], expected.x(), expected.y()).distanceM < 1);
        QCOMPARE(ring[8], ring[0]);
    }

    void importIsOneUndoStep()
    {
        openAndWait({m_hazards});
        selectLayer(m_hazards);
        m_dialogs->openAnswers.push_back({QStringLiteral(MINEATLAS_TEST_DATA "/areas.kml")});
        m_dialogs->execAnswers.push_back([](QDialog& d) {
            auto* mapping = qobject_cast<gui::FieldMappingDialog*>(&d);
            return mapping && mapping->combo("local_id") ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
        QSignalSpy finished(&m_window->session(), &hazard::EditSession::importFinished);
        action(*m_window, "actionImportHazards")->trigger();
        QVERIFY(finished.wait(30000));
        QCOMPARE(storedAreas(m_hazards).size(), std::size_t(2));
        QCOMPARE(m_window->session().historySize(), 1);
        QVERIFY(m_window->messages()->texts().join(' ').contains("Imported 2 area(s)"));
        action(*m_window, "actionUndo")->trigger();
        QCOMPARE(storedAreas(m_hazards).size(), std::size_t(0));
    }

    void unknownStatusSurvivesAnUnrelatedEdit()
    {
        {
            auto store = hazard::HazardStore::create(m_dir.filePath("partner.gpkg"));
            hazard::HazardArea a;
            a.localId = "P-7";
            a.reportedBy = "Partner NGO";
            a.dateOfInformation = QDate(2026, 4, 1);
            a.polygons = {{{32.60, 46.60, 32.62, 46.60, 32.62, 46.62, 32.60, 46.62, 32.60, 46.60}}};
            QVERIFY(store.value()->insert(a).ok());
        }
        const QString partner = m_dir.filePath("partner.gpkg");
        {
            GDALDatasetUniquePtr ds(GDALDataset::Open(partner.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            OGRLayer* layer = ds->GetLayerByName(hazard::HazardStore::kDefaultLayer);
            OGRFeatureUniquePtr f(layer->GetNextFeature());
            f->SetField("status", "suspended (partner code S3)");
            QCOMPARE(layer->SetFeature(f.get()), OGRERR_NONE);
        }
        openAndWait({partner});
        selectLayer(partner);
        showAround(32.61, 46.61);
        action(*m_window, "actionDraw")->trigger(); // starts editing
        QTest::keyClick(m_window->canvas(), Qt::Key_Escape);
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, pixelOf(32.61, 46.61));
        gui::HazardForm* form = m_window->hazardActions().form();
        QTRY_VERIFY(form->isEnabled());
        QVERIFY(form->status()->currentText().contains("suspended (partner code S3)"));
        QTest::keyClicks(form->localId(), "-checked");
        QTest::mouseClick(form->applyButton(), Qt::LeftButton);
        GDALDatasetUniquePtr ds(GDALDataset::Open(partner.toUtf8().constData(), GDAL_OF_VECTOR));
        OGRFeatureUniquePtr f(ds->GetLayerByName(hazard::HazardStore::kDefaultLayer)->GetNextFeature());
        QCOMPARE(QString::fromUtf8(f->GetFieldAsString("local_id")), QStringLiteral("P-7-checked"));
        QCOMPARE(QString::fromUtf8(f->GetFieldAsString("status")), QStringLiteral("suspended (partner code S3)"));
    }

    void exportUsesTheChosenTypeAndTheLayersFolder()
    {
        openAndWait({m_hazards});
        selectLayer(m_hazards);
        showAround(32.6, 46.6);
        action(*m_window, "actionDraw")->trigger();
        drawSquare({400, 250}, 200);
        const QString out = m_dir.filePath("for-partner");
        m_dialogs->saveAnswers.push_back({out, QStringLiteral("KML for Google Earth (*.kml)")});
        action(*m_window, "actionExportHazards")->trigger();
        QVERIFY2(m_dialogs->log.last().endsWith(QFileInfo(m_hazards).absolutePath() + "/" +
                                                QFileInfo(m_hazards).completeBaseName()),
                 qPrintable(m_dialogs->log.last()));
        GDALDatasetUniquePtr ds(GDALDataset::Open((out + ".kml").toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(ds);
        QVERIFY(QString::fromUtf8(ds->GetDriverName()).contains("KML")); // KML or LIBKML reads it
        QCOMPARE(ds->GetLayer(0)->GetFeatureCount(), GIntBig(1));
        // The area was never given an id or an organisation: the export says so.
        QVERIFY2(m_window->messages()->texts().join(' ').contains("required fields empty"),
                 qPrintable(m_window->messages()->texts().join(" | ")));
    }

    void aSketchFollowsAMapCrsChange()
    {
        openAndWait({m_hazards});
        selectLayer(m_hazards);
        showAround(24.1, 56.9);
        action(*m_window, "actionDraw")->trigger();
        const QPoint first[] = {{400, 250}, {600, 250}, {600, 450}};
        std::vector<QPointF> clicked;
        for (QPoint c : first) {
            clicked.push_back(lonLatByOgr(m_window->canvas()->toMap(c), "EPSG:3857"));
            QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, c);
        }
        // Half way through the sketch, the map goes to LAEA Europe.
        for (QAction* a : m_window->findChildren<QAction*>())
            if (a->data().toString() == QLatin1String("EPSG:3035"))
                a->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->loader()->isBusy(), 30000);
        QCOMPARE(m_window->project().crs().authId(), QStringLiteral("EPSG:3035"));
        const QPoint last = m_window->canvas()->toPixel(*m_window->project().coordinates().toMap(
                                                            {clicked[0].x(), clicked[2].y()}))
                                .toPoint();
        clicked.push_back(lonLatByOgr(m_window->canvas()->toMap(last), "EPSG:3035"));
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, last);
        QTest::keyClick(m_window->canvas(), Qt::Key_Return);
        const auto stored = storedAreas(m_hazards);
        QCOMPARE(stored.size(), std::size_t(1));
        const auto& ring = stored[0].polygons[0][0];
        for (std::size_t i = 0; i < clicked.size(); ++i) {
            const double metres = geo::inverse(ring[2 * i], ring[2 * i + 1], clicked[i].x(), clicked[i].y()).distanceM;
            QVERIFY2(metres < 1, qPrintable(QStringLiteral("vertex %1 is %2 m away").arg(i).arg(metres)));
        }
    }

    void typingInTheFormSurvivesAnotherEdit()
    {
        openAndWait({m_hazards});
        selectLayer(m_hazards);
        showAround(32.6, 46.6);
        action(*m_window, "actionDraw")->trigger();
        drawSquare({300, 250}, 100);
        drawSquare({500, 250}, 100);
        gui::HazardForm* form = m_window->hazardActions().form();
        // The form shows the second area; the user types, then changes the first one's shape.
        QTest::keyClicks(form->localId(), "typed, not applied");
        QVERIFY(form->isModified());
        auto other = storedAreas(m_hazards)[0];
        other.polygons[0][0][0] -= 0.001;
        other.polygons[0][0][8] -= 0.001;
        QVERIFY(m_window->session().updateGeometry(other).ok());
        QCOMPARE(form->localId()->text(), QStringLiteral("typed, not applied"));
        // Undo the second area's creation: it is gone, and so is the form's subject.
        QVERIFY(m_window->session().undo().ok());
        QVERIFY(m_window->session().undo().ok());
        QVERIFY(!form->isEnabled());
    }

    void surveyEntryDoesNotThrowASketchAway()
    {
        openAndWait({m_hazards});
        selectLayer(m_hazards);
        showAround(32.6, 46.6);
        action(*m_window, "actionDraw")->trigger();
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, QPoint(300, 300));
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, QPoint(400, 300));
        m_dialogs->confirms.push_back(false); // "keep my sketch"
        action(*m_window, "actionSurvey")->trigger();
        QVERIFY(m_dialogs->log.last().startsWith("confirm: Discard the sketch"));
        QCOMPARE(m_window->hazardActions().drawTool()->vertices().size(), std::size_t(2));
    }

    void importingTheSameFileTwiceDoesNotDouble()
    {
        openAndWait({m_hazards});
        selectLayer(m_hazards);
        // An export of a hazard layer carries GUIDs.
        const QString exported = m_dir.filePath("exported.geojson");
        QVERIFY(hazard::exportAreas(QStringLiteral(MINEATLAS_SAMPLE_DATA "/hazards-illustrative.gpkg"),
                                    hazard::HazardStore::kDefaultLayer, exported)
                    .ok());
        for (int round = 0; round < 2; ++round) {
            m_dialogs->openAnswers.push_back({exported});
            m_dialogs->execAnswers.push_back([](QDialog&) { return int(QDialog::Accepted); });
            QSignalSpy finished(&m_window->session(), &hazard::EditSession::importFinished);
            action(*m_window, "actionImportHazards")->trigger();
            QVERIFY(finished.wait(30000));
        }
        QCOMPARE(storedAreas(m_hazards).size(), std::size_t(18));
        QVERIFY2(m_window->messages()->texts().join(' ').contains("already in the layer"),
                 qPrintable(m_window->messages()->texts().join(" | ")));
    }

    void exportMapWritesTheChosenFile()
    {
        openAndWait({QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg")});
        m_window->setDate(QDate(2026, 3, 1));
        showAround(22, 54, 900000);
        const QString out = m_dir.filePath("briefing");
        bool previewShown = false;
        m_dialogs->execAnswers.push_back([&previewShown](QDialog& d) {
            auto* dialog = qobject_cast<gui::ExportDialog*>(&d);
            if (!dialog)
                return int(QDialog::Rejected);
            dialog->title()->clear();
            QTest::keyClicks(dialog->title(), "Weekly brief: Baltic states");
            for (int i = 0; i < 200 && !previewShown; ++i) { // the live preview comes from a worker
                QTest::qWait(50);
                previewShown = dialog->preview()->pixmap().width() > 100;
            }
            return int(QDialog::Accepted);
        });
        m_dialogs->saveAnswers.push_back({out, QStringLiteral("PDF (*.pdf)")});
        QSignalSpy finished(&m_window->exporter(), &exporting::ExportController::finished);
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier); // File ▸ Export map…
        QVERIFY(finished.wait(30000));
        QVERIFY(previewShown);
        QVERIFY2(finished.at(0).at(1).toString().isEmpty(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(QFileInfo::exists(out + ".pdf"));
        QProcess text;
        text.start("pdftotext", {out + ".pdf", "-"});
        QVERIFY(text.waitForFinished(30000));
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(pdf.contains("Weekly brief: Baltic states") && pdf.contains("1 March 2026") && pdf.contains("Withdrawn"),
                 qPrintable(pdf));
        QVERIFY(m_window->messages()->texts().join(' ').contains("Exported"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
