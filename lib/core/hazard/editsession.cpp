#include "hazard/editsession.h"

#include <cmath>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QUuid>

#include "geo/geodesy.h"
#include "hazard/areahistory.h"
#include "project/maplayer.h"
#include "project/project.h"

namespace mineatlas::hazard {

namespace {

QString areaName(const HazardArea& a)
{
    return a.localId.isEmpty() ? a.guid.left(8) : a.localId;
}

QString errorsOf(const std::vector<ValidationIssue>& issues)
{
    QStringList why;
    for (const auto& i : issues)
        if (i.severity == ValidationIssue::Severity::Error)
            why << i.message;
    return why.join(QStringLiteral("; "));
}

MapRect lonLatBounds(const HazardArea& a)
{
    MapRect r;
    for (const auto& polygon : a.polygons)
        for (const auto& ring : polygon)
            for (std::size_t i = 0; i + 1 < ring.size(); i += 2)
                r.include(ring[i], ring[i + 1]);
    return r;
}

QString workspaceOrFile(const QString& path)
{
    return isTeamWorkspace(path) ? workspaceLabel(path) : QFileInfo(path).fileName();
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

EditSession::EditSession(project::Project& project, QObject* parent) : QObject(parent), m_project(project)
{
    connect(&m_import, &JobBase::finished, this, &EditSession::importDone);
    // The edited layer went away (removed from the map): nothing to edit any more.
    connect(&m_project, &project::Project::layersChanged, this, [this] {
        if (m_layer && m_project.indexOf(m_layer) < 0)
            stop();
    });
}

EditSession::~EditSession()
{
    if (m_importFeedback)
        m_importFeedback->cancel();
    m_import.waitForFinished();
}

Result<bool> EditSession::start(project::MapLayer* layer, bool readOnly, const QString& password)
{
    if (m_importRunning)
        return Error{tr("An import is still running")};
    if (!layer)
        return Error{tr("No layer to edit")};
    auto store = HazardStore::open(layer->sourcePath(),
                                   layer->sourceLayer().isEmpty() ? QString::fromLatin1(HazardStore::kDefaultLayer)
                                                                  : layer->sourceLayer(),
                                   readOnly,
                                   password.isEmpty() && m_passwords ? m_passwords(layer->sourcePath()) : password);
    if (!store)
        return Error{store.error()};
    stop();
    m_history.clear(); // whatever an earlier layer left
    m_index = 0;
    m_store = std::move(store.value());
    if (isTeamWorkspace(layer->sourcePath())) {
        // A workspace has no file beside which to journal: one per workspace and layer in the
        // user's data folder.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        QDir().mkpath(dir);
        const QByteArray key = QCryptographicHash::hash((layer->sourcePath() + layer->sourceLayer()).toUtf8(),
                                                        QCryptographicHash::Sha1).toHex().left(16);
        m_journal.emplace(dir + QStringLiteral("/workspace-") + QString::fromLatin1(key));
    } else {
        m_journal.emplace(layer->sourcePath());
    }
    m_layer = layer;
    m_sketchGuid = newGuid();
    Q_EMIT editingChanged(true);
    return true;
}

void EditSession::stop()
{
    if (!m_store)
        return;
    cancelImport();
    m_import.waitForFinished();
    m_history.clear();
    m_index = 0;
    m_store.reset();
    m_journal.reset();
    m_layer = nullptr;
    Q_EMIT historyChanged();
    Q_EMIT editingChanged(false);
}

// ---- history ----

Result<bool> EditSession::write(Edit& edit, bool forward)
{
    const auto& from = forward ? edit.before : edit.after;
    auto& to = forward ? edit.after : edit.before;
    ChangeSet changes;
    for (const HazardArea& a : to) {
        const auto old = std::find_if(from.begin(), from.end(), [&](const HazardArea& b) { return b.guid == a.guid; });
        if (old != from.end()) {
            // Expected in the store: the row as `from` left it, at its version.
            changes.updates.push_back(a);
            changes.updates.back().rowVersion = old->rowVersion;
        } else {
            // Back from a deletion: its numbering goes on from the version `from` saw last.
            changes.inserts.push_back(a);
        }
    }
    for (const HazardArea& b : from)
        if (std::none_of(to.begin(), to.end(), [&](const HazardArea& a) { return a.guid == b.guid; })) {
            changes.removals << b.guid;
            changes.removalVersions << b.rowVersion;
        }
    auto ok = m_store->apply(changes);
    m_conflicts = m_store->lastConflicts();
    if (!ok) {
        if (!m_conflicts.empty())
            Q_EMIT conflictsFound();
        return ok;
    }
    // Whichever step is undone or redone next starts from the rows as just written: every copy of
    // them in the history carries their new version (the next write is checked against it).
    auto note = [&](std::vector<HazardArea>& areas) {
        for (HazardArea& a : areas)
            for (const auto* written : {&changes.updates, &changes.inserts})
                for (const HazardArea& w : *written)
                    if (w.guid == a.guid)
                        a.rowVersion = w.rowVersion;
    };
    note(to);
    for (Edit& e : m_history) {
        note(e.before);
        note(e.after);
    }
    Q_EMIT areasChanged();
    return ok;
}

Result<bool> EditSession::staleRead(const HazardArea& mine, const HazardArea& stored)
{
    m_conflicts = {Conflict{mine.guid, mine, stored}};
    Q_EMIT conflictsFound();
    return Error{tr("%1: not saved, %2 was changed by %3 since you read it (now version %4). Nothing was "
                    "overwritten; choose keep mine, take theirs or merge.")
                     .arg(workspaceOrFile(m_store->path()), areaName(mine),
                          stored.lastEditor.isEmpty() ? tr("someone else") : stored.lastEditor)
                     .arg(stored.rowVersion)};
}

Result<bool> EditSession::commit(Edit edit)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    if (m_importRunning)
        return Error{tr("An import is writing to %1; try again when it has finished")
                         .arg(QFileInfo(m_store->path()).fileName())};
    auto ok = write(edit, true);
    if (!ok)
        return ok; // the file is as it was, and so is the history
    m_history.resize(static_cast<std::size_t>(m_index));
    m_history.push_back(std::move(edit));
    m_index = historySize();
    Q_EMIT historyChanged();
    return true;
}

Result<bool> EditSession::undo()
{
    if (!canUndo())
        return Error{tr("Nothing to undo")};
    auto ok = write(m_history[static_cast<std::size_t>(m_index - 1)], false);
    if (!ok)
        return Error{tr("Undo failed, nothing changed: %1").arg(ok.error())};
    --m_index;
    Q_EMIT historyChanged();
    return true;
}

Result<bool> EditSession::redo()
{
    if (!canRedo())
        return Error{tr("Nothing to redo")};
    auto ok = write(m_history[static_cast<std::size_t>(m_index)], true);
    if (!ok)
        return Error{tr("Redo failed, nothing changed: %1").arg(ok.error())};
    ++m_index;
    Q_EMIT historyChanged();
    return true;
}

Result<bool> EditSession::setHistoryIndex(int index)
{
    index = std::clamp(index, 0, historySize());
    while (m_index > index)
        if (auto ok = undo(); !ok)
            return ok;
    while (m_index < index)
        if (auto ok = redo(); !ok)
            return ok;
    return true;
}

// ---- edits ----

std::vector<HazardArea> EditSession::neighbours(const HazardArea& a) const
{
    const MapRect b = lonLatBounds(a);
    if (b.isEmpty())
        return {};
    auto near = m_store->readInBox(b.xMin, b.yMin, b.xMax, b.yMax);
    return near ? near.value() : std::vector<HazardArea>{};
}

std::vector<double> EditSession::closedLonLatRing(const std::vector<QPointF>& mapVertices, bool* ok) const
{
    std::vector<double> ring;
    *ok = true;
    for (const QPointF& p : mapVertices) {
        const auto lonLat = m_project.coordinates().toLonLat(p);
        if (!lonLat) {
            *ok = false;
            continue;
        }
        ring.push_back(lonLat->x());
        ring.push_back(lonLat->y());
    }
    if (ring.size() >= 2) {
        ring.push_back(ring[0]);
        ring.push_back(ring[1]);
    }
    return ring;
}

Result<HazardArea> EditSession::saveNew(HazardArea area, std::vector<ValidationIssue>* warnings)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    const auto issues = validateArea(area, neighbours(area));
    if (hasErrors(issues))
        return Error{tr("Not saved: %1").arg(errorsOf(issues))};
    if (warnings)
        *warnings = issues;
    area.estimatedAreaM2 = geo::polygonsArea(area.polygons).areaM2;
    area.remainingAreaM2 = area.estimatedAreaM2;
    // The GUID the sketch was journaled under: after a crash between this commit and the
    // journal's clearing, recovery finds it in the file and offers nothing back.
    area.guid = m_sketchGuid;
    Edit edit{tr("add area %1").arg(area.localId.isEmpty() ? area.guid.left(8) : area.localId), {}, {area}};
    if (auto ok = commit(edit); !ok)
        return Error{ok.error()};
    m_journal->clear();
    m_sketchLonLat.clear();
    m_sketchGuid = newGuid();
    auto stored = areaByGuid(area.guid);
    return stored ? *stored : area;
}

Result<HazardArea> EditSession::addArea(const std::vector<QPointF>& mapVertices,
                                        std::vector<ValidationIssue>* warnings, const QString& enteredCoordinates)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    bool ok = true;
    std::vector<double> ring = closedLonLatRing(mapVertices, &ok);
    if (!ok)
        return Error{tr("Not saved: a vertex lies outside what the map CRS can convert to WGS 84")};
    std::vector<QPointF> lonLat;
    for (std::size_t i = 0; i + 3 < ring.size(); i += 2)
        lonLat.emplace_back(ring[i], ring[i + 1]);
    return addAreaLonLat(lonLat, warnings, enteredCoordinates);
}

