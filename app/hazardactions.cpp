#include "hazardactions.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QToolBar>
#include <QTreeView>

#include "addpolygontool.h"
#include "data/vectorloader.h"
#include "dialogs.h"
#include "fieldmappingdialog.h"
#include "hazard/editsession.h"
#include "hazard/exchange.h"
#include "hazardform.h"
#include "historyview.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mapcanvas.h"
#include "progresswidgets.h"
#include "project/layerlistmodel.h"
#include "project/project.h"
#include "project/snap.h"
#include "surveydialog.h"
#include "vertextool.h"
#include "windowcontext.h"

namespace mineatlas {

namespace {
const QString kImportJob = QStringLiteral("import");

QString listed(const QStringList& items, int max = 5)
{
    if (items.size() <= max)
        return items.join(QStringLiteral("; "));
    return QObject::tr("%1; and %2 more").arg(items.mid(0, max).join(QStringLiteral("; "))).arg(items.size() - max);
}
} // namespace

HazardActions::HazardActions(WindowContext& c, hazard::EditSession& session, QMenu* file, QMenu* edit, QMenu* layer,
                             QToolBar* toolbar)
    : QObject(&c.window), m_context(c), m_session(session), m_drawTool(new gui::AddPolygonTool(&c.canvas)),
      m_vertexTool(new gui::VertexTool(&c.canvas, &session)), m_form(new gui::HazardForm(&c.window)),
      m_history(new gui::HistoryView(session, &c.window))
{
    m_drawTool->setParent(this);
    m_vertexTool->setParent(this);
    m_drawTool->setConfirmDiscard([this] {
        return m_context.dialogs.confirm(&m_context.window, tr("Discard the sketch?"),
                                         tr("Throw away the %n vertices drawn so far?", nullptr,
                                            static_cast<int>(m_drawTool->vertices().size())));
    });
    m_drawTool->setSnapper([this](QPointF p, double tolerance) { return project::snapPoint(m_context.project, p, tolerance); });
    m_drawTool->setSnapping(QSettings().value(QStringLiteral("edit/snapping"), true).toBool());
    connect(m_drawTool, &gui::AddPolygonTool::sketchChanged, this, [this](const std::vector<QPointF>& v) {
        m_session.journalSketch(v, m_mode == DrawMode::Hole    ? hazard::SketchPurpose::Hole
                                   : m_mode == DrawMode::Split ? hazard::SketchPurpose::Split
                                                               : hazard::SketchPurpose::NewArea);
        std::vector<std::pair<QPointF, QString>> problems;
        for (const auto& issue : m_session.checkSketch(v))
            problems.emplace_back(issue.where, issue.message);
        m_drawTool->setProblems(std::move(problems));
        if (v.empty())
            m_context.messages.clear(QStringLiteral("sketch"));
    });
    connect(m_drawTool, &gui::AddPolygonTool::finished, this, &HazardActions::sketchFinished);
    connect(m_vertexTool, &gui::VertexTool::message, this, [this](const QString& m) { m_context.warn(m, QStringLiteral("vertices")); });
    connect(m_history, &gui::HistoryView::error, this, [this](const QString& e) { m_context.error(e, QStringLiteral("history")); });

    connect(&m_session, &hazard::EditSession::areasChanged, this, [this] {
        m_context.loader.reload(m_session.layer());
        // The form follows the file (after an undo, say), but never throws away typing that is not
        // applied yet: then only what the shape gives (its measured area) is refreshed. An area
        // that is gone leaves the form.
        if (auto shown = m_form->area()) {
            if (auto stored = m_session.areaByGuid(shown->guid))
                m_form->isModified() ? m_form->updateShape(*stored) : m_form->setArea(*stored);
            else
                m_form->clear();
        }
    });
    // A sketch in progress is in map coordinates: bring it into a new map CRS from lon/lat.
    connect(&c.project, &project::Project::crsChanged, this, [this] {
        if (m_drawTool->vertices().empty())
            return;
        if (auto map = m_context.project.coordinates().toMap(m_session.sketchLonLat())) {
            m_drawTool->setVertices(*map);
        } else {
            m_drawTool->clear(); // the journal keeps it for a CRS that can show it
            m_context.warn(tr("The sketch in progress lies outside what this map CRS can show; it is kept in the "
                              "journal"),
                           QStringLiteral("sketch"));
        }
    });
    connect(&m_session, &hazard::EditSession::error, this, [this](const QString& e) { m_context.error(e); });
    connect(&m_session, &hazard::EditSession::editingChanged, this, [this](bool editing) {
        if (editing)
            return;
        m_form->clear();
        m_drawTool->clear();
        if (m_context.canvas.mapTool() == m_drawTool || m_context.canvas.mapTool() == m_vertexTool)
            m_context.usePanTool();
    });
    connect(&m_session, &hazard::EditSession::importProgress, this,
            [this](int percent) { m_context.progress.setPercent(kImportJob, percent); });
    connect(&m_session, &hazard::EditSession::importFinished, this, &HazardActions::importFinished);
    connect(m_form, &gui::HazardForm::applied, this, [this](const hazard::HazardArea& a) {
        auto saved = m_session.updateAttributes(a);
        if (!saved)
            m_context.error(saved.error() + tr(" — the form keeps your values."), QStringLiteral("form"));
        else
            m_context.info(tr("Saved %1").arg(a.localId.isEmpty() ? a.guid.left(8) : a.localId), QStringLiteral("form"));
    });
    connect(m_form, &gui::HazardForm::deleteRequested, this, [this](const QString& guid) {
        if (!m_context.dialogs.confirm(&m_context.window, tr("Delete area?"),
                                       tr("Delete this hazard area? (Undo brings it back.)")))
            return;
        if (auto ok = m_session.deleteArea(guid); !ok)
            m_context.error(ok.error(), QStringLiteral("form"));
        else
            m_form->clear();
    });

    file->addAction(tr("New &hazard layer…"), this, &HazardActions::newHazardLayer)
        ->setObjectName(QStringLiteral("actionNewHazardLayer"));

    m_undo = edit->addAction(tr("&Undo"), this, [this] {
        if (auto ok = m_session.undo(); !ok)
            m_context.error(ok.error(), QStringLiteral("history"));
    });
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"), this, [this] {
        if (auto ok = m_session.redo(); !ok)
            m_context.error(ok.error(), QStringLiteral("history"));
    });
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    // The platform's redo keys, and Ctrl+Shift+Z everywhere (once: a duplicate makes it ambiguous).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    m_redo->setShortcuts(redoKeys);
    auto updateUndo = [this] {
        m_undo->setEnabled(m_session.canUndo());
        m_redo->setEnabled(m_session.canRedo());
        m_undo->setText(m_session.canUndo() ? tr("&Undo %1").arg(m_session.historyEntry(m_session.historyIndex() - 1).text)
                                            : tr("&Undo"));
        m_redo->setText(m_session.canRedo() ? tr("&Redo %1").arg(m_session.historyEntry(m_session.historyIndex()).text)
                                            : tr("&Redo"));
    };
    connect(&m_session, &hazard::EditSession::historyChanged, this, updateUndo);
    updateUndo();
    edit->addSeparator();

    layer->addSeparator();
    m_draw = layer->addAction(tr("&Draw hazard areas"), this, [this] { startDrawing(DrawMode::NewArea); });
    m_draw->setObjectName(QStringLiteral("actionDraw"));
    m_draw->setCheckable(true);
    m_draw->setToolTip(tr("Click vertices, Backspace removes the last, Enter or double-click finishes, Esc stops"));
    c.tools.addAction(m_draw);
    m_vertices = layer->addAction(tr("Edit &vertices"), this, [this] {
        if (!ensureEditing()) {
            m_context.usePanTool();
            return;
        }
        m_context.canvas.setMapTool(m_vertexTool);
    });
    m_vertices->setObjectName(QStringLiteral("actionEditVertices"));
    m_vertices->setCheckable(true);
    m_vertices->setToolTip(
        tr("Click an area, drag its vertices, click an edge to add one, Delete removes the selected one"));
    c.tools.addAction(m_vertices);
    layer->addAction(tr("Draw a &hole in an area"), this, [this] { startDrawing(DrawMode::Hole); })
        ->setObjectName(QStringLiteral("actionDrawHole"));
    layer->addAction(tr("S&plit off part of an area"), this, [this] { startDrawing(DrawMode::Split); })
        ->setObjectName(QStringLiteral("actionSplit"));
    layer->addAction(tr("Enter &survey points…"), this, &HazardActions::enterSurveyPoints)
        ->setObjectName(QStringLiteral("actionSurvey"));
    layer->addAction(tr("&Import hazard areas…"), this, &HazardActions::importAreas)
        ->setObjectName(QStringLiteral("actionImportHazards"));
    layer->addAction(tr("E&xport hazard areas…"), this, &HazardActions::exportAreas)
        ->setObjectName(QStringLiteral("actionExportHazards"));
    QAction* snapping = layer->addAction(tr("&Snap to vertices and edges"), this, [this](bool on) {
        m_drawTool->setSnapping(on);
        QSettings().setValue(QStringLiteral("edit/snapping"), on);
    });
    snapping->setObjectName(QStringLiteral("actionSnapping"));
    snapping->setCheckable(true);
    snapping->setChecked(m_drawTool->isSnapping());
    snapping->setToolTip(tr("While drawing, clicks within 10 px of a vertex or edge of a visible layer land on it"));
    toolbar->addAction(m_draw);
    toolbar->addAction(m_vertices);

    // A new hazard layer: start drawing on it as soon as it has loaded.
    connect(&c.loader, &gui::LayerLoader::layerAdded, this, [this](project::MapLayer* l) {
        if (m_startEditingPath.isEmpty() || l->sourcePath() != m_startEditingPath)
            return;
        m_startEditingPath.clear();
        m_context.layers.view()->setCurrentIndex(m_context.layers.model()->index(m_context.project.indexOf(l)));
        m_draw->setChecked(true);
        startDrawing(DrawMode::NewArea);
    });
}

