#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QtTest>

#include "project/layerlistmodel.h"
#include "project/project.h"

using namespace mineatlas::project;

/// The layer list as views see it, checked by QAbstractItemModelTester while it changes.
class TestLayerListModel : public QObject {
    Q_OBJECT

    static std::unique_ptr<MapLayer> layer(const QString& name)
    {
        return std::make_unique<MapLayer>(MapLayer::Kind::Vector, name, "/data/" + name + ".gpkg");
    }
    static QStringList names(const LayerListModel& m)
    {
        QStringList out;
        for (int i = 0; i < m.rowCount(); ++i)
            out << m.index(i).data().toString();
        return out;
    }

private Q_SLOTS:
    void modelFollowsProject()
    {
        Project project;
        LayerListModel model(project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        project.addLayer(layer("borders"));
        project.addLayer(layer("hazards"));
        project.addLayer(layer("basemap"), project.layerCount());
        QCOMPARE(names(model), QStringList({"hazards", "borders", "basemap"}));

        // Visibility through the check box.
        QCOMPARE(model.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!project.layerAt(1)->isVisible());
        QCOMPARE(project.visibleSnapshots().size(), std::size_t(2));

        // Rename in place; empty names are refused.
        QVERIFY(model.setData(model.index(0), "Hazard areas", Qt::EditRole));
        QCOMPARE(project.layerAt(0)->name(), QStringLiteral("Hazard areas"));
        QVERIFY(!model.setData(model.index(0), "  ", Qt::EditRole));

        // Opacity.
        QVERIFY(model.setData(model.index(2), 0.4, LayerListModel::OpacityRole));
        QCOMPARE(project.layerAt(2)->opacity(), 0.4);

        // Drag the bottom layer onto the top position.
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(2)}));
        QVERIFY(mime);
        model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {});
        QCOMPARE(names(model), QStringList({"basemap", "Hazard areas", "borders"}));
        // And the top one to the end.
        mime.reset(model.mimeData({model.index(0)}));
        model.dropMimeData(mime.get(), Qt::MoveAction, 3, 0, {});
        QCOMPARE(names(model), QStringList({"Hazard areas", "borders", "basemap"}));

        project.removeLayer(1);
        QCOMPARE(names(model), QStringList({"Hazard areas", "basemap"}));
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains("/data/hazards.gpkg"));
    }
};

QTEST_GUILESS_MAIN(TestLayerListModel)
#include "tst_layerlistmodel.moc"
