#include "project/recentprojects.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace mineatlas::project {

namespace {
QString normalised(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

QStringList RecentProjects::paths() const
{
    return m_settings.value(QLatin1String(kKey)).toStringList();
}

void RecentProjects::add(const QString& path)
{
    if (path.isEmpty())
        return;
    const QString p = normalised(path);
    QStringList list = paths();
    list.removeAll(p);
    list.prepend(p);
    while (list.size() > kMax)
        list.removeLast();
    store(list);
}

void RecentProjects::remove(const QString& path)
{
    QStringList list = paths();
    list.removeAll(normalised(path));
    store(list);
}

void RecentProjects::clear()
{
    m_settings.remove(QLatin1String(kKey));
}

QStringList RecentProjects::removeMissing()
{
    QStringList kept, gone;
    for (const QString& p : paths())
        (QFileInfo::exists(p) ? kept : gone) << p;
    if (!gone.isEmpty())
        store(kept);
    return gone;
}

void RecentProjects::store(const QStringList& paths)
{
    if (paths.isEmpty())
        m_settings.remove(QLatin1String(kKey));
    else
        m_settings.setValue(QLatin1String(kKey), paths);
}

} // namespace mineatlas::project