project::MapLayer* HazardActions::targetLayer() const
{
    auto isHazard = [](const project::MapLayer* l) {
        return l && l->store() && hazard::HazardStore::hasHazardFields(l->store()->fieldNames());
    };
    project::MapLayer* current = m_context.layers.currentLayer();
    if (isHazard(current))
        return current;
    if (m_session.isEditing() && !current)
        return m_session.layer();
    // Nothing (or a border layer) selected: the only hazard layer on the map is meant.
    project::MapLayer* only = nullptr;
    for (int i = 0; i < m_context.project.layerCount(); ++i)
        if (isHazard(m_context.project.layerAt(i))) {
            if (only)
                return current; // several: the user has to pick one
            only = m_context.project.layerAt(i);
        }
    return only ? only : current;
}

bool HazardActions::ensureEditing()
{
    project::MapLayer* layer = targetLayer();
    if (m_session.isEditing() && layer == m_session.layer())
        return true;
    if (!layer) {
        m_context.error(tr("Select a hazard layer in the Layers panel (File ▸ New hazard layer… makes one)."),
                        QStringLiteral("editing"));
        return false;
    }
    auto started = m_session.start(layer);
    if (!started) {
        m_context.error(started.error() + tr("\nSelect a hazard layer (File ▸ New hazard layer… makes one)."),
                        QStringLiteral("editing"));
        return false;
    }
    m_context.messages.clear(QStringLiteral("editing"));
    m_context.layers.view()->setCurrentIndex(m_context.layers.model()->index(m_context.project.indexOf(layer)));
    m_drawTool->clear();
    // A scripted run has nobody to answer: the journal stays for the next person at the window.
    if (!m_context.dialogs.canAsk())
        return true;
    if (auto sketch = m_session.recoverSketch()) {
        const auto& [vertices, purpose] = *sketch;
        const QString what = purpose == hazard::SketchPurpose::Hole    ? tr("a hole")
                             : purpose == hazard::SketchPurpose::Split ? tr("a part to split off")
                                                                       : tr("an area");
        if (m_context.dialogs.confirm(&m_context.window, tr("Unsaved sketch"),
                                      tr("A sketch of %1 with %n vertices was being drawn on %2 when MineAtlas last "
                                         "stopped. Restore it?",
                                         nullptr, static_cast<int>(vertices.size()))
                                          .arg(what, layer->name()))) {
            m_mode = purpose == hazard::SketchPurpose::Hole    ? DrawMode::Hole
                     : purpose == hazard::SketchPurpose::Split ? DrawMode::Split
                                                               : DrawMode::NewArea;
            m_drawTool->setVertices(vertices);
            m_recovered = true;
        } else {
            m_session.discardSketch();
        }
    }
    return true;
}

