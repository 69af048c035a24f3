#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QPointer>
#include <QTreeView>
#include <QtTest>

#include <gdal.h>

#include "data/vectorloader.h"
#include "hazard/editsession.h"
#include "hazard/hazardstore.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "messagebar.h"
#include "project/layerlistmodel.h"
#include "project/maplayer.h"
#include "project/project.h"
#include "project/recentprojects.h"
#include "scripteddialogs.h"
#include "windowtest.h"

using namespace mineatlas;

/// Every action of the real main window's menus, triggered once on the sample data, does
/// something a user can see — a dialog, a layer, a changed map, tool or message — and nothing
/// crashes.
class TestWindowSmoke : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    struct State {
        int dialogs = 0, layers = 0, historyIndex = 0;
        QString messages, crs, title, clipboard, checkedTool, docks, focus;
        MapRect extent;
        const void* tool = nullptr;
        bool checked = false, visible = false, busy = false;
        bool operator==(const State&) const = default;
    };
    /// `a` may be gone after its trigger (a recent-file entry rebuilds its menu): a QPointer.
    State state(MainWindow& w, ScriptedDialogs& d, const QPointer<QAction>& a)
    {
        State s;
        s.dialogs = d.log.size();
        s.layers = w.project().layerCount();
        s.historyIndex = w.session().historyIndex();
        s.messages = w.messages()->texts().join('|');
        s.crs = w.project().crs().definition();
        s.title = w.canvas()->title();
        s.clipboard = QGuiApplication::clipboard()->text();
        s.extent = w.canvas()->extent();
        s.tool = w.canvas()->mapTool();
        s.checked = a && a->isChecked();
        s.visible = w.isVisible();
        s.busy = w.loader()->isBusy();
        s.focus = w.focusWidget() ? w.focusWidget()->objectName() : QString(); // Find: the search field
        for (QDockWidget* dock : w.findChildren<QDockWidget*>())
            s.docks += dock->isVisible() ? '1' : '0';
        return s;
    }
    static void collect(QMenu* menu, QList<QAction*>& out)
    {
        for (QAction* a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (a->menu())
                collect(a->menu(), out);
            else
                out << a;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        windowtest::useNewUserHome(m_home);
    }

    void everyMenuActionDoesSomethingVisible()
    {
        const QString hazards = m_home.filePath("smoke.gpkg");
        {
            auto store = hazard::HazardStore::create(hazards);
            hazard::HazardArea a;
            a.localId = "SMOKE-1";
            a.polygons = {{{32.60, 46.60, 32.62, 46.60, 32.62, 46.62, 32.60, 46.62, 32.60, 46.60}}};
            QVERIFY(store.value()->insert(a).ok());
        }
        {
            // A project opened before and deleted since: its entry in File ▸ Open recent project
            // warns and takes it off the list (which rebuilds the menu: Clear list is then new and
            // disabled; tst_deskwindow clears a list that has entries).
            QSettings settings;
            project::RecentProjects(settings).add(m_home.filePath("gone.mineatlas"));
        }
        auto owned = std::make_unique<ScriptedDialogs>();
        ScriptedDialogs& dialogs = *owned;
        MainWindow w(std::move(owned));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy idle(w.loader(), &gui::LayerLoader::idle);
        w.openPaths({QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg"), hazards});
        QVERIFY(idle.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!w.loader()->isBusy(), 30000);
        QCOMPARE(w.project().layerCount(), 2);

        QList<QAction*> found;
        for (QAction* top : w.menuBar()->actions())
            if (top->menu())
                collect(top->menu(), found);
        // Menus rebuilt on the way (Open Recent) delete their old entries.
        QList<QPointer<QAction>> actions(found.begin(), found.end());
        QVERIFY(actions.size() > 30);
        QAction* quit = nullptr;
        QStringList silent;
        int triggered = 0;
        for (const QPointer<QAction>& a : actions) {
            if (!a)
                continue;
            if (a->objectName() == QLatin1String("actionQuit")) {
                quit = a;
                continue;
            }
            // The same start for each: the hazard layer selected, one edit to undo, an odd view.
            // (Remove takes a border layer: the edit actions after it need the hazard layer.)
            // (File ▸ Open sample data adds layers on the way: find the test's hazard layer by its path.)
            int selected = 0;
            for (int i = 0; i < w.project().layerCount(); ++i)
                if (w.project().layerAt(i)->sourcePath() == hazards)
                    selected = i;
            if (a->objectName() == QLatin1String("actionRemoveLayer"))
                for (int i = w.project().layerCount() - 1; i >= 0; --i)
                    if (w.project().layerAt(i)->treatyStyle())
                        selected = i;
            w.layerPanel()->view()->setCurrentIndex(w.layerPanel()->model()->index(selected));
            if (w.project().layerCount() > 0 && w.session().historySize() == 0 && w.session().isEditing()) {
                hazard::HazardArea changed = *w.session().areaByGuid(w.session().store()->readAll().value().front().guid);
                changed.notes = QStringLiteral("smoke");
                QVERIFY(w.session().updateAttributes(changed).ok());
            }
            if (!w.session().isEditing() && w.project().layerCount() > 1) {
                QAction* draw = w.findChild<QAction*>("actionDraw");
                draw->trigger();
                hazard::HazardArea changed = w.session().store()->readAll().value().front();
                changed.notes = QStringLiteral("smoke");
                QVERIFY(w.session().updateAttributes(changed).ok());
                w.findChild<QAction*>("actionPan")->trigger();
            }
            w.canvas()->setExtent({-3e6, -2e6, 5e6, 4e6});
            QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->isRendering() && !w.loader()->isBusy(), 30000);
            // A checked choice in an exclusive group does nothing when chosen again: choose
            // another one first, as a user would.
            if (a->isChecked() && a->actionGroup() && a->actionGroup()->isExclusive())
                for (QAction* other : a->actionGroup()->actions())
                    if (other != a && other->isEnabled()) {
                        other->trigger();
                        QTRY_VERIFY_WITH_TIMEOUT(!w.loader()->isBusy(), 30000);
                        break;
                    }
            if (!a->isEnabled()) {
                silent << QStringLiteral("%1 (disabled)").arg(a->text());
                continue;
            }
            const State before = state(w, dialogs, a);
            a->trigger();
            ++triggered;
            QTest::qWait(20);
            const State after = state(w, dialogs, a);
            if (after == before)
                silent << a->text();
            QTRY_VERIFY_WITH_TIMEOUT(!w.loader()->isBusy(), 30000);
        }
        QVERIFY2(silent.isEmpty(), qPrintable(QStringLiteral("%1 of %2 triggered; nothing visible happened for: %3").arg(triggered).arg(actions.size()).arg(silent.join(", "))));
        QVERIFY2(triggered > 30, qPrintable(QStringLiteral("%1 of %2 triggered; %3").arg(triggered).arg(actions.size()).arg(silent.join(", "))));
        QVERIFY(quit);
        // The project has unsaved changes: closing asks, and the answer is Discard.
        dialogs.execAnswers.push_back([](QDialog& d) {
            auto* box = qobject_cast<QMessageBox*>(&d);
            if (!box || !box->button(QMessageBox::Discard))
                return int(QDialog::Rejected);
            box->button(QMessageBox::Discard)->click();
            return int(QMessageBox::Discard);
        });
        quit->trigger();
        QVERIFY(!w.isVisible());
    }
};

QTEST_MAIN(TestWindowSmoke)
#include "tst_windowsmoke.moc"
