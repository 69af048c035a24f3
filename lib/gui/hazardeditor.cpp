#include "hazardeditor.h"

#include <cmath>

#include <QFileInfo>
#include <QUndoCommand>

#include "geo/geodesy.h"

#include <ogr_geometry.h>
#include "project/maplayer.h"
#include "project/project.h"

namespace mineatlas::gui {

/// Adding an area: already saved when pushed; undo deletes it from the file, redo saves it again.
class AddAreaCommand : public QUndoCommand {
public:
    AddAreaCommand(HazardEditor& editor, hazard::HazardArea area) : m_editor(editor), m_area(std::move(area))
    {
        setText(
            QObject::tr("add area %1").arg(m_area.localId.isEmpty() ? m_area.guid.left(8) : m_area.localId));
    }
    void undo() override
    {
        if (auto r = m_editor.removeArea(m_area.fid); !r)
            Q_EMIT m_editor.error(r.error());
    }
    void redo() override
    {
        if (m_first) { // pushed after a successful save
            m_first = false;
            return;
        }
        m_area.fid = -1;
        if (auto r = m_editor.insertArea(m_area); !r)
            Q_EMIT m_editor.error(r.error());
    }

private:
    HazardEditor& m_editor;
    hazard::HazardArea m_area;
    bool m_first = true;
};

/// Changing an area's attributes: already saved when pushed; undo writes the old values back.
class UpdateAreaCommand : public QUndoCommand {
public:
    UpdateAreaCommand(HazardEditor& editor, hazard::HazardArea before, hazard::HazardArea after)
        : m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(QObject::tr("edit area %1").arg(m_after.localId));
    }
    void undo() override { write(m_before); }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        write(m_after);
    }

private:
    void write(const hazard::HazardArea& a)
    {
        if (auto r = m_editor.m_store->update(a); !r)
            Q_EMIT m_editor.error(r.error());
        else
            Q_EMIT m_editor.areasChanged(m_editor.m_layer);
    }
    HazardEditor& m_editor;
    hazard::HazardArea m_before, m_after;
    bool m_first = true;
};

/// Deleting an area: already deleted when pushed; undo saves it again (same GUID, new fid).
class DeleteAreaCommand : public QUndoCommand {
public:
    DeleteAreaCommand(HazardEditor& editor, hazard::HazardArea area)
        : m_editor(editor), m_area(std::move(area))
    {
        setText(QObject::tr("delete area %1").arg(m_area.localId));
    }
    void undo() override
    {
        m_area.fid = -1;
        if (auto r = m_editor.insertArea(m_area); !r)
            Q_EMIT m_editor.error(r.error());
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (auto r = m_editor.removeArea(m_area.fid); !r)
            Q_EMIT m_editor.error(r.error());
    }

private:
    HazardEditor& m_editor;
    hazard::HazardArea m_area;
    bool m_first = true;
};

namespace {
/// The stored areas near `a` (bounding boxes meet): the only ones it can overlap.
std::vector<hazard::HazardArea> neighbours(const hazard::HazardStore& store, const hazard::HazardArea& a)
{
    double lonMin = 180, latMin = 90, lonMax = -180, latMax = -90;
    for (const auto& polygon : a.polygons)
        for (const auto& ring : polygon)
            for (std::size_t i = 0; i + 1 < ring.size(); i += 2) {
                lonMin = std::min(lonMin, ring[i]);
                lonMax = std::max(lonMax, ring[i]);
                latMin = std::min(latMin, ring[i + 1]);
                latMax = std::max(latMax, ring[i + 1]);
            }
    auto near = store.readInBox(lonMin, latMin, lonMax, latMax);
    return near ? near.value() : std::vector<hazard::HazardArea>{};
}
} // namespace

HazardEditor::HazardEditor(project::Project& project, QObject* parent) : QObject(parent), m_project(project)
{
}

HazardEditor::~HazardEditor() = default;

