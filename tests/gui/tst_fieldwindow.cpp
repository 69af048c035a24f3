#include <cmath>

#include <QCryptographicHash>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/MagneticModel.hpp>
#include <gdal.h>

#include "data/sampledata.h"
#include "data/vectorloader.h"
#include "geo/geodesy.h"
#include "geo/magnetic.h"
#include "hazard/editsession.h"
#include "hazard/hazardstore.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "measuretool.h"
#include "messagebar.h"
#include "project/layerlistmodel.h"
#include "project/project.h"
#include "scripteddialogs.h"
#include "surveydialog.h"
#include "viewactions.h"
#include "windowtest.h"

using namespace mineatlas;
using windowtest::action;
using windowtest::lonLatByOgr;

namespace {

/// Declination straight from GeographicLib on the shipped coefficient files (not MineAtlas's
/// wrapper): the reference the window's magnetic bearings are checked against.
double referenceDeclination(const char* release, double lon, double lat, QDate date)
{
    const GeographicLib::MagneticModel wmm(release, MINEATLAS_SAMPLE_DATA "/../resources/magnetic");
    double bx = 0, by = 0, bz = 0, h = 0, f = 0, d = 0, i = 0;
    wmm(date.year() + double(date.dayOfYear() - 1) / date.daysInYear(), lat, lon, 0, bx, by, bz);
    GeographicLib::MagneticModel::FieldComponents(bx, by, bz, h, f, d, i);
    return d;
}

double wrap360(double deg)
{
    const double d = std::fmod(deg, 360.0);
    return d < 0 ? d + 360.0 : d;
}

} // namespace

/// Field-scale tools in the real window: magnetic bearings in the measure tool and in survey
/// entry, driven with QTest events and checked against GeographicLib.
class TestFieldWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs* m_dialogs = nullptr;

    void waitForRender() { QTRY_VERIFY_WITH_TIMEOUT(!m_window->canvas()->isRendering(), 30000); }
    void showAround(double lon, double lat, double halfMetres)
    {
        const auto c = m_window->project().coordinates().toMap({lon, lat});
        QVERIFY(c);
        m_window->canvas()->setExtent({c->x() - halfMetres, c->y() - halfMetres, c->x() + halfMetres, c->y() + halfMetres});
        waitForRender();
    }

