#include "tableactions.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QTableView>
#include <QToolBar>

#include "attributetable.h"
#include "layerpanel.h"
#include "mapcanvas.h"
#include "project/featureselection.h"
#include "project/project.h"
#include "selectionoverlay.h"
#include "selecttool.h"
#include "windowcontext.h"

namespace mineatlas {

namespace {
constexpr double kPointZoomPx = 8; // a feature smaller than this is centred, not zoomed to
}

TableActions::TableActions(WindowContext& c, QMenu* layer, QToolBar* toolbar)
    : QObject(&c.window), m_context(c), m_table(new gui::AttributeTable),
      m_dock(new QDockWidget(tr("Attribute table"), &c.window)), m_tool(new gui::SelectTool(&c.canvas)),
      m_overlay(new gui::SelectionOverlay(&c.canvas, c.project))
{
    m_tool->setParent(this);
    m_dock->setObjectName(QStringLiteral("attributeTableDock"));
    m_dock->setWidget(m_table);
    // Under the map only: the side panels keep their full height (the Layers panel and its
    // legend would otherwise squeeze the table to two rows).
    c.window.setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    c.window.setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    c.window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();

    layer->addSeparator();
    QAction* open = layer->addAction(tr("Open &attribute table"), this, [this] { openTable(); });
    open->setObjectName(QStringLiteral("actionAttributeTable"));
    open->setShortcut(Qt::Key_F6); // as in QGIS
    open->setToolTip(tr("The features of the selected layer as a table (F6)"));
    m_select = layer->addAction(tr("Se&lect features"));
    m_select->setObjectName(QStringLiteral("actionSelectFeatures"));
    m_select->setCheckable(true);
    m_select->setToolTip(tr("Click a feature to select it, drag a box to select those in it; Ctrl toggles. "
                            "Esc goes back to panning"));
    c.tools.addAction(m_select);
    connect(m_select, &QAction::triggered, this, [this] { m_context.canvas.setMapTool(m_tool); });
    toolbar->addAction(m_select);
    QAction* zoom = layer->addAction(tr("&Zoom to selection"), this, [this] {
        project::MapLayer* l = m_table->layer() ? m_table->layer() : selectionTarget();
        if (!l || !l->store() || l->selection().empty()) {
            m_context.warn(tr("Nothing is selected: select features in the attribute table or with Layer ▸ "
                              "Select features"),
                           QStringLiteral("selection"));
            return;
        }
        zoomTo(project::boundsOf(*l->store(), l->selection()));
    });
    zoom->setObjectName(QStringLiteral("actionZoomToSelection"));
    zoom->setShortcut(Qt::CTRL | Qt::Key_J); // as in QGIS
    layer
        ->addAction(tr("Clear selectio&n"), this,
                    [this] {
                        std::size_t cleared = 0;
                        for (int i = 0; i < m_context.project.layerCount(); ++i) {
                            cleared += m_context.project.layerAt(i)->selection().size();
                            m_context.project.layerAt(i)->setSelection({});
                        }
                        if (cleared == 0)
                            m_context.info(tr("Nothing was selected"), QStringLiteral("selection"));
                        else
                            m_context.messages.clear(QStringLiteral("selection"));
                    })
        ->setObjectName(QStringLiteral("actionClearSelection"));

    connect(m_tool, &gui::SelectTool::clickedAt, this, &TableActions::pickAt);
    connect(m_tool, &gui::SelectTool::boxed, this, &TableActions::pickIn);
    connect(m_table, &gui::AttributeTable::zoomRequested, this, &TableActions::zoomTo);
    connect(&c.layers, &gui::LayerPanel::attributeTableRequested, this,
            [this](project::MapLayer* l) { openTable(l); });
}

void TableActions::openTable(project::MapLayer* layer)
{
    if (!layer)
        layer = m_context.layers.currentLayer();
    if (!layer || layer->kind() != project::MapLayer::Kind::Vector || !layer->store()) {
        m_context.warn(tr("Select a vector layer in the Layers panel first"), QStringLiteral("table"));
        return;
    }
    m_table->setLayer(layer);
    m_dock->setWindowTitle(tr("Attribute table — %1").arg(layer->name()));
    m_dock->show();
    m_dock->raise();
    // A third of the window the first time (a new dock gets its minimum: two rows).
    if (!m_sized) {
        m_sized = true;
        m_context.window.resizeDocks({m_dock}, {m_context.window.height() / 3}, Qt::Vertical);
    }
    m_table->view()->setFocus();
}

project::MapLayer* TableActions::selectionTarget() const
{
    auto usable = [](project::MapLayer* l) {
        return l && l->kind() == project::MapLayer::Kind::Vector && l->store();
    };
    if (project::MapLayer* l = m_context.layers.currentLayer(); usable(l))
        return l;
    if (usable(m_table->layer()))
        return m_table->layer();
    for (int i = 0; i < m_context.project.layerCount(); ++i)
        if (project::MapLayer* l = m_context.project.layerAt(i); usable(l) && l->isVisible())
            return l;
    return nullptr;
}

void TableActions::pickAt(QPointF mapPoint, double tolerance, bool toggle)
{
    project::MapLayer* l = selectionTarget();
    if (!l) {
        m_context.warn(tr("Open a vector layer to select its features"), QStringLiteral("selection"));
        return;
    }
    l->setSelection(project::combineSelection(
        l->selection(), project::featuresAt(*l->store(), mapPoint.x(), mapPoint.y(), tolerance),
        toggle ? project::SelectionMode::Toggle : project::SelectionMode::Replace));
}

void TableActions::pickIn(const MapRect& rect, bool toggle)
{
    project::MapLayer* l = selectionTarget();
    if (!l) {
        m_context.warn(tr("Open a vector layer to select its features"), QStringLiteral("selection"));
        return;
    }
    l->setSelection(
        project::combineSelection(l->selection(), project::featuresIn(*l->store(), rect),
                                  toggle ? project::SelectionMode::Toggle : project::SelectionMode::Replace));
}

void TableActions::zoomTo(const MapRect& rect)
{
    if (rect.isEmpty())
        return;
    gui::MapCanvas& canvas = m_context.canvas;
    const double small = kPointZoomPx * canvas.mapUnitsPerPixel();
    if (rect.width() < small && rect.height() < small) {
        const MapRect view = canvas.extent();
        const double hw = view.width() / 2, hh = view.height() / 2;
        canvas.setExtent(
            {rect.centerX() - hw, rect.centerY() - hh, rect.centerX() + hw, rect.centerY() + hh});
        return;
    }
    canvas.zoomToRect(rect);
}

} // namespace mineatlas
