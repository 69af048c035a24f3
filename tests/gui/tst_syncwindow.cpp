#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest>

#include "../core/pgcluster.h"
#include "areahistorydialog.h"
#include "hazard/editsession.h"
#include "hazard/hazardstore.h"
#include "hazard/offlinesync.h"
#include "hazardactions.h"
#include "hazardform.h"
#include "layerpanel.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "messagebar.h"
#include "outlineoverlay.h"
#include "project/layerlistmodel.h"
#include "project/project.h"
#include "scripteddialogs.h"
#include "syncactions.h"
#include "syncreportdialog.h"
#include "windowtest.h"

using namespace mineatlas;
using namespace mineatlas::hazard;
using mineatlas::test::PgCluster;

/// Offline and back and the area history through the real window (issue 12): Hazards ▸ Take
/// offline…, Sync back… and Area history… triggered in a MainWindow, its dialogs answered with
/// real clicks, the outcome read back from the database (psql) and the GeoPackage (GDAL).
class TestSyncWindow : public QObject {
    Q_OBJECT
    PgCluster m_pg;
    QTemporaryDir m_home;
    QTemporaryDir m_dir;

    static HazardArea area(const QString& id, double lon)
    {
        HazardArea a;
        a.localId = id;
        a.reportedBy = "Illustrative NGO (synthetic record)";
        a.dateOfInformation = QDate(2026, 9, 30);
        a.notes = "first survey";
        a.estimatedAreaM2 = 1000;
        a.remainingAreaM2 = 1000;
        a.polygons = {{{lon, 46.6, lon + 0.01, 46.6, lon + 0.01, 46.61, lon, 46.61, lon, 46.6}}};
        return a;
    }

    /// A workspace with areas A, B, C; returns its dataset name.
    QString seed(const QString& db, QMap<QString, QString>& guids)
    {
        if (!m_pg.createDatabase(db))
            return {};
        const QString ds = m_pg.datasetName(db);
        auto store = HazardStore::create(ds);
        if (!store)
            return {};
        for (const QString id : {"A", "B", "C"}) {
            // C lies far east: outside any view of A and B.
            HazardArea a = area(id, id == QLatin1String("C") ? 33.5 : 32.6 + 0.02 * (id.at(0).unicode() - 'A'));
            if (!store.value()->insert(a))
                return {};
            guids[id] = a.guid;
        }
        return ds;
    }

    /// The workspace as a layer of the window, selected in the Layers panel.
    static project::MapLayer* addWorkspaceLayer(MainWindow& w, const QString& ds)
    {
        auto* layer = w.project().addLayer(std::make_unique<project::MapLayer>(project::MapLayer::Kind::Vector,
                                                                               "team hazards", ds, "hazard_areas"));
        w.layerPanel()->view()->setCurrentIndex(w.layerPanel()->model()->index(w.project().indexOf(layer)));
        return layer;
    }

