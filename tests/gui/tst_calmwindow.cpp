#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWidgetAction>
#include <QtTest>

#include <cmath>

#include <gdal.h>
#include <proj.h>

#include "addpolygontool.h"
#include "data/tilecache.h"
#include "data/vectorloader.h"
#include "geo/geodesy.h"
#include "hazard/editsession.h"
#include "hazardactions.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "measuretool.h"
#include "messagebar.h"
#include "panzoomtool.h"
#include "preferenceactions.h"
#include "preferencesdialog.h"
#include "project/layerlistmodel.h"
#include "project/maplayer.h"
#include "project/project.h"
#include "scripteddialogs.h"
#include "viewactions.h"
#include "windowtest.h"

using namespace mineatlas;
using windowtest::action;

/// A calm window, driven with real QTest events: one map tool at a time, Esc back to panning,
/// no ambiguous shortcut, every panel reachable from View ▸ Panels, messages that go when their
/// cause goes, icons and tooltips on every tool, and Edit ▸ Preferences changing what the user
/// sees.
class TestCalmWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs* m_dialogs = nullptr;
    QString m_hazards;

    void openAndWait(const QStringList& paths) { windowtest::openAndWait(*m_window, paths); }
    void waitForRender() { windowtest::waitForRender(*m_window); }
    void showAround(double lon, double lat, double halfMetres = 4000) { windowtest::showAround(*m_window, lon, lat, halfMetres); }
    QPoint pixelOf(double lon, double lat) { return windowtest::pixelOf(*m_window, lon, lat); }
    /// A hazard layer with one square area, open and selected, the view on it.
    void openHazardLayer()
    {
        {
            auto store = hazard::HazardStore::create(m_hazards);
            QVERIFY(store.ok());
            hazard::HazardArea a;
            a.localId = QStringLiteral("CALM-1");
            a.polygons = {{{32.60, 46.60, 32.62, 46.60, 32.62, 46.62, 32.60, 46.62, 32.60, 46.60}}};
            QVERIFY(store.value()->insert(a).ok());
        }
        openAndWait({m_hazards});
        m_window->layerPanel()->view()->setCurrentIndex(m_window->layerPanel()->model()->index(0));
        showAround(32.61, 46.61);
    }
    QActionGroup* tools() { return action(*m_window, "actionPan")->actionGroup(); }
    QToolBar* mapToolbar() { return m_window->findChild<QToolBar*>(QStringLiteral("mapToolbar")); }

    /// Exactly one tool checked, its toolbar button down and no other, and the canvas running
    /// the tool that action stands for.
    void checkOneTool(const char* expected)
    {
        QStringList checked;
        for (QAction* a : tools()->actions())
            if (a->isChecked())
                checked << a->objectName();
        QCOMPARE(checked, QStringList{QString::fromLatin1(expected)});
        for (QAction* a : mapToolbar()->actions())
            if (auto* b = qobject_cast<QToolButton*>(mapToolbar()->widgetForAction(a));
                b && a->actionGroup() == tools())
                QVERIFY2(b->isChecked() == a->isChecked(), qPrintable(a->objectName()));
        gui::MapTool* tool = m_window->canvas()->mapTool();
        QVERIFY(tool);
        const QString name = QString::fromLatin1(expected);
        const QString cls = QString::fromLatin1(tool->metaObject()->className());
        if (name == "actionPan")
            QCOMPARE(tool, m_window->viewActions().panTool());
        else if (name == "actionZoomBox")
            QVERIFY(cls == "mineatlas::gui::PanZoomTool" && tool != m_window->viewActions().panTool());
        else if (name == "actionMeasureDistance")
            QCOMPARE(tool, m_window->viewActions().measureDistanceTool());
        else if (name == "actionMeasureArea")
            QCOMPARE(tool, m_window->viewActions().measureAreaTool());
        else if (name == "actionDraw")
            QCOMPARE(tool, m_window->hazardActions().drawTool());
        else if (name == "actionEditVertices")
            QCOMPARE(cls, QStringLiteral("mineatlas::gui::VertexTool"));
        else if (name == "actionSelectFeatures")
            QCOMPARE(cls, QStringLiteral("mineatlas::gui::SelectTool"));
        else
            QFAIL(qPrintable("no tool known for " + name));
    }
    void clickToolButton(const char* name)
    {
        QWidget* button = mapToolbar()->widgetForAction(action(*m_window, name));
        QVERIFY2(button && button->isVisible(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void escOnCanvas()
    {
        m_window->canvas()->setFocus();
        QTest::keyClick(m_window->canvas(), Qt::Key_Escape);
    }
    /// Opens Edit ▸ Preferences…, lets `edit` change the dialog as a user would, presses OK.
    void changePreferences(std::function<void(gui::PreferencesDialog&)> edit)
    {
        m_dialogs->execAnswers.push_back([edit](QDialog& d) {
            auto* dialog = qobject_cast<gui::PreferencesDialog*>(&d);
            if (!dialog)
                qFatal("not the preferences dialog");
            edit(*dialog);
            QPushButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            if (!ok->isEnabled())
                return int(QDialog::Rejected);
            QTest::mouseClick(ok, Qt::LeftButton);
            return dialog->result();
        });
        action(*m_window, "actionPreferences")->trigger();
        QVERIFY(m_dialogs->log.last().startsWith("dialog: Preferences"));
    }
    static void pick(QComboBox* box, const QVariant& data)
    {
        const int i = box->findData(data);
        if (i < 0)
            qFatal("no such choice");
        box->setCurrentIndex(i);
    }
    bool messagesMention(const QString& text)
    {
        return m_window->messages()->texts().join('\n').contains(text);
    }

private Q_SLOTS:
    void initTestCase() { windowtest::useNewUserHome(m_home); }
    void init()
    {
        m_hazards = m_dir.filePath(QStringLiteral("%1.gpkg").arg(QTest::currentTestFunction()));
        m_window = windowtest::showNewWindow(m_dialogs);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_dialogs = nullptr;
    }

    /// Every switch of map tool, from the toolbar, the menus and Esc, leaves exactly one tool
    /// checked and running; after drawing, Esc and a click on the map start no sketch.
    void oneMapToolAtATimeEscBackToPan()
    {
        openHazardLayer();
        checkOneTool("actionPan");
        for (const char* name : {"actionZoomBox", "actionMeasureDistance", "actionMeasureArea", "actionDraw",
                                 "actionEditVertices", "actionSelectFeatures"}) {
            clickToolButton(name);
            checkOneTool(name);
            escOnCanvas();
            checkOneTool("actionPan");
            // Straight from one tool to the next, too.
            clickToolButton(name);
            clickToolButton(name == QLatin1String("actionDraw") ? "actionMeasureArea" : "actionDraw");
            checkOneTool(name == QLatin1String("actionDraw") ? "actionMeasureArea" : "actionDraw");
            clickToolButton("actionPan");
            checkOneTool("actionPan");
        }
        // Layer ▸ Draw a hole (not itself a tool button) checks Draw.
        action(*m_window, "actionDrawHole")->trigger();
        checkOneTool("actionDraw");
        escOnCanvas();
        checkOneTool("actionPan");

        // Draw an area, finish, Esc: panning; a click then identifies and starts no sketch.
        const int before = int(windowtest::storedAreas(m_hazards).size());
        clickToolButton("actionDraw");
        gui::MapCanvas* canvas = m_window->canvas();
        for (const QPoint p : {QPoint(100, 100), QPoint(220, 100), QPoint(220, 220), QPoint(100, 220)})
            QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
        QTest::keyClick(canvas, Qt::Key_Return);
        QCOMPARE(int(windowtest::storedAreas(m_hazards).size()), before + 1);
        checkOneTool("actionDraw");
        escOnCanvas();
        checkOneTool("actionPan");
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(400, 300));
        QVERIFY(m_window->hazardActions().drawTool()->vertices().empty());
        checkOneTool("actionPan");
        QCOMPARE(int(windowtest::storedAreas(m_hazards).size()), before + 1);

        // A sketch in progress: Esc asks; "no" keeps drawing, "yes" throws it away and pans.
        clickToolButton("actionDraw");
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(500, 300));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(600, 300));
        m_dialogs->confirms.push_back(false);
        escOnCanvas();
        QVERIFY(m_dialogs->log.last().startsWith("confirm: Discard the sketch"));
        QCOMPARE(m_window->hazardActions().drawTool()->vertices().size(), std::size_t(2));
        checkOneTool("actionDraw");
        m_dialogs->confirms.push_back(true);
        escOnCanvas();
        QVERIFY(m_window->hazardActions().drawTool()->vertices().empty());
        checkOneTool("actionPan");
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(550, 350));
        QVERIFY(m_window->hazardActions().drawTool()->vertices().empty());
    }

    /// Every shortcut of every action and QShortcut in the window (menus, toolbars, docks) is
    /// unique where it applies, the standard ones come from QKeySequence, and Redo's works.
    void noAmbiguousShortcut()
    {
        QMultiHash<QKeySequence, QString> owners;
        QStringList problems;
        for (QAction* a : m_window->findChildren<QAction*>()) {
            if (a->shortcutContext() == Qt::WidgetShortcut)
                continue; // only where its widget has focus
            QSet<QKeySequence> mine;
            for (const QKeySequence& k : a->shortcuts()) {
                if (k.isEmpty())
                    continue;
                if (mine.contains(k))
                    problems << QStringLiteral("%1 has %2 twice").arg(a->objectName(), k.toString());
                mine.insert(k);
                owners.insert(k, a->objectName().isEmpty() ? a->text() : a->objectName());
            }
        }
        for (QShortcut* s : m_window->findChildren<QShortcut*>())
            if (s->context() != Qt::WidgetShortcut)
                for (const QKeySequence& k : s->keys())
                    owners.insert(k, QStringLiteral("QShortcut under %1").arg(s->parent()->objectName()));
        QVERIFY(owners.size() > 10);
        for (const QKeySequence& k : owners.uniqueKeys())
            if (owners.count(k) > 1)
                problems << QStringLiteral("%1: %2").arg(k.toString(),
                                                         QStringList(owners.values(k)).join(", "));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));

        // The standard keys where the platform has one.
        const std::pair<const char*, QKeySequence::StandardKey> standard[] = {
            {"actionOpen", QKeySequence::Open},       {"actionQuit", QKeySequence::Quit},
            {"actionUndo", QKeySequence::Undo},       {"actionZoomIn", QKeySequence::ZoomIn},
            {"actionZoomOut", QKeySequence::ZoomOut}, {"actionFind", QKeySequence::Find}};
        for (const auto& [name, key] : standard)
            QVERIFY2(action(*m_window, name)->shortcut() == QKeySequence::keyBindings(key).value(0), name);
        for (const QKeySequence& k : QKeySequence::keyBindings(QKeySequence::Redo))
            QVERIFY(action(*m_window, "actionRedo")->shortcuts().contains(k));
        QVERIFY(!action(*m_window, "actionPreferences")->shortcut().isEmpty());

        // Each key of Redo does redo (an ambiguous one would do nothing).
        openHazardLayer();
        clickToolButton("actionDraw");
        for (const QKeySequence& k : action(*m_window, "actionRedo")->shortcuts()) {
            const int before = int(windowtest::storedAreas(m_hazards).size());
            for (const QPoint p : {QPoint(100, 100), QPoint(200, 100), QPoint(150, 200)})
                QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, p);
            QTest::keyClick(m_window->canvas(), Qt::Key_Return);
            QCOMPARE(int(windowtest::storedAreas(m_hazards).size()), before + 1);
            QTest::keySequence(m_window.get(), QKeySequence::keyBindings(QKeySequence::Undo).first());
            QCOMPARE(int(windowtest::storedAreas(m_hazards).size()), before);
            QTest::keySequence(m_window.get(), k);
            QVERIFY2(int(windowtest::storedAreas(m_hazards).size()) == before + 1, qPrintable(k.toString()));
        }
    }

    /// View ▸ Panels lists every dock; a closed panel comes back from there.
    void panelsListEveryDock()
    {
        QMenu* panels = nullptr;
        for (QAction* top : m_window->menuBar()->actions())
            if (top->menu())
                for (QAction* a : top->menu()->actions())
                    if (a->menu() && a->text().remove('&') == QLatin1String("Panels"))
                        panels = a->menu();
        QVERIFY(panels);
        const auto docks = m_window->findChildren<QDockWidget*>();
        QVERIFY(docks.size() >= 6);
        for (QDockWidget* dock : docks) {
            QVERIFY2(panels->actions().contains(dock->toggleViewAction()), qPrintable(dock->objectName()));
            // Closed with its own button, back from the menu.
            dock->show();
            dock->close();
            QVERIFY(!dock->isVisible());
            dock->toggleViewAction()->trigger();
            QVERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
        }
    }

    /// Messages replace the earlier one about the same thing, go when their cause goes, and
    /// information times out; a long list waits behind Details; the map's title moves below them.
    void messagesGoWhenTheirCauseIsGone()
    {
        m_window->messages()->setInfoTimeout(300);
        // An empty hazard layer: "no features yet" until an area exists.
        QVERIFY(hazard::HazardStore::create(m_hazards).ok());
        openAndWait({m_hazards});
        QTRY_VERIFY(messagesMention("has no features yet"));
        m_window->layerPanel()->view()->setCurrentIndex(m_window->layerPanel()->model()->index(0));
        showAround(32.61, 46.61);
        clickToolButton("actionDraw");
        gui::MapCanvas* canvas = m_window->canvas();
        for (const QPoint p : {QPoint(100, 100), QPoint(250, 100), QPoint(250, 250), QPoint(100, 250)})
            QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
        QTest::keyClick(canvas, Qt::Key_Return);
        QCOMPARE(windowtest::storedAreas(m_hazards).size(), std::size_t(1));
        QTRY_VERIFY(!messagesMention("has no features yet"));

        // Crossing edges: an error while the sketch is kept; gone when it is discarded.
        for (const QPoint p : {QPoint(400, 100), QPoint(550, 250), QPoint(550, 100), QPoint(400, 250)})
            QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
        QTest::keyClick(canvas, Qt::Key_Return);
        QVERIFY(messagesMention("cross"));
        m_dialogs->confirms.push_back(true);
        escOnCanvas();
        QVERIFY(!messagesMention("cross"));
        checkOneTool("actionPan");

        // The same warning twice is one message.
        m_window->layerPanel()->view()->setCurrentIndex({});
        const int before = m_window->messages()->count();
        action(*m_window, "actionZoomLayer")->trigger();
        action(*m_window, "actionZoomLayer")->trigger();
        QCOMPARE(m_window->messages()->count(), before + 1);

        // Information goes by itself (the test's 300 ms for the 8 s a user gets).
        QTest::keyClick(m_window.get(), Qt::Key_C,
                        Qt::ControlModifier | Qt::ShiftModifier); // copy coordinate
        QVERIFY(messagesMention("Copied"));
        QTRY_VERIFY_WITH_TIMEOUT(!messagesMention("Copied"), 5000);

        // Join countries to the treaty table by name: the unmatched names behind Details.
        openAndWait({QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg")});
        for (int i = 0; i < m_window->project().layerCount(); ++i)
            if (m_window->project().layerAt(i)->sourcePath().endsWith("countries-110m.gpkg"))
                m_window->layerPanel()->view()->setCurrentIndex(m_window->layerPanel()->model()->index(i));
        m_window->messages()->setInfoTimeout(60000);
        m_dialogs->itemAnswers.push_back(QStringLiteral("name"));
        action(*m_window, "actionJoinTreaty")->trigger();
        QFrame* joined = nullptr;
        for (auto* row : m_window->messages()->findChildren<QFrame*>("message"))
            if (row->findChild<QLabel*>("text")->text().contains("joined on name"))
                joined = row;
        QVERIFY(joined);
        auto* details = joined->findChild<QToolButton*>("detailsButton");
        QVERIFY(details);
        QWidget* list = joined->findChild<QWidget*>("detailsArea");
        QVERIFY(!list->isVisible());
        // Laid out over the map (after the event loop), as one line and a button, not the list.
        QTRY_VERIFY(details->isVisible() && m_window->messages()->height() >= joined->geometry().bottom());
        QVERIFY(joined->height() < 80);
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(list->isVisible());
        QVERIFY(qobject_cast<QLabel*>(list->findChild<QLabel*>("details"))->text().count('\n') > 3);

        // The map's title stays below the messages.
        QTRY_COMPARE(canvas->titleOffset(), m_window->messages()->height());
        QVERIFY(canvas->titleOffset() > 0);
        m_window->messages()->clearAll();
        QTRY_COMPARE(canvas->titleOffset(), 0);
    }

    /// Toolbar actions all have their own tooltip and an icon that follows the palette.
    void toolsHaveTooltipsAndThemedIcons()
    {
        int checkedActions = 0;
        for (QToolBar* bar : m_window->findChildren<QToolBar*>())
            for (QAction* a : bar->actions()) {
                if (a->isSeparator() || qobject_cast<QWidgetAction*>(a))
                    continue;
                ++checkedActions;
                // Set by us: not Qt's fallback of the action's text.
                QVERIFY2(!a->toolTip().isEmpty() &&
                             a->toolTip() != QString(a->text()).remove('&').remove(QStringLiteral("…")),
                         qPrintable(a->objectName()));
                QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
            }
        QVERIFY(checkedActions >= 10);

        auto inkOf = [](const QIcon& icon) {
            const QImage img =
                icon.pixmap(QSize(24, 24), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
            QColor darkest(Qt::transparent);
            int best = -1;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x)
                    if (const QColor c = img.pixelColor(x, y); c.alpha() > best) {
                        best = c.alpha();
                        darkest = c;
                    }
            return darkest;
        };
        QPalette light = m_window->palette();
        light.setColor(QPalette::ButtonText, QColor(20, 20, 20));
        m_window->setPalette(light);
        QColor ink = inkOf(action(*m_window, "actionPan")->icon());
        QVERIFY2(ink.lightness() < 60, qPrintable(ink.name()));
        QPalette dark = m_window->palette();
        dark.setColor(QPalette::ButtonText, QColor(235, 235, 235));
        m_window->setPalette(dark);
        ink = inkOf(action(*m_window, "actionPan")->icon());
        QVERIFY2(ink.lightness() > 200, qPrintable(ink.name()));
    }

    /// Help ▸ About names the versions the libraries report at run time and the data's sources.
    void aboutNamesVersionsAndSources()
    {
        action(*m_window, "actionAbout")->trigger();
        QCOMPARE(m_dialogs->log.last(), QStringLiteral("inform: About MineAtlas"));
        const QString text = m_window->preferenceActions().aboutText();
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QString::fromLatin1(GDALVersionInfo("RELEASE_NAME"))));
        QVERIFY(text.contains(QString::fromLatin1(proj_info().release)));
        QVERIFY(text.contains("GeographicLib 2."));
        for (const char* source :
             {"Natural Earth", "GeoNames", "CC BY 4.0", "World Magnetic Model", "Landmine Monitor"})
            QVERIFY2(text.contains(source), source);
    }

    /// Coordinate format, units, snapping tolerance, language, default CRS and the tile cache,
    /// each changed in Edit ▸ Preferences and seen where the user looks.
    void preferencesChangeWhatTheUserSees()
    {
        openHazardLayer();
        gui::MapCanvas* canvas = m_window->canvas();
        auto* readout = m_window->statusBar()->findChild<QLabel*>("cursorCoordinates");
        QVERIFY(readout);

        // Coordinate format: the readout under the mouse is MGRS, then DMS.
        changePreferences(
            [](gui::PreferencesDialog& d) { pick(d.coordinateFormatBox(), QStringLiteral("mgrs")); });
        QTest::mouseMove(canvas, QPoint(300, 300));
        QTRY_VERIFY2(
            QRegularExpression("^3[56][TU] [A-Z]{2} \\d{5} \\d{5}$").match(readout->text()).hasMatch(),
            qPrintable(readout->text()));
        changePreferences(
            [](gui::PreferencesDialog& d) { pick(d.coordinateFormatBox(), QStringLiteral("dms")); });
        QTest::mouseMove(canvas, QPoint(310, 300));
        QTRY_VERIFY2(readout->text().contains("°") && readout->text().contains("'") &&
                         readout->text().contains("N"),
                     qPrintable(readout->text()));

        // Snapping: a click 8 px from the area's corner lands on it with 12 px, not with 5 px.
        const QPoint corner = pixelOf(32.60, 46.60);
        const QPointF cornerMap = *m_window->project().coordinates().toMap({32.60, 46.60});
        auto clickNearCorner = [&] {
            clickToolButton("actionDraw");
            QTest::mouseClick(canvas, Qt::LeftButton, {}, corner + QPoint(8, 0));
            const auto& vertices = m_window->hazardActions().drawTool()->vertices();
            const QPointF landed = vertices.size() == 1 ? vertices.front() : QPointF(-1, -1);
            m_dialogs->confirms.push_back(true);
            escOnCanvas();
            return landed;
        };
        changePreferences([](gui::PreferencesDialog& d) { d.snapBox()->setValue(5); });
        const QPointF unsnapped = clickNearCorner();
        QVERIFY(unsnapped != QPointF(-1, -1));
        QVERIFY(unsnapped != cornerMap);
        changePreferences([](gui::PreferencesDialog& d) { d.snapBox()->setValue(12); });
        // On it within the store's precision (1 mm; the map is in metres).
        const QPointF snapped = clickNearCorner();
        QVERIFY2(std::abs(snapped.x() - cornerMap.x()) <= data::kStorePrecisionMetres &&
                     std::abs(snapped.y() - cornerMap.y()) <= data::kStorePrecisionMetres,
                 qPrintable(QStringLiteral("%1 %2").arg(snapped.x() - cornerMap.x()).arg(snapped.y() - cornerMap.y())));

        // Area units: the measured area in hectares only.
        changePreferences(
            [](gui::PreferencesDialog& d) { pick(d.areaUnitBox(), int(project::AreaUnit::Hectares)); });
        clickToolButton("actionMeasureArea");
        for (const QPoint p : {QPoint(100, 100), QPoint(300, 100), QPoint(300, 300)})
            QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
        QTest::keyClick(canvas, Qt::Key_Return);
        const QString summary = m_window->viewActions().measureAreaTool()->summary();
        QVERIFY2(QRegularExpression("^Area [\\d,.]+ ha \\(ellipsoidal").match(summary).hasMatch(),
                 qPrintable(summary));
        QVERIFY(!summary.contains("m²"));
        escOnCanvas();
        escOnCanvas();

        // Language: stored for the next start under the key the translations read.
        changePreferences([](gui::PreferencesDialog& d) { pick(d.languageBox(), QStringLiteral("uk")); });
        QCOMPARE(QSettings().value("ui/language").toString(), QStringLiteral("uk"));
        QVERIFY(messagesMention("next starts"));

        // Tile cache: Clear empties the folder (it was tagged when chosen), and the limit is kept.
        const QString cache = m_dir.filePath("tiles");
        changePreferences([&](gui::PreferencesDialog& d) {
            d.cacheDirEdit()->setText(cache);
            d.cacheLimitBox()->setValue(200);
        });
        QTRY_VERIFY(data::tilecache::isTagged(cache));
        QVERIFY(QDir().mkpath(cache + "/OpenStreetMap/0/1"));
        for (const char* f : {"/OpenStreetMap/0/1/a.png", "/OpenStreetMap/0/b.png"}) {
            QFile file(cache + f);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(2048, 'x'));
        }
        QString statusBefore, statusAfter;
        changePreferences([&](gui::PreferencesDialog& d) {
            QCOMPARE(d.cacheDirEdit()->text(), cache);
            QCOMPARE(d.cacheLimitBox()->value(), 200);
            statusBefore = d.cacheStatus()->text();
            if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_PREFERENCES"))
                d.grab().save(qEnvironmentVariable("MINEATLAS_SHOT_PREFERENCES"));
            QVERIFY(d.clearCacheButton()->isEnabled());
            QTest::mouseClick(d.clearCacheButton(), Qt::LeftButton);
            statusAfter = d.cacheStatus()->text();
        });
        QVERIFY2(statusBefore.contains("4"), qPrintable(statusBefore)); // 4 KiB in use
        QVERIFY2(statusAfter.startsWith("Cleared"), qPrintable(statusAfter));
        QDirIterator left(cache, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        QStringList files;
        while (left.hasNext())
            files << QFileInfo(left.next()).fileName();
        QCOMPARE(files, QStringList{"CACHEDIR.TAG"});
        QVERIFY(QDir(cache).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    /// The default CRS: an empty map changes to it at once, and a new window starts in it.
    void defaultCrsForNewMaps()
    {
        QCOMPARE(m_window->project().crs().authId(), QStringLiteral("EPSG:3857"));
        changePreferences(
            [](gui::PreferencesDialog& d) { d.crsBox()->setEditText(QStringLiteral("EPSG:3035")); });
        QCOMPARE(m_window->project().crs().authId(), QStringLiteral("EPSG:3035"));
        // The View menu's CRS is what the user uses now; the default is what a new map gets.
        m_window->viewActions().setMapCrs(QStringLiteral("EPSG:4326"));
        m_window.reset();
        auto owned = std::make_unique<ScriptedDialogs>();
        MainWindow second(std::move(owned));
        QCOMPARE(second.project().crs().authId(), QStringLiteral("EPSG:3035"));
        // A typo cannot be saved.
        m_window = std::make_unique<MainWindow>(std::make_unique<ScriptedDialogs>());
        gui::PreferencesDialog dialog(m_window->preferenceActions().preferences());
        dialog.crsBox()->setEditText(QStringLiteral("EPSG:99999999"));
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!dialog.crsStatus()->text().isEmpty());
    }
};

QTEST_MAIN(TestCalmWindow)
#include "tst_calmwindow.moc"
