#include "syncactions.h"

#include <QAction>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStandardPaths>

#include "areahistorydialog.h"
#include "dialogs.h"
#include "feedback.h"
#include "hazard/areahistory.h"
#include "hazard/editsession.h"
#include "hazard/hazardstore.h"
#include "hazard/teamworkspace.h"
#include "hazardactions.h"
#include "hazardform.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mapcanvas.h"
#include "outlineoverlay.h"
#include "progresswidgets.h"
#include "project/project.h"
#include "syncreportdialog.h"
#include "windowcontext.h"

namespace mineatlas {

namespace {
const QString kSyncJob = QStringLiteral("offline-sync");

bool isGeoPackage(const QString& path)
{
    return path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive);
}
} // namespace

SyncActions::SyncActions(WindowContext& c, hazard::EditSession& session, HazardActions& hazards, QMenu* menu)
    : QObject(&c.window), m_context(c), m_session(session), m_hazards(hazards),
      m_outline(new gui::OutlineOverlay(&c.canvas))
{
    m_takeOffline = menu->addAction(tr("Take &offline…"), this, &SyncActions::takeOffline);
    m_takeOffline->setObjectName(QStringLiteral("actionTakeOffline"));
    m_takeOffline->setToolTip(tr("Copy the team workspace's areas in the current map view to a GeoPackage for "
                                 "field work without a network"));
    m_syncBack = menu->addAction(tr("&Sync back…"), this, &SyncActions::syncBack);
    m_syncBack->setObjectName(QStringLiteral("actionSyncBack"));
    m_syncBack->setToolTip(tr("Bring the edits of an offline copy into its team workspace, area by area; "
                              "nothing changed on both sides is overwritten"));
    menu->addSeparator();
    m_history = menu->addAction(tr("Area &history…"), this, &SyncActions::showHistory);
    m_history->setObjectName(QStringLiteral("actionAreaHistory"));
    m_history->setToolTip(tr("Every version of the area shown in the Hazard area form: show one on the map, "
                             "restore one as a new version"));
    connect(&m_job, &JobBase::finished, this, &SyncActions::finished);
}

SyncActions::~SyncActions()
{
    if (m_feedback)
        m_feedback->cancel();
    m_job.waitForFinished();
}

QString SyncActions::sourceWorkspace() const
{
    if (m_session.isEditing() && m_session.store()->isWorkspace())
        return m_session.store()->path();
    if (auto* layer = m_context.layers.currentLayer(); layer && hazard::isTeamWorkspace(layer->sourcePath()))
        return layer->sourcePath();
    return {};
}

void SyncActions::start(const QString& what, std::function<Outcome()> work)
{
    m_feedback = queuedFeedback(this, [this](int percent) { m_context.progress.setPercent(kSyncJob, percent); });
    m_context.progress.begin(kSyncJob, what, [feedback = m_feedback] { feedback->cancel(); });
    m_takeOffline->setEnabled(false);
    m_syncBack->setEnabled(false);
    m_job.start([work = std::move(work)] {
        try {
            return work();
        } catch (const std::exception& e) {
            Outcome o;
            o.error = QString::fromUtf8(e.what());
            return o;
        }
    });
}

