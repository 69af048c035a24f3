#pragma once

#include <atomic>

#include <QString>

#include "export/layoutcontent.h"
#include "export/layoutsettings.h"
#include "feedback.h"
#include "result.h"

namespace mineatlas::exporting {

enum class PageFormat { Pdf, Svg, Png };

/// The format a file name asks for (by extension), or an error naming the extensions it knows.
Result<PageFormat> formatOf(const QString& path);

/// Writes the page to `path`: PDF (vector, text selectable), SVG (vector) or PNG (settings.dpi).
/// A brief's hazard statistics are measured here, from the files. Runs on the calling thread
/// (call it from a worker); polls `cancel` and reports through `feedback`. The file is written
/// to a temporary name and renamed, so a failed or canceled export leaves no half file.
Result<QString> writePage(const QString& path, const LayoutSettings& settings, const LayoutContent& content,
                          const std::atomic<bool>& cancel, Feedback* feedback = nullptr);

} // namespace mineatlas::exporting