Result<bool> HazardEditor::startEditing(project::MapLayer* layer, bool readOnly)
{
    stopEditing();
    if (!layer)
        return Error{tr("No layer to edit")};
    auto store = hazard::HazardStore::open(layer->sourcePath(),
                                           layer->sourceLayer().isEmpty()
                                               ? QString::fromLatin1(hazard::HazardStore::kDefaultLayer)
                                               : layer->sourceLayer(),
                                           readOnly);
    if (!store)
        return Error{store.error()};
    auto toLonLat =
        geo::CoordinateTransform::create(m_project.crs().definition(), QStringLiteral("EPSG:4326"));
    auto toMap = geo::CoordinateTransform::create(QStringLiteral("EPSG:4326"), m_project.crs().definition());
    if (!toLonLat || !toMap)
        return Error{toLonLat ? toMap.error() : toLonLat.error()};
    m_store = std::move(store.value());
    m_toLonLat.emplace(std::move(toLonLat.value()));
    m_toMap.emplace(std::move(toMap.value()));
    m_journal.emplace(layer->sourcePath());
    m_layer = layer;
    return true;
}

void HazardEditor::stopEditing()
{
    m_undo.clear();
    m_store.reset();
    m_journal.reset();
    m_layer = nullptr;
}

Result<qint64> HazardEditor::insertArea(hazard::HazardArea& area)
{
    auto fid = m_store->insert(area);
    if (fid)
        Q_EMIT areasChanged(m_layer);
    return fid;
}

Result<bool> HazardEditor::removeArea(qint64 fid)
{
    auto ok = m_store->remove(fid);
    if (ok)
        Q_EMIT areasChanged(m_layer);
    return ok;
}

Result<qint64> HazardEditor::addArea(const std::vector<QPointF>& mapVertices,
                                     std::vector<hazard::ValidationIssue>* warnings,
                                     const QString& enteredCoordinates)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    std::vector<double> ring;
    for (const QPointF& p : mapVertices) {
        double x = p.x(), y = p.y();
        if (!m_toLonLat->transform(x, y))
            return Error{tr("A vertex lies outside what the map CRS can convert to WGS 84")};
        ring.push_back(x);
        ring.push_back(y);
    }
    if (ring.size() >= 2) {
        ring.push_back(ring[0]);
        ring.push_back(ring[1]);
    }
    hazard::HazardArea area;
    area.classification = hazard::Classification::SHA;
    area.status = hazard::Status::Open;
    area.statusDate = QDate::currentDate();
    area.dateOfInformation = QDate::currentDate();
    area.polygons = {{ring}};
    area.enteredCoordinates = enteredCoordinates;
    auto issues = hazard::validateArea(area, neighbours(*m_store, area));
    if (hazard::hasErrors(issues)) {
        QStringList why;
        for (const auto& i : issues)
            if (i.severity == hazard::ValidationIssue::Severity::Error)
                why << i.message;
        return Error{tr("Not saved: %1").arg(why.join(QStringLiteral("; ")))};
    }
    if (warnings)
        *warnings = issues;
    area.estimatedAreaM2 = geo::polygonArea({ring}).areaM2;
    area.remainingAreaM2 = area.estimatedAreaM2;
    auto fid = insertArea(area);
    if (!fid)
        return fid; // the sketch and its journal stay
    m_undo.push(new AddAreaCommand(*this, area));
    m_journal->clear();
    return fid;
}

std::optional<hazard::HazardArea> HazardEditor::areaByGuid(const QString& guid) const
{
    if (!m_store || guid.isEmpty())
        return std::nullopt;
    auto found = m_store->readByGuid(guid);
    if (!found || found->empty())
        return std::nullopt;
    return std::move(found->front());
}

