#pragma once

#include <QStringList>

class QSettings;

namespace mineatlas::project {

/// The projects a user opened or saved last, newest first, kept in the QSettings it is given
/// (key `project/recent`): a plain list with no widget. Paths are stored absolute and cleaned;
/// the same file is listed once. Not thread-safe (the settings object is the caller's).
class RecentProjects {
public:
    static constexpr int kMax = 8;
    static constexpr const char* kKey = "project/recent";

    explicit RecentProjects(QSettings& settings) : m_settings(settings) {}

    QStringList paths() const;
    /// Puts `path` on top (moving it there if listed), dropping the oldest past kMax.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();
    /// Drops the listed files that no longer exist and returns them (for a message).
    QStringList removeMissing();

private:
    void store(const QStringList& paths);
    QSettings& m_settings;
};

} // namespace mineatlas::project
