#pragma once

#include <memory>
#include <optional>

#include <QSize>
#include <QString>

namespace mineatlas::data {
class StoreCache;
}
namespace mineatlas::treaty {
class TreatyTable;
}

namespace mineatlas {

/// `mineatlas-render --project FILE --out OUT.png`: the project's layers loaded as the window
/// loads them, given their saved styles and joins, drawn at the saved view, date and canvas size
/// (`size` overrides it), with the window's map title. Returns the process exit code after
/// printing errors: 0 written, 1 rendered with errors, 2 could not render.
int renderProject(const QString& projectPath, const QString& out, std::optional<QSize> size,
                  std::shared_ptr<const treaty::TreatyTable> table, const data::StoreCache* cache);

} // namespace mineatlas
