#include "data/ogrgeometry.h"

#include <memory>

#include "data/gdalhandles.h"

namespace mineatlas::data {

OGRGeometryUniquePtr toMultiPolygon(const Polygons& polygons)
{
    auto multi = std::make_unique<OGRMultiPolygon>();
    for (const auto& polygon : polygons) {
        OGRPolygon poly;
        for (const auto& ring : polygon) {
            OGRLinearRing r;
            for (std::size_t i = 0; i + 1 < ring.size(); i += 2)
                r.addPoint(ring[i], ring[i + 1]);
            r.closeRings();
            poly.addRing(&r);
        }
        multi->addGeometry(&poly);
    }
    return OGRGeometryUniquePtr(multi.release());
}

Polygons polygonsOf(const OGRGeometry* g)
{
    Polygons out;
    if (!g)
        return out;
    OGRGeometryUniquePtr linear;
    if (g->hasCurveGeometry()) {
        linear.reset(g->getLinearGeometry());
        g = linear.get();
        if (!g)
            return out;
    }
    auto add = [&](const OGRPolygon* p) {
        std::vector<std::vector<double>> rings;
        for (const OGRLinearRing* r : *p) {
            std::vector<double> xy;
            xy.reserve(static_cast<std::size_t>(r->getNumPoints()) * 2);
            for (const OGRPoint& pt : *r) {
                xy.push_back(pt.getX());
                xy.push_back(pt.getY());
            }
            rings.push_back(std::move(xy));
        }
        out.push_back(std::move(rings));
    };
    const auto type = wkbFlatten(g->getGeometryType());
    if (type == wkbPolygon) {
        add(g->toPolygon());
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (const OGRGeometry* part : *g->toGeometryCollection()) {
            Polygons inner = polygonsOf(part); // nested collections too
            out.insert(out.end(), std::make_move_iterator(inner.begin()), std::make_move_iterator(inner.end()));
        }
    }
    return out;
}

QString crsDefinition(const OGRSpatialReference* srs)
{
    if (!srs)
        return QStringLiteral("EPSG:4326");
    const char* auth = srs->GetAuthorityName(nullptr);
    const char* code = srs->GetAuthorityCode(nullptr);
    if (auth && code && QByteArray(auth) == "EPSG")
        return QStringLiteral("EPSG:") + QString::fromUtf8(code);
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    srs->exportToWkt(&wkt, options);
    const CplStringPtr owned(wkt);
    return QString::fromUtf8(wkt ? wkt : "");
}

QDate dateField(const OGRFeature& f, const char* field)
{
    const int i = f.GetFieldIndex(field);
    if (i < 0 || !f.IsFieldSetAndNotNull(i))
        return {};
    int y = 0, m = 0, d = 0, h = 0, mi = 0, tz = 0;
    float s = 0;
    if (!f.GetFieldAsDateTime(i, &y, &m, &d, &h, &mi, &s, &tz))
        return {};
    return QDate(y, m, d);
}

} // namespace mineatlas::data
