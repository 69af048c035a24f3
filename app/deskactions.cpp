#include "deskactions.h"

#include <algorithm>

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QTabBar>

#include "project/recentprojects.h"
#include "projectactions.h"
#include "windowcontext.h"

namespace mineatlas {

namespace {
const QString kRecentKey = QStringLiteral("recent-projects");
}

int tabbedDockWidth(const QList<QDockWidget*>& docks, int minimum)
{
    if (docks.isEmpty())
        return minimum;
    // A tab bar like the one QMainWindow makes, in the window's style and font: its size hint is
    // what the tabs need unelided (padding and frame included).
    QTabBar bar(docks.front()->parentWidget());
    bar.hide();
    bar.setDrawBase(false);
    bar.setElideMode(Qt::ElideNone);
    for (QDockWidget* d : docks)
        bar.addTab(d->windowTitle());
    return std::max(minimum, bar.sizeHint().width() + 8);
}

DeskActions::DeskActions(WindowContext& c, ProjectActions& projects, QMenu* file)
    : QObject(&c.window), m_context(c), m_projects(projects), m_recent(new QMenu(tr("Open &recent project"), file))
{
    m_recent->setObjectName(QStringLiteral("recentProjectsMenu"));
    m_recent->menuAction()->setObjectName(QStringLiteral("actionRecentProjects"));
    // Right under Open project….
    QAction* after = c.window.findChild<QAction*>(QStringLiteral("actionOpenProject"));
    const QList<QAction*> actions = file->actions();
    const qsizetype at = actions.indexOf(after);
    file->insertMenu(at >= 0 && at + 1 < actions.size() ? actions[at + 1] : nullptr, m_recent);
    connect(m_recent, &QMenu::aboutToShow, this, &DeskActions::rebuild);
    // Opened or saved under a name: on top of the list.
    connect(&projects.controller(), &project::ProjectController::pathChanged, this, [this](const QString& path) {
        if (path.isEmpty())
            return;
        QSettings settings;
        project::RecentProjects(settings).add(path);
        rebuildLater();
    });
    rebuild();
}

void DeskActions::rebuildLater()
{
    // Called from a menu entry's own triggered(): rebuilding now would delete that entry under Qt.
    QMetaObject::invokeMethod(this, &DeskActions::rebuild, Qt::QueuedConnection);
}

void DeskActions::rebuild()
{
    m_recent->clear();
    QSettings settings;
    const QStringList paths = project::RecentProjects(settings).paths();
    for (const QString& path : paths) {
        QAction* a = m_recent->addAction(QFileInfo(path).fileName(), this, [this, path] { open(path); });
        a->setData(path);
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
    }
    m_recent->setToolTipsVisible(true);
    m_recent->addSeparator();
    QAction* clear = m_recent->addAction(tr("Clear list"), this, [this] {
        QSettings s;
        project::RecentProjects(s).clear();
        m_context.info(tr("The list of recent projects is cleared."), kRecentKey);
        rebuildLater();
    });
    clear->setObjectName(QStringLiteral("actionClearRecentProjects"));
    clear->setEnabled(!paths.isEmpty());
}

void DeskActions::open(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        // Gone since (moved, deleted, an unplugged drive): off the list, with every other gone file.
        QSettings settings;
        project::RecentProjects recent(settings);
        recent.remove(path);
        const QStringList gone = QStringList{path} + recent.removeMissing();
        QStringList names;
        for (const QString& g : gone)
            names << QDir::toNativeSeparators(g);
        m_context.warn(tr("%n project file(s) no longer found, taken off the recent list: %1", nullptr,
                          int(names.size()))
                           .arg(names.join(QStringLiteral(", "))),
                       kRecentKey);
        rebuildLater();
        return;
    }
    m_projects.openProject(path);
}

} // namespace mineatlas
