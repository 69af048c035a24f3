#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QObject>

#include "backgroundjob.h"
#include "hazard/offlinesync.h"
#include "result.h"

class QAction;
class QMenu;

namespace mineatlas {
class Feedback;
}
namespace mineatlas::hazard {
class EditSession;
}
namespace mineatlas::gui {
class AreaHistoryDialog;
class OutlineOverlay;
class SyncReportDialog;
} // namespace mineatlas::gui

namespace mineatlas {

class HazardActions;
struct WindowContext;

/// Offline and back, and an area's history, for a team workspace (issue 12): Hazards ▸ Take
/// offline…, Sync back…, Area history…. The work is OfflineSync's and AreaHistory's (lib/core);
/// copies and syncs run off the GUI thread with progress and cancel. GUI thread only.
class SyncActions : public QObject {
    Q_OBJECT
public:
    SyncActions(WindowContext& context, hazard::EditSession& session, HazardActions& hazards, QMenu* menu);
    ~SyncActions() override;

    QAction* takeOfflineAction() const { return m_takeOffline; }
    QAction* syncBackAction() const { return m_syncBack; }
    QAction* historyAction() const { return m_history; }
    gui::OutlineOverlay* outline() const { return m_outline; }
    /// The last sync's report (for tests and the status line); empty before the first.
    const hazard::SyncReport& lastReport() const { return m_lastReport; }
    bool isBusy() const { return m_job.isRunning(); }
    /// Where a workspace's password comes from (the team actions: the session's, or asked).
    /// nullopt: the user cancelled; the string argument then gets the server's refusal, if any.
    using PasswordSource = std::function<std::optional<QString>(const QString& datasetName, const QString& layer,
                                                                QString* problem)>;
    void setPasswordSource(PasswordSource source) { m_passwords = std::move(source); }

Q_SIGNALS:
    /// A take-offline or sync has finished (successfully or not).
    void jobFinished();

private:
    struct Outcome {
        enum class Kind { TakeOffline, SyncBack } kind = Kind::TakeOffline;
        QString gpkg;
        QString error;
        int copied = 0;
        hazard::SyncReport report;
    };
    void takeOffline();
    void syncBack();
    void showHistory();
    void finished();
    void showReport(const QString& gpkg);
    void start(const QString& what, std::function<Outcome()> work);
    /// The workspace to copy from: the one being edited, else the selected layer's.
    QString sourceWorkspace() const;

    WindowContext& m_context;
    hazard::EditSession& m_session;
    HazardActions& m_hazards;
    QAction* m_takeOffline;
    QAction* m_syncBack;
    QAction* m_history;
    gui::OutlineOverlay* m_outline;
    BackgroundJob<Outcome> m_job;
    std::shared_ptr<Feedback> m_feedback;
    hazard::SyncReport m_lastReport;
    PasswordSource m_passwords;
    QString m_syncPassword; ///< the password of the workspace of the last sync (memory only)
};

} // namespace mineatlas
