#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include "project/recentprojects.h"

using mineatlas::project::RecentProjects;

/// The recent-projects list: newest first, each file once, at most kMax, missing files dropped.
class TestRecentProjects : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString touch(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void newestFirstOnceEachCapped()
    {
        QSettings s(m_dir.filePath("a.ini"), QSettings::IniFormat);
        RecentProjects recent(s);
        QVERIFY(recent.paths().isEmpty());
        QStringList made;
        for (int i = 0; i < 10; ++i)
            made << touch(QStringLiteral("p%1.mineatlas").arg(i));
        for (const QString& p : made)
            recent.add(p);
        QCOMPARE(recent.paths().size(), 8);
        QCOMPARE(recent.paths().first(), made[9]);
        QCOMPARE(recent.paths().last(), made[2]);
        // Opened again, by a path with a detour in it: moves to the top, listed once.
        recent.add(m_dir.path() + QStringLiteral("/sub/../p5.mineatlas"));
        QCOMPARE(recent.paths().first(), made[5]);
        QCOMPARE(recent.paths().count(made[5]), 1);
        QCOMPARE(recent.paths().size(), 8);
        // Kept in the settings: a second reader sees the same list.
        s.sync();
        QSettings again(m_dir.filePath("a.ini"), QSettings::IniFormat);
        QCOMPARE(RecentProjects(again).paths(), recent.paths());
    }

    void missingFilesAreDroppedAndNamed()
    {
        QSettings s(m_dir.filePath("b.ini"), QSettings::IniFormat);
        RecentProjects recent(s);
        const QString kept = touch("kept.mineatlas"), gone = touch("gone.mineatlas");
        recent.add(kept);
        recent.add(gone);
        QVERIFY(QFile::remove(gone));
        QCOMPARE(recent.removeMissing(), QStringList{gone});
        QCOMPARE(recent.paths(), QStringList{kept});
        QVERIFY(recent.removeMissing().isEmpty());
        recent.remove(kept);
        QVERIFY(recent.paths().isEmpty());
        recent.add(kept);
        recent.clear();
        QVERIFY(recent.paths().isEmpty());
        QVERIFY(!s.contains(QLatin1String(RecentProjects::kKey)));
    }
};

QTEST_GUILESS_MAIN(TestRecentProjects)
#include "tst_recentprojects.moc"
