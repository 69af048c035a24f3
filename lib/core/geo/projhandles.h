#pragma once

#include <memory>

#include <proj.h>

namespace mineatlas::geo {

/// Owning handles for PROJ objects: every PJ and PJ_CONTEXT lives in one of these.
struct ProjContextDeleter {
    void operator()(PJ_CONTEXT* ctx) const { proj_context_destroy(ctx); }
};
struct ProjDeleter {
    void operator()(PJ* pj) const { proj_destroy(pj); }
};
using ProjContextPtr = std::unique_ptr<PJ_CONTEXT, ProjContextDeleter>;
using ProjPtr = std::unique_ptr<PJ, ProjDeleter>;

} // namespace mineatlas::geo
