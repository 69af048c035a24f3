#pragma once

#include <optional>
#include <vector>

#include <QPointF>
#include <QString>

namespace mineatlas::hazard {

/// A sketch in progress: its vertices and the GUID the area will be saved under, so that a
/// journal left behind by a crash between the save and the journal's clearing is recognised as
/// already saved and never offered back (which would duplicate the area).
/// What a sketch is being drawn for: a recovered hole must not come back as a new area.
enum class SketchPurpose { NewArea, Hole, Split };

struct JournaledSketch {
    QString guid;
    std::vector<QPointF> lonLat;
    SketchPurpose purpose = SketchPurpose::NewArea;
};

/// The polygon being drawn, written to disk after every change so that a crash, a kill or a stray
/// key loses nothing: the app offers it back on the next start. One small JSON file beside the
/// hazard GeoPackage ("<file>.sketch.json"), replaced atomically on every save.
class SketchJournal {
public:
    /// The journal of the hazard layer stored in `geopackagePath`.
    explicit SketchJournal(const QString& geopackagePath);

    /// Records the sketch (lon/lat vertices). False when it could not be written.
    bool save(const JournaledSketch& sketch) const;
    /// The sketch left by an earlier session, if any.
    std::optional<JournaledSketch> load() const;
    /// After the area was saved (or the user discarded the sketch on purpose).
    void clear() const;
    const QString& path() const { return m_path; }

private:
    QString m_path;
};

} // namespace mineatlas::hazard
