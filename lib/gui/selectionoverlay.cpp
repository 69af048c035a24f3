#include "selectionoverlay.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include "mapcanvas.h"
#include "project/project.h"

namespace mineatlas::gui {

namespace {
constexpr int kMaxDrawn = 20000; // selected features drawn per layer and paint
}

SelectionOverlay::SelectionOverlay(MapCanvas* canvas, project::Project& project)
    : QWidget(canvas), m_canvas(canvas), m_project(project)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(canvas->rect());
    lower(); // under the canvas's other overlays (messages)
    canvas->installEventFilter(this);
    connect(canvas, &MapCanvas::extentChanged, this, qOverload<>(&QWidget::update));
    connect(&project, &project::Project::layersChanged, this, &SelectionOverlay::watchLayers);
    connect(&project, &project::Project::layerChanged, this, qOverload<>(&QWidget::update));
    connect(&project, &project::Project::crsChanged, this, qOverload<>(&QWidget::update));
    watchLayers();
}

void SelectionOverlay::watchLayers()
{
    for (int i = 0; i < m_project.layerCount(); ++i)
        connect(m_project.layerAt(i), &project::MapLayer::selectionChanged, this,
                qOverload<>(&QWidget::update), Qt::UniqueConnection);
    update();
}

void SelectionOverlay::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const MapRect view = m_canvas->extent();
    const QColor outline = colour();
    QColor fill = outline;
    fill.setAlpha(110);
    // Bottom layer first, as the map draws them.
    for (int i = m_project.layerCount() - 1; i >= 0; --i) {
        const project::MapLayer* layer = m_project.layerAt(i);
        const auto& store = layer->store();
        if (!layer->isVisible() || !store || layer->selection().empty() ||
            (!layer->dataCrs().isEmpty() && layer->dataCrs() != m_project.crs().definition()))
            continue;
        QPainterPath areas;
        areas.setFillRule(Qt::OddEvenFill);
        QPainterPath lines;
        QList<QPointF> points;
        const auto& ringStart = store->ringStart();
        std::vector<double> scratch;
        int drawn = 0;
        for (const std::uint32_t f : layer->selection()) {
            if (!store->bounds(f).intersects(view))
                continue;
            // Painting runs on the GUI thread: a selection of a whole large layer is outlined in
            // part rather than stall a pan (the table still lists every selected feature).
            if (++drawn > kMaxDrawn)
                break;
            const data::GeometryKind kind = store->kind(f);
            for (std::uint32_t r = store->ringBegin(f); r < store->ringEnd(f); ++r) {
                const std::uint32_t begin = 0, end = ringStart[r + 1] - ringStart[r];
                if (begin == end)
                    continue;
                const double* coords = store->ringXY(r, scratch);
                if (kind == data::GeometryKind::Point) {
                    points << m_canvas->toPixel({coords[2 * begin], coords[2 * begin + 1]});
                    continue;
                }
                QPainterPath& path = kind == data::GeometryKind::Polygon ? areas : lines;
                path.moveTo(m_canvas->toPixel({coords[2 * begin], coords[2 * begin + 1]}));
                for (std::uint32_t v = begin + 1; v < end; ++v)
                    path.lineTo(m_canvas->toPixel({coords[2 * v], coords[2 * v + 1]}));
                if (kind == data::GeometryKind::Polygon)
                    path.closeSubpath();
            }
        }
        p.setPen(QPen(outline, 2.5));
        p.setBrush(fill);
        p.drawPath(areas);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(outline, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(lines);
        p.setPen(QPen(Qt::black, 1));
        p.setBrush(outline);
        for (const QPointF& pt : std::as_const(points))
            p.drawEllipse(pt, 6, 6);
    }
}

bool SelectionOverlay::eventFilter(QObject* watched, QEvent* e)
{
    if (watched == m_canvas && e->type() == QEvent::Resize)
        setGeometry(m_canvas->rect());
    return QWidget::eventFilter(watched, e);
}

} // namespace mineatlas::gui