Result<HazardArea> EditSession::addAreaLonLat(const std::vector<QPointF>& lonLat,
                                              std::vector<ValidationIssue>* warnings,
                                              const QString& enteredCoordinates)
{
    std::vector<double> ring;
    for (const QPointF& p : lonLat) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || std::abs(p.y()) > 90)
            return Error{tr("Not saved: a point is not a valid longitude/latitude")};
        ring.push_back(p.x());
        ring.push_back(p.y());
    }
    if (ring.size() >= 2) {
        ring.push_back(ring[0]);
        ring.push_back(ring[1]);
    }
    HazardArea area;
    area.classification = Classification::SHA;
    area.status = Status::Open;
    area.statusDate = QDate::currentDate();
    area.dateOfInformation = QDate::currentDate();
    area.polygons = {{ring}};
    area.enteredCoordinates = enteredCoordinates;
    return saveNew(std::move(area), warnings);
}

std::optional<HazardArea> EditSession::areaByGuid(const QString& guid) const
{
    if (!m_store || guid.isEmpty())
        return std::nullopt;
    auto found = m_store->readByGuid(guid);
    if (!found)
        return std::nullopt;
    return found.value();
}

Result<std::optional<HazardArea>> EditSession::storedArea(const QString& guid)
{
    if (auto connected = m_store->ensureConnected(); !connected)
        return Error{connected.error()};
    return m_store->readByGuid(guid);
}

