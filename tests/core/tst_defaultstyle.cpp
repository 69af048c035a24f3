#include <QtTest>

#include <gdal.h>

#include "data/vectorloader.h"
#include "render/defaultstyle.h"
#include "render/renderjob.h"

using namespace mineatlas;

/// Layers open with the styles users expect: hazard areas in IMAS TN 07.11/01 colours (fill by
/// class, outline by status), small areas as markers, labels with the local id.
class TestDefaultStyle : public QObject {
    Q_OBJECT
    std::shared_ptr<const data::FeatureStore> m_hazards;

    const render::Symbol& symbolOf(const render::StyledFeatures& s, const QString& localId)
    {
        const int id = m_hazards->fieldNames().indexOf("local_id");
        for (std::size_t f = 0; f < m_hazards->size(); ++f)
            if (m_hazards->attribute(f, id).toString() == localId)
                return s.symbols[s.symbolOf[f]];
        qFatal("no feature %s", qPrintable(localId));
    }

private Q_SLOTS:
    void initTestCase()
    {
        GDALAllRegister();
        auto data = data::loadVectorLayer(QStringLiteral(MINEATLAS_SAMPLE_DATA "/hazards-illustrative.gpkg"),
                                          {}, geo::Crs::webMercator());
        QVERIFY2(data.ok(), qPrintable(data.error()));
        m_hazards = data->store;
    }

    void imasSymbology_data()
    {
        // The sample cycles (CHA, SHA) × (open, worked on, closed): DEMO-001 is CHA open, ...
        QTest::addColumn<QString>("id");
        QTest::addColumn<QColor>("fill");
        QTest::addColumn<QColor>("stroke");
        QTest::addColumn<int>("pen");
        QTest::newRow("CHA open") << "DEMO-001" << QColor(0xFF, 0, 0, 128) << QColor(0xFF, 0, 0)
                                  << int(Qt::SolidLine);
        QTest::newRow("CHA worked on")
            << "DEMO-002" << QColor(0xFF, 0, 0, 128) << QColor(0xF4, 0xA7, 0x18) << int(Qt::DashLine);
        QTest::newRow("CHA closed") << "DEMO-003" << QColor(0xFF, 0, 0, 128) << QColor(0x99, 0xCC, 0x33)
                                    << int(Qt::SolidLine);
        QTest::newRow("SHA open") << "DEMO-004" << QColor(0xF4, 0xA7, 0x18, 128) << QColor(0xFF, 0, 0)
                                  << int(Qt::SolidLine);
        QTest::newRow("SHA worked on")
            << "DEMO-005" << QColor(0xF4, 0xA7, 0x18, 128) << QColor(0xF4, 0xA7, 0x18) << int(Qt::DashLine);
    }
    void imasSymbology()
    {
        QFETCH(QString, id);
        QFETCH(QColor, fill);
        QFETCH(QColor, stroke);
        QFETCH(int, pen);
        const auto styled = render::applyStyle(render::defaultStyle(*m_hazards, 0), *m_hazards);
        const render::Symbol& s = symbolOf(*styled, id);
        QCOMPARE(s.fill, fill);
        QCOMPARE(s.stroke, stroke);
        QCOMPARE(int(s.strokeStyle), pen);
        QVERIFY(s.markerBelowPx > 0);
        QCOMPARE(styled->labels.size(), m_hazards->size());
    }

    void smallAreasBecomeMarkers()
    {
        // At 1:5 000 000 the areas (1–3 km) are a pixel or two: each becomes a 7 px marker, so
        // the map shows them at all. Count the changed pixels around one area.
        render::MapSettings s;
        s.crs = geo::Crs::webMercator();
        s.size = QSize(400, 300);
        s.background = Qt::white;
        const MapRect e = m_hazards->extent();
        s.extent = e.buffered(std::max(e.width(), e.height()) * 2);
        render::LayerSnapshot layer;
        layer.id = 1;
        layer.store = m_hazards;
        layer.styled = render::applyStyle(render::defaultStyle(*m_hazards, 0), *m_hazards);
        s.layers.push_back(layer);
        std::atomic<bool> cancel{false};
        const QImage withMarkers = render::renderMap(s, cancel).image;
        render::VectorStyle plain = render::defaultStyle(*m_hazards, 0);
        plain.base.markerBelowPx = 0;
        for (auto& c : plain.categories)
            c.symbol.markerBelowPx = 0;
        s.layers[0].styled = render::applyStyle(plain, *m_hazards);
        const QImage without = render::renderMap(s, cancel).image;
        auto inked = [](const QImage& img) {
            int n = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x)
                    n += img.pixel(x, y) != qRgb(255, 255, 255);
            return n;
        };
        QVERIFY2(inked(withMarkers) > 2 * inked(without),
                 qPrintable(QStringLiteral("%1 vs %2").arg(inked(withMarkers)).arg(inked(without))));
    }
};

QTEST_MAIN(TestDefaultStyle)
#include "tst_defaultstyle.moc"
