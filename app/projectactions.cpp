#include "projectactions.h"

#include <algorithm>

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include "data/sampledata.h"
#include "datecontrol.h"
#include "dialogs.h"
#include "hazard/teamworkspace.h"
#include "layerloader.h"
#include "mapcanvas.h"
#include "missingfilesdialog.h"
#include "project/maplayer.h"
#include "project/project.h"
#include "time/timecontroller.h"
#include "treaty/contamination.h"
#include "treaty/treatycontroller.h"
#include "treatyactions.h"
#include "viewactions.h"
#include "windowcontext.h"

namespace mineatlas {

namespace {
const QString kKey = QStringLiteral("project");
const QString kSampleProject = QStringLiteral("sample.mineatlas");

const std::vector<std::pair<time::TimeController::Unit, QString>>& unitKeys()
{
    static const std::vector<std::pair<time::TimeController::Unit, QString>> keys{
        {time::TimeController::Unit::Event, QStringLiteral("event")},
        {time::TimeController::Unit::Day, QStringLiteral("day")},
        {time::TimeController::Unit::Week, QStringLiteral("week")},
        {time::TimeController::Unit::Month, QStringLiteral("month")},
        {time::TimeController::Unit::Year, QStringLiteral("year")}};
    return keys;
}

QString projectFilter()
{
    return QCoreApplication::translate("mineatlas::ProjectActions", "MineAtlas project (*.mineatlas);;All files (*)");
}
} // namespace

ProjectActions::ProjectActions(WindowContext& c, treaty::TreatyController& treaty, TreatyActions& treatyActions,
                               ViewActions& viewActions, QMenu* file)
    : QObject(&c.window), m_context(c), m_treaty(treaty), m_treatyActions(treatyActions), m_viewActions(viewActions),
      m_controller(c.project, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery"))
{
    m_controller.setCapture([this] { return capture(); });
    // At the top of the File menu, before the layer actions.
    QAction* first = file->actions().value(0);
    auto add = [&](const QString& text, const char* name, auto slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, this, slot);
        file->insertAction(first, a);
        return a;
    };
    QAction* create = add(tr("&New project"), "actionNewProject", [this] { newProject(); });
    create->setShortcut(QKeySequence::New);
    create->setToolTip(tr("Close the layers and start an empty project"));
    QAction* open = add(tr("Open &project…"), "actionOpenProject", [this] {
        if (!maybeSave())
            return;
        QSettings settings;
        const QString path = m_context.dialogs.openFile(&m_context.window, tr("Open project"),
                                                        settings.value(QStringLiteral("project/lastDir")).toString(),
                                                        projectFilter());
        if (path.isEmpty())
            return;
        settings.setValue(QStringLiteral("project/lastDir"), QFileInfo(path).absolutePath());
        openFile(path);
    });
    // Ctrl+O opens layers; the project gets Ctrl+Shift+O.
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    open->setToolTip(tr("Open a saved MineAtlas project (.mineatlas): layers, styles, view, date"));
    QAction* saveAction = add(tr("&Save project"), "actionSaveProject", [this] { save(); });
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setToolTip(tr("Save the layers, styles, joins, view, date and page template to the project file"));
    QAction* saveAsAction = add(tr("Save project &as…"), "actionSaveProjectAs", [this] { saveAs(); });
    // The platform's Save As key; some platforms have none, then Ctrl+Shift+S as on most others.
    const QList<QKeySequence> saveAsKeys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    saveAsAction->setShortcuts(saveAsKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}
                                                    : saveAsKeys);
    saveAsAction->setToolTip(tr("Save the project to a new file (layer paths are kept relative to it)"));
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    file->insertAction(first, separator);

    connect(&m_controller, &project::ProjectController::modifiedChanged, this, &ProjectActions::updateTitle);
    connect(&m_controller, &project::ProjectController::pathChanged, this, &ProjectActions::updateTitle);
    connect(&m_controller, &project::ProjectController::recoveryWritten, this,
            [this](const QString&, const QString& error) {
                if (!error.isEmpty())
                    m_context.warn(error, QStringLiteral("recovery"));
            });
    connect(&c.loader, &gui::LayerLoader::layerAdded, this, &ProjectActions::layerLoaded);
    connect(&c.loader, &gui::LayerLoader::idle, this, [this] {
        if (m_opening)
            finishOpening();
    });
    updateTitle();
    // After the window is up: what a killed session left.
    QTimer::singleShot(0, this, &ProjectActions::offerRecovery);
}