private Q_SLOTS:
    void initTestCase() { windowtest::useNewUserHome(m_home); }
    void init() { m_window = windowtest::showNewWindow(m_dialogs); }
    void cleanup() { m_window.reset(); }

    void everyToolbarButtonShowsAt1280()
    {
        // Nothing hidden behind a toolbar's overflow button at 1280×800.
        QCOMPARE(m_window->size(), QSize(1280, 800));
        const auto bars = m_window->findChildren<QToolBar*>();
        QVERIFY(bars.size() >= 3);
        for (QToolBar* bar : bars) {
            if (!bar->isVisible())
                continue;
            for (QAction* a : bar->actions()) {
                if (a->isSeparator() || !a->isVisible())
                    continue;
                QWidget* w = bar->widgetForAction(a);
                QVERIFY2(w && w->isVisible() && bar->rect().contains(w->geometry()),
                         qPrintable(QStringLiteral("%1: \"%2\" is not shown").arg(bar->windowTitle(), a->text())));
            }
        }
    }

    void openSampleDataOpensAnEditableCopy()
    {
        const QString shipped = QStringLiteral(MINEATLAS_SAMPLE_DATA "/hazards-illustrative.gpkg");
        QFile original(shipped);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = QCryptographicHash::hash(original.readAll(), QCryptographicHash::Sha256);
        original.close();
        QSignalSpy idle(m_window->loader(), &gui::LayerLoader::idle);
        action(*m_window, "actionOpenSample")->trigger();
        QVERIFY(idle.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->loader()->isBusy(), 30000);
        project::Project& p = m_window->project();
        const QStringList shippedFiles = data::sampleDataFiles(QStringLiteral(MINEATLAS_SAMPLE_DATA));
        QVERIFY(shippedFiles.size() >= 3);
        QCOMPARE(p.layerCount(), int(shippedFiles.size()));
        // Every sample file, as a copy in the user's data folder; the countries at the bottom.
        QStringList opened;
        for (int i = 0; i < p.layerCount(); ++i)
            opened << QFileInfo(p.layerAt(i)->sourcePath()).fileName();
        for (const QString& f : shippedFiles)
            QVERIFY2(opened.contains(QFileInfo(f).fileName()), qPrintable(opened.join(", ")));
        QCOMPARE(opened.last(), QStringLiteral("countries-10m.gpkg"));
        // Place names over the incident dots (a user found them buried under them).
        QVERIFY2(opened.indexOf(QStringLiteral("places.gpkg")) < opened.indexOf(QStringLiteral("incidents-illustrative.gpkg")),
                 qPrintable(opened.join(", ")));
        const int hazardRow = int(opened.indexOf(QStringLiteral("hazards-illustrative.gpkg")));
        // A second time opens nothing twice.
        action(*m_window, "actionOpenSample")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->loader()->isBusy(), 30000);
        QCOMPARE(p.layerCount(), int(shippedFiles.size()));
        QVERIFY(m_window->messages()->texts().join('\n').contains(QStringLiteral("already open")));
        for (int i = 0; i < p.layerCount(); ++i)
            QVERIFY2(p.layerAt(i)->sourcePath().startsWith(m_home.filePath(QStringLiteral("data"))),
                     qPrintable(p.layerAt(i)->sourcePath()));
        // Drawing on the sample layer writes the copy (the schema migration), never the shipped file.
        m_window->layerPanel()->view()->setCurrentIndex(m_window->layerPanel()->model()->index(hazardRow));
        action(*m_window, "actionDraw")->trigger();
        QVERIFY(m_window->session().isEditing());
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(original.readAll(), QCryptographicHash::Sha256), before);
    }

    void measureLabelsEachLegTrueAndMagnetic()
    {
        showAround(30.52, 50.45, 20000); // Kyiv
        gui::MapCanvas* canvas = m_window->canvas();
        const std::vector<QPoint> clicks = {{90, 520}, {330, 200}, {520, 560}};
        action(*m_window, "actionMeasureDistance")->trigger();
        for (const QPoint p : clicks)
            QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
        QTest::keyClick(canvas, Qt::Key_Return);
        gui::MeasureTool* tool = m_window->viewActions().measureDistanceTool();
        const QDate today = QDate::currentDate();
        for (std::size_t i = 0; i + 1 < clicks.size(); ++i) {
            const QPointF a = lonLatByOgr(canvas->toMap(clicks[i]), "EPSG:3857");
            const QPointF b = lonLatByOgr(canvas->toMap(clicks[i + 1]), "EPSG:3857");
            double s12 = 0, azi1 = 0, azi2 = 0;
            GeographicLib::Geodesic::WGS84().Inverse(a.y(), a.x(), b.y(), b.x(), s12, azi1, azi2);
            const double expected = wrap360(azi1 - referenceDeclination("wmm2025", a.x(), a.y(), today));
            const auto magnetic = tool->magneticBearing(i);
            QVERIFY(magnetic);
            QVERIFY2(std::abs(*magnetic - expected) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(*magnetic).arg(expected)));
            // The label on the map says both, to 0.1°.
            const QString label = tool->legLabel(i);
            QVERIFY2(label.contains(QStringLiteral("%1° T").arg(wrap360(azi1), 5, 'f', 1, QLatin1Char('0'))) &&
                         label.contains(QStringLiteral("%1° M").arg(expected, 5, 'f', 1, QLatin1Char('0'))),
                     qPrintable(label));
        }
        // Kyiv's declination is several degrees east: true and magnetic differ visibly.
        const QPointF first = lonLatByOgr(canvas->toMap(clicks[0]), "EPSG:3857");
        const double d = referenceDeclination("wmm2025", first.x(), first.y(), today);
        QVERIFY2(d > 5 && d < 12, qPrintable(QString::number(d)));
        const QString said = m_window->messages()->texts().join('\n');
        QVERIFY2(said.contains(QStringLiteral("declination %1 at the first point (WMM2025,").arg(geo::formatDeclination(d))),
                 qPrintable(said));
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_MAGNETIC"))
            m_window->grab().save(qEnvironmentVariable("MINEATLAS_SHOT_MAGNETIC"));
    }

    void surveyWithMagneticBearingsLandsWhereTheCompassSaid()
    {
        const QString hazards = m_dir.filePath(QStringLiteral("magnetic.gpkg"));
        QVERIFY(hazard::HazardStore::create(hazards).ok());
        QSignalSpy idle(m_window->loader(), &gui::LayerLoader::idle);
        m_window->openPaths({hazards});
        QVERIFY(idle.wait(60000));
        m_window->layerPanel()->view()->setCurrentIndex(m_window->layerPanel()->model()->index(0));
        showAround(32.6, 46.6, 4000);
        const QDate taken(2018, 6, 15); // an old record: WMM2015v2's years
        QString firstError;
        m_dialogs->execAnswers.push_back([&](QDialog& dlg) {
            auto* survey = qobject_cast<gui::SurveyDialog*>(&dlg);
            if (!survey)
                return int(QDialog::Rejected);
            for (const char* line : {"46.6000, 32.6000", "B 080 M D 300", "B 170 M D 300", "B 260 M D 300"}) {
                QTest::keyClicks(survey->editor(), line);
                QTest::keyClick(survey->editor(), Qt::Key_Return);
            }
            // Today's date first: accepted, with today's model, then the day the bearings were taken.
            if (!survey->isComplete())
                firstError = QStringLiteral("incomplete with today's date");
            survey->bearingDate()->setDate(taken);
            const QString how = survey->table()->item(1, 1)->text();
            if (!how.contains(QStringLiteral("WMM2015v2")))
                firstError = QStringLiteral("row 2 reads: ") + how;
            return survey->isComplete() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
        action(*m_window, "actionSurvey")->trigger();
        QVERIFY2(firstError.isEmpty(), qPrintable(firstError));
        const auto stored = windowtest::storedAreas(hazards);
        QCOMPARE(stored.size(), std::size_t(1));
        QVERIFY2(stored[0].enteredCoordinates.contains(QStringLiteral("magnetic bearing\tB 080 M D 300\tmagnetic 080.0°")),
                 qPrintable(stored[0].enteredCoordinates));
        // Each leg: the magnetic bearing plus the declination at its start on that day, then the
        // geodesic, all by GeographicLib.
        std::vector<QPointF> expected{{32.6, 46.6}};
        for (double magnetic : {80.0, 170.0, 260.0}) {
            const QPointF from = expected.back();
            double lat = 0, lon = 0;
            GeographicLib::Geodesic::WGS84().Direct(from.y(), from.x(),
                                                     magnetic + referenceDeclination("wmm2015v2", from.x(), from.y(), taken),
                                                     300, lat, lon);
            expected.emplace_back(lon, lat);
        }
        const auto& ring = stored[0].polygons[0][0];
        QVERIFY(ring.size() >= 8);
        for (std::size_t i = 0; i < 4; ++i) {
            const double off = geo::inverse(ring[2 * i], ring[2 * i + 1], expected[i].x(), expected[i].y()).distanceM;
            QVERIFY2(off < 0.05, qPrintable(QStringLiteral("vertex %1 is %2 m away").arg(i).arg(off)));
        }
    }
};

QTEST_MAIN(TestFieldWindow)
#include "tst_fieldwindow.moc"