    static void showView(MainWindow& w, double lonMin, double latMin, double lonMax, double latMax)
    {
        const auto a = w.project().coordinates().toMap({lonMin, latMin});
        const auto b = w.project().coordinates().toMap({lonMax, latMax});
        QVERIFY(a && b);
        w.canvas()->setExtent(MapRect::fromCorners(a->x(), a->y(), b->x(), b->y()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        windowtest::useNewUserHome(m_home);
    }

    void takeOfflineEditAndSyncBackThroughTheMenu()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QMap<QString, QString> g;
        const QString ws = seed("win_offline", g);
        QVERIFY(!ws.isEmpty());
        ScriptedDialogs* dialogs = nullptr;
        auto w = windowtest::showNewWindow(dialogs);
        addWorkspaceLayer(*w, ws);
        // A and B in view, C (33.5°E) outside.
        showView(*w, 32.59, 46.58, 32.635, 46.63);

        const QString gpkg = m_dir.filePath("field.gpkg");
        dialogs->textAnswers.push_back(QString()); // no attribute filter
        dialogs->saveAnswers.push_back({gpkg, {}});
        QSignalSpy done(&w->syncActions(), &SyncActions::jobFinished);
        windowtest::action(*w, "actionTakeOffline")->trigger();
        QVERIFY(done.wait(10000));
        QVERIFY2(dialogs->log.contains("save: Take offline to a GeoPackage in " +
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)),
                 qPrintable(dialogs->log.join('\n')));
        // The copy opens on the map as a hazard layer.
        project::MapLayer* copy = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (int i = 0; i < w->project().layerCount(); ++i)
                                         if (w->project().layerAt(i)->sourcePath() == gpkg && w->project().layerAt(i)->store())
                                             copy = w->project().layerAt(i);
                                     return copy != nullptr;
                                 }()),
                                 10000);
        QCOMPARE(copy->store()->size(), std::size_t(2));

        // Edit the copy with the normal hazard tools: A offline only, B on both sides.
        w->layerPanel()->view()->setCurrentIndex(w->layerPanel()->model()->index(w->project().indexOf(copy)));
        QVERIFY(w->hazardActions().ensureEditing());
        QCOMPARE(w->session().store()->path(), gpkg);
        for (const char* id : {"A", "B"}) {
            HazardArea a = *w->session().areaByGuid(g[id]);
            a.notes = QStringLiteral("field %1").arg(id);
            auto ok = w->session().updateAttributes(a);
            QVERIFY2(ok.ok(), qPrintable(ok.error()));
        }
        {
            auto office = HazardStore::open(ws);
            QVERIFY(office.ok());
            office.value()->setEditor("office");
            HazardArea b = *office.value()->readByGuid(g["B"]).value();
            b.notes = "office B";
            QVERIFY(office.value()->update(b).ok());
        }

        // Sync back: the report lists A uploaded and B in conflict; keep mine for B with a click.
        QStringList rows;
        dialogs->execAnswers.push_back([&](QDialog& d) {
            auto* report = qobject_cast<gui::SyncReportDialog*>(&d);
            if (!report)
                return int(QDialog::Rejected);
            for (int r = 0; r < report->table()->rowCount(); ++r)
                rows << report->table()->item(r, 0)->text() + ": " + report->table()->item(r, 1)->text();
            auto* keep = report->findChild<QPushButton*>("keepMine:" + g["B"]);
            if (!keep)
                return int(QDialog::Rejected);
            QTest::mouseClick(keep, Qt::LeftButton);
            rows << "after: " + report->table()->item(report->rowOf(g["B"]), 1)->text();
            return int(QDialog::Accepted);
        });
        done.clear();
        windowtest::action(*w, "actionSyncBack")->trigger();
        QVERIFY(done.wait(10000));
        QTRY_VERIFY(dialogs->log.contains("dialog: Sync report"));
        rows.sort();
        QCOMPARE(rows, (QStringList{"A: uploaded", "B: conflict", "after: kept mine"}));
        const SyncReport& report = w->syncActions().lastReport();
        QCOMPARE(report.count(SyncAction::Uploaded), 1);
        QCOMPARE(report.count(SyncAction::KeptMine), 1);

        // Read back from the database: A and B hold the field notes; B's office version is history.
        QCOMPARE(m_pg.psql("win_offline", "SELECT string_agg(local_id || '=' || notes || '@' || row_version, ';' "
                                          "ORDER BY local_id) FROM hazard_areas"),
                 QString("A=field A@2;B=field B@3;C=first survey@1"));
        QCOMPARE(m_pg.psql("win_offline", QStringLiteral("SELECT string_agg(notes, ';' ORDER BY history_id) FROM "
                                                         "hazard_areas_history WHERE guid = '%1'").arg(g["B"])),
                 QString("first survey;office B"));
        // The CSV next to the GeoPackage says what happened to each area, the settled conflict too.
        QVERIFY(QFileInfo(report.csvPath).absolutePath() == QFileInfo(gpkg).absolutePath());
        QFile csv(report.csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(g["A"] + ",A,uploaded,") && text.contains(g["B"] + ",B,kept mine,"), qPrintable(text));
    }

    void historyRestoresVersionOneThroughTheMenu()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QMap<QString, QString> g;
        const QString ws = seed("win_history", g);
        QVERIFY(!ws.isEmpty());
        ScriptedDialogs* dialogs = nullptr;
        auto w = windowtest::showNewWindow(dialogs);
        addWorkspaceLayer(*w, ws);
        showView(*w, 32.59, 46.58, 32.66, 46.63);
        QVERIFY(w->hazardActions().ensureEditing());
        QVERIFY(w->session().store()->isWorkspace());
        // Two edits: notes, then the outline and the status.
        HazardArea a = *w->session().areaByGuid(g["A"]);
        a.notes = "second";
        QVERIFY(w->session().updateAttributes(a).ok());
        a = *w->session().areaByGuid(g["A"]);
        a.notes = "third";
        a.status = Status::WorkedOn;
        QVERIFY(w->session().updateAttributes(a).ok());
        HazardArea moved = *w->session().areaByGuid(g["A"]);
        QCOMPARE(moved.rowVersion, 3);
        w->hazardActions().form()->setArea(moved);

        QStringList listed;
        bool outlined = false, restoreEnabled = false;
        QString message;
        int rowsAfter = 0;
        dialogs->execAnswers.push_back([&](QDialog& d) {
            auto* history = qobject_cast<gui::AreaHistoryDialog*>(&d);
            if (!history)
                return int(QDialog::Rejected);
            d.show();
            QListWidget* list = history->list();
            for (int r = 0; r < list->count(); ++r)
                listed << list->item(r)->text();
            // Version 1 is the bottom row (newest first): click it.
            const QRect cell = list->visualItemRect(list->item(list->count() - 1));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
            outlined = !w->syncActions().outline()->rings().empty() && w->syncActions().outline()->isVisible();
            restoreEnabled = history->restoreButton()->isEnabled();
            QTest::mouseClick(history->restoreButton(), Qt::LeftButton);
            message = history->message()->text();
            rowsAfter = list->count();
            return int(QDialog::Rejected);
        });
        windowtest::action(*w, "actionAreaHistory")->trigger();
        QCOMPARE(listed.size(), 3);
        QVERIFY2(listed[0].startsWith("Version 3 by mineatlas") && listed[0].contains("(current)") &&
                     listed[0].contains("changed notes, status"),
                 qPrintable(listed.join('\n')));
        QVERIFY2(listed[2].startsWith("Version 1") && listed[2].contains("first recorded"), qPrintable(listed.join('\n')));
        QVERIFY(outlined);
        QVERIFY(restoreEnabled);
        QVERIFY2(message.contains("Version 1 restored as version 4"), qPrintable(message));
        QCOMPARE(rowsAfter, 4);
        QVERIFY(w->syncActions().outline()->rings().empty()); // gone with the dialog

        // Read back: version 1's attributes as version 4, and every earlier version kept.
        QCOMPARE(m_pg.psql("win_history", QStringLiteral("SELECT notes || '|' || status || '|' || row_version FROM "
                                                         "hazard_areas WHERE guid = '%1'").arg(g["A"])),
                 QString("first survey|open|4"));
        QCOMPARE(m_pg.psql("win_history", QStringLiteral("SELECT count(*) FROM hazard_areas_history WHERE guid = '%1'")
                                              .arg(g["A"])),
                 QString("3"));
        // One undo step: undo goes back to version 3's content as version 5.
        QVERIFY(w->session().undo().ok());
        QCOMPARE(m_pg.psql("win_history", QStringLiteral("SELECT notes || '|' || row_version FROM hazard_areas "
                                                         "WHERE guid = '%1'").arg(g["A"])),
                 QString("third|5"));
    }

    void historyAsksForAnAreaFirst()
    {
        ScriptedDialogs* dialogs = nullptr;
        auto w = windowtest::showNewWindow(dialogs);
        windowtest::action(*w, "actionAreaHistory")->trigger();
        QVERIFY(dialogs->log.isEmpty()); // no dialog, a message instead
        QVERIFY(w->messages()->texts().join('\n').contains("Area history: edit a hazard layer"));
        windowtest::action(*w, "actionTakeOffline")->trigger();
        QVERIFY(w->messages()->texts().join('\n').contains("Take offline copies areas of a team workspace"));
    }
};

QTEST_MAIN(TestSyncWindow)
#include "tst_syncwindow.moc"
