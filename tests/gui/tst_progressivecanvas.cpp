#include <QtTest>

#include <thread>

#include <gdal.h>

#include "data/vectorloader.h"
#include "mapcanvas.h"
#include "project/project.h"

using namespace mineatlas;

/// While a slow render runs the canvas shows a progress line along its top, and the stripes
/// finished so far replace the old picture before the render ends.
class TestProgressiveCanvas : public QObject {
    Q_OBJECT
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<gui::MapCanvas> m_canvas;
    const QColor m_fill{200, 30, 30};

private Q_SLOTS:
    void init()
    {
        GDALAllRegister();
        m_project = std::make_unique<project::Project>();
        m_project->setCrs(geo::Crs::wgs84());
        auto data = data::loadVectorLayer(QStringLiteral(MINEATLAS_TEST_DATA "/areas.geojson"), {}, m_project->crs());
        QVERIFY(data.ok());
        auto layer = std::make_unique<project::MapLayer>(project::MapLayer::Kind::Vector, "areas", "areas.geojson");
        render::VectorStyle style;
        style.base.fill = m_fill;
        style.base.strokeWidth = 0;
        layer->setStyle(style);
        layer->setStore(data->store);
        m_project->addLayer(std::move(layer));
        m_canvas = std::make_unique<gui::MapCanvas>(*m_project);
        m_canvas->resize(400, 600);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        m_canvas->setExtent({29, 49, 34, 52});
        QTRY_VERIFY_WITH_TIMEOUT(!m_canvas->isRendering() && !m_canvas->renderedImage().isNull(), 10000);
    }
    void cleanup()
    {
        m_canvas.reset();
        m_project.reset();
    }

    void stripesShowBeforeTheEnd()
    {
        // The real renderer, slowed down: each finished stripe is held back a little, so the
        // render takes far longer than the progress line's delay.
        m_canvas->setProgressiveRenderFunction([](const render::MapSettings& s, const std::atomic<bool>& cancel,
                                                  render::RenderCache* cache, const render::StripeCallback& onStripe) {
            return render::renderMap(s, cancel, cache, nullptr, [&](const QImage& rows, int y, double fraction) {
                onStripe(rows, y, fraction);
                std::this_thread::sleep_for(std::chrono::milliseconds(250));
            });
        });
        // Whatever the map showed before, blank it: the new picture must come from the stripes.
        const QRect full(QPoint(0, 0), m_canvas->size());
        QSignalSpy finished(m_canvas.get(), &gui::MapCanvas::renderFinished);
        // The map moves up 300 px: the areas (rows ~260-340 before) come to the top rows, which the
        // first stripes draw.
        m_canvas->panByPixels({0, -300});
        QTRY_VERIFY_WITH_TIMEOUT(m_canvas->isRendering() && m_canvas->stripesShown() >= 2, 10000);
        // The progress line is drawn along the top once the render has run a while.
        QTRY_VERIFY_WITH_TIMEOUT(finished.isEmpty() && [&] {
            const QImage shot = m_canvas->grab().toImage();
            const QColor highlight = m_canvas->palette().color(QPalette::Highlight);
            return shot.pixelColor(1, 1) == highlight && m_canvas->renderProgress() > 0 &&
                   m_canvas->renderProgress() < 1;
        }(), 10000);
        QVERIFY(finished.isEmpty());
        // A stripe shown mid-render holds what the finished map will hold there.
        const QImage midway = m_canvas->grab().toImage();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const QImage done = m_canvas->grab().toImage();
        QVERIFY(done.pixelColor(1, 1) != m_canvas->palette().color(QPalette::Highlight)); // line gone
        // The first two stripes (8 stripes of 75 rows) were shown midway; below the line.
        int same = 0, fill = 0, count = 0;
        for (int y = 4; y < 150; ++y)
            for (int x = 0; x < full.width(); x += 3) {
                same += midway.pixel(x, y) == done.pixel(x, y);
                fill += done.pixelColor(x, y) == m_fill;
                ++count;
            }
        QVERIFY2(same > 0.98 * count, qPrintable(QStringLiteral("%1 of %2").arg(same).arg(count)));
        QVERIFY(fill > 0); // those rows show the layer, not only sea
    }

    void fastRendersShowNoLine()
    {
        QSignalSpy finished(m_canvas.get(), &gui::MapCanvas::renderFinished);
        m_canvas->zoomIn();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(m_canvas->renderProgress(), -1.0);
        QVERIFY(m_canvas->grab().toImage().pixelColor(1, 1) != m_canvas->palette().color(QPalette::Highlight));
    }
};

QTEST_MAIN(TestProgressiveCanvas)
#include "tst_progressivecanvas.moc"
