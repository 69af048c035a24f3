#include "fileactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>

#include "data/sampledata.h"
#include "project/maplayer.h"
#include "project/project.h"
#include "data/vectorloader.h"
#include "dialogs.h"
#include "layerchooserdialog.h"
#include "layerloader.h"
#include "windowcontext.h"

namespace mineatlas {

namespace {
constexpr int kMaxRecent = 10;
}

FileActions::FileActions(WindowContext& c, QMenu* file, QToolBar* toolbar) : QObject(&c.window), m_context(c)
{
    QAction* open = file->addAction(tr("&Open…"), this, &FileActions::openDialog);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open layers: GeoPackage, Shapefile, GeoJSON, KML, GeoTIFF… (Ctrl+O)"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    QAction* sample = file->addAction(tr("Open &sample data"), this, [this] {
        const QString dir = data::sampleDataDirectory(QCoreApplication::applicationDirPath());
        if (dir.isEmpty()) {
            m_context.error(tr("The sample data was not found beside the app (share/mineatlas/sample-data); set "
                               "MINEATLAS_SAMPLE_DATA to its folder"),
                            QStringLiteral("sample"));
            return;
        }
        // A copy the user may edit (drawing on the sample hazard layer migrates and writes it); the
        // installed files stay as shipped.
        const QString work = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sample-data");
        auto copies = data::copySampleData(dir, work);
        if (!copies) {
            m_context.error(copies.error(), QStringLiteral("sample"));
            return;
        }
        // Files already open (from here or elsewhere, by name) are not opened twice.
        QStringList open;
        for (int i = 0; i < m_context.project.layerCount(); ++i)
            open << QFileInfo(m_context.project.layerAt(i)->sourcePath()).fileName();
        QStringList missing;
        for (const QString& copy : copies.value())
            if (!open.contains(QFileInfo(copy).fileName()))
                missing << copy;
        if (missing.isEmpty()) {
            m_context.info(tr("The sample data is already open"), QStringLiteral("sample"));
            return;
        }
        openPaths(missing);
    });
    sample->setObjectName(QStringLiteral("actionOpenSample"));
    sample->setToolTip(tr("Open the sample countries and the illustrative (not real) hazard areas, incidents "
                          "and front line"));
    toolbar->addAction(open);
    c.loader.setLayerChooser([this](const data::DatasetInfo& info) {
        gui::LayerChooserDialog dialog(info, &m_context.window);
        return m_context.dialogs.exec(dialog) == QDialog::Accepted ? dialog.chosen() : QStringList();
    });
}

void FileActions::addQuit(QMenu* file)
{
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), &m_context.window, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
}

void FileActions::openDialog()
{
    QSettings settings;
    const QStringList paths = m_context.dialogs.openFiles(&m_context.window, tr("Open layers"),
                                                          settings.value(QStringLiteral("files/lastDir")).toString(),
                                                          data::supportedFileFilter());
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("files/lastDir"), QFileInfo(paths.first()).absolutePath());
    openPaths(paths);
}

void FileActions::openPaths(const QStringList& paths)
{
    // Each opened layer goes on top: open the list from the end so that the first file named ends
    // up on top, as with mineatlas-render.
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        const QString path = QFileInfo(*it).absoluteFilePath();
        m_context.loader.open(path);
        if (m_recordRecent)
            addRecent(path);
    }
}

void FileActions::addRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("files/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("files/recent"), recent);
    rebuildRecentMenu();
}

void FileActions::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openPaths({path}); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace mineatlas
