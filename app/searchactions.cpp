#include "searchactions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QToolBar>

#include "mapcanvas.h"
#include "project/maplayer.h"
#include "project/project.h"
#include "searchbox.h"
#include "windowcontext.h"

namespace mineatlas {

namespace {

/// Half the width of the view around a place, on the ground: a city and its outskirts, a town
/// and its fields (1:50,000–1:150,000 in a window of about 1000 pixels).
double halfViewMetres(double population)
{
    if (population >= 1'000'000)
        return 20'000;
    if (population >= 100'000)
        return 10'000;
    return 5'000;
}

} // namespace

SearchActions::SearchActions(WindowContext& context, QMenu* menu, QToolBar* toolbar)
    : QObject(&context.window), m_context(context), m_box(new gui::SearchBox(toolbar))
{
    m_find = menu->addAction(tr("&Find place, country or hazard id…"));
    m_find->setObjectName(QStringLiteral("actionFind"));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WindowShortcut);
    m_find->setToolTip(
        tr("Search the open layers: places (also by their names in other languages), countries "
           "and hazard areas by id"));
    connect(m_find, &QAction::triggered, this, [this] {
        m_box->setFocus(Qt::ShortcutFocusReason);
        m_box->selectAll();
    });
    toolbar->addWidget(m_box);
    connect(m_box, &gui::SearchBox::hitActivated, this, &SearchActions::goTo);

    // Layers come in bursts (a project, several files): index once they have settled.
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(250);
    connect(&m_rebuild, &QTimer::timeout, this, &SearchActions::rebuildIfChanged);
    auto later = [this] { m_rebuild.start(); };
    connect(&context.project, &project::Project::layersChanged, this, later);
    connect(&context.project, &project::Project::layerChanged, this, later);
    connect(&m_job, &JobBase::finished, this, [this] {
        m_box->setIndex(m_job.result());
        Q_EMIT indexReady();
    });
}

SearchActions::~SearchActions()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SearchActions::rebuildIfChanged()
{
    std::vector<project::SearchSource> sources = project::SearchIndex::sourcesOf(m_context.project);
    decltype(m_builtFrom) from;
    for (const project::SearchSource& s : sources) {
        const project::MapLayer* layer = m_context.project.layerById(s.layerId);
        from.emplace_back(s.layerId, s.store.get(), layer ? layer->treatyStyle().get() : nullptr);
    }
    if (from == m_builtFrom && m_box->index())
        return; // a style or visibility change: the names are the same
    m_builtFrom = std::move(from);
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_box->setBusy(true);
    m_job.start(
        [sources = std::move(sources), cancel = m_cancel]() -> std::shared_ptr<const project::SearchIndex> {
            try {
                return project::SearchIndex::build(sources, cancel.get());
            } catch (...) {
                return nullptr; // an index that could not be built leaves search empty, not the app down
            }
        });
}

void SearchActions::goTo(const project::SearchHit& hit)
{
    gui::MapCanvas& canvas = m_context.canvas;
    MapRect bounds = hit.bounds;
    // The layer's data now (the map CRS may have changed since the index was built).
    if (const project::MapLayer* layer = m_context.project.layerById(hit.layerId))
        if (layer->store() && hit.feature < layer->store()->size())
            bounds = layer->store()->bounds(hit.feature);
    const QPointF centre(bounds.centerX(), bounds.centerY());
    if (hit.kind == project::SearchKind::Place || (bounds.width() == 0 && bounds.height() == 0)) {
        const double metresPerUnit =
            m_context.project.coordinates().groundMetresPerMapUnit(centre, canvas.mapUnitsPerPixel());
        const double half = halfViewMetres(hit.rank) / (metresPerUnit > 0 ? metresPerUnit : 1.0);
        canvas.setExtent({centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half});
    } else {
        canvas.zoomToRect(bounds);
    }
    canvas.setMarker(centre);
    m_context.info(QStringLiteral("%1 — %2").arg(hit.name, hit.detail), QStringLiteral("search"));
}

} // namespace mineatlas
