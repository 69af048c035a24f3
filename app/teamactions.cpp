#include "teamactions.h"

#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QTreeView>

#include "areaoutlineoverlay.h"
#include "conflictdialog.h"
#include "dialogs.h"
#include "hazard/editsession.h"
#include "hazard/workspacecontroller.h"
#include "hazardactions.h"
#include "hazardform.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mapcanvas.h"
#include "panzoomtool.h"
#include "passworddialog.h"
#include "project/layerlistmodel.h"
#include "project/project.h"
#include "windowcontext.h"
#include "workspacedialog.h"

namespace mineatlas {

namespace {
const QString kMessage = QStringLiteral("workspace");
const QString kRemote = QStringLiteral("remote-changes");
const QString kChangedPrefix = QStringLiteral("changed:");
const QString kConflictPrefix = QStringLiteral("conflict:");
const QColor kMine(230, 120, 0);
const QColor kTheirs(30, 90, 220);
const QColor kChanged(200, 0, 160);

QString sameLayer(const QString& layer)
{
    return layer.isEmpty() ? QString::fromLatin1(hazard::HazardStore::kDefaultLayer) : layer;
}
} // namespace

TeamActions::TeamActions(WindowContext& c, hazard::EditSession& session, HazardActions& hazard,
                         gui::PanZoomTool* panTool, QMenu* file, QMenu* layer)
    : QObject(&c.window), m_context(c), m_session(session), m_hazard(hazard),
      m_workspace(new hazard::WorkspaceController(this)), m_outlines(new gui::AreaOutlineOverlay(&c.canvas, c.project))
{
    // Session passwords live in the controller only; the loader and the edit session ask for them.
    c.loader.setPasswordSource([this](const QString& path) { return m_workspace->passwordFor(path); });
    m_session.setPasswordSource([this](const QString& path) { return m_workspace->passwordFor(path); });
    m_workspace->setOwnConnections([this] {
        QSet<qint64> pids;
        if (m_session.isEditing() && m_session.store()->isWorkspace())
            pids.insert(m_session.store()->backendPid());
        return pids;
    });

    QAction* open = new QAction(tr("Open hazard &workspace…"), this);
    open->setObjectName(QStringLiteral("actionOpenWorkspace"));
    open->setToolTip(tr("Edit a team's hazard areas in PostgreSQL + PostGIS with others"));
    connect(open, &QAction::triggered, this, &TeamActions::openWorkspace);
    file->addAction(open);
    layer->addAction(tr("Add Post&GIS layer…"), this, &TeamActions::openWorkspace)
        ->setObjectName(QStringLiteral("actionAddPostgisLayer"));

    connect(&c.loader, &gui::LayerLoader::layerAdded, this, &TeamActions::layerLoaded);
    // After the message the save itself gives: then the choice.
    connect(&m_session, &hazard::EditSession::conflictsFound, this, &TeamActions::showConflicts, Qt::QueuedConnection);
    connect(m_workspace, &hazard::WorkspaceController::remoteChanges, this, &TeamActions::showRemoteChanges);
    connect(m_workspace, &hazard::WorkspaceController::listenerLost, this, [this](const QString&, const QString& why) {
        m_context.warn(tr("Others' changes no longer appear live: %1. Saving reconnects once the server is back.").arg(why),
                       kMessage);
        m_liveWarned = true;
    });
    // A save that went through after the server came back: live updates resume too.
    connect(&m_session, &hazard::EditSession::areasChanged, this, [this] {
        if (!m_session.isEditing() || !m_session.store()->isWorkspace())
            return;
        const QString path = m_session.layer()->sourcePath();
        if (!m_workspace->isListening(path))
            m_workspace->listen(path); // its message goes when it listens again
    });
    connect(m_workspace, &hazard::WorkspaceController::listening, this, [this](const QString&) {
        if (m_liveWarned)
            m_context.messages.clear(kMessage);
        m_liveWarned = false;
    });
    connect(m_workspace, &hazard::WorkspaceController::listenFailed, this, [this](const QString&, const QString& why) {
        m_context.warn(tr("Others' changes will not appear live: %1").arg(why), kMessage);
        m_liveWarned = true;
    });
    // An area others changed stays outlined until it is opened (a click shows it in the form).
    if (panTool)
        connect(
            panTool, &gui::PanZoomTool::clicked, this,
            [this] {
                if (auto shown = m_hazard.form()->area())
                    m_outlines->remove(kChangedPrefix + shown->guid);
            },
            Qt::QueuedConnection);
}

void TeamActions::openWorkspace()
{
    gui::WorkspaceDialog dialog(&m_context.window);
    QSettings settings;
    // Where the last workspace was (its dataset name never holds a password).
    dialog.setSettings(hazard::ConnectionSettings::fromDatasetName(settings.value(QStringLiteral("team/lastWorkspace")).toString()));
    dialog.setLayerName(sameLayer(settings.value(QStringLiteral("team/lastLayer")).toString()));
    hazard::WorkspaceOutcome outcome;
    for (;;) {
        if (m_context.dialogs.exec(dialog) != QDialog::Accepted)
            return;
        const hazard::ConnectionSettings s = dialog.settings();
        const QString layer = dialog.layerName();
        settings.setValue(QStringLiteral("team/lastWorkspace"), s.datasetName());
        settings.setValue(QStringLiteral("team/lastLayer"), layer);
        outcome = m_workspace->tryOpen(s, layer);
        if (outcome.problem == hazard::WorkspaceProblem::NoTables) {
            if (!m_context.dialogs.confirm(&m_context.window, tr("Create the hazard tables?"),
                                           tr("%1 has no hazard tables (%2) yet. Create them (hazard areas, their "
                                              "history and the version table)?")
                                               .arg(s.label(), layer))) {
                m_context.warn(tr("%1: nothing opened; the workspace has no hazard tables yet.").arg(s.label()), kMessage);
                return;
            }
            if (auto created = m_workspace->createSchema(s, layer); !created) {
                m_context.error(created.error(), kMessage);
                dialog.setProblem(created.error());
                continue;
            }
            outcome = m_workspace->tryOpen(s, layer);
        }
        if (outcome.ok())
            break;
        // Said on the map and in the dialog, which comes back for another try.
        m_context.error(outcome.message, kMessage);
        dialog.setProblem(outcome.message);
        if (outcome.problem == hazard::WorkspaceProblem::BadCredentials)
            dialog.passwordEdit()->clear();
    }
    m_context.messages.clear(kMessage);
    for (int i = 0; i < m_context.project.layerCount(); ++i) {
        project::MapLayer* l = m_context.project.layerAt(i);
        if (l->sourcePath() == outcome.datasetName && sameLayer(l->sourceLayer()) == outcome.layer) {
            layerLoaded(l); // already on the map: edit it
            return;
        }
    }
    m_pending.push_back({outcome.datasetName, outcome.layer});
    m_context.loader.open(outcome.datasetName, outcome.layer);
}

std::optional<QString> TeamActions::passwordFor(const QString& datasetName, const QString& layer, QString* problem,
                                                hazard::WorkspaceOutcome* outcomeOut)
{
    const QString table = sameLayer(layer);
    QString password = m_workspace->passwordFor(datasetName);
    hazard::WorkspaceOutcome outcome = m_workspace->tryOpen(datasetName, password, table);
    if (outcome.problem == hazard::WorkspaceProblem::BadCredentials && m_context.dialogs.canAsk()) {
        const auto settings = hazard::ConnectionSettings::fromDatasetName(datasetName);
        gui::PasswordDialog dialog(settings.label(), settings.user, &m_context.window);
        while (outcome.problem == hazard::WorkspaceProblem::BadCredentials) {
            // Without a password libpq only says none was supplied: the question itself says that.
            const QString refusal = password.isEmpty() ? QString() : outcome.message;
            dialog.setProblem(refusal);
            dialog.passwordEdit()->clear();
            if (m_context.dialogs.exec(dialog) != QDialog::Accepted) {
                if (problem)
                    *problem = refusal;
                if (outcomeOut)
                    *outcomeOut = outcome;
                return std::nullopt;
            }
            password = dialog.password();
            outcome = m_workspace->tryOpen(datasetName, password, table);
        }
    }
    if (outcomeOut)
        *outcomeOut = outcome;
    return password;
}

bool TeamActions::reconnect(const QString& datasetName, const QString& layer)
{
    hazard::WorkspaceOutcome outcome;
    if (!passwordFor(datasetName, layer, nullptr, &outcome)) {
        m_context.warn(tr("%1: not opened, no password given. The layer stays in the project.")
                           .arg(hazard::workspaceLabel(datasetName)),
                       kMessage);
        return false;
    }
    if (!outcome.ok()) {
        m_context.error(outcome.message, kMessage);
        return false;
    }
    m_pending.push_back({datasetName, sameLayer(layer)});
    return true;
}

void TeamActions::layerLoaded(project::MapLayer* layer)
{
    if (!m_pending.removeOne({layer->sourcePath(), sameLayer(layer->sourceLayer())}))
        return;
    const QString label = hazard::workspaceLabel(layer->sourcePath());
    m_context.layers.view()->setCurrentIndex(m_context.layers.model()->index(m_context.project.indexOf(layer)));
    if (!m_hazard.ensureEditing())
        return;
    m_workspace->listen(layer->sourcePath());
    m_context.info(tr("%1: editing as %2, %n area(s). Saves are checked against others' changes.%3", nullptr,
                      static_cast<int>(layer->store() ? layer->store()->size() : 0))
                       .arg(label, m_session.store()->editor(), QString()),
                   kMessage);
    if (!layer->extent().isEmpty())
        m_context.canvas.zoomToRect(layer->extent());
}

QString TeamActions::areaName(const QString& guid) const
{
    if (auto a = m_session.areaByGuid(guid); a && !a->localId.isEmpty())
        return a->localId;
    return guid.left(8);
}

void TeamActions::showConflicts()
{
    if (m_resolving || m_session.conflicts().empty())
        return;
    m_resolving = true;
    const std::vector<hazard::Conflict> conflicts = m_session.conflicts();
    for (const hazard::Conflict& c : conflicts) {
        if (c.mine)
            m_outlines->set(kConflictPrefix + QStringLiteral("mine"), {*c.mine, kMine, Qt::DashLine, tr("mine")});
        if (c.theirs)
            m_outlines->set(kConflictPrefix + QStringLiteral("theirs"),
                            {*c.theirs, kTheirs, Qt::SolidLine,
                             tr("theirs (v%1, %2)").arg(c.theirs->rowVersion).arg(c.theirs->lastEditor)});
        gui::ConflictDialog dialog(c, &m_context.window);
        const int answer = m_context.dialogs.exec(dialog);
        m_outlines->removePrefix(kConflictPrefix);
        if (answer != QDialog::Accepted) {
            m_context.warn(tr("Not saved: the conflict is still open; your change stays where you made it."),
                           QStringLiteral("conflict"));
            continue;
        }
        auto resolved = hazard::resolveConflict(m_session, c, dialog.choice(), dialog.fromTheirs());
        if (!resolved) {
            m_context.error(resolved.error(), QStringLiteral("conflict"));
            continue;
        }
        // The refusal's message is answered now.
        for (const char* key : {"form", "history", "vertices", "sketch"})
            m_context.messages.clear(QString::fromLatin1(key));
        const auto& now = resolved.value();
        const QString name = areaName(c.guid);
        switch (dialog.choice()) {
        case hazard::ConflictChoice::KeepMine:
            m_context.info(now ? tr("Kept your version of %1 (now version %2); theirs stays in the history.")
                                     .arg(name)
                                     .arg(now->rowVersion)
                               : tr("Deleted %1 as you asked; their version stays in the history.").arg(name),
                           QStringLiteral("conflict"));
            break;
        case hazard::ConflictChoice::TakeTheirs:
            m_context.info(c.mine && m_session.store()->isWorkspace()
                               ? tr("Took their version of %1; yours is kept in Hazards ▸ Area history as not applied, "
                                    "to restore if needed.")
                                     .arg(name)
                               : tr("Took their version of %1; your change was dropped.").arg(name),
                           QStringLiteral("conflict"));
            break;
        case hazard::ConflictChoice::Merge:
            m_context.info(tr("Merged the versions of %1 (now version %2); theirs stays in the history.")
                               .arg(name)
                               .arg(now ? now->rowVersion : 0),
                           QStringLiteral("conflict"));
            break;
        }
        if (auto shown = m_hazard.form()->area(); shown && shown->guid == c.guid) {
            if (now)
                m_hazard.form()->setArea(*now);
            else
                m_hazard.form()->clear();
        }
        m_context.loader.reload(m_session.layer());
        Q_EMIT conflictResolved(dialog.choice(), c.guid);
    }
    m_resolving = false;
}

void TeamActions::showRemoteChanges(const hazard::RemoteChanges& changes)
{
    for (int i = 0; i < m_context.project.layerCount(); ++i)
        if (m_context.project.layerAt(i)->sourcePath() == changes.datasetName)
            m_context.loader.reload(m_context.project.layerAt(i));
    const bool editing = m_session.isEditing() && m_session.layer()->sourcePath() == changes.datasetName;
    QStringList names;
    for (const QString& guid : changes.guids) {
        std::optional<hazard::HazardArea> area = editing ? m_session.areaByGuid(guid) : std::nullopt;
        const QString name = area && !area->localId.isEmpty() ? area->localId : guid.left(8);
        names << name;
        if (area) {
            m_outlines->set(kChangedPrefix + guid,
                            {*area, kChanged, Qt::SolidLine, tr("%1 changed by %2").arg(name, area->lastEditor)});
            // The form follows unless it holds typing not applied yet (Apply then offers the choice).
            if (auto shown = m_hazard.form()->area(); shown && shown->guid == guid && !m_hazard.form()->isModified())
                m_hazard.form()->setArea(*area);
        }
    }
    for (const QString& guid : changes.deleted) {
        names << tr("%1 (deleted)").arg(guid.left(8));
        m_outlines->remove(kChangedPrefix + guid);
        if (auto shown = m_hazard.form()->area(); shown && shown->guid == guid && !m_hazard.form()->isModified())
            m_hazard.form()->clear();
    }
    if (names.isEmpty())
        return;
    m_context.info(tr("Changed by %1 on %2: %3. Outlined in magenta until you open them.")
                       .arg(changes.editors.isEmpty() ? tr("others") : changes.editors.join(QStringLiteral(", ")),
                            hazard::workspaceLabel(changes.datasetName), names.join(QStringLiteral(", "))),
                   kRemote);
    Q_EMIT remoteChangesShown(changes.guids + changes.deleted);
}

} // namespace mineatlas