Result<HazardArea> EditSession::replaceArea(const HazardArea& area, const QString& text)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    auto read = storedArea(area.guid);
    if (!read)
        return Error{read.error()};
    const auto& before = read.value();
    if (before && area.rowVersion > 0 && before->rowVersion != area.rowVersion)
        return Error{staleRead(area, *before).error()};
    Edit edit{text, {}, {area}};
    if (before)
        edit.before.push_back(*before);
    if (auto ok = commit(edit); !ok)
        return Error{ok.error()};
    return m_history.back().after.front(); // with its new row version
}

Result<HazardArea> EditSession::updateAttributes(const HazardArea& area)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    auto read = storedArea(area.guid);
    if (!read)
        return Error{read.error()};
    auto before = read.value();
    if (!before)
        return Error{tr("%1: the area is no longer in the file").arg(workspaceOrFile(m_store->path()))};
    // The form was filled from an older version than the stored one: someone else saved meanwhile.
    if (area.rowVersion > 0 && before->rowVersion != area.rowVersion)
        return Error{staleRead(area, *before).error()};
    HazardArea after = area;
    after.polygons = before->polygons; // attributes only: the geometry is the file's
    if (auto ok = commit({tr("edit area %1").arg(areaName(after)), {*before}, {after}}); !ok)
        return Error{ok.error()};
    return m_history.back().after.front(); // with its new row version
}

