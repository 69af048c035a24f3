#include <functional>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

#include "addpolygontool.h"
#include "areahistorydialog.h"
#include "areaoutlineoverlay.h"
#include "conflictdialog.h"
#include "hazard/editsession.h"
#include "hazard/hazardstore.h"
#include "hazard/workspacecontroller.h"
#include "hazardactions.h"
#include "hazardform.h"
#include "layerloader.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "messagebar.h"
#include "pgcluster.h"
#include "project/project.h"
#include "scripteddialogs.h"
#include "teamactions.h"
#include "windowtest.h"
#include "workspacedialog.h"

using namespace mineatlas;
using mineatlas::test::PgCluster;
using windowtest::action;

namespace {

/// A synthetic square hazard area (illustrative only) around (lon, lat), `half` degrees across.
hazard::HazardArea square(const QString& localId, double lon, double lat, double half = 0.004)
{
    hazard::HazardArea a;
    a.localId = localId;
    a.classification = hazard::Classification::SHA;
    a.status = hazard::Status::Open;
    a.statusDate = QDate(2026, 11, 2);
    a.dateOfInformation = QDate(2026, 11, 1);
    a.reportedBy = QStringLiteral("Synthetic test record");
    a.estimatedAreaM2 = a.remainingAreaM2 = 1000;
    a.polygons = {{{lon - half, lat - half, lon + half, lat - half, lon + half, lat + half, lon - half, lat + half,
                    lon - half, lat - half}}};
    return a;
}

/// What the dialog gets typed into it, as a user fills it in.
struct Login {
    Login(QString socketDir, QString db, QString userName = QStringLiteral("mineatlas"), QString pw = {})
        : socket(std::move(socketDir)), database(std::move(db)), user(std::move(userName)), password(std::move(pw))
    {
    }
    QString socket;
    QString database;
    QString user;
    QString password;
};

std::function<int(QDialog&)> fillIn(const Login& login, QString* problemSeen = nullptr)
{
    return [login, problemSeen](QDialog& d) {
        auto* dialog = qobject_cast<gui::WorkspaceDialog*>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        if (problemSeen) {
            auto* problem = dialog->findChild<QLabel*>(QStringLiteral("workspaceProblem"));
            *problemSeen = problem && !problem->isHidden() ? problem->text() : QString();
        }
        for (QLineEdit* e : {dialog->hostEdit(), dialog->databaseEdit(), dialog->userEdit(), dialog->passwordEdit()})
            e->clear();
        QTest::keyClicks(dialog->hostEdit(), login.socket);
        dialog->portEdit()->setValue(5432);
        QTest::keyClicks(dialog->databaseEdit(), login.database);
        QTest::keyClicks(dialog->userEdit(), login.user);
        QTest::keyClicks(dialog->passwordEdit(), login.password);
        return int(QDialog::Accepted);
    };
}

/// The conflict dialog, answered by clicking `button` after `prepare` looked at it (and ticked).
std::function<int(QDialog&)> answerConflict(const char* button, std::function<void(gui::ConflictDialog&)> prepare)
{
    return [button, prepare](QDialog& d) {
        auto* dialog = qobject_cast<gui::ConflictDialog*>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        if (prepare)
            prepare(*dialog);
        auto* b = dialog->findChild<QPushButton*>(QString::fromLatin1(button));
        if (!b)
            return int(QDialog::Rejected);
        QTest::mouseClick(b, Qt::LeftButton);
        return dialog->result();
    };
}

QString messagesOf(const MainWindow& w)
{
    return w.messages()->texts().join(QLatin1Char('\n'));
}

} // namespace

/// The team workspace through the real window (issue 12): File ▸ Open hazard workspace… on the
/// private PostgreSQL + PostGIS cluster, two independent windows editing one hazard map, the
/// conflict choice (keep mine, take theirs, merge) read back from the database with its history,
/// others' saves appearing live, and a wrong password, a database without PostGIS and a server
/// that goes away each saying so without losing an edit.
class TestTeamWindow : public QObject {
    Q_OBJECT
    PgCluster m_pg;
    QTemporaryDir m_home;

    std::unique_ptr<MainWindow> newWindow(ScriptedDialogs*& dialogs)
    {
        auto w = windowtest::showNewWindow(dialogs);
        w->resize(1280, 800);
        return w;
    }

