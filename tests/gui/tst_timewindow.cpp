#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QToolButton>
#include <QtTest>

#include <gdal.h>
#include <ogrsf_frmts.h>

#include "../core/gifdecode.h"
#include "animationdialog.h"
#include "data/vectorloader.h"
#include "datecontrol.h"
#include "frameoverlay.h"
#include "layerloader.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "project/project.h"
#include "timeactions.h"
#include "treatyactions.h"
#include "scripteddialogs.h"
#include "windowtest.h"

using namespace mineatlas;

namespace {

const QString kFrontLine = QStringLiteral(MINEATLAS_SAMPLE_DATA "/front-line-illustrative.gpkg");
const QString kIncidents = QStringLiteral(MINEATLAS_SAMPLE_DATA "/incidents-illustrative.gpkg");

/// How many rows of `layer` have `field` on or before `date`, asked of the file through GDAL's SQL.
int countByGdal(const QString& path, const char* layer, const char* field, QDate date)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    const QByteArray sql = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 <= '%3'")
                               .arg(QString::fromLatin1(layer), QString::fromLatin1(field), date.toString(Qt::ISODate))
                               .toUtf8();
    OGRLayer* result = ds->ExecuteSQL(sql.constData(), nullptr, nullptr);
    const int n = static_cast<int>(result->GetNextFeature()->GetFieldAsInteger64(0));
    ds->ReleaseResultSet(result);
    return n;
}

project::MapLayer* layerNamed(const project::Project& p, const QString& suffix)
{
    for (int i = 0; i < p.layerCount(); ++i)
        if (p.layerAt(i)->name().endsWith(suffix))
            return p.layerAt(i);
    return nullptr;
}

/// Features a layer draws now (not hidden by the date).
int shown(const project::MapLayer& l)
{
    const auto s = l.snapshot();
    return static_cast<int>(std::count_if(s.styled->symbolOf.begin(), s.styled->symbolOf.end(),
                                          [](std::uint16_t i) { return i != render::StyledFeatures::kHidden; }));
}

} // namespace

/// Time through the real window: the sample's layers follow the date bar's buttons, play and
/// pause; presentation mode answers Space, arrows and Esc; File ▸ Export animation… writes a GIF.
class TestTimeWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs* m_dialogs = nullptr;

    gui::DateControl* dateBar() const { return m_window->treatyActions().dateControl(); }