Result<HazardArea> EditSession::restoreVersion(const AreaVersion& version)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    const auto before = areaByGuid(version.area.guid);
    const HazardArea after = AreaHistory::restored(version, before);
    Edit edit{tr("restore version %1 of %2").arg(version.area.rowVersion).arg(areaName(after)), {}, {after}};
    if (before)
        edit.before.push_back(*before);
    if (auto ok = commit(std::move(edit)); !ok)
        return Error{ok.error()};
    return m_history.back().after.front(); // with its new row version
}

Result<HazardArea> EditSession::updateGeometry(const HazardArea& changed)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    auto read = storedArea(changed.guid);
    if (!read)
        return Error{read.error()};
    auto before = read.value();
    if (!before)
        return Error{tr("%1: the area is no longer in the file").arg(workspaceOrFile(m_store->path()))};
    if (changed.rowVersion > 0 && before->rowVersion != changed.rowVersion)
        return Error{staleRead(changed, *before).error()};
    const auto issues = validateArea(changed, neighbours(changed));
    if (hasErrors(issues))
        return Error{tr("Not changed: %1").arg(errorsOf(issues))};
    HazardArea after = *before;
    after.polygons = changed.polygons;
    const double measured = geo::polygonsArea(after.polygons).areaM2;
    if (std::abs(before->remainingAreaM2 - before->estimatedAreaM2) < 0.5)
        after.remainingAreaM2 = measured;
    after.estimatedAreaM2 = measured;
    if (auto ok = commit({tr("reshape area %1").arg(areaName(after)), {*before}, {after}}); !ok)
        return Error{ok.error()};
    return m_history.back().after.front(); // with its new row version
}

namespace {
/// The areas whose geometry meets the shape.
std::vector<HazardArea> areasUnder(const std::vector<HazardArea>& areas, const OGRGeometry& shape)
{
    std::vector<HazardArea> out;
    for (const auto& a : areas)
        if (HazardStore::toGeometry(a)->Intersects(&shape))
            out.push_back(a);
    return out;
}
} // namespace

Result<HazardArea> EditSession::cuttingShape(const std::vector<QPointF>& mapVertices, const QString& what) const
{
    bool ok = true;
    HazardArea shape;
    shape.polygons = {{closedLonLatRing(mapVertices, &ok)}};
    if (!ok)
        return Error{tr("A vertex of the %1 lies outside what the map CRS can convert to WGS 84").arg(what)};
    if (auto issues = validateArea(shape); hasErrors(issues))
        return Error{tr("The %1 is not a valid ring: %2").arg(what, errorsOf(issues))};
    return shape;
}

Result<HazardArea> EditSession::addHole(const std::vector<QPointF>& mapVertices)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    auto cut = cuttingShape(mapVertices, tr("hole"));
    if (!cut)
        return Error{cut.error()};
    const auto hole = HazardStore::toGeometry(cut.value());
    for (const auto& a : areasUnder(neighbours(cut.value()), *hole)) {
        if (!HazardStore::toGeometry(a)->Contains(hole.get()))
            continue;
        HazardArea changed = a;
        OGRGeometryUniquePtr rest(HazardStore::toGeometry(a)->Difference(hole.get()));
        changed.polygons = data::polygonsOf(rest.get());
        return updateGeometry(changed);
    }
    return Error{tr("Draw the hole entirely inside one hazard area")};
}

