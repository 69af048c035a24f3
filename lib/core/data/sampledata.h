#pragma once

#include <QString>
#include <QStringList>

namespace mineatlas::data {

/// The folder of sample data wherever the app lives: $MINEATLAS_SAMPLE_DATA if set; installed,
/// <prefix>/share/mineatlas/sample-data beside <prefix>/bin; in a build tree, the source tree's
/// sample-data (build/app/ → ../../sample-data). `applicationDir` is the running binary's folder
/// (QCoreApplication::applicationDirPath()). Empty when none of them holds the sample countries.
QString sampleDataDirectory(const QString& applicationDir);

/// The files File ▸ Open sample data opens from that folder, top layer first (as openPaths takes
/// them): the illustrative hazard areas, incidents and front line, then the 1:10m countries. Only
/// those that exist.
QStringList sampleDataFiles(const QString& directory);

} // namespace mineatlas::data