void ProjectActions::updateTitle()
{
    m_context.window.setWindowTitle(tr("%1[*] — MineAtlas").arg(m_controller.name()));
    m_context.window.setWindowModified(m_controller.isModified());
}

project::ProjectDocument ProjectActions::capture() const
{
    project::ProjectDocument d;
    const project::Project& p = m_context.project;
    d.crs = p.crs().authId().isEmpty() ? p.crs().definition() : p.crs().authId();
    d.view = m_context.canvas.extent();
    d.viewSize = m_context.canvas.size();
    d.date = p.date();
    d.highlighted = m_treaty.highlighted();
    const time::TimeController& t = *m_treatyActions.dateControl()->controller();
    if (t.rangeSetByUser()) {
        d.time.rangeStart = t.rangeStart();
        d.time.rangeEnd = t.rangeEnd();
    }
    for (const auto& [unit, key] : unitKeys())
        if (unit == t.unit())
            d.time.unit = key;
    d.time.speed = t.speed();
    d.time.loop = t.loops();
    if (auto layout = exporting::LayoutSettings::fromJson(QSettings().value(QStringLiteral("export/layout")).toByteArray()))
        d.layout = layout.value();
    for (int i = 0; i < p.layerCount(); ++i)
        d.layers.push_back(project::captureLayer(*p.layerAt(i)));
    return d;
}

bool ProjectActions::maybeSave()
{
    if (!m_controller.isModified() || !m_context.dialogs.canAsk())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The project %1 has changes that are not saved. Save them?").arg(m_controller.name()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, &m_context.window);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setDefaultButton(QMessageBox::Save);
    m_context.dialogs.exec(box);
    switch (box.standardButton(box.clickedButton())) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false; // Cancel, Esc, or closed
    }
}

bool ProjectActions::confirmClose()
{
    return maybeSave();
}

void ProjectActions::closed()
{
    m_controller.removeRecovery();
}

bool ProjectActions::save()
{
    return m_controller.path().isEmpty() ? saveAs() : saveTo(m_controller.path());
}

bool ProjectActions::saveAs()
{
    QSettings settings;
    const QString dir = m_controller.path().isEmpty() ? settings.value(QStringLiteral("project/lastDir")).toString()
                                                      : QFileInfo(m_controller.path()).absolutePath();
    QString path = m_context.dialogs.saveFile(&m_context.window, tr("Save project as"),
                                              QDir(dir).filePath(m_controller.name() + QStringLiteral(".mineatlas")),
                                              projectFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".mineatlas");
    settings.setValue(QStringLiteral("project/lastDir"), QFileInfo(path).absolutePath());
    return saveTo(path);
}

bool ProjectActions::saveTo(const QString& path)
{
    if (auto saved = m_controller.save(path); !saved) {
        m_context.error(saved.error(), kKey);
        return false;
    }
    m_context.info(tr("Saved project %1").arg(QDir::toNativeSeparators(path)), kKey);
    return true;
}

void ProjectActions::clearMap()
{
    m_context.loader.cancel();
    while (m_context.project.layerCount() > 0)
        m_context.project.removeLayer(0);
}

void ProjectActions::newProject()
{
    if (!maybeSave())
        return;
    m_controller.setRestoring(true);
    clearMap();
    m_controller.setRestoring(false);
    m_controller.reset({});
    m_context.info(tr("New project"), kKey);
}

bool ProjectActions::openProject(const QString& path)
{
    return maybeSave() && openFile(path);
}

bool ProjectActions::openFile(const QString& path)
{
    auto document = project::loadProjectFile(path);
    if (!document) {
        m_context.error(document.error(), kKey);
        return false;
    }
    openDocument(document.value(), QFileInfo(path).absoluteFilePath(), {});
    return true;
}

