#pragma once

class QWidget;

namespace mineatlas {
namespace gui {
class IconTheme;
}

/// Gives the window's map tools and main actions their icons (resources/icons), found by the
/// actions' object names, through `theme` (which redraws them when the palette changes).
void assignToolIcons(gui::IconTheme& theme, QWidget& window);

} // namespace mineatlas