Result<bool> HazardEditor::updateGeometry(const hazard::HazardArea& changed)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    auto before = areaByGuid(changed.guid);
    if (!before)
        return Error{tr("%1: the area is no longer in the file").arg(QFileInfo(m_store->path()).fileName())};
    const auto issues = hazard::validateArea(changed, neighbours(*m_store, changed));
    if (hazard::hasErrors(issues)) {
        QStringList why;
        for (const auto& i : issues)
            if (i.severity == hazard::ValidationIssue::Severity::Error)
                why << i.message;
        return Error{tr("Not changed: %1").arg(why.join(QStringLiteral("; ")))};
    }
    hazard::HazardArea area = changed;
    area.fid = before->fid;
    double measured = 0;
    for (const auto& polygon : area.polygons)
        measured += geo::polygonArea(polygon).areaM2;
    if (std::abs(area.remainingAreaM2 - before->estimatedAreaM2) < 0.5)
        area.remainingAreaM2 = measured;
    area.estimatedAreaM2 = measured;
    auto ok = m_store->update(area);
    if (!ok)
        return ok;
    m_undo.push(new UpdateAreaCommand(*this, *before, area));
    Q_EMIT areasChanged(m_layer);
    return true;
}

namespace {
/// The lon/lat ring of drawn map vertices, closed.
std::vector<double> closedRing(const std::vector<QPointF>& mapVertices,
                               const geo::CoordinateTransform& toLonLat)
{
    std::vector<double> ring;
    for (const QPointF& p : mapVertices) {
        double x = p.x(), y = p.y();
        if (toLonLat.transform(x, y)) {
            ring.push_back(x);
            ring.push_back(y);
        }
    }
    if (ring.size() >= 2) {
        ring.push_back(ring[0]);
        ring.push_back(ring[1]);
    }
    return ring;
}

/// The areas whose geometry contains or meets the polygon.
std::vector<hazard::HazardArea> areasUnder(const std::vector<hazard::HazardArea>& areas,
                                           const OGRGeometry& shape)
{
    std::vector<hazard::HazardArea> out;
    for (const auto& a : areas)
        if (hazard::HazardStore::toGeometry(a)->Intersects(&shape))
            out.push_back(a);
    return out;
}

} // namespace

Result<bool> HazardEditor::addHole(const std::vector<QPointF>& mapVertices)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    hazard::HazardArea cut;
    cut.polygons = {{closedRing(mapVertices, *m_toLonLat)}};
    if (auto issues = hazard::validateArea(cut); hazard::hasErrors(issues))
        return Error{tr("The hole is not a valid ring: %1").arg(issues.front().message)};
    const auto hole = hazard::HazardStore::toGeometry(cut);
    for (const auto& a : areasUnder(neighbours(*m_store, cut), *hole)) {
        if (!hazard::HazardStore::toGeometry(a)->Contains(hole.get()))
            continue;
        hazard::HazardArea changed = a;
        OGRGeometryUniquePtr rest(hazard::HazardStore::toGeometry(a)->Difference(hole.get()));
        changed.polygons = hazard::HazardStore::polygonsOf(rest.get());
        return updateGeometry(changed);
    }
    return Error{tr("Draw the hole entirely inside one hazard area")};
}

Result<qint64> HazardEditor::splitOff(const std::vector<QPointF>& mapVertices)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    hazard::HazardArea knife;
    knife.polygons = {{closedRing(mapVertices, *m_toLonLat)}};
    if (auto issues = hazard::validateArea(knife); hazard::hasErrors(issues))
        return Error{tr("The split shape is not a valid ring: %1").arg(issues.front().message)};
    const auto shape = hazard::HazardStore::toGeometry(knife);
    const auto under = areasUnder(neighbours(*m_store, knife), *shape);
    if (under.size() != 1)
        return Error{
            tr("Draw the part to split off over exactly one hazard area (it touches %1)").arg(under.size())};
    const hazard::HazardArea& a = under.front();
    const auto geometry = hazard::HazardStore::toGeometry(a);
    OGRGeometryUniquePtr inside(geometry->Intersection(shape.get()));
    OGRGeometryUniquePtr outside(geometry->Difference(shape.get()));
    auto insideParts = hazard::HazardStore::polygonsOf(inside.get());
    auto outsideParts = hazard::HazardStore::polygonsOf(outside.get());
    if (insideParts.empty() || outsideParts.empty())
        return Error{tr("The shape must cut the area in two: part inside, part outside")};
    hazard::HazardArea rest = a;
    rest.polygons = std::move(outsideParts);
    if (auto ok = updateGeometry(rest); !ok)
        return Error{ok.error()};
    hazard::HazardArea part = a;
    part.fid = -1;
    part.guid.clear();
    part.localId = a.localId.isEmpty() ? QString() : a.localId + QStringLiteral("-part");
    part.polygons = std::move(insideParts);
    part.estimatedAreaM2 = 0;
    for (const auto& polygon : part.polygons)
        part.estimatedAreaM2 += geo::polygonArea(polygon).areaM2;
    part.remainingAreaM2 = part.estimatedAreaM2;
    auto fid = insertArea(part);
    if (!fid)
        return fid;
    m_undo.push(new AddAreaCommand(*this, part));
    return fid;
}

