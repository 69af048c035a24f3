#pragma once

#include <functional>
#include <map>
#include <memory>
#include <utility>
#include <vector>

#include <QLockFile>
#include <QObject>
#include <QTimer>

#include "project/projectfile.h"

namespace mineatlas::treaty {
class ContaminationTable;
class TreatyController;
} // namespace mineatlas::treaty

namespace mineatlas::project {

class MapLayer;
class Project;

/// What a saved project says about one open layer.
ProjectLayer captureLayer(const MapLayer& layer);
/// Gives a freshly loaded layer what the project saved: name, visibility, opacity, style,
/// heatmap, dates, and its treaty join (through `treaty`, when the join is not the one detected
/// on load). `contamination`: the table for layers coloured by contamination (nullptr: left in
/// treaty colours). Returns warnings (a join field the layer no longer has, say).
QStringList applyLayer(const ProjectLayer& saved, MapLayer& layer, treaty::TreatyController* treaty,
                       const treaty::ContaminationTable* contamination);
/// Where each of `fileNames` is under `folder` (searched recursively, the first found by a
/// depth-first walk); names not found are absent from the result. Case-sensitive.
std::map<QString, QString> findFiles(const QStringList& fileNames, const QString& folder);

/// The project workflow, widget-free: which file the open project is, whether it has changed
/// since it was saved, the layers of the file that could not be opened (kept so a save does not
/// lose them), and the recovery copy written a few seconds after each change. The window asks
/// the questions; this keeps the state. Does not own the project. GUI thread only.
class ProjectController : public QObject {
    Q_OBJECT
public:
    static constexpr int kAutosaveDelayMs = 2000;

    /// `recoveryDirectory`: where recovery copies go (made when first written).
    ProjectController(Project& project, QString recoveryDirectory, QObject* parent = nullptr);
    ~ProjectController() override;

    /// The open project file; empty for a new, never-saved project.
    const QString& path() const { return m_path; }
    /// The file's base name, or "Untitled".
    QString name() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    /// The whole state: the caller's `capture` fills in the document (view, time, layout), this
    /// adds the skipped layers back where they were.
    void setCapture(std::function<ProjectDocument()> capture) { m_capture = std::move(capture); }
    ProjectDocument document() const;
    /// Saves to `path` (which becomes the project's), clears the modified flag and removes the
    /// recovery copy.
    Result<bool> save(const QString& path);
    /// After a project was opened (or a new one started): its file, no changes, no recovery copy.
    void reset(const QString& path);

    /// While a project is being opened, changes to the map are not the user's: not marked.
    void setRestoring(bool on) { m_restoring = on; }
    bool isRestoring() const { return m_restoring; }
    /// Layers of the opened file the user skipped (missing files): position in the file's list and
    /// the layer, written back unchanged on save.
    void setSkipped(std::vector<std::pair<int, ProjectLayer>> skipped) { m_skipped = std::move(skipped); }
    const std::vector<std::pair<int, ProjectLayer>>& skipped() const { return m_skipped; }

    /// The recovery copy of this project: <recovery dir>/<name>.mineatlas.
    QString recoveryPath() const;
    /// Writes it now (atomically), unless nothing changed since the last save.
    Result<bool> writeRecovery();
    /// A clean close: the recovery copy goes.
    void removeRecovery();
    /// Recovery copies left by a session that did not close cleanly (newest first); copies of
    /// sessions still running are not listed.
    QStringList recoveryFiles() const;
    /// Reads a recovery copy: the project, and the file it stands for (empty: never saved).
    Result<std::pair<ProjectDocument, QString>> readRecovery(const QString& recoveryFile) const;
    const QString& recoveryDirectory() const { return m_recoveryDir; }

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void pathChanged(const QString& path);
    /// A recovery copy was written (or failed: the error).
    void recoveryWritten(const QString& path, const QString& error);

private:
    void changed();

    Project& m_project;
    QString m_recoveryDir;
    QString m_path;
    QString m_lastRecovery; ///< the copy last written (removed when the name changes)
    /// Held while this session's copy exists, so that another running MineAtlas does not take it
    /// for a crashed session's (QLockFile sees through a killed holder's stale lock).
    std::unique_ptr<QLockFile> m_lock;
    bool m_modified = false;
    bool m_restoring = false;
    std::vector<std::pair<int, ProjectLayer>> m_skipped;
    std::function<ProjectDocument()> m_capture;
    QTimer m_autosave;
};

} // namespace mineatlas::project