void HazardActions::startDrawing(DrawMode mode)
{
    if (!ensureEditing()) {
        m_context.usePanTool();
        return;
    }
    // A recovered sketch keeps what it was being drawn for.
    if (!m_recovered)
        m_mode = mode;
    m_recovered = false;
    mode = m_mode;
    m_draw->setChecked(true);
    m_context.canvas.setMapTool(m_drawTool);
    m_context.canvas.setFocus();
    if (mode == DrawMode::Hole)
        m_context.info(tr("Draw the hole inside an area, then Enter"), QStringLiteral("draw-mode"));
    else if (mode == DrawMode::Split)
        m_context.info(tr("Draw around the part to split off, then Enter"), QStringLiteral("draw-mode"));
    else
        m_context.messages.clear(QStringLiteral("draw-mode"));
}

void HazardActions::sketchFinished(const std::vector<QPointF>& mapVertices)
{
    if (m_mode != DrawMode::NewArea) {
        const DrawMode mode = m_mode;
        auto done = mode == DrawMode::Hole ? m_session.addHole(mapVertices) : m_session.splitOff(mapVertices);
        if (!done) {
            m_context.error(done.error() + tr(" — the sketch is kept."), QStringLiteral("sketch"));
            return;
        }
        m_drawTool->clear();
        m_session.discardSketch();
        m_mode = DrawMode::NewArea;
        m_context.messages.clear(QStringLiteral("sketch"));
        m_context.info(mode == DrawMode::Hole ? tr("Hole cut out") : tr("Part split off"), QStringLiteral("draw-mode"));
        showArea(done.value());
        return;
    }
    std::vector<hazard::ValidationIssue> warnings;
    auto saved = m_session.addArea(mapVertices, &warnings);
    if (!saved) {
        m_context.error(saved.error() + tr(" — the sketch is kept; fix it or undo vertices."), QStringLiteral("sketch"));
        return;
    }
    m_drawTool->clear();
    m_context.messages.clear(QStringLiteral("sketch"));
    showArea(saved.value()); // straight to the form: the area is saved; its attributes come next
    warnAbout(warnings);
    m_context.info(tr("Saved hazard area to %1 — fill in its attributes in the form").arg(m_session.layer()->name()),
                   QStringLiteral("saved"));
}

