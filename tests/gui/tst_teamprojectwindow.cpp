#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

#include "areaoutlineoverlay.h"
#include "hazard/editsession.h"
#include "hazard/offlinesync.h"
#include "hazard/hazardstore.h"
#include "hazard/workspacecontroller.h"
#include "hazardactions.h"
#include "hazardform.h"
#include "layerloader.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "messagebar.h"
#include "passworddialog.h"
#include "pgcluster.h"
#include "project/maplayer.h"
#include "project/project.h"
#include "scripteddialogs.h"
#include "syncactions.h"
#include "teamactions.h"
#include "windowtest.h"
#include "workspacedialog.h"

using namespace mineatlas;
using mineatlas::test::PgCluster;
using windowtest::action;

namespace {

/// A synthetic square hazard area (illustrative only) around (lon, lat).
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

QString messagesOf(const MainWindow& w)
{
    return w.messages()->texts().join(QLatin1Char('\n'));
}

/// Types `password` into the password dialog and connects; `problemSeen` gets the problem it showed.
std::function<int(QDialog&)> typePassword(const QString& password, QString* problemSeen = nullptr)
{
    return [password, problemSeen](QDialog& d) {
        auto* dialog = qobject_cast<gui::PasswordDialog*>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        if (problemSeen) {
            auto* problem = dialog->findChild<QLabel*>(QStringLiteral("passwordProblem"));
            *problemSeen = problem && !problem->isHidden() ? problem->text() : QString();
        }
        QTest::keyClicks(dialog->passwordEdit(), password);
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_PASSWORD") && problemSeen && !problemSeen->isEmpty()) {
            dialog->show();
            dialog->grab().save(qEnvironmentVariable("MINEATLAS_SHOT_PASSWORD"));
        }
        return int(QDialog::Accepted);
    };
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

/// The team workspace across sessions, through the real window (issue 12): a project saved with a
/// PostGIS hazard layer reopens as an editable workspace with live updates, asking the password
/// only when ~/.pgpass gives none and never writing it anywhere.
class TestTeamProjectWindow : public QObject {
    Q_OBJECT
    PgCluster m_pg;
    QTemporaryDir m_home;

