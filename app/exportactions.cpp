#include "exportactions.h"

#include <QAction>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>

#include "dialogs.h"
#include "export/exportcontroller.h"
#include "exportdialog.h"
#include "mapcanvas.h"
#include "progresswidgets.h"
#include "project/project.h"
#include "windowcontext.h"

namespace mineatlas {

namespace {
const QString kExportJob = QStringLiteral("export");
}

ExportActions::ExportActions(WindowContext& c, exporting::ExportController& controller, QMenu* file)
    : QObject(&c.window), m_context(c), m_controller(controller)
{
    QAction* exportMap = file->addAction(tr("&Export map…"), this, &ExportActions::exportMap);
    exportMap->setObjectName(QStringLiteral("actionExportMap"));
    exportMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportMap->setToolTip(tr("A finished page of the map as shown: PDF, SVG or PNG, with legend, scale bar and sources"));
    connect(&m_controller, &exporting::ExportController::progress, this,
            [this](int percent) { m_context.progress.setPercent(kExportJob, percent); });
    connect(&m_controller, &exporting::ExportController::finished, this, [this](const QString& path, const QString& error) {
        m_context.progress.end(kExportJob);
        if (!error.isEmpty())
            m_context.error(error, kExportJob);
        else
            m_context.info(tr("Exported %1").arg(path), kExportJob);
    });
}

void ExportActions::exportMap()
{
    if (m_context.project.fullExtent().isEmpty()) {
        m_context.warn(tr("Open a layer first: there is no map to export"), kExportJob);
        return;
    }
    if (m_controller.isRunning()) {
        m_context.warn(tr("An export is already running"), kExportJob);
        return;
    }
    QSettings settings;
    exporting::LayoutSettings last;
    if (auto saved = exporting::LayoutSettings::fromJson(settings.value(QStringLiteral("export/layout")).toByteArray()))
        last = saved.value();
    const MapRect view = m_context.canvas.extent();
    gui::ExportDialog dialog(last, m_context.dialogs, &m_context.window);
    connect(&dialog, &gui::ExportDialog::previewRequested, this,
            [this, view](const exporting::LayoutSettings& s) { m_controller.requestPreview(s, view, 900); });
    connect(&m_controller, &exporting::ExportController::previewReady, &dialog, &gui::ExportDialog::setPreview);
    if (m_context.dialogs.exec(dialog) != QDialog::Accepted)
        return;
    const exporting::LayoutSettings chosen = dialog.settings();
    settings.setValue(QStringLiteral("export/layout"), chosen.toJson());
    QString filter;
    const QString folder = settings.value(QStringLiteral("export/lastDir")).toString();
    QString path = m_context.dialogs.saveFile(&m_context.window, tr("Export map"),
                                              folder.isEmpty() ? QString() : folder + QStringLiteral("/map"),
                                              tr("PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)"), &filter);
    if (path.isEmpty())
        return;
    // The chosen type decides, whatever the typed name ends with.
    const QString ext = filter.contains(QLatin1String("*.svg")) ? QStringLiteral("svg")
                        : filter.contains(QLatin1String("*.png")) ? QStringLiteral("png")
                        : filter.contains(QLatin1String("*.pdf")) ? QStringLiteral("pdf")
                                                                 : QFileInfo(path).suffix().toLower();
    if (QFileInfo(path).suffix().compare(ext, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + (ext.isEmpty() ? QStringLiteral("pdf") : ext);
    settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
    if (auto started = m_controller.start(path, chosen, view); !started) {
        m_context.error(started.error(), kExportJob);
        return;
    }
    m_context.progress.begin(kExportJob, tr("Exporting %1").arg(QFileInfo(path).fileName()),
                             [this] { m_controller.cancel(); });
}

} // namespace mineatlas
