#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace mineatlas::data {

/// Why a file cannot be written, before trying: read-only (permissions), immutable or on a
/// read-only disk, or in a folder where the journal file cannot be created. nullopt when it
/// can be written. `path` must exist.
std::optional<QString> unwritableReason(const QString& path);

/// The cause of a failed write as a user can act on it, from GDAL's messages (in the order GDAL
/// gave them) and the state of the disk: "the disk is full", "the file is read-only", "another
/// program is writing to it (the file is locked)"... The first real failure wins: follow-up noise
/// such as "ROLLBACK failed: no transaction is active" is never presented as the reason.
QString writeFailureCause(const QString& path, const QStringList& gdalFailures, const QString& fallback);

/// A SQLite file (GeoPackage, MBTiles) left by a process that died mid-write keeps a hot journal
/// (FILE-journal) that a reader must roll back, which takes write access: a read-only open then
/// fails with "attempt to write a readonly database". Opens it once for update when such a
/// journal is there, so SQLite rolls the unfinished transaction back and the file reads again with
/// every committed change. True when a rollback was done. Call it before a read-only open.
bool rollBackInterruptedWrite(const QString& path);

/// Puts a finished file in place of `target` so that a crash or power cut at any moment leaves
/// either the old file or the whole new one: the new file's data is flushed to disk (fsync), it
/// is renamed over the target in one step, and the folder's entry is flushed too. False when the
/// rename fails (the finished file is then left for the caller to remove).
bool replaceFileDurably(const QString& finished, const QString& target);

} // namespace mineatlas::data