void SyncActions::takeOffline()
{
    if (m_job.isRunning())
        return;
    const QString workspace = sourceWorkspace();
    if (workspace.isEmpty()) {
        m_context.warn(tr("Take offline copies areas of a team workspace: select a workspace layer (or edit one) "
                          "first"),
                       QStringLiteral("offline"));
        return;
    }
    const QString layer = m_session.isEditing() && m_session.store()->isWorkspace()
                              ? m_session.store()->layerName()
                              : QString::fromLatin1(hazard::HazardStore::kDefaultLayer);
    // The region: what the map shows now (the whole world when the view cannot be converted).
    hazard::OfflineRegion region;
    const MapRect view = m_context.canvas.extent();
    double lonMin = 180, latMin = 90, lonMax = -180, latMax = -90;
    bool converted = true;
    for (const QPointF corner : {QPointF(view.xMin, view.yMin), QPointF(view.xMax, view.yMin),
                                 QPointF(view.xMin, view.yMax), QPointF(view.xMax, view.yMax)}) {
        const auto ll = m_context.project.coordinates().toLonLat(corner);
        if (!ll) {
            converted = false;
            break;
        }
        lonMin = std::min(lonMin, ll->x());
        lonMax = std::max(lonMax, ll->x());
        latMin = std::min(latMin, ll->y());
        latMax = std::max(latMax, ll->y());
    }
    if (converted && lonMin < lonMax && latMin < latMax)
        region = {lonMin, latMin, lonMax, latMax, {}};
    const auto filter = m_context.dialogs.text(&m_context.window, tr("Take offline"),
                                               tr("Areas in the map view (%1° to %2° E, %3° to %4° N) go offline.\n"
                                                  "Only those matching (optional, e.g. status = 'open'):")
                                                   .arg(region.lonMin, 0, 'f', 3)
                                                   .arg(region.lonMax, 0, 'f', 3)
                                                   .arg(region.latMin, 0, 'f', 3)
                                                   .arg(region.latMax, 0, 'f', 3));
    if (!filter)
        return;
    region.attributeFilter = filter->trimmed();
    QString path = m_context.dialogs.saveFile(&m_context.window, tr("Take offline to a GeoPackage"),
                                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                              tr("GeoPackage (*.gpkg)"));
    if (path.isEmpty())
        return;
    if (!isGeoPackage(path))
        path += QStringLiteral(".gpkg");
    QString password;
    if (m_passwords) {
        QString refusal;
        const auto given = m_passwords(workspace, layer, &refusal);
        if (!given) {
            m_context.warn((refusal.isEmpty() ? QString() : refusal + QLatin1Char('\n')) +
                               tr("Take offline canceled: no password for %1.").arg(hazard::workspaceLabel(workspace)),
                           QStringLiteral("offline"));
            return;
        }
        password = *given;
    }
    start(tr("Taking areas offline"), [workspace, layer, region, path, password, feedback = m_feedback] {
        Outcome o;
        o.kind = Outcome::Kind::TakeOffline;
        o.gpkg = path;
        auto copied = hazard::OfflineSync::takeOffline(workspace, password, layer, region, path, feedback.get());
        if (copied)
            o.copied = copied.value();
        else
            o.error = copied.error();
        return o;
    });
}

void SyncActions::syncBack()
{
    if (m_job.isRunning())
        return;
    QString gpkg;
    if (auto* layer = m_context.layers.currentLayer(); layer && isGeoPackage(layer->sourcePath()) &&
                                                         hazard::OfflineSync::source(layer->sourcePath()))
        gpkg = layer->sourcePath();
    else if (m_session.isEditing() && isGeoPackage(m_session.store()->path()) &&
             hazard::OfflineSync::source(m_session.store()->path()))
        gpkg = m_session.store()->path();
    else
        gpkg = m_context.dialogs.openFile(&m_context.window, tr("Sync back an offline copy"), {},
                                          tr("GeoPackage (*.gpkg)"));
    if (gpkg.isEmpty())
        return;
    // The password is asked here, on the GUI thread, before anything is written on either side.
    QString password;
    if (auto source = hazard::OfflineSync::source(gpkg); source && m_passwords) {
        QString refusal;
        const auto given = m_passwords(source->workspace, source->layer, &refusal);
        if (!given) {
            m_context.warn((refusal.isEmpty() ? QString() : refusal + QLatin1Char('\n')) +
                               tr("Sync back of %1 canceled: no password for %2. Nothing was changed, in the offline "
                                  "copy or in the workspace.")
                                   .arg(QFileInfo(gpkg).fileName(), hazard::workspaceLabel(source->workspace)),
                           QStringLiteral("offline"));
            return;
        }
        password = *given;
    }
    m_syncPassword = password;
    start(tr("Syncing %1 back").arg(QFileInfo(gpkg).fileName()), [gpkg, password, feedback = m_feedback] {
        Outcome o;
        o.kind = Outcome::Kind::SyncBack;
        o.gpkg = gpkg;
        auto report = hazard::OfflineSync::syncBack(gpkg, password, feedback.get());
        if (report)
            o.report = report.value();
        else
            o.error = report.error();
        return o;
    });
}

