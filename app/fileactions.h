#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QToolBar;

namespace mineatlas {

struct WindowContext;

/// File ▸ Open, Open Recent and Quit, and what opening means: each file goes on top of the
/// layer stack, a file with several layers asks which ones, and opened files are remembered.
/// GUI thread only.
class FileActions : public QObject {
    Q_OBJECT
public:
    FileActions(WindowContext& context, QMenu* fileMenu, QToolBar* toolbar);

    void openPaths(const QStringList& paths);
    /// Scripted runs leave the user's recent files alone.
    void setRecordRecent(bool on) { m_recordRecent = on; }
    /// File ▸ Quit, added last by the window.
    void addQuit(QMenu* fileMenu);

private:
    void openDialog();
    void addRecent(const QString& path);
    void rebuildRecentMenu();

    WindowContext& m_context;
    QMenu* m_recentMenu;
    bool m_recordRecent = true;
};

} // namespace mineatlas