    bool waitEditing(MainWindow& w)
    {
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

    void openProject(MainWindow& w, ScriptedDialogs* d, const QString& path)
    {
        d->openAnswers.push_back({path});
        action(w, "actionOpenProject")->trigger();
    }

private Q_SLOTS:
    void initTestCase() { windowtest::useNewUserHome(m_home); }

    void savedProjectReopensAsLiveWorkspace()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QVERIFY(m_pg.createDatabase("tw_reopen"));
        hazard::HazardArea one = square("UA-TP-0100", 30.50, 50.40), two = square("UA-TP-0200", 30.53, 50.40);
        {
            auto seed = hazard::HazardStore::create(m_pg.datasetName("tw_reopen"));
            QVERIFY2(seed.ok(), qPrintable(seed.error()));
            QVERIFY(seed.value()->insert(one).ok());
            QVERIFY(seed.value()->insert(two).ok());
        }
        QVERIFY(!m_pg.psql("tw_reopen", "GRANT ALL ON ALL TABLES IN SCHEMA public TO planner_pw; "
                                        "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO planner_pw").isNull());
        QTemporaryDir dir;
        const QString projectPath = dir.filePath("team.mineatlas");
        {
            // First session: File ▸ Open hazard workspace… with a password, then Save project as….
            ScriptedDialogs* d = nullptr;
            auto w = windowtest::showNewWindow(d);
            d->execAnswers.push_back([&](QDialog& dlg) {
                auto* dialog = qobject_cast<gui::WorkspaceDialog*>(&dlg);
                if (!dialog)
                    return int(QDialog::Rejected);
                QTest::keyClicks(dialog->hostEdit(), m_pg.socket());
                dialog->portEdit()->setValue(5432);
                QTest::keyClicks(dialog->databaseEdit(), "tw_reopen");
                QTest::keyClicks(dialog->userEdit(), "planner_pw");
                QTest::keyClicks(dialog->passwordEdit(), "right-password");
                return int(QDialog::Accepted);
            });
            action(*w, "actionOpenWorkspace")->trigger();
            QVERIFY(waitEditing(*w));
            d->saveAnswers.push_back({projectPath, QString()});
            action(*w, "actionSaveProjectAs")->trigger();
            QTRY_VERIFY(QFile::exists(projectPath));
        }
        QFile saved(projectPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray json = saved.readAll();
        QVERIFY2(json.contains("dbname=tw_reopen user=planner_pw"), json.constData());
        QVERIFY(!json.contains("right-password"));

        // Second session: File ▸ Open project…; no ~/.pgpass entry, so the password is asked; a
        // wrong one says so and asks again.
        ScriptedDialogs* d = nullptr;
        auto w = windowtest::showNewWindow(d);
        QString firstProblem, secondProblem;
        d->execAnswers.push_back(typePassword("wrong-password", &firstProblem));
        d->execAnswers.push_back(typePassword("right-password", &secondProblem));
        openProject(*w, d, projectPath);
        QVERIFY(waitEditing(*w));
        QCOMPARE(d->log.filter("dialog: Workspace password").size(), 2);
        QVERIFY(firstProblem.isEmpty());
        QVERIFY2(secondProblem.contains("refused the user name or password"), qPrintable(secondProblem));
        QCOMPARE(w->project().layerCount(), 1);
        QCOMPARE(w->session().layer(), w->project().layerAt(0));
        QCOMPARE(w->session().store()->editor(), QString("planner_pw"));
        QSettings().sync();
        QFile settingsFile(QSettings().fileName());
        if (settingsFile.open(QIODevice::ReadOnly))
            QVERIFY(!settingsFile.readAll().contains("right-password"));

        // An edit saves to the database: the row version moves on.
        windowtest::showAround(*w, 30.515, 50.40, 3000);
        QTest::mouseClick(w->canvas(), Qt::LeftButton, {}, windowtest::pixelOf(*w, 30.50, 50.40));
        gui::HazardForm* form = w->hazardActions().form();
        QVERIFY(form->area());
        QCOMPARE(form->area()->localId, QString("UA-TP-0100"));
        retype(form->reportedBy(), "Reopened session");
        QTest::mouseClick(form->applyButton(), Qt::LeftButton);
        QCOMPARE(m_pg.psql("tw_reopen", QString("SELECT reported_by || ' ' || row_version || ' ' || last_editor FROM "
                                                "hazard_areas WHERE guid = '%1'").arg(one.guid)),
                 QString("Reopened session 2 planner_pw"));
        // A second client's change shows up live, outlined.
        QVERIFY(!m_pg.psql("tw_reopen", QString("UPDATE hazard_areas SET reported_by = 'Other client' WHERE guid = '%1'")
                                            .arg(two.guid)).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(w->teamActions().outlines()->contains("changed:" + two.guid), 5000);
        QVERIFY(messagesOf(*w).contains("UA-TP-0200"));
        QVERIFY(!w->teamActions().outlines()->contains("changed:" + one.guid)); // its own save is no news
        w.reset();

        // Third session with the password in a ~/.pgpass file: nothing is asked.
        const QString pgpass = dir.filePath("pgpass");
        {
            QFile f(pgpass);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("*:*:*:planner_pw:right-password\n");
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        qputenv("PGPASSFILE", pgpass.toUtf8());
        w = windowtest::showNewWindow(d);
        openProject(*w, d, projectPath);
        const bool editing = waitEditing(*w);
        qunsetenv("PGPASSFILE");
        QVERIFY(editing);
        QVERIFY2(d->log.filter("dialog:").isEmpty(), qPrintable(d->log.join('\n')));
        QVERIFY(w->teamActions().workspace().isListening(w->project().layerAt(0)->sourcePath()));
    }

    /// The layer is named "table @ database (local)", not after the socket path, and a long name
    /// loses its middle in the progress bar, never its end or the percentage.
    void workspaceLayerNameAndProgressFit()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        const QString db = "tw_a_rather_long_database_name_for_the_progress_bar";
        QVERIFY(m_pg.createDatabase(db));
        {
            auto seed = hazard::HazardStore::create(m_pg.datasetName(db));
            QVERIFY2(seed.ok(), qPrintable(seed.error()));
            hazard::HazardArea a = square("UA-TP-0300", 30.50, 50.40);
            QVERIFY(seed.value()->insert(a).ok());
        }
        ScriptedDialogs* d = nullptr;
        auto w = windowtest::showNewWindow(d);
        auto* bar = w->statusBar()->findChild<QProgressBar*>();
        QVERIFY(bar);
        QString shown, tooltip;
        int textWidth = 0;
        // At the moment the load starts, as a percentage comes in: what the bar shows.
        connect(w->loader(), &gui::LayerLoader::busyChanged, this, [&](bool busy, const QString&) {
            if (!busy || !shown.isEmpty())
                return;
            Q_EMIT w->loader()->progressChanged(42);
            shown = bar->text();
            tooltip = bar->toolTip();
            textWidth = QFontMetrics(bar->font()).horizontalAdvance(shown);
            if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_TEAMLOAD"))
                w->grab().save(qEnvironmentVariable("MINEATLAS_SHOT_TEAMLOAD"));
        });
        d->execAnswers.push_back([&](QDialog& dlg) {
            auto* dialog = qobject_cast<gui::WorkspaceDialog*>(&dlg);
            if (!dialog)
                return int(QDialog::Rejected);
            QTest::keyClicks(dialog->hostEdit(), m_pg.socket());
            dialog->portEdit()->setValue(5432);
            QTest::keyClicks(dialog->databaseEdit(), db);
            QTest::keyClicks(dialog->userEdit(), "mineatlas");
            return int(QDialog::Accepted);
        });
        action(*w, "actionOpenWorkspace")->trigger();
        QVERIFY(waitEditing(*w));
        QCOMPARE(w->project().layerAt(0)->name(), "hazard_areas @ " + db + " (local)");
        QCOMPARE(tooltip, "Loading hazard_areas @ " + db + " (local)");
        QVERIFY2(shown.startsWith("Loading haz") && shown.contains(QChar(0x2026)) && shown.endsWith("(local) 42%"),
                 qPrintable(shown));
        QVERIFY2(textWidth <= bar->contentsRect().width(), qPrintable(QString("%1 > %2").arg(textWidth).arg(bar->contentsRect().width())));
        // The same short form for a named host with its own port, and for a service.
        QCOMPARE(hazard::workspaceLayerName("PG:host=db.example.org port=5433 dbname=hazards user=planner", "hazard_areas"),
                 QString("hazard_areas @ hazards (db.example.org:5433)"));
        QCOMPARE(hazard::workspaceLayerName("PG:service=team", "hazard_areas"), QString("hazard_areas @ service team"));
    }

    /// Hazards ▸ Sync back… to a workspace whose password ~/.pgpass does not hold: asked, a wrong
    /// one says so and, cancelled, leaves the offline copy and the workspace as they were; the right
    /// one syncs and is kept for the session (not asked again).
    void syncBackAsksThePassword()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QVERIFY(m_pg.createDatabase("tw_syncpw"));
        hazard::HazardArea one = square("UA-TP-0400", 30.50, 50.40);
        {
            auto seed = hazard::HazardStore::create(m_pg.datasetName("tw_syncpw"));
            QVERIFY2(seed.ok(), qPrintable(seed.error()));
            QVERIFY(seed.value()->insert(one).ok());
        }
        QVERIFY(!m_pg.psql("tw_syncpw", "GRANT ALL ON ALL TABLES IN SCHEMA public TO planner_pw; "
                                        "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO planner_pw").isNull());
        // A field copy taken earlier (as planner_pw), edited offline.
        QTemporaryDir dir;
        const QString gpkg = dir.filePath("field.gpkg");
        auto taken = hazard::OfflineSync::takeOffline(m_pg.datasetName("tw_syncpw", "planner_pw"), "right-password",
                                                      "hazard_areas", {}, gpkg);
        QVERIFY2(taken.ok(), qPrintable(taken.error()));
        {
            auto copy = hazard::HazardStore::open(gpkg);
            QVERIFY(copy.ok());
            hazard::HazardArea a = *copy.value()->readByGuid(one.guid).value();
            a.reportedBy = "Edited in the field";
            QVERIFY(copy.value()->update(a).ok());
        }
        auto fileHash = [&] {
            QFile f(gpkg);
            return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                               : QByteArray();
        };
        const QByteArray before = fileHash();
        QVERIFY(!before.isEmpty());

        ScriptedDialogs* d = nullptr;
        auto w = windowtest::showNewWindow(d);
        QSignalSpy done(&w->syncActions(), &SyncActions::jobFinished);
        // A wrong password, then Cancel.
        QString problem;
        d->openAnswers.push_back({gpkg});
        d->execAnswers.push_back(typePassword("wrong-password"));
        d->execAnswers.push_back([&](QDialog& dlg) {
            typePassword({}, &problem)(dlg);
            return int(QDialog::Rejected);
        });
        action(*w, "actionSyncBack")->trigger();
        QCOMPARE(d->log.filter("dialog: Workspace password").size(), 2);
        QVERIFY2(problem.contains("refused the user name or password"), qPrintable(problem));
        QVERIFY2(messagesOf(*w).contains("Sync back of field.gpkg canceled") &&
                     messagesOf(*w).contains("refused the user name or password"),
                 qPrintable(messagesOf(*w)));
        QVERIFY(!w->syncActions().isBusy());
        QCOMPARE(done.size(), 0);
        QCOMPARE(fileHash(), before);
        QCOMPARE(m_pg.psql("tw_syncpw", "SELECT reported_by || ' ' || row_version FROM hazard_areas"),
                 QString("Synthetic test record 1"));

        // The right one: the sync runs and reports.
        d->openAnswers.push_back({gpkg});
        d->execAnswers.push_back(typePassword("right-password"));
        action(*w, "actionSyncBack")->trigger();
        QVERIFY(done.wait(10000));
        QTRY_VERIFY(d->log.contains("dialog: Sync report"));
        QCOMPARE(w->syncActions().lastReport().count(hazard::SyncAction::Uploaded), 1);
        QCOMPARE(m_pg.psql("tw_syncpw", "SELECT reported_by || ' ' || row_version || ' ' || last_editor FROM hazard_areas"),
                 QString("Edited in the field 2 planner_pw"));
        // Kept for the session: the next sync does not ask.
        d->openAnswers.push_back({gpkg});
        action(*w, "actionSyncBack")->trigger();
        QVERIFY(done.wait(10000));
        QCOMPARE(d->log.filter("dialog: Workspace password").size(), 3);
        QTRY_VERIFY(!w->syncActions().isBusy());
    }
};

QTEST_MAIN(TestTeamProjectWindow)
#include "tst_teamprojectwindow.moc"
