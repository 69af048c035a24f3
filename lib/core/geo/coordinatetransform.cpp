#include "geo/coordinatetransform.h"

#include <QCoreApplication>

#include <cmath>
#include <cstring>
#include <vector>

namespace mineatlas::geo {

namespace {

/// What PROJ's "unitconvert +xy_in=deg +xy_out=rad" step multiplies by.
constexpr double kDegToRad = M_PI / 180;

/// Test points over the whole globe and a little beyond it (longitude past ±180°, latitude past
/// ±90°), as degrees.
std::vector<double> probePoints()
{
    std::vector<double> xy;
    for (double lat = -95.5; lat <= 95.5; lat += 3.7)
        for (double lon = -190.25; lon <= 190.25; lon += 6.3) {
            xy.push_back(lon);
            xy.push_back(lat);
        }
    for (double v : {0.0, 90.0, -90.0, 180.0, -180.0, 1e-9, 45.0, 89.999999}) {
        xy.push_back(v / 2);
        xy.push_back(v);
        xy.push_back(v);
        xy.push_back(v / 2);
    }
    return xy;
}

void transArray(PJ* pj, double* xy, std::size_t pointCount)
{
    proj_errno_reset(pj);
    proj_trans_generic(pj, PJ_FWD, xy, 2 * sizeof(double), pointCount, xy + 1, 2 * sizeof(double), pointCount, nullptr,
                       0, 0, nullptr, 0, 0);
}

/// PROJ runs a pipeline one point and one step at a time, and the first step of most operations
/// from longitude/latitude only multiplies by π/180 (a third of PROJ's time on a Web Mercator
/// pipeline). The rest of the pipeline, given radians, when it gives exactly what the whole one
/// gives on points over the globe; otherwise null.
ProjPtr withoutDegreeStep(PJ_CONTEXT* ctx, PJ* pj)
{
    const char* text = proj_as_proj_string(ctx, pj, PJ_PROJ_5, nullptr);
    if (!text)
        return {};
    const QString def = QString::fromUtf8(text);
    const QString lead = QStringLiteral("+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step ");
    if (!def.startsWith(lead))
        return {};
    const QString rest = def.mid(lead.size());
    const bool oneStep = !rest.contains(QLatin1String("+step")) && !rest.startsWith(QLatin1String("+inv"));
    const QString restDef = oneStep ? rest : QStringLiteral("+proj=pipeline +step ") + rest;
    ProjPtr inner(proj_create(ctx, restDef.toUtf8().constData()));
    if (!inner)
        return {};
    std::vector<double> whole = probePoints(), shortcut = whole;
    for (double& v : shortcut)
        v *= kDegToRad;
    transArray(pj, whole.data(), whole.size() / 2);
    transArray(inner.get(), shortcut.data(), shortcut.size() / 2);
    // Bit for bit, failures (HUGE_VAL) included.
    if (std::memcmp(whole.data(), shortcut.data(), whole.size() * sizeof(double)) != 0)
        return {};
    return inner;
}

} // namespace

Result<CoordinateTransform> CoordinateTransform::create(const QString& srcDefinition,
                                                        const QString& dstDefinition)
{
    CoordinateTransform t;
    if (srcDefinition == dstDefinition)
        return t;
    t.m_ctx.reset(proj_context_create());
    proj_log_level(t.m_ctx.get(), PJ_LOG_NONE);
    ProjPtr src(proj_create(t.m_ctx.get(), srcDefinition.toUtf8().constData()));
    ProjPtr dst(proj_create(t.m_ctx.get(), dstDefinition.toUtf8().constData()));
    if (!src || !dst)
        return Error{QCoreApplication::translate("Crs", "PROJ cannot read the CRS %1")
                         .arg(!src ? srcDefinition.left(80) : dstDefinition.left(80))};
    ProjPtr op(proj_create_crs_to_crs_from_pj(t.m_ctx.get(), src.get(), dst.get(), nullptr, nullptr));
    if (!op)
        return Error{QCoreApplication::translate("Crs", "PROJ found no transformation from %1 to %2: %3")
                         .arg(srcDefinition.left(80), dstDefinition.left(80),
                              QString::fromUtf8(proj_context_errno_string(
                                  t.m_ctx.get(), proj_context_errno(t.m_ctx.get()))))};
    t.m_pj.reset(proj_normalize_for_visualization(t.m_ctx.get(), op.get()));
    if (!t.m_pj)
        return Error{
            QCoreApplication::translate("Crs", "PROJ cannot normalise the axis order of %1").arg(srcDefinition.left(80))};
    t.m_fromRadians = withoutDegreeStep(t.m_ctx.get(), t.m_pj.get());
    return t;
}

bool CoordinateTransform::onlyBallpark(const QString& srcDefinition, const QString& dstDefinition)
{
    if (srcDefinition == dstDefinition)
        return false;
    ProjContextPtr ctx(proj_context_create());
    proj_log_level(ctx.get(), PJ_LOG_NONE);
    ProjPtr src(proj_create(ctx.get(), srcDefinition.toUtf8().constData()));
    ProjPtr dst(proj_create(ctx.get(), dstDefinition.toUtf8().constData()));
    if (!src || !dst)
        return false;
    PJ_OPERATION_FACTORY_CONTEXT* factory = proj_create_operation_factory_context(ctx.get(), nullptr);
    if (!factory)
        return false;
    // Every operation counts, wherever it applies and whatever grid it needs: a better one that
    // exists somewhere means the datum is known.
    proj_operation_factory_context_set_spatial_criterion(ctx.get(), factory,
                                                         PROJ_SPATIAL_CRITERION_PARTIAL_INTERSECTION);
    proj_operation_factory_context_set_grid_availability_use(ctx.get(), factory, PROJ_GRID_AVAILABILITY_IGNORED);
    PJ_OBJ_LIST* ops = proj_create_operations(ctx.get(), src.get(), dst.get(), factory);
    const int count = ops ? proj_list_get_count(ops) : 0;
    bool ballpark = count > 0;
    for (int i = 0; i < count && ballpark; ++i) {
        ProjPtr op(proj_list_get(ctx.get(), ops, i));
        if (op && !proj_coordoperation_has_ballpark_transformation(ctx.get(), op.get()))
            ballpark = false;
    }
    if (ops)
        proj_list_destroy(ops);
    proj_operation_factory_context_destroy(factory);
    return ballpark;
}

std::size_t CoordinateTransform::transform(double* xy, std::size_t pointCount) const
{
    if (!m_pj || pointCount == 0)
        return 0;
    if (m_fromRadians) {
        for (std::size_t i = 0; i < 2 * pointCount; ++i)
            xy[i] *= kDegToRad;
        transArray(m_fromRadians.get(), xy, pointCount);
    } else {
        transArray(m_pj.get(), xy, pointCount);
    }
    std::size_t failed = 0;
    for (std::size_t i = 0; i < pointCount; ++i) {
        double& x = xy[2 * i];
        double& y = xy[2 * i + 1];
        if (!std::isfinite(x) || !std::isfinite(y) || std::abs(x) > 1e15 || std::abs(y) > 1e15) {
            x = y = std::nan("");
            ++failed;
        }
    }
    return failed;
}

bool CoordinateTransform::transform(double& x, double& y) const
{
    double xy[2] = {x, y};
    if (transform(xy, 1) != 0)
        return false;
    x = xy[0];
    y = xy[1];
    return true;
}

} // namespace mineatlas::geo
