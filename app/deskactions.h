#pragma once

#include <QList>
#include <QObject>

class QDockWidget;
class QMenu;

namespace mineatlas {

class ProjectActions;
struct WindowContext;

/// The width a dock area needs so that the tabs of `docks` (tabified together) show their whole
/// titles in the interface language, at least `minimum` pixels.
int tabbedDockWidth(const QList<QDockWidget*>& docks, int minimum);

/// File ▸ Open recent project: the last project files opened or saved (project::RecentProjects in
/// the app's QSettings), newest first, and "Clear list". A file gone since is taken off the list
/// with a message instead of failing to open. GUI thread only.
class DeskActions : public QObject {
    Q_OBJECT
public:
    DeskActions(WindowContext& context, ProjectActions& projects, QMenu* fileMenu);
    QMenu* recentProjectsMenu() const { return m_recent; }

private:
    void rebuild();
    void rebuildLater();
    void open(const QString& path);

    WindowContext& m_context;
    ProjectActions& m_projects;
    QMenu* m_recent;
};

} // namespace mineatlas
