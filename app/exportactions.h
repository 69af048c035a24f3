#pragma once

#include <QObject>

class QMenu;

namespace mineatlas::exporting {
class ExportController;
}

namespace mineatlas {

struct WindowContext;

/// File ▸ Export map…: the export dialog with its live preview, the file to write, and the
/// export running on a worker with progress and Cancel in the status bar. The page settings of
/// the last export are kept (as a template) for the next one. GUI thread only.
class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(WindowContext& context, exporting::ExportController& controller, QMenu* fileMenu);

    void exportMap();

private:
    WindowContext& m_context;
    exporting::ExportController& m_controller;
};

} // namespace mineatlas
