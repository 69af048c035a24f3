#pragma once

#include <QString>
#include <QStringList>

#include "result.h"

namespace mineatlas::data {

/// The folder of sample data wherever the app lives: $MINEATLAS_SAMPLE_DATA if set; installed,
/// <prefix>/share/mineatlas/sample-data beside <prefix>/bin; in a build tree, the source tree's
/// sample-data (build/app/ → ../../sample-data). `applicationDir` is the running binary's folder
/// (QCoreApplication::applicationDirPath()). Empty when none of them holds the sample countries.
QString sampleDataDirectory(const QString& applicationDir);

/// The files File ▸ Open sample data opens from that folder, top layer first (as openPaths takes
/// them): the populated places (their names over everything), the illustrative hazard areas and
/// incidents, the 1:10m countries.
/// Only those that exist. (The illustrative front line, for time, has several layers: File ▸ Open.)
QStringList sampleDataFiles(const QString& directory);

/// Copies sampleDataFiles(directory) into `workDirectory` (made if missing) unless a copy is
/// there already, so the user's edits to the samples are kept and the shipped files never change;
/// returns the copies, top layer first. An error names the file that could not be copied.
Result<QStringList> copySampleData(const QString& directory, const QString& workDirectory);

} // namespace mineatlas::data
