#include "data/sampledata.h"

#include <QDir>
#include <QFileInfo>

namespace mineatlas::data {

namespace {
const QString kMarker = QStringLiteral("countries-10m.gpkg");
}

QString sampleDataDirectory(const QString& applicationDir)
{
    QStringList candidates;
    if (const QString env = qEnvironmentVariable("MINEATLAS_SAMPLE_DATA"); !env.isEmpty())
        candidates << env;
    const QDir app(applicationDir);
    candidates << app.filePath(QStringLiteral("../share/mineatlas/sample-data")) // installed
               << app.filePath(QStringLiteral("../../sample-data"));             // build/app in the source tree
    for (const QString& c : candidates)
        if (QFileInfo::exists(QDir(c).filePath(kMarker)))
            return QDir::cleanPath(QFileInfo(c).absoluteFilePath());
    return {};
}

QStringList sampleDataFiles(const QString& directory)
{
    QStringList files;
    if (directory.isEmpty())
        return files;
    for (const char* name : {"hazards-illustrative.gpkg", "incidents-illustrative.gpkg", "front-line-illustrative.gpkg",
                             "countries-10m.gpkg"}) {
        const QString path = QDir(directory).filePath(QString::fromLatin1(name));
        if (QFileInfo::exists(path))
            files << path;
    }
    return files;
}

} // namespace mineatlas::data