Result<HazardArea> EditSession::splitOff(const std::vector<QPointF>& mapVertices)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    auto knife = cuttingShape(mapVertices, tr("split shape"));
    if (!knife)
        return Error{knife.error()};
    const auto shape = HazardStore::toGeometry(knife.value());
    const auto under = areasUnder(neighbours(knife.value()), *shape);
    if (under.size() != 1)
        return Error{
            tr("Draw the part to split off over exactly one hazard area (it touches %1)").arg(under.size())};
    const HazardArea& a = under.front();
    const auto geometry = HazardStore::toGeometry(a);
    OGRGeometryUniquePtr inside(geometry->Intersection(shape.get()));
    OGRGeometryUniquePtr outside(geometry->Difference(shape.get()));
    HazardArea rest = a;
    rest.polygons = data::polygonsOf(outside.get());
    HazardArea part = a;
    part.fid = -1;
    part.guid = newGuid();
    part.localId = a.localId.isEmpty() ? QString() : a.localId + QStringLiteral("-part");
    part.polygons = data::polygonsOf(inside.get());
    if (part.polygons.empty() || rest.polygons.empty())
        return Error{tr("The shape must cut the area in two: part inside, part outside")};
    for (const HazardArea* piece : {&rest, &part})
        if (auto issues = validateArea(*piece); hasErrors(issues))
            return Error{tr("Not split: %1").arg(errorsOf(issues))};
    const double restArea = geo::polygonsArea(rest.polygons).areaM2;
    if (std::abs(a.remainingAreaM2 - a.estimatedAreaM2) < 0.5)
        rest.remainingAreaM2 = restArea;
    rest.estimatedAreaM2 = restArea;
    part.estimatedAreaM2 = part.remainingAreaM2 = geo::polygonsArea(part.polygons).areaM2;
    // Both rows in one transaction: a crash or a failed write never leaves the area shrunk
    // without its part.
    if (auto ok = commit({tr("split area %1").arg(areaName(a)), {a}, {rest, part}}); !ok)
        return Error{ok.error()};
    return m_history.back().after.back(); // the part, with its fid and row version
}

Result<bool> EditSession::deleteArea(const QString& guid)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    auto read = storedArea(guid);
    if (!read)
        return Error{read.error()};
    auto area = read.value();
    if (!area)
        return Error{tr("%1: the area is no longer in the file").arg(workspaceOrFile(m_store->path()))};
    return commit({tr("delete area %1").arg(areaName(*area)), {*area}, {}});
}

std::vector<ValidationIssue> EditSession::checkSketch(const std::vector<QPointF>& mapVertices) const
{
    if (!isEditing() || mapVertices.size() < 3)
        return {};
    bool ok = true;
    HazardArea sketch;
    sketch.polygons = {{closedLonLatRing(mapVertices, &ok)}};
    if (!ok)
        return {{ValidationIssue::Severity::Error, QStringLiteral("outside-crs"),
                 tr("A vertex lies outside what the map CRS can convert to WGS 84"), mapVertices.back()}};
    // Only neighbours can overlap: the file's spatial index keeps a click instant on big layers.
    auto issues = validateArea(sketch, neighbours(sketch));
    for (auto& issue : issues)
        if (auto map = m_project.coordinates().toMap(issue.where))
            issue.where = *map;
    return issues;
}

// ---- journal ----

void EditSession::journalSketch(const std::vector<QPointF>& mapVertices, SketchPurpose purpose)
{
    if (!m_journal)
        return;
    if (mapVertices.empty()) {
        m_sketchLonLat.clear();
        m_journal->clear();
        return;
    }
    // All or nothing: a journal with a vertex missing would bring back another shape.
    auto lonLat = m_project.coordinates().toLonLat(mapVertices);
    if (!lonLat) {
        Q_EMIT error(tr("A vertex lies outside what the map CRS can convert to WGS 84; the journal keeps the sketch "
                        "as it was before it"));
        return;
    }
    m_sketchLonLat = *lonLat;
    if (!m_journal->save({m_sketchGuid, m_sketchLonLat, purpose}))
        Q_EMIT error(tr("%1: cannot write the sketch journal; the sketch is only in memory")
                         .arg(QFileInfo(m_journal->path()).fileName()));
}