    /// File ▸ Open hazard workspace…, answered with `login`; waits until it is on the map and editable.
    bool openWorkspace(MainWindow& w, ScriptedDialogs* dialogs, const Login& login)
    {
        dialogs->execAnswers.push_back(fillIn(login));
        action(w, "actionOpenWorkspace")->trigger();
        // Editing, and listening for others' saves (the listening connection is made off the GUI thread).
        if (!QTest::qWaitFor([&] {
                return w.session().isEditing() && !w.loader()->isBusy() &&
                       w.teamActions().workspace().isListening(w.session().layer()->sourcePath());
            }, 15000)) {
            qWarning("not editing; messages: %s", qPrintable(messagesOf(w)));
            return false;
        }
        return true;
    }

    QPoint pixelOf(MainWindow& w, double lon, double lat)
    {
        const auto c = w.project().coordinates().toMap({lon, lat});
        return w.canvas()->toPixel(*c).toPoint();
    }

    void showAround(MainWindow& w, double lon, double lat, double halfMetres = 3000)
    {
        const auto c = w.project().coordinates().toMap({lon, lat});
        w.canvas()->setExtent({c->x() - halfMetres, c->y() - halfMetres, c->x() + halfMetres, c->y() + halfMetres});
        QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->isRendering(), 20000);
    }

    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    /// A click with the pan tool on (lon, lat): the area there opens in the form.
    void clickArea(MainWindow& w, double lon, double lat)
    {
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, pixelOf(w, lon, lat));
    }

    static QString formId(MainWindow& w)
    {
        const auto a = w.hazardActions().form()->area();
        return a ? a->localId : QString();
    }

    static QString psqlAt(const QString& socket, const QString& database, const QString& sql)
    {
        QProcess p;
        p.start("psql", {"-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", "-h", socket, "-p", "5432", "-U", "mineatlas", "-d",
                         database, "-c", sql});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return QStringLiteral("psql failed: ") + QString::fromUtf8(p.readAllStandardError());
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void initTestCase() { windowtest::useNewUserHome(m_home); }

    void openCreatesTheTablesAndTheToolsDrawThere()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QVERIFY(m_pg.createDatabase("tw_create"));
        ScriptedDialogs* dialogs = nullptr;
        auto w = newWindow(dialogs);
        dialogs->confirms.push_back(true); // yes, create the tables
        QVERIFY(openWorkspace(*w, dialogs, {m_pg.socket(), "tw_create"}));
        QVERIFY2(dialogs->log.contains("confirm: Create the hazard tables?"), qPrintable(dialogs->log.join('\n')));
        QCOMPARE(m_pg.psql("tw_create", "SELECT version FROM mineatlas_schema WHERE layer_name = 'hazard_areas'"),
                 QString::number(hazard::HazardStore::kSchemaVersion));
        QCOMPARE(w->project().layerCount(), 1);
        QVERIFY(w->project().layerAt(0)->sourcePath().startsWith("PG:"));
        QVERIFY(w->project().layerAt(0)->name().contains("tw_create"));

        // The same drawing tool as on a GeoPackage: four clicks and Enter make an area in the database.
        showAround(*w, 30.5, 50.4);
        action(*w, "actionDraw")->trigger();
        for (const QPoint p : {QPoint(500, 300), QPoint(700, 300), QPoint(700, 450), QPoint(500, 450)})
            QTest::mouseClick(w->canvas(), Qt::LeftButton, {}, p);
        QTest::keyClick(w->canvas(), Qt::Key_Return);
        QCOMPARE(m_pg.psql("tw_create", "SELECT count(*) || ' ' || min(row_version) || ' ' || min(ST_NumPoints(ST_ExteriorRing(ST_GeometryN(geom, 1)))) FROM hazard_areas"),
                 QString("1 1 5"));
        // Its form saves to the database as well.
        gui::HazardForm* form = w->hazardActions().form();
        QTest::keyClicks(form->localId(), "UA-TW-0001");
        QTest::keyClicks(form->reportedBy(), "Synthetic test record");
        QTest::mouseClick(form->applyButton(), Qt::LeftButton);
        QCOMPARE(m_pg.psql("tw_create", "SELECT local_id || ' ' || row_version FROM hazard_areas"), QString("UA-TW-0001 2"));
        // The password, had one been given, is nowhere in the settings or the layer.
        QVERIFY(!QSettings().value("team/lastWorkspace").toString().contains("password"));
        QTRY_VERIFY_WITH_TIMEOUT(!w->loader()->isBusy(), 10000);
    }

    void twoWindowsConflictChoicesAndLiveUpdates()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QVERIFY(m_pg.createDatabase("tw_conflict"));
        const QString ds = m_pg.datasetName("tw_conflict");
        hazard::HazardArea one = square("UA-TW-0100", 30.50, 50.40), two = square("UA-TW-0200", 30.53, 50.40);
        {
            auto seed = hazard::HazardStore::create(ds);
            QVERIFY2(seed.ok(), qPrintable(seed.error()));
            QVERIFY(seed.value()->insert(one).ok());
            QVERIFY(seed.value()->insert(two).ok());
        }
        auto field = [&](const hazard::HazardArea& area, const QString& what) {
            return m_pg.psql("tw_conflict", QStringLiteral("SELECT %1 FROM hazard_areas WHERE guid = '%2'").arg(what, area.guid));
        };
        auto history = [&](const hazard::HazardArea& area) {
            return m_pg.psql("tw_conflict", QStringLiteral("SELECT string_agg(reported_by || ':' || row_version, ',' ORDER BY "
                                                           "history_id) FROM hazard_areas_history WHERE guid = '%1'")
                                                .arg(area.guid));
        };
        ScriptedDialogs* da = nullptr;
        ScriptedDialogs* db = nullptr;
        auto a = newWindow(da);
        auto b = newWindow(db);
        QVERIFY(openWorkspace(*a, da, {m_pg.socket(), "tw_conflict"}));
        QVERIFY(openWorkspace(*b, db, {m_pg.socket(), "tw_conflict"}));
        showAround(*a, 30.515, 50.40, 3000);
        showAround(*b, 30.515, 50.40, 3000);
        gui::HazardForm* fa = a->hazardActions().form();
        gui::HazardForm* fb = b->hazardActions().form();

        // Different areas: both saves land, and each window sees the other's live, outlined and named.
        clickArea(*a, 30.50, 50.40);
        QCOMPARE(formId(*a), QString("UA-TW-0100"));
        clickArea(*b, 30.53, 50.40);
        QCOMPARE(formId(*b), QString("UA-TW-0200"));
        retype(fa->reportedBy(), "Team A");
        QTest::mouseClick(fa->applyButton(), Qt::LeftButton);
        retype(fb->reportedBy(), "Team B");
        QTest::mouseClick(fb->applyButton(), Qt::LeftButton);
        QCOMPARE(field(one, "reported_by || ' ' || row_version"), QString("Team A 2"));
        QCOMPARE(field(two, "reported_by || ' ' || row_version"), QString("Team B 2"));
        QTRY_VERIFY_WITH_TIMEOUT(b->teamActions().outlines()->contains("changed:" + one.guid), 5000);
        QTRY_VERIFY(messagesOf(*b).contains("UA-TW-0100"));
        QTRY_VERIFY_WITH_TIMEOUT(a->teamActions().outlines()->contains("changed:" + two.guid), 5000);
        QVERIFY(!a->teamActions().outlines()->contains("changed:" + one.guid)); // its own save is no news
        QVERIFY(!b->teamActions().outlines()->contains("changed:" + two.guid));
        // Opening the changed area shows A's values, and the outline goes (viewed).
        clickArea(*b, 30.50, 50.40);
        QCOMPARE(formId(*b), QString("UA-TW-0100"));
        QCOMPARE(fb->reportedBy()->text(), QString("Team A"));
        QTRY_VERIFY(!b->teamActions().outlines()->contains("changed:" + one.guid));

        // 1. Both edit UA-TW-0100; A saves first; B's save shows both versions; B keeps mine.
        retype(fb->reportedBy(), "B keeps");
        retype(fa->reportedBy(), "A first");
        QTest::mouseClick(fa->applyButton(), Qt::LeftButton);
        QCOMPARE(field(one, "reported_by || ' ' || row_version"), QString("A first 3"));
        QTRY_VERIFY_WITH_TIMEOUT(b->teamActions().outlines()->contains("changed:" + one.guid), 5000);
        QCOMPARE(fb->reportedBy()->text(), QString("B keeps")); // typing not applied is never replaced
        bool bothOnMap = false;
        QString mineShown, theirsShown;
        db->execAnswers.push_back(answerConflict("keepMine", [&](gui::ConflictDialog& d) {
            const int row = d.rowOf("reported_by");
            mineShown = d.table()->item(row, 1)->text();
            theirsShown = d.table()->item(row, 2)->text();
            bothOnMap = b->teamActions().outlines()->contains("conflict:mine") &&
                        b->teamActions().outlines()->contains("conflict:theirs");
        }));
        QTest::mouseClick(fb->applyButton(), Qt::LeftButton);
        QTRY_VERIFY(db->log.contains("dialog: Someone else changed this area"));
        QCOMPARE(mineShown, QString("B keeps"));
        QCOMPARE(theirsShown, QString("A first"));
        QVERIFY(bothOnMap);
        QTRY_COMPARE(field(one, "reported_by || ' ' || row_version"), QString("B keeps 4"));
        QCOMPARE(history(one), QString("Synthetic test record:1,Team A:2,A first:3")); // theirs kept
        QVERIFY(!b->teamActions().outlines()->contains("conflict:theirs"));
        QVERIFY(messagesOf(*b).contains("Kept your version of UA-TW-0100 (now version 4)"));
        QVERIFY(!messagesOf(*b).contains("not saved")); // the refusal is answered
        // A's form was not being typed in: it follows B's save live.
        QTRY_COMPARE_WITH_TIMEOUT(fa->reportedBy()->text(), QString("B keeps"), 5000);

        // 2. Again; this time B takes theirs: nothing of B's is written.
        retype(fb->reportedBy(), "B drops");
        retype(fa->reportedBy(), "A second");
        QTest::mouseClick(fa->applyButton(), Qt::LeftButton);
        QCOMPARE(field(one, "reported_by || ' ' || row_version"), QString("A second 5"));
        db->execAnswers.push_back(answerConflict("takeTheirs", {}));
        QTest::mouseClick(fb->applyButton(), Qt::LeftButton);
        QTRY_COMPARE(fb->reportedBy()->text(), QString("A second"));
        QCOMPARE(field(one, "reported_by || ' ' || row_version"), QString("A second 5"));
        // B's dropped version is not lost: it is in the history as not applied, by B, based on version 4.
        QCOMPARE(history(one), QString("Synthetic test record:1,Team A:2,A first:3,B keeps:4,B drops:4"));
        QCOMPARE(m_pg.psql("tw_conflict", QStringLiteral("SELECT operation || ' ' || changed_by || ' ' || changed_fields FROM "
                                                         "hazard_areas_history WHERE guid = '%1' AND reported_by = 'B drops'")
                                              .arg(one.guid)),
                 QString("DISCARDED mineatlas reported_by"));
        QVERIFY(messagesOf(*b).contains("Took their version of UA-TW-0100; yours is kept in Hazards ▸ Area history"));

        // 3. B changes the id and the reporter, A the reporter; B merges: its id, their reporter.
        retype(fb->localId(), "UA-TW-0100-B");
        retype(fb->reportedBy(), "B merged");
        retype(fa->reportedBy(), "A third");
        QTest::mouseClick(fa->applyButton(), Qt::LeftButton);
        QCOMPARE(field(one, "reported_by || ' ' || row_version"), QString("A third 6"));
        db->execAnswers.push_back(answerConflict("mergeFields", [](gui::ConflictDialog& d) {
            d.setFromTheirs("reported_by", true);
        }));
        QTest::mouseClick(fb->applyButton(), Qt::LeftButton);
        QTRY_COMPARE(field(one, "local_id || ' ' || reported_by || ' ' || row_version"), QString("UA-TW-0100-B A third 7"));
        QCOMPARE(history(one), QString("Synthetic test record:1,Team A:2,A first:3,B keeps:4,B drops:4,A second:5,A third:6"));
        QCOMPARE(m_pg.psql("tw_conflict", "SELECT count(*) FROM hazard_areas"), QString("2"));
        // The other area was never touched by all this.
        QCOMPARE(field(two, "reported_by || ' ' || row_version"), QString("Team B 2"));
        QCOMPARE(db->log.filter("dialog: Someone else changed this area").size(), 3);
        QVERIFY(da->log.filter("dialog: Someone else changed this area").isEmpty()); // A never met a conflict

        // Hazards ▸ Area history shows B's discarded version as not applied; Restore brings it back.
        QStringList listed;
        db->execAnswers.push_back([&](QDialog& d) {
            auto* dialog = qobject_cast<gui::AreaHistoryDialog*>(&d);
            if (!dialog)
                return int(QDialog::Rejected);
            d.show();
            QListWidget* list = dialog->list();
            int discarded = -1;
            for (int r = 0; r < list->count(); ++r) {
                listed << list->item(r)->text();
                if (listed.last().startsWith("Not applied"))
                    discarded = r;
            }
            if (discarded < 0)
                return int(QDialog::Rejected);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(discarded)).center());
            QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
            return int(QDialog::Rejected);
        });
        action(*b, "actionAreaHistory")->trigger();
        QVERIFY2(listed.filter("Not applied: mineatlas's version (from version 4)").size() == 1 &&
                     listed.filter("Not applied").first().contains("when taking theirs; differed in reported by"),
                 qPrintable(listed.join('\n')));
        QCOMPARE(listed.size(), 8); // versions 1 to 7 and the discarded one
        QCOMPARE(field(one, "local_id || ' ' || reported_by || ' ' || row_version"), QString("UA-TW-0100 B drops 8"));
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_TEAM"))
            b->grab().save(qEnvironmentVariable("MINEATLAS_SHOT_TEAM"));
    }

    void wrongPasswordMissingPostgisAndNoServerSaySo()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QVERIFY(m_pg.createDatabase("tw_nopostgis", false));
        QVERIFY(m_pg.createDatabase("tw_password"));
        {
            auto seed = hazard::HazardStore::create(m_pg.datasetName("tw_password"));
            QVERIFY2(seed.ok(), qPrintable(seed.error()));
            hazard::HazardArea area = square("UA-TW-0300", 30.50, 50.40);
            QVERIFY(seed.value()->insert(area).ok());
        }
        QVERIFY(!m_pg.psql("tw_password", "GRANT ALL ON ALL TABLES IN SCHEMA public TO planner_pw; "
                                          "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO planner_pw").isNull());
        ScriptedDialogs* d = nullptr;
        auto w = newWindow(d);

        // A wrong password: said on the map and in the dialog, which comes back with the password
        // field empty; the right one then opens the workspace.
        QString problem;
        bool passwordCleared = false;
        d->execAnswers.push_back(fillIn({m_pg.socket(), "tw_password", "planner_pw", "wrong-password"}));
        d->execAnswers.push_back([&](QDialog& dlg) {
            auto* dialog = qobject_cast<gui::WorkspaceDialog*>(&dlg);
            passwordCleared = dialog && dialog->passwordEdit()->text().isEmpty();
            return fillIn({m_pg.socket(), "tw_password", "planner_pw", "right-password"}, &problem)(dlg);
        });
        action(*w, "actionOpenWorkspace")->trigger();
        QVERIFY2(problem.contains("refused the user name or password"), qPrintable(problem));
        QVERIFY(passwordCleared);
        QTRY_VERIFY_WITH_TIMEOUT(w->session().isEditing() && !w->loader()->isBusy(), 15000);
        QCOMPARE(w->session().store()->editor(), QString("planner_pw"));
        QCOMPARE(w->project().layerAt(0)->store()->size(), std::size_t(1));
        // Nowhere on disk or in the layer: the settings file and the layer's source hold no password.
        QSettings().sync();
        QFile settingsFile(QSettings().fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray stored = settingsFile.readAll();
        QVERIFY(stored.contains("tw_password"));
        QVERIFY(!stored.contains("right-password"));
        QVERIFY(!w->project().layerAt(0)->sourcePath().contains("right-password"));
        // Saves go through as planner_pw (the password kept for the session).
        clickArea(*w, 30.50, 50.40);
        QCOMPARE(formId(*w), QString("UA-TW-0300"));
        retype(w->hazardActions().form()->reportedBy(), "Planner with a password");
        QTest::mouseClick(w->hazardActions().form()->applyButton(), Qt::LeftButton);
        QCOMPARE(m_pg.psql("tw_password", "SELECT reported_by || ' ' || last_editor FROM hazard_areas"),
                 QString("Planner with a password planner_pw"));

        // A database without PostGIS.
        d->execAnswers.push_back(fillIn({m_pg.socket(), "tw_nopostgis"}));
        action(*w, "actionOpenWorkspace")->trigger();
        QVERIFY2(messagesOf(*w).contains("tw_nopostgis (local)") && messagesOf(*w).contains("no PostGIS extension"),
                 qPrintable(messagesOf(*w)));
        // No server at all.
        d->execAnswers.push_back(fillIn({m_home.filePath("no-server-here"), "tw_password"}));
        action(*w, "actionOpenWorkspace")->trigger();
        QVERIFY2(messagesOf(*w).contains("the server cannot be reached"), qPrintable(messagesOf(*w)));
        QCOMPARE(w->project().layerCount(), 1); // nothing added by the failed tries
    }

    void serverGoingAwayLosesNoEdit()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        // Its own cluster: stopping it leaves the other tests' server alone.
        QTemporaryDir dir(QDir::tempPath() + "/tw-away-XXXXXX");
        auto cluster = [&](const char* what) {
            QProcess p;
            p.start(MINEATLAS_PG_CLUSTER_SCRIPT, {QString::fromLatin1(what), dir.path()});
            return p.waitForFinished(60000) && p.exitCode() == 0 && !QFile::exists(dir.filePath("unavailable"));
        };
        QVERIFY(cluster("start"));
        struct Stop {
            std::function<void()> f;
            ~Stop() { f(); }
        } stopAtEnd{[&] { cluster("stop"); }};
        const QString socket = dir.filePath("socket");
        QCOMPARE(psqlAt(socket, "postgres", "CREATE DATABASE tw_away TEMPLATE postgis_template"), QString());
        const QString ds = QStringLiteral("PG:host=%1 port=5432 dbname=tw_away user=mineatlas").arg(socket);
        {
            auto seed = hazard::HazardStore::create(ds);
            QVERIFY2(seed.ok(), qPrintable(seed.error()));
            hazard::HazardArea area = square("UA-TW-0400", 30.50, 50.40);
            QVERIFY(seed.value()->insert(area).ok());
        }
        ScriptedDialogs* d = nullptr;
        auto w = newWindow(d);
        QVERIFY(openWorkspace(*w, d, {socket, "tw_away"}));
        showAround(*w, 30.515, 50.40, 3000);
        gui::HazardForm* form = w->hazardActions().form();
        clickArea(*w, 30.50, 50.40);
        QCOMPARE(formId(*w), QString("UA-TW-0400"));
        retype(form->reportedBy(), "typed while the server was away");
        // And a new area being drawn.
        action(*w, "actionDraw")->trigger();
        const QPoint p0 = pixelOf(*w, 30.525, 50.395), p2 = pixelOf(*w, 30.535, 50.405);
        for (const QPoint p : {p0, QPoint(p2.x(), p0.y()), p2, QPoint(p0.x(), p2.y())})
            QTest::mouseClick(w->canvas(), Qt::LeftButton, {}, p);
        QCOMPARE(w->hazardActions().drawTool()->vertices().size(), std::size_t(4));

        QVERIFY(cluster("stop"));
        QTest::mouseClick(form->applyButton(), Qt::LeftButton);
        QVERIFY2(messagesOf(*w).contains("the server cannot be reached"), qPrintable(messagesOf(*w)));
        QVERIFY(messagesOf(*w).contains("the form keeps your values"));
        QCOMPARE(form->reportedBy()->text(), QString("typed while the server was away"));
        QTest::keyClick(w->canvas(), Qt::Key_Return); // finish the sketch: refused, kept
        QVERIFY(messagesOf(*w).contains("the sketch is kept"));
        QCOMPARE(w->hazardActions().drawTool()->vertices().size(), std::size_t(4));
        QTRY_VERIFY_WITH_TIMEOUT(messagesOf(*w).contains("no longer appear live"), 5000);

        // The server is back: the same Apply and the same Enter save, on a fresh connection.
        QVERIFY(cluster("start"));
        QTest::mouseClick(form->applyButton(), Qt::LeftButton);
        QCOMPARE(psqlAt(socket, "tw_away", "SELECT reported_by || ' ' || row_version FROM hazard_areas WHERE local_id = 'UA-TW-0400'"),
                 QString("typed while the server was away 2"));
        QTest::keyClick(w->canvas(), Qt::Key_Return);
        QCOMPARE(psqlAt(socket, "tw_away", "SELECT count(*) FROM hazard_areas"), QString("2"));
        QVERIFY(w->hazardActions().drawTool()->vertices().empty());
        QTRY_VERIFY_WITH_TIMEOUT(w->teamActions().workspace().isListening(ds), 5000); // live again
        QTRY_VERIFY_WITH_TIMEOUT(!w->loader()->isBusy(), 10000);
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