void SyncActions::finished()
{
    m_context.progress.end(kSyncJob);
    m_takeOffline->setEnabled(true);
    m_syncBack->setEnabled(true);
    const Outcome& o = m_job.result();
    if (!o.error.isEmpty()) {
        m_context.error(o.error, QStringLiteral("offline"));
        Q_EMIT jobFinished();
        return;
    }
    if (o.kind == Outcome::Kind::TakeOffline) {
        m_context.info(tr("%n area(s) taken offline to %1; edit them there, then Hazards ▸ Sync back", nullptr, o.copied)
                           .arg(QFileInfo(o.gpkg).fileName()),
                       QStringLiteral("offline"));
        m_context.loader.open(o.gpkg, QString::fromLatin1(hazard::HazardStore::kDefaultLayer));
        Q_EMIT jobFinished();
        return;
    }
    m_lastReport = o.report;
    m_context.info(tr("%1 synced: %2").arg(QFileInfo(o.gpkg).fileName(), o.report.summary()), QStringLiteral("offline"));
    Q_EMIT jobFinished();
    showReport(o.gpkg);
}

void SyncActions::showReport(const QString& gpkg)
{
    auto reloadCopy = [this, gpkg] {
        for (int i = 0; i < m_context.project.layerCount(); ++i)
            if (m_context.project.layerAt(i)->sourcePath() == gpkg)
                m_context.loader.reload(m_context.project.layerAt(i));
    };
    reloadCopy();
    gui::SyncReportDialog dialog(&m_context.window);
    dialog.setReport(m_lastReport);
    connect(&dialog, &gui::SyncReportDialog::resolveRequested, this,
            [this, &dialog, gpkg, reloadCopy](const QString& guid, hazard::ConflictChoice choice) {
                auto settled = hazard::OfflineSync::resolve(gpkg, m_syncPassword, guid, choice);
                if (!settled) {
                    m_context.error(settled.error(), QStringLiteral("offline"));
                    return;
                }
                dialog.updateEntry(settled.value());
                for (hazard::SyncEntry& e : m_lastReport.entries)
                    if (e.guid == guid)
                        e = settled.value();
                // The CSV says how each conflict was settled too.
                if (auto ok = hazard::OfflineSync::writeCsv(m_lastReport, m_lastReport.csvPath); !ok)
                    m_context.error(ok.error(), QStringLiteral("offline"));
                reloadCopy();
            });
    m_context.dialogs.exec(dialog);
}

void SyncActions::showHistory()
{
    const auto shown = m_hazards.form()->area();
    if (!m_session.isEditing() || !shown) {
        m_context.warn(tr("Area history: edit a hazard layer and click an area on the map to show it in the Hazard "
                          "area form first"),
                       QStringLiteral("history"));
        return;
    }
    const QString guid = shown->guid;
    const QString name = shown->localId.isEmpty() ? guid.left(8) : shown->localId;
    gui::AreaHistoryDialog dialog(&m_context.window);
    auto load = [this, &dialog, guid, name] {
        auto versions = hazard::AreaHistory::versions(*m_session.store(), guid);
        if (!versions) {
            m_context.error(versions.error(), QStringLiteral("history"));
            return false;
        }
        dialog.setVersions(name, std::move(versions.value()));
        return true;
    };
    if (!load())
        return;
    if (!m_session.store()->isWorkspace())
        dialog.setMessage(tr("A GeoPackage keeps only the current version; a team workspace keeps every one."));
    connect(&dialog, &gui::AreaHistoryDialog::versionSelected, this, [this, &dialog](int i) {
        std::vector<std::vector<QPointF>> rings;
        if (i >= 0)
            for (const auto& polygon : dialog.versions()[static_cast<std::size_t>(i)].area.polygons)
                for (const auto& ring : polygon) {
                    std::vector<QPointF> lonLat;
                    for (std::size_t k = 0; k + 1 < ring.size(); k += 2)
                        lonLat.emplace_back(ring[k], ring[k + 1]);
                    if (auto map = m_context.project.coordinates().toMap(lonLat))
                        rings.push_back(std::move(*map));
                }
        m_outline->setRings(std::move(rings));
    });
    connect(&dialog, &gui::AreaHistoryDialog::restoreRequested, this, [this, &dialog, load](int i) {
        const hazard::AreaVersion version = dialog.versions()[static_cast<std::size_t>(i)];
        auto restored = m_session.restoreVersion(version);
        if (!restored) {
            dialog.setMessage(restored.error());
            m_context.error(restored.error(), QStringLiteral("history"));
            return;
        }
        load();
        const QString text = tr("Version %1 restored as version %2; every earlier version is kept")
                                 .arg(version.area.rowVersion)
                                 .arg(restored->rowVersion);
        dialog.setMessage(text);
        m_context.info(text, QStringLiteral("history"));
    });
    m_context.dialogs.exec(dialog);
    m_outline->setRings({});
}

} // namespace mineatlas
