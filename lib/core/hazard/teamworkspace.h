#pragma once

#include <QString>

#include "result.h"

class GDALDataset;
class OGRLayer;

namespace mineatlas::hazard {

/// Where a team's hazard workspace lives: a PostgreSQL + PostGIS database reached through GDAL's
/// PG driver. Either a service name (pg_service.conf) or host/port/database/user. The password is
/// kept in memory only: datasetName() never contains it, so a project or settings file that stores
/// the dataset name never holds a password; libpq also finds one in ~/.pgpass or the service file.
struct ConnectionSettings {
    QString service;
    QString host;     ///< a host name, 127.0.0.1, or a Unix socket directory
    int port = 0;     ///< 0: libpq's default
    QString database;
    QString user;
    QString sslMode;  ///< passed through: disable, require, verify-full…
    QString password; ///< memory only

    /// "PG:service=… dbname=…" without the password: what a layer's source path holds.
    QString datasetName() const;
    /// datasetName() plus the password when one was given: only for GDALOpen.
    QString openName() const;
    /// Reads back what datasetName() wrote (the password stays empty).
    static ConnectionSettings fromDatasetName(const QString& name);
    /// "database on host" for messages.
    QString label() const;
    /// "database (host)" short enough for a layer name or a progress bar: a Unix socket folder is
    /// "local", a port other than 5432 follows the host, a service is "service name".
    QString shortLabel() const;
};

/// Whether a dataset name is a PostgreSQL workspace (PG:…) rather than a GeoPackage file.
bool isTeamWorkspace(const QString& datasetName);
/// `datasetName` with `password` added for GDALOpen (nothing added when it is empty).
QString withPassword(const QString& datasetName, const QString& password);
/// A readable name of a workspace for messages: "hazards on /tmp/sock" (never the password).
QString workspaceLabel(const QString& datasetName);
/// A workspace layer's name on the map: "hazard_areas @ hazards (db.example.org)".
QString workspaceLayerName(const QString& datasetName, const QString& layer);

/// What went wrong reaching a workspace, so that the window can offer the right next step.
enum class WorkspaceProblem { None, Unreachable, BadCredentials, NoDatabase, NoPostgis, NoTables, Other };

/// Sorts libpq's message (as GDAL passes it on) into a problem and says it plainly, naming the
/// workspace and what to do.
WorkspaceProblem classifyConnectionFailure(const QString& gdalMessage);
QString describeConnectionFailure(const QString& datasetName, const QString& gdalMessage);

/// The opened database has PostGIS (checked before anything reads or creates geometry).
bool hasPostgis(GDALDataset& ds);
/// Schema version of `layer` in the workspace (table mineatlas_schema), 0 when it has none.
int workspaceSchemaVersion(GDALDataset& ds, const QString& layer);

/// Schema step 2 → 3, for a GeoPackage and a workspace alike: row_version, last_editor and
/// edited_at on the hazard areas (existing rows become version 1). In a workspace also the
/// history table `<layer>_history` (every earlier version of every area: who replaced it, when,
/// which fields changed), the trigger that fills it and announces each change with
/// NOTIFY mineatlas_hazards, and the version in mineatlas_schema.
Result<bool> migrateConcurrencySchema(GDALDataset& ds, OGRLayer& areas, int& version, bool workspace);

} // namespace mineatlas::hazard
