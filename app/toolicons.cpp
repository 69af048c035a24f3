#include "toolicons.h"

#include <QAction>
#include <QWidget>

#include "icons.h"

namespace mineatlas {

void assignToolIcons(gui::IconTheme& theme, QWidget& window)
{
    static const struct {
        const char* action;
        const char* icon;
    } kIcons[] = {
        {"actionOpen", "open"},
        {"actionPan", "pan"},
        {"actionZoomBox", "zoom-box"},
        {"actionZoomIn", "zoom-in"},
        {"actionZoomOut", "zoom-out"},
        {"actionZoomFull", "zoom-full"},
        {"actionZoomLayer", "zoom-layer"},
        {"actionMeasureDistance", "measure-distance"},
        {"actionMeasureArea", "measure-area"},
        {"actionDraw", "draw"},
        {"actionEditVertices", "edit-vertices"},
        {"actionSelectFeatures", "select"},
        {"actionGeorefPick", "georef-pick"},
        {"actionAttributeTable", "attribute-table"},
        {"actionUndo", "undo"},
        {"actionRedo", "redo"},
        {"actionExportMap", "export"},
        {"actionFind", "find"},
        {"actionPreferences", "preferences"},
        {"actionAbout", "about"},
    };
    for (const auto& [name, icon] : kIcons)
        if (auto* a = window.findChild<QAction*>(QString::fromLatin1(name)))
            theme.assign(a, QString::fromLatin1(icon));
}

} // namespace mineatlas
