#pragma once

#include <memory>

#include <QString>
#include <QStringList>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogr_feature.h>
#include <ogr_spatialref.h>

namespace mineatlas::data {

// GDALDatasetUniquePtr and OGRFeatureUniquePtr come from GDAL itself; these complete the set.
struct SpatialReferenceReleaser {
    void operator()(OGRSpatialReference* srs) const
    {
        if (srs)
            srs->Release();
    }
};
using SpatialReferencePtr = std::unique_ptr<OGRSpatialReference, SpatialReferenceReleaser>;

/// Options of GDAL's utilities (gdalwarp as a function).
struct WarpOptionsFree {
    void operator()(GDALWarpAppOptions* o) const { GDALWarpAppOptionsFree(o); }
};
using WarpOptionsPtr = std::unique_ptr<GDALWarpAppOptions, WarpOptionsFree>;
// OGRGeometryUniquePtr (ogr_geometry.h) owns geometries GDAL hands over, e.g. getLinearGeometry().

struct CplFree {
    void operator()(void* p) const { CPLFree(p); }
};
using CplStringPtr = std::unique_ptr<char, CplFree>;

/// Collects GDAL/OGR errors raised on this thread while it lives, instead of printing them.
/// GDAL keeps error handlers per thread, so each worker uses its own collector.
class GdalErrorCollector {
public:
    GdalErrorCollector() { CPLPushErrorHandlerEx(&GdalErrorCollector::handle, this); }
    ~GdalErrorCollector() { CPLPopErrorHandler(); }
    GdalErrorCollector(const GdalErrorCollector&) = delete;
    GdalErrorCollector& operator=(const GdalErrorCollector&) = delete;

    const QStringList& failures() const { return m_failures; }
    /// Forgets what was collected so far (a step's errors handled, the next step's to come).
    void clear()
    {
        m_failures.clear();
        m_warnings.clear();
    }
    const QStringList& warnings() const { return m_warnings; }
    /// The most useful message GDAL gave: the last failure, else the last warning, else `fallback`.
    QString message(const QString& fallback) const
    {
        if (!m_failures.isEmpty())
            return m_failures.last();
        if (!m_warnings.isEmpty())
            return m_warnings.last();
        return fallback;
    }

private:
    static void CPL_STDCALL handle(CPLErr level, CPLErrorNum, const char* msg)
    {
        auto* self = static_cast<GdalErrorCollector*>(CPLGetErrorHandlerUserData());
        const QString text = QString::fromUtf8(msg).trimmed();
        if (level >= CE_Failure)
            self->m_failures << text;
        else if (level == CE_Warning)
            self->m_warnings << text;
    }
    QStringList m_failures;
    QStringList m_warnings;
};

} // namespace mineatlas::data
