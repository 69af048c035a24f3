#include "project/projectcontroller.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "project/maplayer.h"
#include "project/project.h"
#include "treaty/contamination.h"
#include "treaty/treatycontroller.h"
#include "treaty/treatystyle.h"

namespace mineatlas::project {

ProjectLayer captureLayer(const MapLayer& l)
{
    ProjectLayer p;
    p.path = l.sourcePath();
    p.sourceLayer = l.sourceLayer();
    p.name = l.name();
    p.raster = l.kind() == MapLayer::Kind::Raster;
    p.visible = l.isVisible();
    p.opacity = l.opacity();
    if (l.store()) {
        p.style = l.style();
        p.heatmap = l.heatmap();
        p.temporal = l.temporal();
    }
    if (l.treatyStyle()) {
        p.joinField = l.treatyStyle()->match().field;
        p.treatyStyled = l.isTreatyStyled();
        // Contamination colours are a restyle over a layer whose treaty colours are off.
        p.contamination = !l.isTreatyStyled() && static_cast<bool>(l.restyleAt());
    }
    return p;
}

QStringList applyLayer(const ProjectLayer& saved, MapLayer& l, treaty::TreatyController* treaty,
                       const treaty::ContaminationTable* contamination)
{
    QStringList warnings;
    if (!saved.name.isEmpty())
        l.setName(saved.name);
    l.setOpacity(saved.opacity);
    if (l.store()) {
        if (saved.style)
            l.setStyle(*saved.style);
        if (saved.heatmap)
            l.setHeatmap(saved.heatmap);
        if (saved.temporal) {
            const QStringList fields = l.store()->fieldNames();
            if (saved.temporal->isEnabled() && (!fields.contains(saved.temporal->startField) ||
                                                 (!saved.temporal->endField.isEmpty() &&
                                                  !fields.contains(saved.temporal->endField))))
                warnings << QCoreApplication::translate("mineatlas::project::ProjectController",
                                                        "%1: the date field %2 is gone; the layer ignores the date")
                                .arg(l.name(), saved.temporal->startField);
            else
                l.setTemporal(*saved.temporal);
        }
        if (!saved.joinField.isEmpty()) {
            const bool joined = l.treatyStyle() && l.treatyStyle()->match().field == saved.joinField;
            if (!joined && treaty) {
                if (auto r = treaty->joinLayer(&l, saved.joinField); !r)
                    warnings << r.error();
            }
            if (l.treatyStyle()) {
                l.setTreatyStyled(saved.treatyStyled);
                if (saved.contamination && contamination) {
                    const auto cs = treaty::contaminationStyle(*l.store(), l.treatyStyle()->match(),
                                                               l.treatyStyle()->table(), *contamination);
                    l.setTreatyStyled(false);
                    l.setStyle(cs.style);
                    l.setRestyleAt(treaty::contaminationRestyle(cs, *l.store()));
                }
            }
        } else if (l.treatyStyle()) {
            l.setTreatyStyled(false); // joined on load, but the project had it in its own style
        }
    }
    l.setVisible(saved.visible);
    return warnings;
}

std::map<QString, QString> findFiles(const QStringList& fileNames, const QString& folder)
{
    std::map<QString, QString> found;
    if (fileNames.isEmpty() || folder.isEmpty())
        return found;
    QDirIterator it(folder, fileNames, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext() && found.size() < static_cast<std::size_t>(fileNames.size())) {
        const QFileInfo f(it.next());
        // Name filters are case-insensitive on some systems; the names are compared exactly.
        if (fileNames.contains(f.fileName()) && !found.count(f.fileName()))
            found.emplace(f.fileName(), f.absoluteFilePath());
    }
    return found;
}

ProjectController::ProjectController(Project& project, QString recoveryDirectory, QObject* parent)
    : QObject(parent), m_project(project), m_recoveryDir(std::move(recoveryDirectory))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        auto written = writeRecovery();
        Q_EMIT recoveryWritten(recoveryPath(), written ? QString() : written.error());
    });
    connect(&project, &Project::layersChanged, this, &ProjectController::changed);
    connect(&project, &Project::layerChanged, this, &ProjectController::changed);
    connect(&project, &Project::crsChanged, this, &ProjectController::changed);
    connect(&project, &Project::dateChanged, this, &ProjectController::changed);
}