std::optional<std::pair<std::vector<QPointF>, SketchPurpose>> EditSession::recoverSketch()
{
    if (!m_journal)
        return std::nullopt;
    auto sketch = m_journal->load();
    if (!sketch)
        return std::nullopt;
    if (!sketch->guid.isEmpty() && areaByGuid(sketch->guid)) {
        m_journal->clear(); // saved just before the crash: offering it back would duplicate it
        return std::nullopt;
    }
    if (!sketch->guid.isEmpty())
        m_sketchGuid = sketch->guid;
    auto map = m_project.coordinates().toMap(sketch->lonLat);
    if (!map) {
        Q_EMIT error(tr("%1: the sketch left behind lies outside what the map CRS can show; it stays in the journal "
                        "(choose another map CRS to get it back)")
                         .arg(QFileInfo(m_journal->path()).fileName()));
        return std::nullopt;
    }
    m_sketchLonLat = sketch->lonLat;
    return std::make_pair(*map, sketch->purpose);
}

void EditSession::discardSketch()
{
    if (m_journal)
        m_journal->clear();
    m_sketchLonLat.clear();
    m_sketchGuid = newGuid();
}

// ---- exchange ----

Result<bool> EditSession::startImport(const QString& path, const FieldMapping& mapping)
{
    if (!isEditing())
        return Error{tr("Not editing a hazard layer")};
    if (m_importRunning)
        return Error{tr("An import is already running")};
    m_importFeedback = queuedFeedback(this, [this](int percent) { Q_EMIT importProgress(percent); });
    m_importRunning = true;
    Q_EMIT historyChanged(); // undo/redo wait for the import
    const QString storePath = m_store->path(), layerName = m_store->layerName();
    auto feedback = m_importFeedback;
    m_import.start([path, mapping, storePath, layerName, feedback]() -> ImportOutcome {
        ImportOutcome out;
        out.storePath = storePath;
        try {
            auto read = readImport(path, mapping, feedback.get());
            if (!read) {
                out.error = read.error();
                return out;
            }
            out.report.skipped = read->skipped;
            if (read->canceled || feedback->isCanceled()) {
                out.report.canceled = true;
                return out;
            }
            // Its own connection: GDAL datasets belong to one thread.
            auto store = HazardStore::open(storePath, layerName);
            if (!store) {
                out.error = store.error();
                return out;
            }
            ChangeSet changes;
            for (HazardArea& a : read->areas) {
                auto existing = store.value()->readByGuid(a.guid);
                if (!existing || existing.value()) {
                    out.report.skipped << tr("%1: already in the layer (same GUID %2)").arg(areaName(a), a.guid);
                    continue;
                }
                changes.inserts.push_back(std::move(a));
            }
            if (changes.inserts.empty())
                return out;
            if (auto ok = store.value()->apply(changes); !ok) {
                out.error = ok.error();
                return out;
            }
            out.report.imported = static_cast<int>(changes.inserts.size());
            for (const HazardArea& a : changes.inserts) {
                if (!missingRequiredFields(a).isEmpty())
                    ++out.report.incomplete;
                for (const QString* other : {&a.classificationOther, &a.statusOther})
                    if (!other->isEmpty())
                        out.report.notes << tr("%1: \"%2\" kept as it is (not in the vocabulary)")
                                                .arg(areaName(a), *other);
            }
            out.edit = {tr("import %n area(s) from %1", nullptr, out.report.imported).arg(QFileInfo(path).fileName()),
                        {},
                        changes.inserts};
        } catch (const std::exception& e) {
            out.error = tr("%1: import failed: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what()));
        } catch (...) {
            out.error = tr("%1: import failed").arg(QFileInfo(path).fileName());
        }
        return out;
    });
    return true;
}

void EditSession::cancelImport()
{
    if (m_importFeedback)
        m_importFeedback->cancel();
}

void EditSession::importDone()
{
    m_importRunning = false;
    ImportOutcome out = m_import.result();
    // Editing may have stopped (the layer was removed) or moved to another file meanwhile: then
    // the import is in its file, but it is no step of this history.
    const bool sameFile = m_store && m_store->path() == out.storePath;
    if (sameFile && out.error.isEmpty() && !out.report.canceled && out.report.imported > 0) {
        // Written and committed by the worker: the import is one step of the history.
        m_history.resize(static_cast<std::size_t>(m_index));
        m_history.push_back(std::move(out.edit));
        m_index = historySize();
        Q_EMIT areasChanged();
    }
    Q_EMIT historyChanged();
    Q_EMIT importFinished(out.report, out.error);
}

} // namespace mineatlas::hazard
