#include <memory>
#include <vector>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include "hazard/workspacelistener.h"
#include "pgcluster.h"

using namespace mineatlas::hazard;
using mineatlas::test::PgCluster;

/// The LISTEN connection of a team workspace (issue 12) is made off the caller's thread: a server
/// that accepts and never answers leaves the event loop running, and its try ends with a clear
/// message; a real server's NOTIFY arrives as a change.
class TestWorkspaceListener : public QObject {
    Q_OBJECT
    PgCluster m_pg;

private Q_SLOTS:
    void silentServerLeavesTheEventLoopRunning()
    {
        // A local TCP server that accepts connections and never says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        std::vector<QTcpSocket*> accepted;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = silent.nextPendingConnection())
                accepted.push_back(s);
        });
        const QString name = QStringLiteral("PG:host=127.0.0.1 port=%1 dbname=hazards user=planner connect_timeout=2")
                                 .arg(silent.serverPort());
        WorkspaceListener listener;
        QSignalSpy failed(&listener, &WorkspaceListener::failed);
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
        tick.start(20);
        listener.start(name, QStringLiteral("secret"));
        QVERIFY(listener.isConnecting());
        QVERIFY(!listener.isListening());
        // The event loop goes on (the timer ticks, the server accepts) while the try waits.
        QTRY_VERIFY_WITH_TIMEOUT(!accepted.empty(), 5000);
        QVERIFY(failed.wait(10000));
        // ~2 s of waiting at 20 ms a tick: a blocked loop would have ticked once or twice at most.
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
        QVERIFY(!listener.isConnecting());
        QVERIFY(!listener.isListening());
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains("the server cannot be reached") && message.contains("hazards on 127.0.0.1"),
                 qPrintable(message));
        QVERIFY(!message.contains("secret"));

        // Abandoned mid-try (the window closes): nothing arrives later, nothing crashes.
        auto early = std::make_unique<WorkspaceListener>();
        QSignalSpy earlyFailed(early.get(), &WorkspaceListener::failed);
        early->start(name, {});
        QTRY_VERIFY_WITH_TIMEOUT(accepted.size() >= 2, 5000);
        early.reset();
        silent.close();
        for (QTcpSocket* s : accepted)
            s->close(); // the abandoned thread's try ends now
        QTest::qWait(100);
        QCOMPARE(earlyFailed.size(), 0);
    }

    void notificationsArriveOnceConnected()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QVERIFY(m_pg.createDatabase("wl_notify"));
        WorkspaceListener listener;
        QSignalSpy connected(&listener, &WorkspaceListener::connected);
        QSignalSpy changed(&listener, &WorkspaceListener::changed);
        listener.start(m_pg.datasetName("wl_notify"), {});
        QVERIFY(connected.wait(10000));
        QVERIFY(listener.isListening());
        QVERIFY(!m_pg.psql("wl_notify", "NOTIFY mineatlas_hazards, 'hazard_areas UPDATE 1234-abcd Planner B'").isNull());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        const auto change = changed.first().first().value<WorkspaceChange>();
        QCOMPARE(change.table, QString("hazard_areas"));
        QCOMPARE(change.operation, QString("UPDATE"));
        QCOMPARE(change.guid, QString("1234-abcd"));
        QCOMPARE(change.editor, QString("Planner B"));
        QVERIFY(change.serverPid > 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceListener)
#include "tst_workspacelistener.moc"
