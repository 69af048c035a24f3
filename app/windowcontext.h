#pragma once

#include <memory>

#include <QString>

#include "messagebar.h"

class QAction;
class QActionGroup;
class QMainWindow;

namespace mineatlas::geo {
class MagneticModel;
}
namespace mineatlas::project {
class Project;
}
namespace mineatlas::gui {
class Dialogs;
class LayerLoader;
class LayerPanel;
class MapCanvas;
class MapTool;
} // namespace mineatlas::gui

namespace mineatlas {

class ProgressWidgets;

/// What the action groups of the main window share: the window's parts and the few things they
/// all do (messages, the one active map tool). Owned by the MainWindow; GUI thread only.
struct WindowContext {
    QMainWindow& window;
    project::Project& project;
    gui::MapCanvas& canvas;
    gui::LayerLoader& loader;
    gui::LayerPanel& layers;
    gui::MessageBar& messages;
    gui::Dialogs& dialogs;
    ProgressWidgets& progress;
    /// Exactly one map tool is active: pan, zoom box, draw or edit vertices.
    QActionGroup& tools;
    QAction* panAction = nullptr;
    gui::MapTool* panTool = nullptr;
    /// The World Magnetic Model for magnetic bearings (measure tool, survey entry); nullptr if it
    /// could not be read (then only true bearings are offered).
    std::shared_ptr<const geo::MagneticModel> magnetic = nullptr;

    void info(const QString& text, const QString& key = {}) { messages.push(gui::MessageBar::Level::Info, text, key); }
    void warn(const QString& text, const QString& key = {}) { messages.push(gui::MessageBar::Level::Warning, text, key); }
    void error(const QString& text, const QString& key = {}) { messages.push(gui::MessageBar::Level::Error, text, key); }
    /// Back to the pan / identify tool (Esc, or when a tool cannot start).
    void usePanTool();
};

} // namespace mineatlas