ProjectController::~ProjectController()
{
    // An orderly end (the window asked about unsaved changes before): no copy to offer back.
    // After a crash this never runs and the copy stays.
    removeRecovery();
}

QString ProjectController::name() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).completeBaseName();
}

void ProjectController::changed()
{
    if (m_restoring)
        return;
    setModified(true);
    m_autosave.start(); // a burst of changes writes once, after it
}

void ProjectController::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    if (!modified)
        m_autosave.stop();
    Q_EMIT modifiedChanged(modified);
}

ProjectDocument ProjectController::document() const
{
    ProjectDocument d;
    if (m_capture)
        d = m_capture();
    else
        for (int i = 0; i < m_project.layerCount(); ++i)
            d.layers.push_back(captureLayer(*m_project.layerAt(i)));
    for (const auto& [index, layer] : m_skipped)
        d.layers.insert(d.layers.begin() + std::clamp<std::ptrdiff_t>(index, 0, static_cast<std::ptrdiff_t>(d.layers.size())),
                        layer);
    return d;
}

Result<bool> ProjectController::save(const QString& path)
{
    auto saved = saveProjectFile(document(), path);
    if (!saved)
        return saved;
    removeRecovery();
    if (path != m_path) {
        m_path = QFileInfo(path).absoluteFilePath();
        Q_EMIT pathChanged(m_path);
    }
    setModified(false);
    return true;
}

void ProjectController::reset(const QString& path)
{
    removeRecovery();
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_skipped.clear();
    Q_EMIT pathChanged(m_path);
    setModified(false);
}

QString ProjectController::recoveryPath() const
{
    return QDir(m_recoveryDir).filePath(name() + QStringLiteral(".mineatlas"));
}

Result<bool> ProjectController::writeRecovery()
{
    if (!m_modified)
        return true;
    ProjectDocument d = document();
    const QString path = recoveryPath();
    if (!QDir().mkpath(m_recoveryDir))
        return Error{tr("Cannot create the recovery folder %1").arg(m_recoveryDir)};
    // Absolute layer paths (the copy lives elsewhere), and which project it stands for.
    QJsonObject o = QJsonDocument::fromJson(projectToJson(d, QString())).object();
    o.insert(QStringLiteral("recoveryOf"), m_path);
    if (!m_lock || m_lastRecovery != path) {
        m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0); // never stale while this process lives
        m_lock->tryLock(0);
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write the recovery copy %1: %2").arg(path, f.errorString())};
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error{tr("Cannot write the recovery copy %1: %2").arg(path, f.errorString())};
    if (!m_lastRecovery.isEmpty() && m_lastRecovery != path)
        QFile::remove(m_lastRecovery);
    m_lastRecovery = path;
    return true;
}

void ProjectController::removeRecovery()
{
    m_autosave.stop();
    if (!m_lastRecovery.isEmpty())
        QFile::remove(m_lastRecovery);
    m_lastRecovery.clear();
    m_lock.reset(); // unlocks and removes the lock file
}

QStringList ProjectController::recoveryFiles() const
{
    QStringList out;
    const QFileInfoList files =
        QDir(m_recoveryDir).entryInfoList({QStringLiteral("*.mineatlas")}, QDir::Files, QDir::Time);
    for (const QFileInfo& f : files) {
        if (f.absoluteFilePath() == m_lastRecovery)
            continue;
        QLockFile lock(f.absoluteFilePath() + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) // nobody holds it: its session is gone
            out << f.absoluteFilePath();
    }
    return out;
}

Result<std::pair<ProjectDocument, QString>> ProjectController::readRecovery(const QString& recoveryFile) const
{
    QFile f(recoveryFile);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open the recovery copy %1: %2").arg(recoveryFile, f.errorString())};
    const QByteArray json = f.readAll();
    auto d = projectFromJson(json, QString());
    if (!d)
        return Error{d.error()};
    const QString of = QJsonDocument::fromJson(json).object().value(QStringLiteral("recoveryOf")).toString();
    return std::pair{d.value(), of};
}

} // namespace mineatlas::project
