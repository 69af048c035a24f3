#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "data/gdalhandles.h"
#include "data/ogrgeometry.h"
#include "hazard/hazardarea.h"
#include "hazard/teamworkspace.h"
#include "result.h"

namespace mineatlas::hazard {

/// Rows to write together: every one of them or none (one transaction).
struct ChangeSet {
    /// New rows. An area that has a GUID keeps it (a deleted area coming back on undo).
    std::vector<HazardArea> inserts;
    /// Existing rows, found by GUID (feature ids change when a row is deleted and re-inserted).
    std::vector<HazardArea> updates;
    /// GUIDs of rows to delete.
    QStringList removals;
    /// The row version each removal was read at (parallel to `removals`; missing or 0: not checked).
    QList<qint64> removalVersions;
    bool isEmpty() const { return inserts.empty() && updates.empty() && removals.isEmpty(); }
};

/// A save that found the row changed by someone else since it was read: nothing was written, and
/// both versions are here for the user to choose (keep mine, take theirs, merge attributes).
struct Conflict {
    QString guid;
    std::optional<HazardArea> mine;   ///< what this save wanted; nullopt: a deletion
    std::optional<HazardArea> theirs; ///< what the store holds now; nullopt: someone deleted it
};

/// One version of an area as the workspace keeps it: every earlier version from the history
/// table, then the current row (operation "CURRENT").
struct AreaVersion {
    HazardArea area;        ///< the area as it was (its rowVersion, lastEditor and editedAt included)
    QString operation;      ///< UPDATE or DELETE: what replaced this version; CURRENT for the live row;
                            ///< DISCARDED: a version that was never applied (theirs taken instead)
    QString replacedBy;     ///< who replaced it (DISCARDED: who chose theirs over it)
    QDateTime replacedAt;
    QStringList changedFields; ///< the fields the replacing save changed
};

/// Hazard areas kept in a GeoPackage layer through GDAL, in WGS 84 (multipolygons), with the field
/// set of HazardStore::fieldNames() and the schema version in the layer's metadata. Every write runs
/// in one transaction and is committed before it returns success; a failed write is rolled back and
/// reported with the file and its real cause (disk full, read-only, locked), so the caller can keep
/// the edit. Rows are addressed by GUID. Owns its dataset: use one store per thread.
///
/// The same class keeps a team workspace: a dataset name "PG:…" (teamworkspace.h) opens the layer
/// in PostgreSQL + PostGIS instead; only the dataset name differs. From schema 3 each row has a
/// version: a save locks the row, compares the version it was read at with the stored one and
/// reports a Conflict instead of overwriting a newer row (a second writer on one GeoPackage alike).
class HazardStore {
public:
    /// 2: recorded_date, status_history, land_release (landrelease.h); 3: row_version, last_editor,
    /// edited_at, and in a workspace the history table (teamworkspace.h)
    static constexpr int kSchemaVersion = 3;
    static constexpr const char* kDefaultLayer = "hazard_areas";

    /// Documented field names, in file order.
    static QStringList fieldNames();
    /// Whether a loaded layer has MineAtlas's hazard fields (so it can be edited as one).
    static bool hasHazardFields(const QStringList& layerFields);
    /// The area's polygons as an OGR multipolygon (rings closed), e.g. for GEOS predicates.
    static OGRGeometryUniquePtr toGeometry(const HazardArea& area) { return data::toMultiPolygon(area.polygons); }

    /// Creates a new GeoPackage (or adds the layer to an existing one).
    /// In a workspace: creates the tables (the schema at kSchemaVersion) in the database, which
    /// needs PostGIS. `password` is for a workspace only and kept in memory.
    static Result<std::unique_ptr<HazardStore>> create(const QString& path,
                                                       const QString& layer = kDefaultLayer,
                                                       const QString& password = {});
    /// Opens an existing hazard layer; refuses one that lacks the fields, and (unless `readOnly`)
    /// a file that cannot be written, saying why.
    static Result<std::unique_ptr<HazardStore>>
    open(const QString& path, const QString& layer = kDefaultLayer, bool readOnly = false,
         const QString& password = {});
    /// open() for a workspace, saying what kind of problem stopped it (so the window can offer to
    /// create the tables, or ask for the password again).
    static Result<std::unique_ptr<HazardStore>> openWorkspace(const QString& datasetName, const QString& password,
                                                              const QString& layer, bool readOnly,
                                                              WorkspaceProblem* problem);

    Result<std::vector<HazardArea>> readAll() const;
    /// The area with this GUID (an attribute query, not a scan of the layer); nullopt when none.
    Result<std::optional<HazardArea>> readByGuid(const QString& guid) const;
    /// Only the areas whose bounds meet the lon/lat box (the layer's spatial index does the work).
    /// `attributeFilter` (OGR SQL, may be empty) narrows them further.
    Result<std::vector<HazardArea>> readInBox(double lonMin, double latMin, double lonMax,
                                              double latMax, const QString& attributeFilter = {}) const;