void HazardActions::warnAbout(const std::vector<hazard::ValidationIssue>& warnings)
{
    // One message for the area just saved: the next save's replaces it, a clean one clears it.
    QStringList lines;
    for (const auto& w : warnings)
        lines << w.message;
    if (lines.isEmpty())
        m_context.messages.clear(QStringLiteral("area-warnings"));
    else
        m_context.warn(lines.join(QLatin1Char('\n')), QStringLiteral("area-warnings"));
}

void HazardActions::showArea(const hazard::HazardArea& area)
{
    m_form->setArea(area);
    if (m_formDock) {
        m_formDock->show();
        m_formDock->raise();
    }
}

bool HazardActions::showAreaOf(const std::vector<project::IdentifyResult>& results)
{
    if (!m_session.isEditing())
        return false;
    for (const auto& r : results)
        if (r.layerId == m_session.layer()->id())
            for (const auto& [field, value] : r.attributes)
                if (field == QLatin1String("guid"))
                    if (auto a = m_session.areaByGuid(value.toString())) {
                        showArea(*a);
                        return true;
                    }
    return false;
}

void HazardActions::newHazardLayer()
{
    QString filter;
    QString path = m_context.dialogs.saveFile(&m_context.window, tr("New hazard layer"), QString(),
                                              tr("GeoPackage (*.gpkg)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".gpkg");
    auto store = hazard::HazardStore::create(path);
    if (!store) {
        m_context.error(store.error(), QStringLiteral("new-layer"));
        return;
    }
    store.value().reset(); // the session opens its own connection
    m_startEditingPath = QFileInfo(path).absoluteFilePath();
    m_context.loader.open(m_startEditingPath, QString::fromLatin1(hazard::HazardStore::kDefaultLayer));
}

void HazardActions::enterSurveyPoints()
{
    // The preview replaces the sketch: a sketch in progress is never thrown away without asking.
    if (!m_drawTool->vertices().empty() &&
        !m_context.dialogs.confirm(&m_context.window, tr("Discard the sketch?"),
                                   tr("Entering survey points replaces the %n vertices drawn so far. Discard them?",
                                      nullptr, static_cast<int>(m_drawTool->vertices().size()))))
        return;
    startDrawing(DrawMode::NewArea); // the preview is a sketch, journaled like any other
    if (!m_session.isEditing())
        return;
    m_mode = DrawMode::NewArea;
    gui::SurveyDialog dialog(&m_context.window);
    dialog.setMagneticModel(m_context.magnetic);
    connect(&dialog, &gui::SurveyDialog::previewChanged, this, [this](const std::vector<QPointF>& lonLat) {
        if (auto map = m_context.project.coordinates().toMap(lonLat))
            m_drawTool->setVertices(*map);
    });
    if (m_context.dialogs.exec(dialog) != QDialog::Accepted) {
        m_drawTool->clear();
        m_session.discardSketch();
        return;
    }
    std::vector<QPointF> lonLat;
    for (const auto& p : dialog.points())
        lonLat.emplace_back(p.lon, p.lat);
    std::vector<hazard::ValidationIssue> warnings;
    auto saved = m_session.addAreaLonLat(lonLat, &warnings, dialog.enteredText());
    if (!saved) {
        m_context.error(saved.error() + tr(" — the points stay on the map as a sketch."), QStringLiteral("sketch"));
        return;
    }
    m_drawTool->clear();
    // Show where it landed: the points may be far from the current view.
    MapRect box;
    for (const QPointF& p : lonLat)
        if (auto map = m_context.project.coordinates().toMap(p))
            box.include(map->x(), map->y());
    const MapRect view = m_context.canvas.extent();
    if (!box.isEmpty() && !(view.contains(box.xMin, box.yMin) && view.contains(box.xMax, box.yMax)))
        m_context.canvas.zoomToRect(box.buffered(std::max(box.width(), box.height()) * 2));
    showArea(saved.value());
    warnAbout(warnings);
    m_context.info(tr("Saved the surveyed area (%n points) — fill in its attributes in the form", nullptr,
                      static_cast<int>(lonLat.size())),
                   QStringLiteral("saved"));
}

void HazardActions::importAreas()
{
    if (!ensureEditing())
        return;
    const QString path = m_context.dialogs.openFile(&m_context.window, tr("Import hazard areas"),
                                                    QFileInfo(m_session.store()->path()).absolutePath(),
                                                    data::supportedFileFilter());
    if (path.isEmpty())
        return;
    auto fields = hazard::sourceFields(path);
    if (!fields) {
        m_context.error(fields.error(), QStringLiteral("import"));
        return;
    }
    gui::FieldMappingDialog dialog(QFileInfo(path).fileName(), fields.value(), &m_context.window);
    if (m_context.dialogs.exec(dialog) != QDialog::Accepted)
        return;
    if (auto started = m_session.startImport(path, dialog.mapping()); !started) {
        m_context.error(started.error(), QStringLiteral("import"));
        return;
    }
    m_context.progress.begin(kImportJob, tr("Importing %1").arg(QFileInfo(path).fileName()),
                             [this] { m_session.cancelImport(); });
}

void HazardActions::importFinished(const hazard::ImportReport& report, const QString& error)
{
    m_context.progress.end(kImportJob);
    if (!error.isEmpty()) {
        m_context.error(error + tr(" — nothing was imported."), QStringLiteral("import"));
        return;
    }
    if (report.canceled) {
        m_context.info(tr("Import canceled; nothing was imported."), QStringLiteral("import"));
        return;
    }
    QString text = tr("Imported %n area(s) as one step (Undo takes them all back)", nullptr, report.imported);
    if (report.incomplete > 0)
        text += tr("; %n with required fields empty (hatched on the map)", nullptr, report.incomplete);
    if (!report.skipped.isEmpty()) {
        m_context.warn(text + tr(". Skipped %n: %1", nullptr, static_cast<int>(report.skipped.size()))
                                  .arg(listed(report.skipped)),
                       QStringLiteral("import"));
        return;
    }
    m_context.info(text, QStringLiteral("import"));
}

void HazardActions::exportAreas()
{
    project::MapLayer* l = m_session.isEditing() ? m_session.layer() : targetLayer();
    if (!l || !l->store() || !hazard::HazardStore::hasHazardFields(l->store()->fieldNames())) {
        m_context.error(tr("Select a hazard layer to export"), QStringLiteral("export"));
        return;
    }
    QString filter;
    const QString folder = QFileInfo(l->sourcePath()).absolutePath();
    // A selection (attribute table or map) exports only the selected areas, and says so.
    const std::vector<std::int64_t> selected = l->selectedFids();
    const QString title = selected.empty() ? tr("Export hazard areas")
                                           : tr("Export the %n selected hazard area(s)", nullptr, int(selected.size()));
    QString out = m_context.dialogs.saveFile(&m_context.window, title,
                                             folder + QLatin1Char('/') + QFileInfo(l->sourcePath()).completeBaseName(),
                                             hazard::exportFileFilter(), &filter);
    if (out.isEmpty())
        return;
    // The chosen file type decides the format, whatever the typed name ends with.
    const QString ext = hazard::extensionForFilter(filter);
    if (!ext.isEmpty() && QFileInfo(out).suffix().compare(ext, Qt::CaseInsensitive) != 0)
        out += QLatin1Char('.') + ext;
    QStringList incomplete;
    auto n = hazard::exportAreas(l->sourcePath(),
                                 l->sourceLayer().isEmpty() ? QString::fromLatin1(hazard::HazardStore::kDefaultLayer)
                                                            : l->sourceLayer(),
                                 out, &incomplete, selected);
    if (!n) {
        m_context.error(n.error(), QStringLiteral("export"));
        return;
    }
    if (!incomplete.isEmpty())
        m_context.warn(tr("Exported %n area(s) to %1, but %2 of them have required fields empty: %3", nullptr, n.value())
                           .arg(out)
                           .arg(incomplete.size())
                           .arg(listed(incomplete)),
                       QStringLiteral("export"));
    else if (!selected.empty())
        m_context.info(tr("Exported the %n selected area(s) to %1", nullptr, n.value()).arg(out), QStringLiteral("export"));
    else
        m_context.info(tr("Exported %n area(s) to %1", nullptr, n.value()).arg(out), QStringLiteral("export"));
}

} // namespace mineatlas