void ProjectActions::openDocument(const project::ProjectDocument& document, const QString& path,
                                  const QString& recoveredFrom)
{
    project::ProjectDocument d = document;
    // Files not where the project says: offered for repair before anything changes.
    QStringList missing;
    std::vector<std::size_t> missingIndex;
    for (std::size_t i = 0; i < d.layers.size(); ++i)
        if (!hazard::isTeamWorkspace(d.layers[i].path) && !QFileInfo::exists(d.layers[i].path) &&
            !missing.contains(d.layers[i].path)) {
            missing << d.layers[i].path;
            missingIndex.push_back(i);
        }
    m_repaired = 0;
    if (!missing.isEmpty() && m_context.dialogs.canAsk()) {
        gui::MissingFilesDialog dialog(missing, m_context.dialogs, &m_context.window);
        if (m_context.dialogs.exec(dialog) != QDialog::Accepted) {
            m_context.info(tr("Opening %1 canceled").arg(QFileInfo(path).fileName()), kKey);
            return;
        }
        for (int row = 0; row < dialog.rowCount(); ++row)
            if (!dialog.resolved(row).isEmpty()) {
                for (auto& l : d.layers)
                    if (l.path == missing[row])
                        l.path = dialog.resolved(row);
                ++m_repaired;
            }
    }

    m_opening = true;
    m_document = d;
    m_openingPath = path;
    m_recoveredFrom = recoveredFrom;
    m_pending.clear();
    m_skipped.clear();
    m_controller.setRestoring(true);
    clearMap();
    m_context.canvas.setMarker(std::nullopt);
    if (d.crs != m_context.project.crs().authId() && d.crs != m_context.project.crs().definition())
        m_viewActions.setMapCrs(d.crs);
    if (!d.highlighted.isEmpty()) {
        m_treaty.setHighlighted(d.highlighted);
        m_context.loader.setHighlighted(m_treaty.highlighted());
    }
    if (d.date.isValid()) {
        m_treatyActions.dateControl()->setDate(d.date);
        m_context.project.setDate(d.date);
    }
    if (d.layout)
        QSettings().setValue(QStringLiteral("export/layout"), d.layout->toJson());
    for (std::size_t i = 0; i < d.layers.size(); ++i) {
        // A workspace is not a file: reachable (and its password known) or left out like a missing one.
        const bool workspace = hazard::isTeamWorkspace(d.layers[i].path);
        if (workspace ? m_reconnect && m_reconnect(d.layers[i].path, d.layers[i].sourceLayer)
                      : QFileInfo::exists(d.layers[i].path))
            m_pending.push_back({d.layers[i], static_cast<int>(i), 0});
        else
            m_skipped.emplace_back(static_cast<int>(i), d.layers[i]);
    }
    if (m_pending.empty()) {
        finishOpening();
        return;
    }
    m_context.info(tr("Opening project %1…").arg(QFileInfo(path).fileName()), kKey);
    // Each opened layer goes on top: bottom first, so the first in the file ends up on top.
    for (auto it = m_pending.crbegin(); it != m_pending.crend(); ++it)
        m_context.loader.open(it->layer.path, it->layer.sourceLayer);
}

void ProjectActions::layerLoaded(project::MapLayer* layer)
{
    if (!m_opening)
        return;
    auto canonical = [](const QString& p) {
        return hazard::isTeamWorkspace(p) ? p : QFileInfo(p).absoluteFilePath();
    };
    const QString path = canonical(layer->sourcePath());
    for (Pending& p : m_pending) {
        if (p.id != 0 || canonical(p.layer.path) != path ||
            (!p.layer.sourceLayer.isEmpty() && p.layer.sourceLayer != layer->sourceLayer()))
            continue;
        p.id = layer->id();
        std::shared_ptr<const treaty::ContaminationTable> contamination;
        if (p.layer.contamination)
            if (auto table = treaty::ContaminationTable::loadBuiltIn())
                contamination = table.value();
        for (const QString& w : project::applyLayer(p.layer, *layer, &m_treaty, contamination.get()))
            m_context.warn(w);
        return;
    }
}

