#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <ogrsf_frmts.h>

#include "result.h"

namespace mineatlas::data {

/// A table shipped or loaded as CSV (contamination, territories), read through GDAL's CSV driver
/// as text: no type guessing, empty strings kept. Columns by their lower-case name.
struct CsvTable {
    GDALDatasetUniquePtr dataset;
    OGRLayer* layer = nullptr;
    QHash<QString, int> column;

    /// The trimmed text of column `name` (one of the required ones) in `feature`.
    QString text(const OGRFeature& feature, const char* name) const
    {
        return QString::fromUtf8(feature.GetFieldAsString(column.value(QString::fromLatin1(name)))).trimmed();
    }
};

/// Opens `gdalPath` (a file or a /vsimem copy of a resource) as a CSV table; `label` names it in
/// errors: "label: not a CSV table", "label: missing column(s): a, b".
Result<CsvTable> openCsvTable(const QString& gdalPath, const QString& label, const char* const* required,
                              std::size_t requiredCount);

} // namespace mineatlas::data
