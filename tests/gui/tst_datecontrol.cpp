#include <QSlider>
#include <QtTest>

#include <gdal.h>

#include "datecontrol.h"
#include "layerloader.h"
#include "mapcanvas.h"
#include "project/project.h"
#include "treaty/briefing.h"
#include "treaty/treatystyle.h"

using namespace mineatlas;

/// The as-of date control drives the treaty map: keys on the slider step days, months and years,
/// the map restyles without reloading, and a named country's rendered colour changes.
class TestDateControl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void keysStepDayMonthYear()
    {
        gui::DateControl control;
        control.setMaximumDate({2026, 11, 23});
        control.show();
        control.setDate({2025, 3, 18});
        QSignalSpy spy(&control, &gui::DateControl::dateChanged);
        QTest::keyClick(control.slider(), Qt::Key_Left);
        QCOMPARE(control.date(), QDate(2025, 3, 17));
        QTest::keyClick(control.slider(), Qt::Key_Up);
        QCOMPARE(control.date(), QDate(2025, 4, 17));
        QTest::keyClick(control.slider(), Qt::Key_PageDown);
        QCOMPARE(control.date(), QDate(2024, 4, 17));
        QCOMPARE(spy.count(), 3);
        // Clamped to the treaty's lifetime: opened 3 Dec 1997, up to today.
        control.setDate({1990, 1, 1});
        QCOMPARE(control.date(), QDate(1997, 12, 3));
        QCOMPARE(control.slider()->value(), 0);
    }

    void playStepsThroughEvents()
    {
        gui::DateControl control;
        control.setEventDates({{2025, 3, 18}, {2025, 8, 20}, {2025, 3, 18}, {2026, 2, 20}});
        control.setDate({2025, 1, 1});
        control.play(true);
        QTRY_COMPARE_WITH_TIMEOUT(control.date(), QDate(2025, 3, 18), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(control.date(), QDate(2025, 8, 20), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(control.date(), QDate(2026, 2, 20), 3000);
        control.play(false);
        QVERIFY(!control.isPlaying());
    }

    void movingTheDateRecoloursPoland()
    {
        auto table = treaty::TreatyTable::loadBuiltIn();
        QVERIFY(table.ok());
        project::Project project;
        gui::LayerLoader loader(project);
        loader.setTreatyTable(table.value());
        QSignalSpy idle(&loader, &gui::LayerLoader::idle);
        loader.open(QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg"));
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10000);
        QCOMPARE(project.layerCount(), 1);
        project::MapLayer* layer = project.layerAt(0);
        QVERIFY(layer->isTreatyStyled());
        const auto storeBefore = layer->store();

        gui::MapCanvas canvas(project);
        gui::DateControl control;
        control.setMaximumDate({2026, 11, 23}); // the facts' date, whatever the machine's clock says
        connect(&control, &gui::DateControl::dateChanged, &project, &project::Project::setDate);
        control.setEventDates(treaty::eventDates(*table.value()));
        canvas.resize(500, 400);
        canvas.show();
        control.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        auto merc = [](double lon, double lat) {
            return QPointF(6378137.0 * lon * M_PI / 180,
                           6378137.0 * std::log(std::tan(M_PI / 4 + lat * M_PI / 360)));
        };
        const QPointF a = merc(10, 45), b = merc(30, 58);
        canvas.setExtent(MapRect::fromCorners(a.x(), a.y(), b.x(), b.y()));
        auto polandColour = [&] {
            return canvas.grab().toImage().pixelColor(canvas.toPixel(merc(17.5, 51.0)).toPoint());
        };
        control.setDate({2025, 1, 1});
        QTRY_VERIFY_WITH_TIMEOUT(!canvas.isRendering() && canvas.renderedExtent() == canvas.extent(), 10000);
        QCOMPARE(polandColour(), treaty::TreatyStyle::symbolFor(treaty::TreatyStatus::StateParty, 0).fill);
        // Two years forward with the keyboard: clamped to the last date, when Poland has withdrawn.
        QTest::keyClick(control.slider(), Qt::Key_PageUp);
        QTest::keyClick(control.slider(), Qt::Key_PageUp);
        QCOMPARE(project.date(), QDate(2026, 11, 23));
        QTRY_VERIFY_WITH_TIMEOUT(!canvas.isRendering(), 10000);
        QCOMPARE(polandColour(), treaty::TreatyStyle::symbolFor(treaty::TreatyStatus::Withdrawn, 0).fill);
        // Restyled, not reloaded.
        QCOMPARE(layer->store(), storeBefore);
    }
};

QTEST_MAIN(TestDateControl)
#include "tst_datecontrol.moc"