private Q_SLOTS:
    void initTestCase()
    {
        windowtest::useNewUserHome(m_home);
        m_window = windowtest::showNewWindow(m_dialogs);
        m_window->activateWindow();
        // The front-line file has two map layers (and a history table, not offered): keep both.
        m_dialogs->execAnswers.push_back([](QDialog&) { return QDialog::Accepted; });
        QSignalSpy idle(m_window->loader(), &gui::LayerLoader::idle);
        m_window->openPaths({kFrontLine, kIncidents});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->project().layerCount() == 3 && !m_window->loader()->isBusy(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->canvas()->isRendering(), 30000);
    }

    void layersFollowTheDateBar()
    {
        const project::Project& p = m_window->project();
        project::MapLayer* areas = layerNamed(p, "hazard_areas");
        project::MapLayer* released = layerNamed(p, "land_release");
        project::MapLayer* incidents = layerNamed(p, "incidents");
        QVERIFY(areas && released && incidents);
        QCOMPARE(areas->temporal().startField, QStringLiteral("recorded_date"));
        QCOMPARE(incidents->temporal().startField, QStringLiteral("incident_date"));
        // The play range fits the data, stepping by month.
        time::TimeController& time = *dateBar()->controller();
        QCOMPARE(time.unit(), time::TimeController::Unit::Month);
        QVERIFY(time.rangeStart() <= QDate(2022, 3, 15) && time.rangeStart() >= QDate(2022, 3, 1));
        QVERIFY(time.rangeEnd() >= QDate(2026, 9, 1));
        // Type a date, then step with the bar's buttons as a user clicks them.
        dateBar()->dateEdit()->setDate(QDate(2023, 1, 1));
        QCOMPARE(p.date(), QDate(2023, 1, 1));
        auto* forward = dateBar()->findChildren<QToolButton*>().at(2);
        QCOMPARE(forward->toolTip(), QStringLiteral("One step forward"));
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(forward, Qt::LeftButton);
        QCOMPARE(p.date(), QDate(2023, 4, 1));
        // What is drawn is what the file holds by that date.
        QCOMPARE(shown(*areas), countByGdal(kFrontLine, "hazard_areas", "recorded_date", p.date()));
        QCOMPARE(shown(*released), countByGdal(kFrontLine, "land_release", "release_date", p.date()));
        QCOMPARE(shown(*incidents), countByGdal(kIncidents, "incidents", "incident_date", p.date()));
        QVERIFY(shown(*areas) > 0 && shown(*areas) < static_cast<int>(areas->store()->size()));
        // The running total of released land is on the map.
        QTRY_VERIFY(!m_window->canvas()->notes().isEmpty());
        QVERIFY(m_window->canvas()->notes().first().startsWith("Land released by 1 April 2023: "));
        // Play moves on by itself; pause stops it.
        QTest::mouseClick(dateBar()->playButton(), Qt::LeftButton);
        QVERIFY(time.isPlaying());
        QCOMPARE(dateBar()->playButton()->text(), QStringLiteral("Pause"));
        QTRY_VERIFY_WITH_TIMEOUT(p.date() >= QDate(2023, 6, 1), 5000);
        QTest::mouseClick(dateBar()->playButton(), Qt::LeftButton);
        QVERIFY(!time.isPlaying());
        const QDate stopped = p.date();
        QTest::qWait(900);
        QCOMPARE(p.date(), stopped);
    }

    void presentationModeAnswersTheKeys()
    {
        const project::Project& p = m_window->project();
        time::TimeController& time = *dateBar()->controller();
        time.setDate(QDate(2024, 1, 1));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(m_window->timeActions().isPresenting());
        QTRY_VERIFY(m_window->isFullScreen());
        QVERIFY(!m_window->menuBar()->isVisible());
        auto* overlay = m_window->timeActions().overlay();
        QVERIFY(overlay && overlay->isVisible());
        QCOMPARE(overlay->overlay().caption, QStringLiteral("1 January 2024"));
        QVERIFY(!overlay->overlay().legend.empty());
        QTest::keyClick(m_window->canvas(), Qt::Key_Right);
        QCOMPARE(p.date(), QDate(2024, 2, 1));
        QCOMPARE(overlay->overlay().caption, QStringLiteral("1 February 2024"));
        QTest::keyClick(m_window->canvas(), Qt::Key_Left);
        QCOMPARE(p.date(), QDate(2024, 1, 1));
        QTest::keyClick(m_window->canvas(), Qt::Key_Space);
        QVERIFY(time.isPlaying());
        QTest::keyClick(m_window->canvas(), Qt::Key_Space);
        QVERIFY(!time.isPlaying());
        // The caption is painted: most of the window's top-left corner is the overlay's white box
        // (the map there is blue sea and coloured land), with dark type on it.
        const QImage shot = m_window->grab().toImage();
        const QPoint origin = m_window->canvas()->mapTo(m_window.get(), QPoint(0, 0));
        int white = 0, ink = 0;
        for (int y = 20; y < 70; ++y)
            for (int x = 20; x < 220; ++x) {
                const QColor c = shot.pixelColor(origin + QPoint(x, y));
                white += c == QColor(Qt::white);
                ink += c.lightness() < 60;
            }
        QVERIFY2(white > 4000 && ink > 300, qPrintable(QStringLiteral("%1 white, %2 dark of 10000").arg(white).arg(ink)));
        QTest::keyClick(m_window->canvas(), Qt::Key_Escape);
        QVERIFY(!m_window->timeActions().isPresenting());
        QTRY_VERIFY(!m_window->isFullScreen());
        QVERIFY(m_window->menuBar()->isVisible());
        QVERIFY(!overlay->isVisible());
    }

    void exportAnimationWritesAGif()
    {
        const QString out = m_dir.filePath("spread.gif");
        QString summary;
        m_dialogs->execAnswers.push_back([&summary](QDialog& d) {
            auto& dialog = dynamic_cast<gui::AnimationDialog&>(d);
            dialog.fromEdit()->setDate(QDate(2023, 1, 1));
            dialog.toEdit()->setDate(QDate(2023, 12, 1));
            dialog.stepBox()->setCurrentIndex(dialog.stepBox()->findData(QStringLiteral("P1M")));
            dialog.sizeBox()->setCurrentIndex(dialog.sizeBox()->findData(QSize(640, 360)));
            summary = dialog.summary()->text();
            return QDialog::Accepted;
        });
        m_dialogs->saveAnswers.push_back({m_dir.filePath("spread"), QStringLiteral("Animated GIF (*.gif)")});
        QSignalSpy done(&m_window->timeActions().animator(), &exporting::AnimationController::finished);
        m_window->findChild<QAction*>("actionExportAnimation")->trigger();
        QVERIFY(done.wait(60000));
        QVERIFY2(summary.startsWith("12 frames, 3.0 s"), qPrintable(summary)); // what the dialog promised
        QCOMPARE(done.first().at(2).toString(), QString());
        QCOMPARE(done.first().at(0).toString(), out);
        const auto gif = mineatlas::test::decode(out);
        QCOMPARE(gif.frames.size(), std::size_t(12));
        QCOMPARE(gif.width, 640);
        QCOMPARE(gif.height, 360);
        // The legend's green for cleared land, over the legend's white, is in the palette exactly.
        const QColor cleared(0x4D, 0xAF, 0x4A);
        QVERIFY(std::find(gif.palette.begin(), gif.palette.end(), cleared.rgb()) != gif.palette.end());
        // Frames differ: the map changes with the date.
        QVERIFY(gif.frames.front() != gif.frames.back());
    }
};

QTEST_MAIN(TestTimeWindow)
#include "tst_timewindow.moc"
