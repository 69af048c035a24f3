#include "geo/crs.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>

#include "geo/projhandles.h"

namespace mineatlas::geo {

Result<Crs> Crs::fromUserString(const QString& text)
{
    QString def = text.trimmed();
    if (def.isEmpty())
        return Error{QCoreApplication::translate("Crs", "No CRS given")};
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d+$"));
    if (digitsOnly.match(def).hasMatch())
        def = QStringLiteral("EPSG:") + def;
    if (def.startsWith(QLatin1String("epsg:"), Qt::CaseInsensitive))
        def = QStringLiteral("EPSG:") + def.mid(5);

    ProjContextPtr ctx(proj_context_create());
    proj_log_level(ctx.get(), PJ_LOG_NONE);
    ProjPtr pj(proj_create(ctx.get(), def.toUtf8().constData()));
    if (!pj)
        return Error{QCoreApplication::translate("Crs", "Unknown CRS \"%1\": %2")
                         .arg(text, QString::fromUtf8(proj_context_errno_string(
                                        ctx.get(), proj_context_errno(ctx.get()))))};
    PJ_TYPE type = proj_get_type(pj.get());
    if (type == PJ_TYPE_BOUND_CRS) {
        pj.reset(proj_get_source_crs(ctx.get(), pj.get()));
        type = proj_get_type(pj.get());
    }
    const bool geographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
    if (!geographic && type != PJ_TYPE_PROJECTED_CRS)
        return Error{QCoreApplication::translate("Crs", "\"%1\" is not a 2D geographic or projected CRS").arg(text)};

    Crs crs;
    crs.m_geographic = geographic;
    crs.m_name = QString::fromUtf8(proj_get_name(pj.get()));
    const char* auth = proj_get_id_auth_name(pj.get(), 0);
    const char* code = proj_get_id_code(pj.get(), 0);
    if (auth && code) {
        crs.m_authId = QStringLiteral("%1:%2").arg(QString::fromUtf8(auth), QString::fromUtf8(code));
        crs.m_definition = crs.m_authId;
    } else {
        const char* wkt = proj_as_wkt(ctx.get(), pj.get(), PJ_WKT2_2019, nullptr);
        crs.m_definition = wkt ? QString::fromUtf8(wkt) : def;
    }
    bool zoneProjection = false;
    if (!geographic) {
        ProjPtr conversion(proj_crs_get_coordoperation(ctx.get(), pj.get()));
        if (conversion) {
            const char* method = nullptr;
            proj_coordoperation_get_method_info(ctx.get(), conversion.get(), &method, nullptr, nullptr);
            const QString name = QString::fromUtf8(method ? method : "");
            auto has = [&](const char* word) { return name.contains(QLatin1String(word), Qt::CaseInsensitive); };
            crs.m_mercator = has("Mercator") && !has("Transverse") && !has("Oblique");
            // Zone and polar projections tear or blow up far from their area; world ones do not.
            zoneProjection = has("Transverse Mercator") || has("Stereographic") || has("Conic Conformal") ||
                             has("Albers") || has("Krovak") || has("Oblique") || has("Cassini") ||
                             has("Polyconic") || has("Equidistant Conic");
        }
        ProjPtr cs(proj_crs_get_coordinate_system(ctx.get(), pj.get()));
        double toMetre = 1.0;
        if (cs && proj_cs_get_axis_info(ctx.get(), cs.get(), 0, nullptr, nullptr, nullptr, &toMetre, nullptr,
                                        nullptr, nullptr))
            crs.m_unitToMetre = toMetre > 0 ? toMetre : 1.0;
    }
    // PROJ leaves the bounds untouched when the CRS has no area of use (a custom WKT or PROJ
    // string), and reports unknown bounds as -1000.
    double w = -1000, s = -1000, e = -1000, n = -1000;
    const bool hasArea = proj_get_area_of_use(ctx.get(), pj.get(), &w, &s, &e, &n, nullptr) && w > -1000;
    if (hasArea)
        crs.m_areaOfUse = {w, s, e, n};
    if (geographic)
        crs.m_worldWidth = 360.0;
    if (crs.m_mercator) {
        crs.m_drawable = {-180, -85.0511287798066, 180, 85.0511287798066};
        double a = 6378137.0;
        if (ProjPtr ellipsoid{proj_get_ellipsoid(ctx.get(), pj.get())})
            proj_ellipsoid_get_parameters(ctx.get(), ellipsoid.get(), &a, nullptr, nullptr, nullptr);
        crs.m_worldWidth = 2 * M_PI * a / crs.m_unitToMetre;
    } else if (zoneProjection && hasArea && e >= w) {
        // The area of use with a margin, so neighbouring countries still show around a UTM zone.
        constexpr double kLonMargin = 20, kLatMargin = 10;
        crs.m_drawable = {std::max(-180.0, w - kLonMargin), std::max(-90.0, s - kLatMargin),
                          std::min(180.0, e + kLonMargin), std::min(90.0, n + kLatMargin)};
    }
    return crs;
}

Crs Crs::webMercator()
{
    return fromUserString(QStringLiteral("EPSG:3857")).value();
}

Crs Crs::wgs84()
{
    return fromUserString(QStringLiteral("EPSG:4326")).value();
}

} // namespace mineatlas::geo