    /// Writes all of `changes` in one transaction. On success each insert has its fid (and a
    /// new GUID when it had none); on failure nothing in the file changed.
    Result<bool> apply(ChangeSet& changes);
    /// One-row shorthands for apply().
    Result<qint64> insert(HazardArea& area);
    Result<bool> update(const HazardArea& area);
    Result<bool> remove(const QString& guid, qint64 readVersion = 0);

    /// The conflicts that stopped the last apply() (empty after a save that went through).
    const std::vector<Conflict>& lastConflicts() const { return m_conflicts; }
    /// Every version of the area, oldest first, ending with the current one (a workspace keeps the
    /// earlier ones; a GeoPackage has only the current).
    Result<std::vector<AreaVersion>> versions(const QString& guid) const;
    /// A workspace keeps `mine` in the history as a version that was not applied (operation
    /// DISCARDED, by this store's editor, `differing` the fields where it differed from the version
    /// kept): what taking theirs after a conflict leaves behind, so that it can be shown and
    /// restored. A GeoPackage keeps no history: false, nothing written.
    Result<bool> keepDiscarded(const HazardArea& mine, const QStringList& differing);
    /// A workspace whose server went away (or restarted) is reached again with a fresh connection;
    /// when that fails too, the error says the server cannot be reached. A file: always true.
    Result<bool> ensureConnected();
    /// The server process of this connection (pg_backend_pid), so that a client can tell its own
    /// NOTIFY from others'; 0 for a file or when the server does not answer.
    qint64 backendPid() const;
    /// Who saves (last_editor): the database user in a workspace, the login name for a file.
    const QString& editor() const { return m_editor; }
    void setEditor(const QString& editor) { m_editor = editor; }
    bool isWorkspace() const { return m_workspace; }
    /// Whether readAll() may split a big workspace layer over two connections (default yes; a
    /// benchmark turns it off to compare).
    void setSplitReads(bool split) { m_splitReads = split; }
    /// The layer has row versions (schema 3): saves are checked for conflicts.
    bool isVersioned() const;

    int schemaVersion() const { return m_schemaVersion; }
    /// Areas that had no GUID when the file was opened for editing and were given one (rows are
    /// addressed by GUID; a partner's file may lack them).
    int assignedGuids() const { return m_assignedGuids; }
    /// The file, or the workspace's dataset name (never with the password).
    const QString& path() const { return m_path; }
    const QString& layerName() const { return m_layerName; }
    /// The open dataset, for tables kept beside the hazard layer (offline sync's bookkeeping): one
    /// connection, so those writes never wait for the store's. Owned by the store.
    GDALDataset& dataset() const { return *m_dataset; }

private:
    HazardStore() = default;
    Error failure(const QString& what, const data::GdalErrorCollector& errors) const;
    bool toFeature(const HazardArea& area, OGRFeature& f) const;
    Result<std::vector<HazardArea>> readFiltered(const QString& attributeFilter) const;
    /// A big workspace layer read half here and half on a second connection at once (the server
    /// and the parsing of each half overlap); nullopt when the layer is small or the second
    /// connection cannot be made (then one connection reads it all).
    std::optional<Result<std::vector<HazardArea>>> readAllOnTwoConnections() const;
    /// The fid of the row with this GUID, -1 when there is none, -2 when several rows have it.
    qint64 fidOf(const QString& guid) const;
    /// Editing needs one row per GUID: refuses duplicates, gives rows without one a GUID, and
    /// indexes the column (lookups by GUID stay quick on big layers).
    Result<bool> prepareGuids();
    /// The database user of a workspace connection.
    QString databaseUser() const;
    /// After a failed commit: a fresh connection, so no half-open transaction lingers.
    void reconnect();
    QByteArray quotedLayer() const;
    /// Locks the row (a no-op UPDATE) so no other writer can change it before this transaction
    /// ends, then reads it as stored now.
    Result<std::vector<HazardArea>> lockAndRead(const QString& guid);

    GDALDatasetUniquePtr m_dataset;
    OGRLayer* m_layer = nullptr; ///< owned by m_dataset
    QString m_path;
    QString m_layerName;
    bool m_readOnly = false;
    bool m_workspace = false;
    QString m_password; ///< a workspace's, memory only (reconnect)
    QString m_editor;
    std::vector<Conflict> m_conflicts;
    int m_schemaVersion = 0;
    int m_assignedGuids = 0;
    bool m_splitReads = true;
};

} // namespace mineatlas::hazard
