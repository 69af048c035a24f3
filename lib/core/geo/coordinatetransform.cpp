#include "geo/coordinatetransform.h"

#include <QCoreApplication>

#include <cmath>

namespace mineatlas::geo {

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
    proj_errno_reset(m_pj.get());
    proj_trans_generic(m_pj.get(), PJ_FWD, xy, 2 * sizeof(double), pointCount, xy + 1, 2 * sizeof(double),
                       pointCount, nullptr, 0, 0, nullptr, 0, 0);
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
