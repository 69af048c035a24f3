#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/MGRS.hpp>
#include <GeographicLib/UTMUPS.hpp>

#include "surveydialog.h"

using namespace mineatlas;

/// Survey entry as a surveyor types it: each line read as typed, bad lines explained, the preview
/// follows, and bearing/distance legs land where GeographicLib says.
class TestSurveyDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typedPointsBecomeAPolygon()
    {
        gui::SurveyDialog dialog;
        std::vector<QPointF> preview;
        connect(&dialog, &gui::SurveyDialog::previewChanged, this,
                [&](const std::vector<QPointF>& p) { preview = p; });
        for (const char* line : {"36TVS1234567890", "B 090 D 250", "B 180 D 250"}) {
            QTest::keyClicks(dialog.editor(), line);
            QTest::keyClick(dialog.editor(), Qt::Key_Return);
        }
        QVERIFY(dialog.isComplete());
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.points().size(), std::size_t(3));
        QCOMPARE(preview.size(), std::size_t(3));
        QCOMPARE(dialog.table()->rowCount(), 3);
        // Benchmark: GeographicLib's own reading of the MGRS square's centre.
        int zone, prec;
        bool north;
        double x, y, lat0, lon0;
        GeographicLib::MGRS::Reverse("36TVS1234567890", zone, north, x, y, prec, true);
        GeographicLib::UTMUPS::Reverse(zone, north, x, y, lat0, lon0);
        const GeographicLib::Geodesic& g = GeographicLib::Geodesic::WGS84();
        double d = 0;
        g.Inverse(lat0, lon0, dialog.points()[0].lat, dialog.points()[0].lon, d);
        QVERIFY2(d < 0.01, qPrintable(QString::number(d)));
        // Legs: 250 m east, then 250 m south, along geodesics.
        double lat1, lon1, lat2, lon2;
        g.Direct(lat0, lon0, 90, 250, lat1, lon1);
        g.Direct(lat1, lon1, 180, 250, lat2, lon2);
        g.Inverse(lat2, lon2, dialog.points()[2].lat, dialog.points()[2].lon, d);
        QVERIFY2(d < 0.01, qPrintable(QString::number(d)));
        QVERIFY(dialog.enteredText().contains("B 090 D 250"));
    }

    void badLineIsExplainedAndBlocks()
    {
        gui::SurveyDialog dialog;
        dialog.setText("46.6, 32.6\n46.61, 32.6\nnot a point\n46.61, 32.61");
        QVERIFY(!dialog.isComplete());
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(dialog.points().size(), std::size_t(3)); // the good lines still preview
        QVERIFY(dialog.table()->item(2, 1)->text().contains("not a point"));
        dialog.setText("46.6, 32.6\n46.61, 32.6");
        QVERIFY(!dialog.isComplete()); // two points are not an area
    }
};

QTEST_MAIN(TestSurveyDialog)
#include "tst_surveydialog.moc"
