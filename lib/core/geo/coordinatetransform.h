#pragma once

#include <cstddef>

#include <QString>

#include "geo/projhandles.h"
#include "result.h"

namespace mineatlas::geo {

/// A PROJ transformation between two CRSs, axis order normalised for visualisation (x = lon/easting).
/// Owns its own PJ_CONTEXT, so one instance must stay on one thread; create one per worker.
class CoordinateTransform {
public:
    /// srcDefinition/dstDefinition: anything proj_create() accepts ("EPSG:4326", WKT, PROJJSON).
    static Result<CoordinateTransform> create(const QString& srcDefinition, const QString& dstDefinition);
    /// Whether every transformation PROJ knows between the two CRSs is a "ballpark" one (the datum
    /// shift ignored, as for a datum PROJ does not know): positions may then be off by the size of
    /// that shift, often hundreds of metres. False when either CRS cannot be read.
    static bool onlyBallpark(const QString& srcDefinition, const QString& dstDefinition);

    /// Transforms interleaved x,y pairs in place. Points PROJ cannot transform become NaN.
    /// Returns the number of points that failed.
    std::size_t transform(double* xy, std::size_t pointCount) const;
    /// Transforms one point; false when PROJ cannot.
    bool transform(double& x, double& y) const;
    bool isIdentity() const { return !m_pj; }
    /// Whether transform() converts degrees to radians itself and hands PROJ the rest of the
    /// operation (see create()); the results are the same, bit for bit, as the whole operation's.
    bool convertsDegreesItself() const { return bool(m_fromRadians); }

private:
    CoordinateTransform() = default;
    ProjContextPtr m_ctx; // declared first so it outlives m_pj
    ProjPtr m_pj;
    ProjPtr m_fromRadians; ///< m_pj without its first step (degrees to radians), when that is exact
};

} // namespace mineatlas::geo