Result<bool> HazardEditor::deleteArea(const QString& guid)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    auto area = areaByGuid(guid);
    if (!area)
        return Error{tr("%1: the area is no longer in the file").arg(QFileInfo(m_store->path()).fileName())};
    auto ok = removeArea(area->fid);
    if (!ok)
        return ok;
    m_undo.push(new DeleteAreaCommand(*this, *area));
    return true;
}

Result<bool> HazardEditor::updateArea(const hazard::HazardArea& area)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    auto before = areaByGuid(area.guid);
    if (!before)
        return Error{tr("%1: the area is no longer in the file").arg(QFileInfo(m_store->path()).fileName())};
    auto ok = m_store->update(area);
    if (!ok)
        return ok; // nothing changed in the file; the form keeps the user's values
    m_undo.push(new UpdateAreaCommand(*this, *before, area));
    Q_EMIT areasChanged(m_layer);
    return true;
}

std::vector<hazard::ValidationIssue> HazardEditor::checkSketch(const std::vector<QPointF>& mapVertices) const
{
    if (!isEditing() || mapVertices.size() < 3)
        return {};
    hazard::HazardArea sketch;
    std::vector<double> ring;
    for (const QPointF& p : mapVertices) {
        double x = p.x(), y = p.y();
        if (m_toLonLat->transform(x, y)) {
            ring.push_back(x);
            ring.push_back(y);
        }
    }
    ring.push_back(ring[0]);
    ring.push_back(ring[1]);
    sketch.polygons = {{ring}};
    // Only neighbours can overlap: the file's spatial index keeps a click instant on big layers.
    auto issues = hazard::validateArea(sketch, neighbours(*m_store, sketch));
    for (auto& issue : issues) {
        double x = issue.where.x(), y = issue.where.y();
        if (m_toMap->transform(x, y))
            issue.where = QPointF(x, y);
    }
    return issues;
}

void HazardEditor::journalSketch(const std::vector<QPointF>& mapVertices)
{
    if (!m_journal)
        return;
    if (mapVertices.empty()) {
        m_journal->clear();
        return;
    }
    std::vector<QPointF> lonLat;
    for (const QPointF& p : mapVertices) {
        double x = p.x(), y = p.y();
        if (m_toLonLat->transform(x, y))
            lonLat.emplace_back(x, y);
    }
    if (!m_journal->save(lonLat))
        Q_EMIT error(tr("%1: cannot write the sketch journal; the sketch is only in memory")
                         .arg(QFileInfo(m_journal->path()).fileName()));
}

std::optional<std::vector<QPointF>> HazardEditor::recoverSketch() const
{
    if (!m_journal)
        return std::nullopt;
    auto lonLat = m_journal->load();
    if (!lonLat)
        return std::nullopt;
    std::vector<QPointF> out;
    for (const QPointF& p : *lonLat) {
        double x = p.x(), y = p.y();
        if (m_toMap->transform(x, y))
            out.emplace_back(x, y);
    }
    return out;
}

void HazardEditor::discardSketch()
{
    if (m_journal)
        m_journal->clear();
}

} // namespace mineatlas::gui
