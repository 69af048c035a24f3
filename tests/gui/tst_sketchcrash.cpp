#include <QtTest>

#include <gdal.h>

#include "hazard/editsession.h"
#include "project/project.h"

using namespace mineatlas;

/// kill -9 in the middle of a sketch: the reopened layer holds every committed area and the sketch
/// is offered back. The drawing happens in a real child process (sketchchild), killed with SIGKILL.
class TestSketchCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void killMidSketchLosesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("field.gpkg");
        QVERIFY(hazard::HazardStore::create(path).ok());
        QProcess child;
        child.start(QStringLiteral(MINEATLAS_SKETCH_CHILD), {path});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() != QProcess::Running, 60000);
        const QString line = QString::fromUtf8(child.readLine()).trimmed();
        QCOMPARE(line, QStringLiteral("READY 3"));
        child.kill(); // SIGKILL: no cleanup, no destructors
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // Committed: one area, in the file.
        auto store = hazard::HazardStore::open(path, hazard::HazardStore::kDefaultLayer, true);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto areas = store.value()->readAll();
        QVERIFY(areas.ok());
        QCOMPARE(areas->size(), std::size_t(1));
        QCOMPARE(areas->front().polygons[0][0].size(), std::size_t(10));
        // In progress: the three vertices, offered back to the next session.
        project::Project project;
        auto layer =
            std::make_unique<project::MapLayer>(project::MapLayer::Kind::Vector, "field", path,
                                                QString::fromLatin1(hazard::HazardStore::kDefaultLayer));
        project::MapLayer* l = project.addLayer(std::move(layer));
        hazard::EditSession editor(project);
        QVERIFY(editor.start(l).ok());
        auto sketch = editor.recoverSketch();
        QVERIFY(sketch.has_value());
        QCOMPARE(sketch->first.size(), std::size_t(3));
        QCOMPARE(sketch->second, hazard::SketchPurpose::NewArea);
    }
};

QTEST_MAIN(TestSketchCrash)
#include "tst_sketchcrash.moc"
