#include "render/mapsettings.h"

#include <cmath>

namespace mineatlas::render {

double MapSettings::scaleDenominator() const
{
    double metresPerPixel = mapUnitsPerPixel() * crs.metresPerUnit();
    const MapRect v = visibleExtent();
    if (crs.isGeographic()) {
        metresPerPixel *= std::cos(std::clamp(v.centerY(), -89.0, 89.0) * M_PI / 180.0);
    } else if (crs.isMercator()) {
        // Web Mercator stretches by 1/cos(lat): undo it at the centre latitude.
        const double lat = std::atan(std::sinh(v.centerY() / 6378137.0));
        metresPerPixel *= std::cos(lat);
    }
    return metresPerPixel * dpi / 0.0254;
}

} // namespace mineatlas::render