void ProjectActions::finishOpening()
{
    if (m_context.loader.isBusy())
        return;
    m_opening = false;
    // The file's order, whatever order the loads finished in; layers that failed to load are kept.
    int target = 0;
    for (const Pending& p : m_pending) {
        if (project::MapLayer* l = m_context.project.layerById(p.id)) {
            m_context.project.moveLayer(m_context.project.indexOf(l), target);
            ++target;
        } else {
            m_skipped.emplace_back(p.index, p.layer);
        }
    }
    std::sort(m_skipped.begin(), m_skipped.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    // Time settings after the layers: loading fits the play range to their dates.
    time::TimeController& t = *m_treatyActions.dateControl()->controller();
    for (const auto& [unit, key] : unitKeys())
        if (key == m_document.time.unit)
            t.setUnit(unit);
    if (m_document.time.speed > 0)
        t.setSpeed(m_document.time.speed);
    t.setLoop(m_document.time.loop);
    if (m_document.time.rangeStart.isValid() && m_document.time.rangeEnd.isValid())
        t.setRangeByUser(m_document.time.rangeStart, m_document.time.rangeEnd);
    if (m_document.date.isValid()) {
        m_treatyActions.dateControl()->setDate(m_document.date);
        m_context.project.setDate(m_document.date);
    }
    if (!m_document.view.isEmpty())
        m_context.canvas.setExtent(m_document.view);
    else
        m_context.canvas.zoomToFullExtent();
    m_controller.setRestoring(false);
    m_controller.reset(m_openingPath);
    m_controller.setSkipped(m_skipped);
    if (!m_skipped.empty()) {
        QStringList names;
        for (const auto& [index, layer] : m_skipped)
            names << QStringLiteral("%1 (%2)").arg(layer.name, QDir::toNativeSeparators(layer.path));
        m_context.warn(tr("%n layer(s) of the project were not opened: %1. They stay in the project; open it again to "
                          "repair their paths.",
                          nullptr, static_cast<int>(names.size()))
                           .arg(names.join(QStringLiteral("; "))),
                       QStringLiteral("project-skipped"));
    } else {
        m_context.messages.clear(QStringLiteral("project-skipped"));
    }
    if (!m_recoveredFrom.isEmpty()) {
        // Unsaved work: marked as such, and the copy carried on under this session's name.
        if (m_recoveredFrom != m_controller.recoveryPath())
            QFile::remove(m_recoveredFrom);
        m_controller.setModified(true);
        if (auto written = m_controller.writeRecovery(); !written)
            m_context.warn(written.error(), QStringLiteral("recovery"));
        m_context.info(tr("Recovered the unsaved changes to %1").arg(m_controller.name()), kKey);
    } else {
        if (m_repaired > 0)
            m_controller.setModified(true); // the new paths are saved with the project
        m_context.info(tr("Opened project %1").arg(QDir::toNativeSeparators(m_openingPath)), kKey);
    }
    Q_EMIT projectOpened(m_openingPath);
}

void ProjectActions::offerRecovery()
{
    const QStringList files = m_controller.recoveryFiles();
    if (files.isEmpty() || !m_context.dialogs.canAsk())
        return;
    const QString file = files.first();
    auto recovered = m_controller.readRecovery(file);
    if (!recovered) {
        m_context.error(recovered.error(), QStringLiteral("recovery"));
        return;
    }
    const QString name = recovered->second.isEmpty() ? tr("an untitled project") : QFileInfo(recovered->second).fileName();
    if (!m_context.dialogs.confirm(&m_context.window, tr("Recover unsaved changes"),
                                   tr("MineAtlas did not close normally. Recover the unsaved changes to %1, saved "
                                      "automatically at %2?")
                                       .arg(name, QLocale().toString(QFileInfo(file).lastModified(), QLocale::ShortFormat)))) {
        QFile::remove(file);
        return;
    }
    openDocument(recovered->first, recovered->second, file);
}

void ProjectActions::openSampleProject()
{
    const QString dir = data::sampleDataDirectory(QCoreApplication::applicationDirPath());
    if (dir.isEmpty() || !QFileInfo::exists(QDir(dir).filePath(kSampleProject))) {
        m_context.error(tr("The sample project was not found beside the app (share/mineatlas/sample-data/%1); set "
                           "MINEATLAS_SAMPLE_DATA to its folder")
                            .arg(kSampleProject),
                        kKey);
        return;
    }
    // A copy the user may edit and save; the installed files stay as shipped.
    const QString work = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sample-data");
    auto copies = data::copySampleData(dir, work);
    if (!copies) {
        m_context.error(copies.error(), kKey);
        return;
    }
    const QString project = QDir(work).filePath(kSampleProject);
    if (!QFileInfo::exists(project) && !QFile::copy(QDir(dir).filePath(kSampleProject), project)) {
        m_context.error(tr("Cannot copy the sample project to %1").arg(project), kKey);
        return;
    }
    QFile::setPermissions(project, QFile::permissions(project) | QFile::WriteOwner);
    openProject(project);
}

void ProjectActions::offerSampleProject()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("Welcome to MineAtlas"),
                                tr("New here? The sample project shows country borders coloured by Mine Ban Treaty "
                                   "status, illustrative (not real) hazard areas and incidents, and place names."),
                                QMessageBox::NoButton, &m_context.window);
    box->setObjectName(QStringLiteral("welcomeBox"));
    QPushButton* open = box->addButton(tr("Open the sample project"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openSampleProject"));
    box->addButton(tr("Not now"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false); // the window stays usable
    connect(open, &QPushButton::clicked, this, &ProjectActions::openSampleProject);
    box->show();
}

} // namespace mineatlas
