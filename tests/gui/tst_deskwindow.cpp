// The desktop polish of issue 17, driven through the real window: the message bar shows the newest
// messages only and keeps the rest one click away, File ▸ Open recent project, the scale bar in
// the units chosen in Preferences, and the Edit vertices grab distance from the snapping tolerance.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include "deskactions.h"
#include "hazardactions.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mapcanvas.h"
#include "messagebar.h"
#include "preferencesdialog.h"
#include "project/layerlistmodel.h"
#include "project/project.h"
#include "projectactions.h"
#include "vertextool.h"
#include "windowtest.h"

using namespace mineatlas;
using windowtest::action;

class TestDeskWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs* m_dialogs = nullptr;

    void openAndWait(const QStringList& paths) { windowtest::openAndWait(*m_window, paths); }
    void waitForRender() { windowtest::waitForRender(*m_window); }
    void showAround(double lon, double lat, double halfMetres) { windowtest::showAround(*m_window, lon, lat, halfMetres); }
    QPoint pixelOf(double lon, double lat) { return windowtest::pixelOf(*m_window, lon, lat); }
    /// Opens Edit ▸ Preferences…, lets `edit` change the dialog as a user would, presses OK.
    void changePreferences(std::function<void(gui::PreferencesDialog&)> edit)
    {
        m_dialogs->execAnswers.push_back([edit](QDialog& d) {
            auto* dialog = qobject_cast<gui::PreferencesDialog*>(&d);
            if (!dialog)
                qFatal("not the preferences dialog");
            edit(*dialog);
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            return dialog->result();
        });
        action(*m_window, "actionPreferences")->trigger();
        QVERIFY(m_dialogs->execAnswers.empty());
    }
    /// File ▸ Open recent project as a user opens it: the submenu filled when it is about to show.
    QMenu* recentMenu()
    {
        QMenu* menu = m_window->deskActions().recentProjectsMenu();
        Q_EMIT menu->aboutToShow();
        return menu;
    }
    QStringList recentEntries()
    {
        QStringList out;
        for (QAction* a : recentMenu()->actions())
            if (!a->isSeparator() && a->objectName() != QLatin1String("actionClearRecentProjects"))
                out << a->data().toString();
        return out;
    }
    QString saveProjectAs(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        m_dialogs->saveAnswers.push_back({path, QString()});
        action(*m_window, "actionSaveProjectAs")->trigger();
        if (!QFile::exists(path))
            qFatal("%s was not saved", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { windowtest::useNewUserHome(m_home); }
    void init() { m_window = windowtest::showNewWindow(m_dialogs); }
    void cleanup()
    {
        m_window.reset();
        m_dialogs = nullptr;
    }

    /// Six different problems at once (six unreadable files and a menu command with nothing
    /// selected): the bar shows the newest two and "5 more", stays under a quarter of the map,
    /// and the older ones open with that button and close again.
    void manyMessagesLeaveTheMapVisible()
    {
        gui::MessageBar* bar = m_window->messages();
        QStringList bad;
        for (int i = 0; i < 6; ++i) {
            bad << m_dir.filePath(QStringLiteral("broken-%1.geojson").arg(i));
            QFile f(bad.back());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{ this is not json " + QByteArray::number(i));
        }
        openAndWait(bad);
        action(*m_window, "actionRemoveLayer")->trigger(); // "Select a layer … first"
        QCOMPARE(bar->count(), 7);
        QTRY_COMPARE(bar->shownCount(), gui::MessageBar::kShown);
        QTRY_VERIFY(bar->moreButton()->isVisible());
        QTRY_VERIFY2(bar->moreButton()->text().contains(QLatin1String("5 more")), qPrintable(bar->moreButton()->text()));
        // Every message is still there to read, the hidden ones too.
        const QString all = bar->texts().join(QLatin1Char('\n'));
        for (const QString& path : bad)
            QVERIFY2(all.contains(QFileInfo(path).fileName()), qPrintable(all));
        const int mapHeight = m_window->canvas()->height();
        QTRY_VERIFY2(bar->height() > 0 && bar->height() < mapHeight / 4,
                     qPrintable(QStringLiteral("%1 of %2 px").arg(bar->height()).arg(mapHeight)));
        QTRY_COMPARE(m_window->canvas()->titleOffset(), bar->height());
        const int collapsed = bar->height();
        // The older ones, with a click, and back.
        QTest::mouseClick(bar->moreButton(), Qt::LeftButton);
        QTRY_COMPARE(bar->shownCount(), 7);
        QTRY_VERIFY(bar->height() > collapsed);
        QTest::mouseClick(bar->moreButton(), Qt::LeftButton);
        QTRY_COMPARE(bar->shownCount(), gui::MessageBar::kShown);
        QTRY_COMPARE(bar->height(), collapsed);
        // Dismissing the newest brings the next one up; two left: no "more" button.
        for (int left = 6; left >= 2; --left) {
            QToolButton* close = nullptr;
            for (QToolButton* b : bar->findChildren<QToolButton*>())
                if (!close && b->isVisible() && b->text() == QStringLiteral("✕"))
                    close = b;
            QVERIFY(close);
            QTest::mouseClick(close, Qt::LeftButton);
            QTRY_COMPARE(bar->count(), left);
        }
        QTRY_VERIFY(!bar->moreButton()->isVisible());
        QCOMPARE(bar->shownCount(), 2);
    }

    /// File ▸ Open recent project: saved projects listed newest first, one opens from there, a file
    /// gone since is taken off with a message naming it, "Clear list" empties it, and the list is
    /// there in the next window.
    void openRecentProject()
    {
        QVERIFY(recentEntries().isEmpty());
        QVERIFY(!action(*m_window, "actionClearRecentProjects")->isEnabled());
        const QString a = saveProjectAs("a.mineatlas");
        const QString b = saveProjectAs("b.mineatlas");
        const QString c = saveProjectAs("c.mineatlas");
        QCOMPARE(recentEntries(), (QStringList{c, b, a}));
        // Right under Open project… in the File menu.
        QMenu* file = m_window->menuBar()->actions().value(0)->menu();
        const auto items = file->actions();
        QCOMPARE(items.indexOf(action(*m_window, "actionRecentProjects")),
                 items.indexOf(action(*m_window, "actionOpenProject")) + 1);

        QSignalSpy opened(&m_window->projectActions(), &ProjectActions::projectOpened);
        for (QAction* item : recentMenu()->actions())
            if (item->data().toString() == a) {
                item->trigger();
                break;
            }
        QTRY_VERIFY(opened.size() >= 1);
        QCOMPARE(m_window->projectActions().controller().path(), a);
        const qsizetype openings = opened.size();
        QCOMPARE(recentEntries(), (QStringList{a, c, b}));

        // b is deleted behind MineAtlas's back.
        QVERIFY(QFile::remove(b));
        for (QAction* item : recentMenu()->actions())
            if (item->data().toString() == b) {
                item->trigger();
                break;
            }
        QCOMPARE(opened.size(), openings); // nothing opened
        QCOMPARE(m_window->projectActions().controller().path(), a);
        const QString said = m_window->messages()->texts().join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QDir::toNativeSeparators(b)) && said.contains(QLatin1String("no longer found")),
                 qPrintable(said));
        QCOMPARE(recentEntries(), (QStringList{a, c}));

        // The next window has the same list; Clear list empties it.
        m_window.reset();
        m_window = std::make_unique<MainWindow>(std::make_unique<ScriptedDialogs>());
        QCOMPARE(recentEntries(), (QStringList{a, c}));
        QAction* clear = action(*m_window, "actionClearRecentProjects");
        QVERIFY(clear->isEnabled());
        clear->trigger();
        QVERIFY(recentEntries().isEmpty());
        QVERIFY(!action(*m_window, "actionClearRecentProjects")->isEnabled());
    }

    /// Preferences ▸ distance units: the scale bar turns to feet / miles, of the same ground
    /// length per pixel, and back to metres and kilometres.
    void scaleBarFollowsTheDistanceUnits()
    {
        openAndWait({QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg")});
        gui::MapCanvas* canvas = m_window->canvas();
        for (const double half : {4000.0, 400000.0}) {
            showAround(32.6, 46.6, half);
            changePreferences([](gui::PreferencesDialog& d) {
                d.lengthUnitsBox()->setCurrentIndex(d.lengthUnitsBox()->findData(int(project::LengthUnits::Metric)));
            });
            const auto metric = canvas->scaleBar();
            QVERIFY2(metric.label.endsWith(QLatin1String(" m")) || metric.label.endsWith(QLatin1String(" km")),
                     qPrintable(metric.label));
            changePreferences([](gui::PreferencesDialog& d) {
                d.lengthUnitsBox()->setCurrentIndex(d.lengthUnitsBox()->findData(int(project::LengthUnits::Imperial)));
            });
            const auto imperial = canvas->scaleBar();
            const QString unit = imperial.label.section(QLatin1Char(' '), 1);
            const double number = imperial.label.section(QLatin1Char(' '), 0, 0).toDouble();
            QVERIFY2(unit == (half > 10000 ? QLatin1String("mi") : QLatin1String("ft")), qPrintable(imperial.label));
            // The label says what the bar measures (international foot and mile, written out here).
            QCOMPARE(number * (unit == QLatin1String("mi") ? 1609.344 : 0.3048), imperial.metres);
            // A round 1, 2 or 5 × 10ⁿ.
            const double mantissa = number / std::pow(10.0, std::floor(std::log10(number)));
            QVERIFY2(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) || qFuzzyCompare(mantissa, 5.0),
                     qPrintable(imperial.label));
            // Both bars at the same ground metres per pixel.
            QVERIFY(std::abs(imperial.metres / imperial.pixels - metric.metres / metric.pixels) <
                    1e-9 * metric.metres / metric.pixels);
            QVERIFY(imperial.pixels > 20 && imperial.pixels <= canvas->width() / 5.0 + 1);
        }
    }

    /// Edit ▸ Preferences' snapping tolerance is also how close a press must be to grab a vertex
    /// with Edit vertices: 14 px off a corner grabs it at 20 px, not at 5 px.
    void vertexGrabUsesTheSnappingTolerance()
    {
        const QString path = m_dir.filePath("grab.gpkg");
        {
            auto store = hazard::HazardStore::create(path);
            QVERIFY(store.ok());
            hazard::HazardArea area;
            area.localId = QStringLiteral("GRAB-1");
            area.polygons = {{{32.60, 46.60, 32.62, 46.60, 32.62, 46.62, 32.60, 46.62, 32.60, 46.60}}};
            QVERIFY(store.value()->insert(area).ok());
        }
        openAndWait({path});
        m_window->layerPanel()->view()->setCurrentIndex(m_window->layerPanel()->model()->index(0));
        showAround(32.61, 46.61, 4000);
        gui::VertexTool* tool = m_window->hazardActions().vertexTool();
        gui::MapCanvas* canvas = m_window->canvas();
        for (const int tolerance : {5, 20}) {
            changePreferences([tolerance](gui::PreferencesDialog& d) { d.snapBox()->setValue(tolerance); });
            QCOMPARE(tool->grabTolerance(), tolerance);
            action(*m_window, "actionEditVertices")->trigger();
            QVERIFY(action(*m_window, "actionEditVertices")->isChecked());
            waitForRender();
            const QPoint corner = pixelOf(32.60, 46.60); // bottom-left
            QTest::mouseClick(canvas, Qt::LeftButton, {}, corner + QPoint(30, -30)); // picks the area
            QVERIFY(tool->area());
            // 14 px out from the corner, away from both edges.
            windowtest::dragOnCanvas(canvas, corner + QPoint(-10, 10), corner + QPoint(-40, 40));
            const auto ring = windowtest::storedAreas(path)[0].polygons[0][0];
            const bool moved = std::abs(ring[0] - 32.60) > 1e-7 || std::abs(ring[1] - 46.60) > 1e-7;
            QVERIFY2(moved == (tolerance == 20), qPrintable(QStringLiteral("tolerance %1: %2, %3").arg(tolerance).arg(ring[0], 0, 'f', 7).arg(ring[1], 0, 'f', 7)));
        }
    }
};

QTEST_MAIN(TestDeskWindow)
#include "tst_deskwindow.moc"
