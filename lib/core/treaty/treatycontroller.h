#pragma once

#include <memory>
#include <vector>

#include <QDate>
#include <QObject>
#include <QStringList>

#include "geo/maprect.h"
#include "result.h"
#include "treaty/treatytable.h"

namespace mineatlas::project {
class Project;
class MapLayer;
} // namespace mineatlas::project

namespace mineatlas::treaty {

/// The treaty records of the countries whose geometry (not just bounding box) meets `frame` on the
/// visible treaty maps of `project`, each once, in map order. A frame across 180° looks in both
/// copies of the world.
std::vector<const TreatyRecord*> countriesIn(const project::Project& project, const MapRect& frame);

/// The treaty workflow, widget-free: which treaty table is in use, which states the maps
/// highlight, joining border layers to the table (detected or by a field the user names), the
/// map title at the project's date, and the status table of the countries in a frame. Keeps every
/// treaty-styled layer of the project in step when the table or the highlighted states change.
/// GUI thread only; does not own the project. Settings are the caller's: it passes them in.
class TreatyController : public QObject {
    Q_OBJECT
public:
    explicit TreatyController(project::Project& project, QObject* parent = nullptr);

    const std::shared_ptr<const TreatyTable>& table() const { return m_table; }
    /// Uses `table` from now on and re-joins every country layer to it.
    void setTable(std::shared_ptr<const TreatyTable> table);
    /// Loads and validates a table file; on failure the current table stays.
    Result<int> loadTable(const QString& path);
    /// The same on a worker thread (a table on a slow disk or share never freezes the window):
    /// tableLoaded() follows on this object's thread, the table in use once it validated. A second
    /// call while one runs supersedes it (only the last one's table is used).
    void loadTableInBackground(const QString& path);
    bool isLoading() const { return m_loading > 0; }

    const QStringList& highlighted() const { return m_highlighted; }
    /// ISO3 codes to outline and label; codes not in the table are left out and returned.
    QStringList setHighlighted(const QStringList& iso3);

    /// Joins `layer` to the table on `field`; the message says how many features matched and
    /// which have no treaty status.
    Result<QString> joinLayer(project::MapLayer* layer, const QString& field);

    /// "Ottawa Treaty status as of 1 March 2026" when a visible layer is a treaty map, else empty.
    QString mapTitle() const;
    /// The treaty records of the countries whose geometry (not just bounding box) meets `frame`
    /// on the visible treaty maps, each once.
    std::vector<const TreatyRecord*> countriesIn(const MapRect& frame) const;
    /// Their status at the project's date as CSV or Markdown; an error when none is in the frame.
    Result<QString> statusTable(const MapRect& frame, bool markdown) const;

Q_SIGNALS:
    void tableChanged();
    /// After loadTableInBackground: the number of states, or the error naming the file and rows.
    void tableLoaded(const QString& path, const mineatlas::Result<int>& states);

private:
    project::Project& m_project;
    std::shared_ptr<const TreatyTable> m_table;
    QStringList m_highlighted;
    int m_loading = 0;
    quint64 m_loadGeneration = 0;
};

} // namespace mineatlas::treaty
